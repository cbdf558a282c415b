import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { RoutingInputError } from './errors';

export const MAX_TEXT_CHARS = 2000;

/** Clause break left in normalised text where the caller had punctuation, symbols or emoji. */
export const BREAK = ' ';

let sharedJieba: Jieba | undefined;

/** Loading the dictionary costs about 300 ms, so every engine in the process shares one. */
export function segmenter(): Jieba {
  sharedJieba ??= Jieba.withDict(dict);
  return sharedJieba;
}

const WHITESPACE = /\s+/gu;
const NON_WORD_RUN = /[^\p{L}\p{N}*+]+/gu;
const NON_WORD_RUN_TEXT = /[^\p{L}\p{N}]+/gu;
const HAN = /\p{Script=Han}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Full-width forms become ASCII (ＡＴＭ, １２０), case is folded, whitespace is dropped because
 * typists put spaces inside Chinese words, and every other non-word run becomes one break so a
 * synonym never matches across two clauses.
 */
export function normalizeText(raw: string): string {
  return raw
    .normalize('NFKC')
    .toLowerCase()
    .replace(WHITESPACE, '')
    .replace(NON_WORD_RUN_TEXT, BREAK)
    .trim();
}

/** Like normalizeText but keeps the synonym operators `*` (gap) and `+` (together). */
export function normalizePattern(raw: string): string {
  return raw
    .normalize('NFKC')
    .toLowerCase()
    .replace(WHITESPACE, '')
    .replace(NON_WORD_RUN, '')
    .replace(/^[*+]+|[*+]+$/gu, '');
}

/** Called for every character of every call, so the common blocks are tested by code point. */
export function isHan(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code >= 0x4e00 && code <= 0x9fff) return true;
  if (code < 0x3400) return false;
  return HAN.test(ch);
}

export function hasWordChar(text: string): boolean {
  return WORD_CHAR.test(text);
}

/**
 * How much a matched word says, measured in Chinese characters: Latin letters and digits are
 * worth half a character each (`atm`, `120`, `10086`), wildcards nothing.
 */
export function effectiveLength(pattern: string): number {
  let length = 0;
  for (const ch of pattern) {
    if (ch === '*' || ch === '+') continue;
    length += isHan(ch) ? 1 : 0.5;
  }
  return length;
}

export function hanBigrams(text: string): string[] {
  const grams: string[] = [];
  for (let i = 0; i + 1 < text.length; i++) {
    if (isHan(text[i]) && isHan(text[i + 1])) grams.push(text.slice(i, i + 2));
  }
  return grams;
}

/** jieba tokens laid over the normalised text, so a match can be checked against word boundaries. */
export interface Segmentation {
  tokens: string[];
  tokenOfChar: Int32Array;
  tokenStart: Int32Array;
  tokenEnd: Int32Array;
}

export function segment(text: string): Segmentation {
  const tokens = segmenter().cut(text, false);
  const tokenOfChar = new Int32Array(text.length);
  const tokenStart = new Int32Array(tokens.length);
  const tokenEnd = new Int32Array(tokens.length);
  let offset = 0;
  tokens.forEach((token, index) => {
    tokenStart[index] = offset;
    const end = Math.min(text.length, offset + token.length);
    for (let i = offset; i < end; i++) tokenOfChar[i] = index;
    offset = end;
    tokenEnd[index] = offset;
  });
  return { tokens, tokenOfChar, tokenStart, tokenEnd };
}

/**
 * True when [start, end) spans two tokens and cuts into one of three or more characters,
 * like 停电 in 乱停|电动车. Two-character tokens are not trusted for this: jieba splits
 * unfamiliar phrases such as 卖假烟 into 卖假|烟.
 */
export function straddlesWords(seg: Segmentation, start: number, end: number): boolean {
  if (end <= start || end > seg.tokenOfChar.length) return false;
  const first = seg.tokenOfChar[start];
  const last = seg.tokenOfChar[end - 1];
  if (first === last) return false;
  const isLong = (token: number): boolean => seg.tokenEnd[token] - seg.tokenStart[token] >= 3;
  return (seg.tokenStart[first] < start && isLong(first)) || (seg.tokenEnd[last] > end && isLong(last));
}

/**
 * Rejects what a dispatcher must fix before routing can help. The length check looks at
 * `text.length` first so that a 100 KB paste is refused without being scanned.
 */
export function checkCallText(text: unknown): string {
  if (typeof text !== 'string') {
    throw new RoutingInputError('INVALID_TEXT', 'The call description must be text. 警情描述必须是文字。');
  }
  if (text.length > MAX_TEXT_CHARS * 2) throw tooLong(`more than ${MAX_TEXT_CHARS * 2}`);
  if (text.length > MAX_TEXT_CHARS) {
    const chars = [...text].length;
    if (chars > MAX_TEXT_CHARS) throw tooLong(String(chars));
  }
  if (text.trim() === '') {
    throw new RoutingInputError(
      'EMPTY_TEXT',
      'The call description is empty: type what happened before asking for units. 警情描述为空，请先填写发生了什么。',
    );
  }
  return text;
}

function tooLong(count: string): RoutingInputError {
  return new RoutingInputError(
    'TEXT_TOO_LONG',
    `The call description has ${count} characters; the limit is ${MAX_TEXT_CHARS}. ` +
      `Shorten it to what happened, where, and who is at risk. ` +
      `警情描述共${count}字，超过${MAX_TEXT_CHARS}字上限，请精简为事件、地点和危险情况后重试。`,
  );
}
