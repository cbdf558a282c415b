import { isHan } from './text';

/** Function characters that carry no topic, however rare they are among the synonyms. */
const STOP_CHARACTERS = new Set([
  ...'的了是在有我你他她它们个一不这那就都也还要会说到去来么吗呢啊吧哦嘛呀着过把被给让和与及或但又很太好多少看想得地对为以从向跟同些儿喂请',
  ...'人里上下天家回放接起出进开后前中走做用头子年月日时点分大小样边面两几半整每各',
]);
const BIGRAM_WEIGHT = 1;
/** Only the few best-matching categories get a hint; the rest would be noise. */
const MAX_HINTED_CATEGORIES = 3;
const MIN_RAW = 5;

export interface CharacterHint {
  categoryIndex: number;
  /** Sum of the idf of shared character pairs. */
  raw: number;
  words: string[];
}

/**
 * The last resort for calls that use none of a category's words: character pairs that the call
 * shares with a category's synonyms, weighted by how few categories use them (头晕 only appears
 * in medical words). Built from the taxonomy alone, so it follows whatever administrators write.
 * Single characters are not evidence: a dispatcher cannot check a reason that reads 脑/路/重/水/流
 * (a burst water main once suggested health on those five), and a pair containing a function
 * character (不好, 都是, 现在) says nothing about the matter.
 */
export class CharacterHints {
  private readonly bigramCategories = new Map<string, number[]>();
  private readonly bigramIdf = new Map<string, number>();

  constructor(synonymsByCategory: string[][]) {
    const count = Math.max(1, synonymsByCategory.length);
    synonymsByCategory.forEach((synonyms, categoryIndex) => {
      const bigrams = new Set<string>();
      for (const synonym of synonyms) {
        for (const part of synonym.split(/[*+]/u)) {
          for (let i = 0; i < part.length; i++) {
            if (i + 1 < part.length && isContentPair(part[i], part[i + 1])) bigrams.add(part.slice(i, i + 2));
          }
        }
      }
      for (const gram of bigrams) push(this.bigramCategories, gram, categoryIndex);
    });
    for (const [gram, list] of this.bigramCategories) this.bigramIdf.set(gram, Math.log(count / list.length));
  }

  /** Hints from the parts of `text` not already explained by a synonym (`covered`). */
  hints(text: string, covered: Uint8Array): CharacterHint[] {
    const raw = new Map<number, number>();
    const words = new Map<number, string[]>();
    const add = (categories: number[] | undefined, weight: number, word: string): void => {
      for (const category of categories ?? []) {
        raw.set(category, (raw.get(category) ?? 0) + weight);
        const list = words.get(category);
        if (list) list.push(word);
        else words.set(category, [word]);
      }
    };
    const seen = new Set<string>();
    for (let i = 0; i < text.length; i++) {
      if (covered[i]) continue;
      if (i + 1 < text.length && !covered[i + 1]) {
        const gram = text.slice(i, i + 2);
        if (!seen.has(gram) && this.bigramIdf.has(gram)) {
          seen.add(gram);
          add(this.bigramCategories.get(gram), (this.bigramIdf.get(gram) ?? 0) * BIGRAM_WEIGHT, gram);
        }
      }
    }
    return [...raw]
      .filter(([, score]) => score >= MIN_RAW)
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_HINTED_CATEGORIES)
      .map(([categoryIndex, score]) => ({ categoryIndex, raw: score, words: (words.get(categoryIndex) ?? []).slice(0, 6) }));
  }
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function isContentPair(a: string, b: string): boolean {
  return isHan(a) && isHan(b) && !STOP_CHARACTERS.has(a) && !STOP_CHARACTERS.has(b);
}
