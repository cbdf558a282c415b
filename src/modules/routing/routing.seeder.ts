import type { EntityManager } from '@mikro-orm/postgresql';
import taxonomy from './taxonomy.seed.json';
import { bumpVersion, TAXONOMY_VERSION } from './routing.versions';

export interface RoutingSeedCounts {
  routingCategories: number;
  routingSynonyms: number;
  routingCategoryUnits: number;
}

interface SeedCategory {
  code: string;
  name: string;
  group?: string;
  description?: string;
  synonyms: string[];
  weakSynonyms?: string[];
  unitCodes: string[];
  dutyItems?: Partial<Record<string, number>>;
  policeFirst?: boolean;
  alternatives?: boolean;
}

/**
 * Seeds the call-category taxonomy from taxonomy.seed.json after the unit catalogue.
 *
 * Insert-only by natural key (category code; category + word; category + unit). Words and
 * units are added only to categories no administrator has edited or retired, so a word an
 * administrator removed never comes back, and a second run adds nothing. When it does add
 * rows it bumps the taxonomy version, so running replicas rebuild their engines.
 */
export async function seedRoutingTaxonomy(em: EntityManager): Promise<RoutingSeedCounts> {
  const categories = taxonomy.categories as SeedCategory[];
  const rows = {
    categories: categories.map((category, rank) => ({
      code: category.code,
      name: category.name,
      group_name: category.group ?? null,
      description: category.description ?? null,
      police_first: category.policeFirst === true,
      alternatives: category.alternatives === true,
      rank: rank + 1,
    })),
    synonyms: categories.flatMap((category) =>
      [
        ...category.synonyms.map((word) => ({ word, weak: false })),
        ...(category.weakSynonyms ?? []).map((word) => ({ word, weak: true })),
      ].map(({ word, weak }, rank) => ({ code: category.code, word, weak, rank: rank + 1 })),
    ),
    units: categories.flatMap((category) =>
      category.unitCodes.map((unitCode, rank) => ({
        code: category.code,
        unit_code: unitCode,
        rank,
        duty_item: category.dutyItems?.[unitCode] ?? null,
      })),
    ),
  };

  // Three statements over JSON row sets rather than thousands of single inserts: the seeder
  // runs at every start, under the migration lock.
  return em.transactional(async (tx) => {
    const insert = async (sql: string, data: unknown[]): Promise<number> => {
      const res = await tx.execute<{ affectedRows: number }>(sql, [JSON.stringify(data)], 'run');
      return res.affectedRows;
    };
    const counts: RoutingSeedCounts = {
      routingCategories: await insert(
        `insert into routing_category (id, code, name, group_name, description, police_first, alternatives, rank, source)
         select gen_random_uuid(), s.code, s.name, s.group_name, s.description, s.police_first, s.alternatives, s.rank, 'NOTICE'
         from jsonb_to_recordset(?::jsonb) as s(code text, name text, group_name text, description text, police_first boolean, alternatives boolean, rank int)
         order by s.rank
         on conflict (code) do nothing`,
        rows.categories,
      ),
      routingSynonyms: await insert(
        `insert into routing_synonym (id, category_id, word, weak, rank)
         select gen_random_uuid(), c.id, s.word, s.weak, s.rank
         from jsonb_to_recordset(?::jsonb) as s(code text, word text, weak boolean, rank int)
         join routing_category c on c.code = s.code and c.admin_edited_at is null
         on conflict (category_id, weak, word) do nothing`,
        rows.synonyms,
      ),
      routingCategoryUnits: await insert(
        `insert into routing_category_unit (id, category_id, unit_id, rank, duty_item)
         select gen_random_uuid(), c.id, u.id, s.rank, s.duty_item
         from jsonb_to_recordset(?::jsonb) as s(code text, unit_code text, rank int, duty_item int)
         join routing_category c on c.code = s.code and c.admin_edited_at is null
         join unit u on u.code = s.unit_code
         on conflict (category_id, unit_id) do nothing`,
        rows.units,
      ),
    };
    if (counts.routingCategories + counts.routingSynonyms + counts.routingCategoryUnits > 0) {
      await bumpVersion(tx, TAXONOMY_VERSION);
    }
    return counts;
  });
}
