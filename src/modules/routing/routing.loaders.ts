import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';

export interface CategoryWords {
  synonyms: string[];
  weakSynonyms: string[];
}

/**
 * Words of many categories in one query per tick. Plain rows rather than entities: the whole
 * taxonomy holds thousands of words, and hydrating each as an entity would cost more than the
 * rest of the request together.
 */
export function categoryWordsLoader(em: EntityManager) {
  return new DataLoader<string, CategoryWords>(async (categoryIds) => {
    const rows = await em.execute<{ category_id: string; word: string; weak: boolean }[]>(
      `select category_id, word, weak from routing_synonym where category_id in (?) order by rank, word`,
      [[...categoryIds]],
    );
    const byCategory = new Map<string, CategoryWords>(categoryIds.map((id) => [id, { synonyms: [], weakSynonyms: [] }]));
    for (const row of rows) {
      const words = byCategory.get(row.category_id);
      if (words) (row.weak ? words.weakSynonyms : words.synonyms).push(row.word);
    }
    return categoryIds.map((id) => byCategory.get(id)!);
  });
}
