import { Type } from '@mikro-orm/core';
import { segmenter } from '../routing/engine/text';

/**
 * 警情检索 search over an incident's description, address, caller's name, callback number and
 * case number, served by one GIN index on a tsvector written at intake.
 *
 * PostgreSQL's parsers do not split Chinese, so the platform writes the vector itself: the
 * jieba words of each field (the segmenter routing already loads), weighted by field, and every
 * Chinese character of description and address on its own at the lowest weight. Characters make
 * a word match however jieba happened to cut the sentence (电梯里困了两个人 is cut 里困|了, so
 * 困人 would never match a word); words rank the calls that say it as the searcher did first.
 * Lexemes are written as tsvector literals, never through a text search configuration, so what
 * is stored and what is asked for are normalised by the one function below.
 */

/** Weights by field (ts_rank's A-D: 1.0, 0.4, 0.2, 0.1). */
const WEIGHT = { identity: 'A', description: 'B', address: 'C', character: 'D' } as const;
type Weight = (typeof WEIGHT)[keyof typeof WEIGHT];

/** PostgreSQL keeps at most 256 positions per lexeme; a long description never needs that many. */
const MAX_POSITIONS = 32;
const MAX_POSITION = 16383;

const HAN = /\p{Script=Han}/u;
const WORD = /[\p{L}\p{N}]/u;

/** Words that say nothing about what happened or where (they would make every call a repeat). */
const FILLER = new Set([
  '有人', '一个', '我们', '你们', '他们', '这里', '那里', '这边', '那边', '现在', '刚才', '报警', '赶紧', '快点', '帮忙',
  '请求', '需要', '出现', '发现', '已经', '还是', '没有', '什么', '怎么', '时候', '地方', '情况', '问题', '感觉', '一下',
  '里面', '外面', '附近', '旁边', '可能', '好像', '一直', '不是', '就是', '知道', '自己', '大概', '左右', '目前',
]);

/** Full-width forms to ASCII, case folded: how every stored and every searched token is normalised. */
export function normaliseToken(token: string): string {
  return token.normalize('NFKC').toLowerCase();
}

function words(text: string): string[] {
  return segmenter()
    .cutForSearch(normaliseToken(text), true)
    .map((token) => token.trim())
    .filter((token) => token && WORD.test(token));
}

/** Digits of a phone number as one word: 138 0000 0001, 138-0000-0001 and +86 13800000001 alike. */
export function phoneWord(raw: string): string {
  return raw.replace(/[^0-9]/g, '').replace(/^86(?=1\d{10}$)/, '');
}

function quote(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

export interface SearchableIncident {
  caseNumber?: string | null;
  description: string;
  address?: string | null;
  callerName?: string | null;
  callbackNumber?: string | null;
}

/** The tsvector literal stored in incident.search_vector. */
export function searchVector(incident: SearchableIncident): string {
  const positions = new Map<string, string[]>();
  let position = 0;
  const add = (lexeme: string, weight: Weight) => {
    position = Math.min(position + 1, MAX_POSITION);
    const list = positions.get(lexeme) ?? [];
    if (list.length < MAX_POSITIONS) list.push(`${position}${weight}`);
    positions.set(lexeme, list);
  };
  const field = (text: string | null | undefined, weight: Weight, characters: boolean) => {
    if (!text) return;
    for (const word of words(text)) add(word, weight);
    if (characters) for (const ch of normaliseToken(text)) if (HAN.test(ch)) add(ch, WEIGHT.character);
  };
  if (incident.caseNumber) add(normaliseToken(incident.caseNumber), WEIGHT.identity);
  if (incident.callbackNumber) add(phoneWord(incident.callbackNumber), WEIGHT.identity);
  field(incident.callerName, WEIGHT.identity, false);
  field(incident.description, WEIGHT.description, true);
  field(incident.address, WEIGHT.address, true);
  return [...positions].map(([lexeme, list]) => `${quote(lexeme)}:${list.join(',')}`).join(' ');
}

/**
 * The tsquery literal for what a dispatcher typed: every space-separated word must match. A
 * word of Latin letters or digits (a phone number, a case number) matches itself or, from three
 * characters on, any word it begins; a Chinese word matches as jieba's word or as all of its
 * characters. Undefined when nothing searchable is left (punctuation only).
 */
export function searchQuery(text: string): string | undefined {
  const clauses: string[] = [];
  for (const typed of text.split(/\s+/u).filter(Boolean)) {
    const word = normaliseToken(typed);
    if (/^[\p{N}\p{Script=Latin}_-]+$/u.test(word) && /[\p{L}\p{N}]/u.test(word)) {
      const phone = /^[0-9+-]+$/.test(word) ? phoneWord(word) : word;
      clauses.push(phone.length >= 3 ? `${quote(phone)}:*` : quote(phone));
      continue;
    }
    const tokens = segmenter()
      .cut(word, true)
      .map((token) => token.trim())
      .filter((token) => token && WORD.test(token));
    for (const token of tokens) {
      const chars = [...token].filter((ch) => HAN.test(ch));
      if (chars.length <= 1 || chars.length !== [...token].length) clauses.push(quote(token));
      else clauses.push(`(${quote(token)} | ${chars.map(quote).join(' & ')})`);
    }
  }
  return clauses.length ? clauses.join(' & ') : undefined;
}

/**
 * 事由词 what the call is about, for repeat calls (重复报警): the description's jieba words of two
 * characters or more, filler left out. Two calls about one matter share at least one.
 */
export function matterWords(description: string): string[] {
  const found = new Set<string>();
  for (const word of segmenter().cut(normaliseToken(description), true)) {
    const token = word.trim();
    if ([...token].length >= 2 && [...token].some((ch) => HAN.test(ch)) && !FILLER.has(token)) found.add(token);
  }
  return [...found];
}

/** The address reduced to its letters and digits, for "the same place" between two calls. */
export function placeKey(address: string | null | undefined): string | undefined {
  const key = address ? normaliseToken(address).replace(/[^\p{L}\p{N}]+/gu, '') : '';
  return key || undefined;
}

/**
 * The column type of incident.search_vector: the value is already a tsvector literal, cast as
 * it is. (MikroORM's own tsvector mapping would run it through to_tsvector and split it again.)
 */
export class TsvectorLiteralType extends Type<string | undefined, string | undefined> {
  override getColumnType(): string {
    return 'tsvector';
  }

  override convertToDatabaseValueSQL(key: string): string {
    return `cast(${key} as tsvector)`;
  }

  override compareAsType(): string {
    return 'string';
  }
}
