import { hanBigrams, isHan } from './text';
import type { Segmentation } from './text';

export interface CallFeatures {
  /** Content words (jieba) prefixed `w:` and character bigrams prefixed `b:`. */
  features: Set<string>;
}

export interface StoredChoice {
  chosenUnitCodes: string[];
  suggestedTopCode?: string;
  features: Set<string>;
}

export interface SimilarChoice {
  choice: StoredChoice;
  similarity: number;
  sharedWords: string[];
}

const FEATURE_STOPWORDS = new Set([
  '报警', '报警人', '来电', '来电人', '反映', '称', '群众', '求助', '我们', '他们', '你们', '一个', '现在', '这里',
  '那里', '已经', '还是', '就是', '没有', '不是', '什么', '怎么', '可以', '时候', '今天', '昨天', '晚上', '刚才',
]);

/** Features shared by this share of all stored choices say nothing about a call. */
const COMMON_FEATURE_SHARE = 0.2;
const COMMON_FEATURE_FLOOR = 200;

export function callFeatures(text: string, seg: Segmentation): CallFeatures {
  const features = new Set<string>();
  for (const token of seg.tokens) {
    if (token.length >= 2 && isHan(token[0]) && !FEATURE_STOPWORDS.has(token)) features.add(`w:${token}`);
  }
  for (const gram of hanBigrams(text)) if (!FEATURE_STOPWORDS.has(gram)) features.add(`b:${gram}`);
  return { features };
}

/**
 * Dispatchers' past decisions, found again by feature overlap (cosine over binary features)
 * through an inverted index, so lookups cost what the call's own features cost.
 */
export class LearnedIndex {
  private choices: StoredChoice[] = [];
  private postings = new Map<string, number[]>();

  constructor(private readonly maxSize: number) {}

  get size(): number {
    return this.choices.length;
  }

  add(choice: StoredChoice): void {
    const id = this.choices.length;
    this.choices.push(choice);
    for (const feature of choice.features) {
      const list = this.postings.get(feature);
      if (list) list.push(id);
      else this.postings.set(feature, [id]);
    }
    // Rebuilding in batches keeps add() cheap while the oldest decisions are forgotten.
    if (this.choices.length > this.maxSize * 1.25) {
      const kept = this.choices.slice(-this.maxSize);
      this.choices = [];
      this.postings = new Map();
      for (const stored of kept) this.add(stored);
    }
  }

  similar(call: CallFeatures, minSimilarity: number, limit: number): SimilarChoice[] {
    if (this.choices.length === 0 || call.features.size === 0) return [];
    const commonAt = Math.max(COMMON_FEATURE_FLOOR, this.choices.length * COMMON_FEATURE_SHARE);
    const overlap = new Map<number, string[]>();
    for (const feature of call.features) {
      const ids = this.postings.get(feature);
      if (!ids || ids.length > commonAt) continue;
      for (const id of ids) {
        const shared = overlap.get(id);
        if (shared) shared.push(feature);
        else overlap.set(id, [feature]);
      }
    }
    const found: SimilarChoice[] = [];
    for (const [id, shared] of overlap) {
      const choice = this.choices[id];
      const similarity = shared.length / Math.sqrt(call.features.size * choice.features.size);
      if (similarity < minSimilarity) continue;
      const words = shared.filter((f) => f.startsWith('w:')).map((f) => f.slice(2));
      const sharedWords = words.length > 0 ? words : shared.map((f) => f.slice(2));
      found.push({ choice, similarity, sharedWords });
    }
    found.sort((a, b) => b.similarity - a.similarity);
    return found.slice(0, limit);
  }
}
