import { CharacterHints } from './character-hints';
import { DEFAULT_DIALECT } from './dialect';
import { DutyIndex } from './duty-index';
import type { DutyRef } from './duty-index';
import { RoutingInputError } from './errors';
import { DEFAULT_HOMOPHONES } from './homophones';
import { callFeatures, LearnedIndex } from './learned-index';
import type { SimilarChoice } from './learned-index';
import { Lexicon, MODE_WEIGHT } from './lexicon';
import type { LexiconMatch, MatchMode } from './lexicon';
import { DEFAULT_NO_DISPATCH_SIGNALS } from './no-dispatch-signals';
import { DEFAULT_POLICE_SIGNALS } from './police-signals';
import {
  checkCallText,
  effectiveLength,
  hasWordChar,
  normalizePattern,
  normalizeText,
  segment,
  straddlesWords,
} from './text';
import type { Segmentation } from './text';
import type {
  CatalogueUnit,
  Category,
  DialectRule,
  LearnedChoice,
  PoliceAssessment,
  RoutingEngineInput,
  SuggestionConfidence,
  SuggestionReason,
  UnitSuggestion,
} from './types';

/*
 * Scoring. Each cue has a probability-like weight w in [0, 1). Cues are added as evidence
 * -ln(1 - w) and the total is turned back into a score 1 - e^-total, which is noisy-or: the
 * score stays in [0, 1] and more evidence always helps. Working in evidence rather than in
 * scores keeps small distinctions alive when the shared evidence is strong: a call naming
 * 联通 still puts unicom above telecom when both get strong 断网 evidence.
 */

/**
 * A matched word's weight grows with its length, but gently: two-character words (弃婴, 停电,
 * 假烟) are often the most specific thing a caller says; single characters say little.
 */
function lengthWeight(length: number): number {
  if (length < 2) return 0.3 * Math.max(length, 0.5);
  return Math.min(0.8, 0.55 + 0.07 * (length - 2));
}
const WEAK_SYNONYM_FACTOR = 0.45;
/** Context words pile up in long calls (学校, 学生, 老师); together they still only hint. */
const WEAK_EVIDENCE_CAP = toEvidence(0.35);
/** A two-character hit that cuts into a longer word (停电 in 乱停电动车) is probably an accident. */
const STRADDLE_SHORT_FACTOR = 0.5;
const STRADDLE_LONG_FACTOR = 0.8;
/** A hit inside a longer hit of another category (电信 in 电信诈骗) mostly belongs to the longer one. */
const CONTAINED_FACTOR = 0.35;
/** Supporting units of a category rank below its lead unit, yet stay within the top three. */
const UNIT_RANK_DECAY = 0.8;
/**
 * Related categories often fire together on one phrase (假的 and 化肥); a unit's strongest
 * category counts fully and each further one half as much as the one before.
 */
const FURTHER_CATEGORY_FACTOR = 0.5;
/** Duty texts support a suggestion but cannot carry one alone past a category hit. */
const DUTY_CAP = 0.3;
const DUTY_SCALE = 6;
/**
 * Each similar earlier decision counts this much times its similarity, so two or three
 * near-identical corrections outweigh one synonym hit, while a single one only nudges.
 */
const LEARNED_STEP = 0.45;
const LEARNED_CAP = 0.9;
const LEARNED_MIN_SIMILARITY = 0.25;
const LEARNED_NEIGHBOURS = 20;
/** The unit dispatchers kept turning away from loses a little each time, never all. */
const OVERRIDDEN_PENALTY = 0.2;
const OVERRIDDEN_FLOOR = 0.4;
/** Below this a unit is noise, and gibberish must come back as an empty list. */
const MIN_SCORE = 0.05;
const POLICE_FIRST_MIN_STRENGTH = 0.3;
/** Shared characters alone never outweigh one real synonym (0.55). */
const HINT_CAP = 0.3;
const HINT_SCALE = 8;
const MAX_CATEGORY_REASONS = 3;
const FUZZY_MODES: ReadonlySet<MatchMode> = new Set<MatchMode>(['HOMOPHONE', 'GAPPED']);
const DEFAULT_LIMIT = 5;
const DEFAULT_MAX_LEARNED = 10_000;
/**
 * Confidence from the score, calibrated on the labelled calls (npm run eval:routing prints the
 * top-1 precision of each level): at HIGH the first suggestion was right on every labelled call,
 * at MEDIUM on most; below MEDIUM a suggestion is a guess. A suggestion that rests only on shared
 * character pairs or duty words, or on a call that says it needs nobody, is LOW whatever its score.
 */
/** Texts whose suggestions the engine keeps (the memo in RoutingEngine). */
const SUGGESTION_MEMO_SIZE = 1_000;

export const CONFIDENCE_THRESHOLDS = { HIGH: 0.6, MEDIUM: 0.4 } as const;
const DEFAULT_POLICE_UNIT = 'police';
/** What a caller may write just before a word to say it did not happen (没有人受伤). */
const NEGATIONS = ['没', '未', '无', '不是', '莫得', '别'];

interface PatternPayload {
  categoryIndex: number;
  weak: boolean;
  /** Of the synonym as written, so a dialect form (莫得水) weighs what the synonym (没水) does. */
  length: number;
}

interface CompiledCategory {
  category: Category;
  policeFirst: boolean;
  units: { unitCode: string; rankFactor: number; duty: DutyRef | undefined }[];
}

interface WeighedMatch {
  match: LexiconMatch<PatternPayload>;
  weight: number;
}

interface CategoryHit {
  compiled: CompiledCategory;
  evidence: number;
  words: string[];
  /** Found by shared characters only (CharacterHints), not by a synonym. */
  approximate: boolean;
}

interface UnitTally {
  evidence: number;
  categoryEvidence: number[];
  learnedEvidence: number;
  categoryReasons: { evidence: number; reason: SuggestionReason }[];
  reasons: SuggestionReason[];
  penalty: number;
}

interface AnalysedCall {
  text: string;
  seg: Segmentation;
}

export class RoutingEngine {
  private readonly unitOrder = new Map<string, number>();
  private readonly categories: CompiledCategory[];
  private readonly lexicon: Lexicon<PatternPayload>;
  private readonly policeLexicon: Lexicon<{ why: string; leads: boolean }>;
  private readonly noDispatchLexicon: Lexicon<string>;
  private readonly policeUnit: string | undefined;
  private readonly duties: DutyIndex;
  private readonly hints: CharacterHints;
  private readonly learned: LearnedIndex;
  /**
   * Every suggestion of a text, best first, as last computed: the desk asks for a call's
   * suggestions and then dispatches it, and the dispatch compares its units with the top one
   * (routing.learning.ts). The engine's answer depends only on the text and on what it has
   * learned, so learning empties the memo. Bounded; the oldest text goes first.
   */
  private readonly memo = new Map<string, readonly UnitSuggestion[]>();

  constructor(input: RoutingEngineInput) {
    const units = validateUnits(input.units);
    units.forEach((unit, index) => this.unitOrder.set(unit.code, index));
    this.duties = new DutyIndex(units);
    const dialect = input.dialect ?? DEFAULT_DIALECT;
    this.categories = this.compileCategories(input.categories);

    const patterns: { pattern: string; payload: PatternPayload }[] = [];
    this.categories.forEach(({ category }, categoryIndex) => {
      for (const [list, weak] of [
        [category.synonyms, false],
        [category.weakSynonyms ?? [], true],
      ] as const) {
        for (const synonym of list) {
          const normalized = normalizePattern(synonym);
          const length = effectiveLength(normalized);
          // A single character (裂) is no word a dispatcher can check a reason by, and cuts
          // into any longer word; the category's longer synonyms (裂缝, 墙*裂) carry it.
          if (length < 2) continue;
          for (const pattern of withDialect(normalized, dialect)) {
            patterns.push({ pattern, payload: { categoryIndex, weak, length } });
          }
        }
      }
    });
    this.lexicon = new Lexicon(patterns, { fuzzy: true, homophones: DEFAULT_HOMOPHONES });
    this.hints = new CharacterHints(
      this.categories.map(({ category }) => category.synonyms.map((synonym) => normalizePattern(synonym))),
    );

    const policePatterns: { pattern: string; payload: { why: string; leads: boolean } }[] = [];
    for (const signal of input.policeSignals ?? DEFAULT_POLICE_SIGNALS) {
      for (const word of signal.words) {
        for (const pattern of withDialect(normalizePattern(word), dialect)) {
          policePatterns.push({ pattern, payload: { why: signal.why, leads: signal.leads === true } });
        }
      }
    }
    this.policeLexicon = new Lexicon(policePatterns, { fuzzy: false });
    const noDispatchPatterns: { pattern: string; payload: string }[] = [];
    for (const signal of input.noDispatchSignals ?? DEFAULT_NO_DISPATCH_SIGNALS) {
      for (const word of signal.words) {
        for (const pattern of withDialect(normalizePattern(word), dialect)) noDispatchPatterns.push({ pattern, payload: signal.why });
      }
    }
    this.noDispatchLexicon = new Lexicon(noDispatchPatterns, { fuzzy: false });
    const policeUnit = input.policeUnitCode ?? DEFAULT_POLICE_UNIT;
    this.policeUnit = this.unitOrder.has(policeUnit) ? policeUnit : undefined;

    this.learned = new LearnedIndex(input.maxLearned ?? DEFAULT_MAX_LEARNED);
    for (const choice of input.learned ?? []) {
      // Stored decisions may name units that have since left the catalogue; those are dropped.
      const chosen = choice.chosenUnitCodes.filter((code) => this.unitOrder.has(code));
      if (chosen.length === 0 || typeof choice.text !== 'string' || choice.text.trim() === '') continue;
      const top = choice.suggestedTopCode && this.unitOrder.has(choice.suggestedTopCode) ? choice.suggestedTopCode : undefined;
      this.remember(choice.text, chosen, top);
    }
  }

  /** Responsible units for a call, best first, each with the reasons a dispatcher can check. */
  suggest(text: string, limit: number = DEFAULT_LIMIT): UnitSuggestion[] {
    checkCallText(text);
    if (!Number.isInteger(limit) || limit < 1) {
      throw new RoutingInputError(
        'INVALID_LIMIT',
        `The number of suggestions must be a whole number of at least 1 (got ${String(limit)}). 建议单位数量须为不小于1的整数。`,
      );
    }
    let all = this.memo.get(text);
    if (all === undefined) {
      all = this.rank(text);
      if (this.memo.size >= SUGGESTION_MEMO_SIZE) this.memo.delete(this.memo.keys().next().value as string);
      this.memo.set(text, all);
    }
    // Copies: a caller may sort or trim what it gets.
    return all.slice(0, limit).map((s) => ({ ...s, reasons: s.reasons.map((r) => ({ ...r, matchedWords: [...r.matchedWords] })) }));
  }

  private rank(text: string): UnitSuggestion[] {
    const call = analyse(text);
    if (call === undefined) return [];

    const tallies = new Map<string, UnitTally>();
    const tally = (unitCode: string): UnitTally => {
      let entry = tallies.get(unitCode);
      if (!entry) {
        entry = { evidence: 0, categoryEvidence: [], learnedEvidence: 0, categoryReasons: [], reasons: [], penalty: 1 };
        tallies.set(unitCode, entry);
      }
      return entry;
    };

    const hits = this.categoryHits(call, true);
    const carried = carriedEvidence(hits);
    for (const hit of hits) {
      for (const unit of hit.compiled.units) {
        const evidence = hit.evidence * unit.rankFactor;
        const entry = tally(unit.unitCode);
        entry.categoryEvidence.push((carried.get(hit) ?? hit.evidence) * unit.rankFactor);
        entry.categoryReasons.push({
          evidence,
          reason: {
            kind: 'CATEGORY',
            unitCode: unit.unitCode,
            categoryCode: hit.compiled.category.code,
            categoryName: hit.compiled.category.name,
            dutyItem: unit.duty?.item,
            dutyText: unit.duty?.text,
            matchedWords: hit.words,
            ...(hit.approximate ? { approximate: true } : {}),
          },
        });
      }
    }

    for (const [unitCode, evidence] of this.duties.evidence(call.text)) {
      const entry = tally(unitCode);
      entry.evidence += toEvidence(DUTY_CAP * (1 - Math.exp(-evidence.raw / DUTY_SCALE)));
      const citedItems = new Set(entry.categoryReasons.map(({ reason }) => reason.dutyItem));
      if (!citedItems.has(evidence.ref.item)) {
        entry.reasons.push({
          kind: 'DUTY',
          unitCode,
          dutyItem: evidence.ref.item,
          dutyText: evidence.ref.text,
          matchedWords: evidence.words.slice(0, 6),
        });
      }
    }

    this.applyLearned(call, tally);

    // A crime or a threat to a person: the police lead, whatever the setting suggests.
    const policeLead = this.policeLeadWords(call);
    if (this.policeUnit && policeLead.length > 0) {
      tally(this.policeUnit).reasons.unshift({ kind: 'POLICE_FIRST', unitCode: this.policeUnit, matchedWords: policeLead });
    }
    const noDispatch = this.noDispatchLexicon.match(call.text).some((match) => !negated(call.text, match.start));

    let suggestions: UnitSuggestion[] = [];
    for (const [unitCode, entry] of tallies) {
      const categoryEvidence = entry.categoryEvidence
        .sort((a, b) => b - a)
        .reduce((sum, evidence, rank) => sum + evidence * FURTHER_CATEGORY_FACTOR ** rank, 0);
      const total = categoryEvidence + entry.evidence + Math.min(toEvidence(LEARNED_CAP), entry.learnedEvidence);
      const score = (1 - Math.exp(-total)) * entry.penalty;
      if (score < MIN_SCORE && !(unitCode === this.policeUnit && policeLead.length > 0)) continue;
      const categoryReasons = entry.categoryReasons
        .sort((a, b) => b.evidence - a.evidence)
        .slice(0, MAX_CATEGORY_REASONS)
        .map(({ reason }) => reason);
      const rounded = Math.round(Math.min(1, score) * 10_000) / 10_000;
      suggestions.push({
        unitCode,
        score: rounded,
        confidence: 'LOW',
        reasons: [...categoryReasons, ...entry.reasons].sort(reasonOrder),
      });
    }
    if (noDispatch) {
      // Nothing to send anyone to, unless the call names a unit's matter in so many words.
      suggestions = suggestions.filter((s) => s.reasons.some((r) => r.kind === 'CATEGORY' && !r.approximate));
    }
    const police = this.policeUnit && policeLead.length > 0 ? suggestions.find((s) => s.unitCode === this.policeUnit) : undefined;
    if (police) police.score = Math.max(police.score, ...suggestions.map((s) => s.score));
    suggestions.sort(
      (a, b) =>
        Number(b === police) - Number(a === police) ||
        b.score - a.score ||
        (this.unitOrder.get(a.unitCode) ?? 0) - (this.unitOrder.get(b.unitCode) ?? 0),
    );
    for (const suggestion of suggestions) suggestion.confidence = noDispatch ? 'LOW' : confidenceOf(suggestion);
    return suggestions;
  }

  /** Words of violence or a life in immediate danger (signals that lead), not negated. */
  private policeLeadWords(call: AnalysedCall): string[] {
    const words = new Set<string>();
    for (const match of this.policeLexicon.match(call.text)) {
      // A word cut out of a longer one (自杀 in 私自杀猪) is no signal to lead on.
      if (match.payload.leads && !negated(call.text, match.start) && !cutsWords(call.seg, match.start, match.end)) {
        words.add(match.surface);
      }
    }
    return [...words];
  }

  /**
   * Notice section 四: crime and public-order cases, and emergencies that threaten life,
   * public safety or production safety, get police on scene first.
   */
  assessPolice(text: string): PoliceAssessment {
    checkCallText(text);
    const call = analyse(text);
    if (call === undefined) return { policeFirstResponse: false, reasons: [] };
    const byWhy = new Map<string, Set<string>>();
    const note = (why: string, word: string): void => {
      const words = byWhy.get(why);
      if (words) words.add(word);
      else byWhy.set(why, new Set([word]));
    };
    for (const match of this.policeLexicon.match(call.text)) {
      if (!negated(call.text, match.start)) note(match.payload.why, match.surface);
    }
    for (const hit of this.categoryHits(call, false)) {
      if (!hit.compiled.policeFirst || 1 - Math.exp(-hit.evidence) < POLICE_FIRST_MIN_STRENGTH) continue;
      const { code, name } = hit.compiled.category;
      const why = `类别「${name}」属公安先期处置的紧急警情 (category ${code}: police respond first)`;
      for (const word of hit.words) note(why, word);
    }
    const reasons = [...byWhy].map(([why, words]) => ({ words: [...words], why }));
    return { policeFirstResponse: reasons.length > 0, reasons };
  }

  /** Records a dispatcher's decision; similar later calls lean towards the chosen units. */
  learn(choice: LearnedChoice): void {
    checkCallText(choice.text);
    if (!Array.isArray(choice.chosenUnitCodes) || choice.chosenUnitCodes.length === 0) {
      throw new RoutingInputError(
        'EMPTY_CHOICE',
        'A learned choice needs at least one chosen unit. 请至少选择一个处置单位。',
      );
    }
    const codes = [...choice.chosenUnitCodes, ...(choice.suggestedTopCode ? [choice.suggestedTopCode] : [])];
    const unknown = codes.filter((code) => !this.unitOrder.has(code));
    if (unknown.length > 0) {
      throw new RoutingInputError(
        'UNKNOWN_UNIT',
        `Unknown unit code(s): ${unknown.join(', ')}. Use codes from the unit catalogue. 单位代码不存在：${unknown.join('、')}。`,
      );
    }
    this.remember(choice.text, [...new Set(choice.chosenUnitCodes)], choice.suggestedTopCode);
  }

  private remember(text: string, chosenUnitCodes: string[], suggestedTopCode: string | undefined): void {
    const call = analyse(text);
    if (call === undefined) return;
    const { features } = callFeatures(call.text, call.seg);
    if (features.size === 0) return;
    this.learned.add({ chosenUnitCodes, suggestedTopCode, features });
    this.memo.clear();
  }

  private applyLearned(call: AnalysedCall, tally: (unitCode: string) => UnitTally): void {
    if (this.learned.size === 0) return;
    const similar = this.learned.similar(callFeatures(call.text, call.seg), LEARNED_MIN_SIMILARITY, LEARNED_NEIGHBOURS);
    const byUnit = new Map<string, SimilarChoice[]>();
    for (const found of similar) {
      for (const unitCode of found.choice.chosenUnitCodes) {
        const list = byUnit.get(unitCode) ?? [];
        list.push(found);
        byUnit.set(unitCode, list);
        tally(unitCode).learnedEvidence += toEvidence(LEARNED_STEP * found.similarity);
      }
      const overridden = found.choice.suggestedTopCode;
      if (overridden && !found.choice.chosenUnitCodes.includes(overridden)) {
        const entry = tally(overridden);
        entry.penalty = Math.max(OVERRIDDEN_FLOOR, entry.penalty * (1 - OVERRIDDEN_PENALTY * found.similarity));
      }
    }
    for (const [unitCode, list] of byUnit) {
      const words = [...new Set(list.flatMap((found) => found.sharedWords))].slice(0, 6);
      tally(unitCode).reasons.push({ kind: 'LEARNED', unitCode, matchedWords: words, learnedCount: list.length });
    }
  }

  private categoryHits(call: AnalysedCall, withHints: boolean): CategoryHit[] {
    const weighed: WeighedMatch[] = this.lexicon.match(call.text).map((match) => {
      const { length, weak } = match.payload;
      let weight = lengthWeight(length) * MODE_WEIGHT[match.mode];
      if (weak) weight *= WEAK_SYNONYM_FACTOR;
      if (match.mode !== 'TOGETHER' && straddlesWords(call.seg, match.start, match.end)) {
        weight *= length <= 2 ? STRADDLE_SHORT_FACTOR : STRADDLE_LONG_FACTOR;
      }
      return { match, weight };
    });
    weighed.sort((a, b) => b.weight - a.weight);

    // Overlapping hits of one category count once, by the strongest.
    const accepted: WeighedMatch[] = [];
    for (const candidate of weighed) {
      const overlaps = accepted.some(
        (kept) =>
          kept.match.payload.categoryIndex === candidate.match.payload.categoryIndex &&
          spansOverlap(kept.match, candidate.match),
      );
      if (!overlaps) accepted.push(candidate);
    }
    const covered = new Uint8Array(call.text.length);
    const hits = new Map<number, { evidence: number; weakEvidence: number; words: string[] }>();
    for (const candidate of accepted) {
      const { match } = candidate;
      // The longer word is what the caller said (停车费, not 车费), however little it weighs;
      // only a fuzzy hit (电梯里困人) must be at least as strong to swallow an exact one.
      const inside = accepted.some(
        (other) =>
          other.match.payload.categoryIndex !== match.payload.categoryIndex &&
          other.match.payload.length > match.payload.length &&
          (!FUZZY_MODES.has(other.match.mode) || other.weight >= candidate.weight) &&
          match.spans.every(([start, end]) => other.match.spans.some(([from, to]) => from <= start && end <= to)),
      );
      const weight = inside ? candidate.weight * CONTAINED_FACTOR : candidate.weight;
      const hit = hits.get(match.payload.categoryIndex) ?? { evidence: 0, weakEvidence: 0, words: [] };
      if (match.payload.weak) hit.weakEvidence += toEvidence(weight);
      else hit.evidence += toEvidence(weight);
      for (const [start, end] of match.spans) covered.fill(1, start, end);
      if (!hit.words.includes(match.surface)) hit.words.push(match.surface);
      hits.set(match.payload.categoryIndex, hit);
    }
    const found: CategoryHit[] = [...hits].map(([index, hit]) => ({
      compiled: this.categories[index],
      evidence: hit.evidence + Math.min(hit.weakEvidence, WEAK_EVIDENCE_CAP),
      words: hit.words,
      approximate: false,
    }));
    if (!withHints) return found;
    for (const hint of this.hints.hints(call.text, covered)) {
      const evidence = toEvidence(HINT_CAP * (1 - Math.exp(-hint.raw / HINT_SCALE)));
      const existing = found.find((hit) => hit.compiled === this.categories[hint.categoryIndex]);
      if (existing) existing.evidence += evidence;
      else found.push({ compiled: this.categories[hint.categoryIndex], evidence, words: hint.words, approximate: true });
    }
    return found;
  }

  private compileCategories(categories: Category[]): CompiledCategory[] {
    const seen = new Set<string>();
    return categories.map((category) => {
      const problem = (what: string): RoutingInputError =>
        new RoutingInputError('INVALID_CATEGORY', `Category "${category.code}": ${what}. 类别「${category.name}」配置有误。`);
      if (!category.code) throw problem('code is empty');
      if (seen.has(category.code)) throw problem('code is used twice');
      seen.add(category.code);
      if (!Array.isArray(category.synonyms)) throw problem('synonyms must be a list');
      if (!Array.isArray(category.unitCodes) || category.unitCodes.length === 0) throw problem('it names no unit');
      const unknown = category.unitCodes.filter((code) => !this.unitOrder.has(code));
      if (unknown.length > 0) throw problem(`unknown unit code(s) ${unknown.join(', ')}`);
      const units = [...new Set(category.unitCodes)].map((unitCode, rank) => {
        const item = category.dutyItems?.[unitCode];
        let duty: DutyRef | undefined;
        if (item !== undefined) {
          duty = this.duties.dutiesOf(unitCode).find((ref) => ref.item === item);
          if (!duty) throw problem(`unit ${unitCode} has no duty item ${item}`);
        } else {
          duty = this.duties.inferItem(unitCode, [category.name, ...category.synonyms]);
        }
        return { unitCode, rankFactor: category.alternatives ? 1 : UNIT_RANK_DECAY ** rank, duty };
      });
      for (const unitCode of Object.keys(category.dutyItems ?? {})) {
        if (!category.unitCodes.includes(unitCode)) throw problem(`dutyItems names ${unitCode}, which is not among its units`);
      }
      return { category, policeFirst: category.policeFirst === true, units };
    });
  }
}

/**
 * A generic category that fires together with a stronger, more specific one whose units
 * include all of its own (噪音 with 工地噪音, 假的 with 假化肥) is explained by it: its
 * evidence goes to the specific category, so the specific category's lead unit stays first.
 * Interchangeable providers (alternatives) never absorb: naming 联通 must still count.
 */
function carriedEvidence(hits: CategoryHit[]): Map<CategoryHit, number> {
  const carried = new Map<CategoryHit, number>(hits.map((hit) => [hit, hit.evidence]));
  const unitSet = (hit: CategoryHit): Set<string> => new Set(hit.compiled.units.map((unit) => unit.unitCode));
  for (const generic of hits) {
    const genericUnits = unitSet(generic);
    let host: CategoryHit | undefined;
    for (const specific of hits) {
      if (specific === generic || specific.compiled.category.alternatives) continue;
      const specificUnits = unitSet(specific);
      const covers = specificUnits.size > genericUnits.size && [...genericUnits].every((code) => specificUnits.has(code));
      if (covers && specific.evidence >= generic.evidence && (!host || specific.evidence > host.evidence)) host = specific;
    }
    if (host) {
      carried.set(host, (carried.get(host) ?? 0) + generic.evidence);
      carried.set(generic, 0);
    }
  }
  return carried;
}

/**
 * Two `+` hits that share only their context word (林子+着火, 林子+浓烟) are separate
 * evidence; any other overlap is the same evidence found twice.
 */
function spansOverlap(a: LexiconMatch<PatternPayload>, b: LexiconMatch<PatternPayload>): boolean {
  const bothTogether = a.mode === 'TOGETHER' && b.mode === 'TOGETHER';
  return a.spans.some(([aStart, aEnd]) =>
    b.spans.some(
      ([bStart, bEnd]) => aStart < bEnd && bStart < aEnd && !(bothTogether && aStart === bStart && aEnd === bEnd),
    ),
  );
}

/** The span begins or ends inside a word it shares with its neighbour (自杀 across 私自|杀猪). */
function cutsWords(seg: Segmentation, start: number, end: number): boolean {
  const first = seg.tokenOfChar[start];
  const last = seg.tokenOfChar[end - 1];
  if (first === last) return false;
  return seg.tokenStart[first] !== start || seg.tokenEnd[last] !== end;
}

function toEvidence(weight: number): number {
  return -Math.log(1 - Math.min(weight, 0.999));
}

function analyse(raw: string): AnalysedCall | undefined {
  const text = normalizeText(raw);
  if (!hasWordChar(text)) return undefined;
  return { text, seg: segment(text) };
}

function negated(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 3), start);
  return NEGATIONS.some((word) => before.includes(word));
}

/** Only a word-level reason (a synonym, a similar earlier dispatch, the police signals) can carry more than LOW. */
function confidenceOf(suggestion: UnitSuggestion): SuggestionConfidence {
  const explicit = suggestion.reasons.some(
    (r) => (r.kind === 'CATEGORY' && !r.approximate) || r.kind === 'LEARNED' || r.kind === 'POLICE_FIRST',
  );
  if (!explicit) return 'LOW';
  if (suggestion.score >= CONFIDENCE_THRESHOLDS.HIGH) return 'HIGH';
  if (suggestion.score >= CONFIDENCE_THRESHOLDS.MEDIUM) return 'MEDIUM';
  return 'LOW';
}

function reasonOrder(a: SuggestionReason, b: SuggestionReason): number {
  const rank = { POLICE_FIRST: -1, CATEGORY: 0, LEARNED: 1, DUTY: 2 } as const;
  return rank[a.kind] - rank[b.kind];
}

/**
 * The pattern plus its colloquial forms. A rule is skipped when a longer rule containing its
 * standard word already applies (没 inside 没有), so 没有水 never becomes 莫得有水.
 */
export function withDialect(pattern: string, rules: readonly DialectRule[]): string[] {
  if (pattern === '') return [];
  const variants = new Set([pattern]);
  const applicable = rules.filter((rule) => rule.standard !== '' && pattern.includes(rule.standard));
  for (const rule of applicable) {
    const shadowed = applicable.some(
      (other) => other !== rule && other.standard.length > rule.standard.length && other.standard.includes(rule.standard),
    );
    if (shadowed) continue;
    for (const variant of rule.variants) variants.add(pattern.split(rule.standard).join(normalizePattern(variant)));
  }
  return [...variants];
}

function validateUnits(units: CatalogueUnit[]): CatalogueUnit[] {
  if (!Array.isArray(units) || units.length === 0) {
    throw new RoutingInputError('INVALID_CATALOGUE', 'The unit catalogue is empty. 联动单位目录为空。');
  }
  const codes = new Set<string>();
  for (const unit of units) {
    if (!unit.code || codes.has(unit.code)) {
      throw new RoutingInputError(
        'INVALID_CATALOGUE',
        `Unit code "${unit.code}" is empty or used twice. 单位代码为空或重复。`,
      );
    }
    codes.add(unit.code);
  }
  return units;
}
