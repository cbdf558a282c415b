import { BREAK } from './text';

/**
 * How a pattern was found. Calls are typed in a hurry, so besides exact substrings the
 * lexicon accepts a wildcard pattern (`电梯*困`), words that must all occur somewhere in the
 * call (`林子+着火`: a context and an event told in different clauses), a same-sound
 * character swap from a pinyin keyboard (停店 for 停电, 电题 for 电梯) and one or two inserted
 * characters (电梯里困人 for 电梯困人). Any-character typos are not accepted: with
 * phrase-like synonyms they turned 街都黑了 into 水都黑了.
 */
export type MatchMode = 'EXACT' | 'WILDCARD' | 'TOGETHER' | 'HOMOPHONE' | 'GAPPED';

export const MODE_WEIGHT: Record<MatchMode, number> = {
  EXACT: 1,
  WILDCARD: 0.85,
  TOGETHER: 0.8,
  HOMOPHONE: 0.8,
  GAPPED: 0.75,
};

/**
 * Characters a wildcard may stand for: up to eight between words (山上…整片都在往下…垮), fewer
 * next to a single character, which would otherwise find itself anywhere (路…边的大树枝快…断).
 */
function wildcardSpan(before: string, after: string): number {
  return Math.min(8, 2 + 2 * Math.min(before.length, after.length));
}
const GAPPED_MIN_LENGTH = 3;

export interface LexiconMatch<P> {
  payload: P;
  pattern: string;
  start: number;
  end: number;
  /** The stretches of text that matched: one, or one per word of a `+` pattern. */
  spans: [number, number][];
  /** What the caller wrote; for fuzzy modes `written≈pattern`. */
  surface: string;
  mode: MatchMode;
}

export interface LexiconOptions {
  fuzzy: boolean;
  /** Groups of interchangeable characters (see homophones.ts); used only when fuzzy. */
  homophones?: readonly string[];
}

interface Entry<P> {
  payload: P;
  pattern: string;
  parts: string[] | null;
  together: string[] | null;
  key: string;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A multi-pattern matcher indexed by first character; patterns are already normalised. */
export class Lexicon<P> {
  private readonly entries: Entry<P>[] = [];
  private readonly byFirst = new Map<string, number[]>();
  private readonly wildcardByFirst = new Map<string, number[]>();
  private readonly togetherEntries: number[] = [];
  private readonly byKeyFirst = new Map<string, number[]>();
  private readonly soundOf = new Map<string, string>();
  private readonly fuzzy: boolean;

  constructor(patterns: { pattern: string; payload: P }[], options: LexiconOptions) {
    this.fuzzy = options.fuzzy;
    if (options.fuzzy) {
      for (const group of options.homophones ?? []) {
        const chars = [...group];
        for (const ch of chars) this.soundOf.set(ch, chars[0]);
      }
    }
    for (const { pattern, payload } of patterns) {
      if (pattern === '') continue;
      const id = this.entries.length;
      const together = pattern.includes('+') ? pattern.split('+').filter((part) => part !== '') : null;
      const parts = !together && pattern.includes('*') ? pattern.split('*').filter((part) => part !== '') : null;
      this.entries.push({ payload, pattern, parts, together, key: this.soundKey(pattern) });
      if (together) {
        this.togetherEntries.push(id);
        continue;
      }
      if (parts) {
        pushTo(this.wildcardByFirst, parts[0][0], id);
        continue;
      }
      pushTo(this.byFirst, pattern[0], id);
      // Only a pattern with a swappable character can be found by sound and not exactly.
      if (this.fuzzy && pattern.length >= 2 && [...pattern].some((ch) => this.soundOf.has(ch))) {
        pushTo(this.byKeyFirst, this.soundKey(pattern)[0], id);
      }
    }
  }

  get size(): number {
    return this.entries.length;
  }

  /** The best match of every pattern found in `text` (one per pattern). */
  match(text: string): LexiconMatch<P>[] {
    const best = new Map<number, LexiconMatch<P>>();
    const record = (id: number, start: number, end: number, mode: MatchMode): void => {
      const previous = best.get(id);
      if (previous && MODE_WEIGHT[previous.mode] >= MODE_WEIGHT[mode]) return;
      const entry = this.entries[id];
      const written = text.slice(start, end);
      const surface = mode === 'EXACT' || mode === 'WILDCARD' ? written : `${written}≈${entry.pattern}`;
      best.set(id, { payload: entry.payload, pattern: entry.pattern, start, end, spans: [[start, end]], surface, mode });
    };
    for (const id of this.togetherEntries) {
      const entry = this.entries[id];
      const spans: [number, number][] = [];
      for (const part of entry.together ?? []) {
        const at = text.indexOf(part);
        if (at < 0) break;
        spans.push([at, at + part.length]);
      }
      if (spans.length === 0 || spans.length !== entry.together?.length) continue;
      const start = Math.min(...spans.map(([from]) => from));
      const end = Math.max(...spans.map(([, to]) => to));
      const surface = entry.together.join('…');
      best.set(id, { payload: entry.payload, pattern: entry.pattern, start, end, spans, surface, mode: 'TOGETHER' });
    }
    const key = this.fuzzy && this.soundOf.size > 0 ? this.soundKey(text) : text;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch === BREAK) continue;
      for (const id of this.byFirst.get(ch) ?? []) {
        const { pattern } = this.entries[id];
        if (text.startsWith(pattern, i)) {
          record(id, i, i + pattern.length, 'EXACT');
        } else if (this.fuzzy && pattern.length >= GAPPED_MIN_LENGTH) {
          const end = gappedEnd(text, i, pattern);
          if (end > 0) record(id, i, end, 'GAPPED');
        }
      }
      for (const id of this.wildcardByFirst.get(ch) ?? []) {
        const end = wildcardEnd(text, i, this.entries[id].parts ?? []);
        if (end > 0) record(id, i, end, 'WILDCARD');
      }
      if (!this.fuzzy) continue;
      for (const id of this.byKeyFirst.get(key[i]) ?? []) {
        const entry = this.entries[id];
        if (key.startsWith(entry.key, i) && differences(text, i, entry.pattern) === 1) {
          record(id, i, i + entry.pattern.length, 'HOMOPHONE');
        }
      }
    }
    return [...best.values()];
  }

  private soundKey(text: string): string {
    if (this.soundOf.size === 0) return text;
    // Per UTF-16 unit, so that positions in the key and in the text stay the same.
    let key = '';
    for (let i = 0; i < text.length; i++) key += this.soundOf.get(text[i]) ?? text[i];
    return key;
  }
}

function differences(text: string, start: number, pattern: string): number {
  let count = 0;
  for (let k = 0; k < pattern.length; k++) {
    if (text[start + k] !== pattern[k]) count++;
  }
  return count;
}

/** End of `pattern` found from `start` with one (short patterns) or two inserted characters. */
function gappedEnd(text: string, start: number, pattern: string): number {
  const allowed = pattern.length >= 4 ? 2 : 1;
  let gaps = 0;
  let j = start + 1;
  for (let k = 1; k < pattern.length; j++) {
    if (j >= text.length || text[j] === BREAK) return -1;
    if (text[j] === pattern[k]) {
      k++;
    } else if (++gaps > allowed) {
      return -1;
    }
  }
  return gaps > 0 ? j : -1;
}

function wildcardEnd(text: string, start: number, parts: string[]): number {
  if (parts.length === 0 || !text.startsWith(parts[0], start)) return -1;
  let position = start + parts[0].length;
  for (let p = 1; p < parts.length; p++) {
    const found = text.indexOf(parts[p], position);
    if (found < 0 || found - position > wildcardSpan(parts[p - 1], parts[p])) return -1;
    if (text.slice(position, found).includes(BREAK)) return -1;
    position = found + parts[p].length;
  }
  return position;
}
