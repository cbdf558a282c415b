import type { RoutingEngine } from './routing-engine';
import type { SuggestionConfidence } from './types';

/**
 * A call as the desk wrote it down, with the units that answer for it, responsible first; no
 * units for a call that needs no dispatch (misdial, never mind, a question about the time).
 */
export interface LabelledCall {
  text: string;
  units: string[];
  note?: string;
}

/** The class a call that needs no dispatch is expected as, and what no suggestion above LOW is predicted as. */
export const NO_DISPATCH_CLASS = '(no dispatch)';

export interface ClassScore {
  label: string;
  /** Calls whose expected class this is. */
  expected: number;
  /** Calls predicted as this class. */
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
}

export interface ConfidenceScore {
  confidence: SuggestionConfidence;
  /** Dispatch calls whose first suggestion had this confidence. */
  n: number;
  /** Of those, how many had the right unit first. */
  correct: number;
  precision: number;
}

export interface UnitAccuracy {
  unitCode: string;
  n: number;
  top1: number;
  top3: number;
  /** Top-1 unit suggested instead, with how often. */
  confusedWith: Record<string, number>;
}

export interface EvaluationResult {
  /** Calls that need a dispatch; top-1 and top-3 are over these. */
  n: number;
  top1: number;
  top3: number;
  perUnit: UnitAccuracy[];
  misses: { call: LabelledCall; got: string[] }[];
  /**
   * Per class (each unit, and NO_DISPATCH_CLASS): a call is predicted as its first suggestion's
   * unit when that suggestion is MEDIUM or HIGH, and as no dispatch when there is none or only LOW.
   */
  perClass: ClassScore[];
  /** Top-1 precision at each confidence level: the calibration of the thresholds. */
  byConfidence: ConfidenceScore[];
  /** Calls that need no dispatch but got a MEDIUM or HIGH suggestion. */
  falseDispatches: { call: LabelledCall; got: string }[];
}

/**
 * How well the engine routes labelled calls. One definition for the accuracy bar the tests
 * hold and the figures `npm run eval:routing` prints.
 * Top-1: the first label is the first suggestion. Top-3: every label is among the first three.
 */
export function evaluate(engine: RoutingEngine, calls: LabelledCall[]): EvaluationResult {
  const perUnit = new Map<string, UnitAccuracy>();
  const misses: EvaluationResult['misses'] = [];
  const falseDispatches: EvaluationResult['falseDispatches'] = [];
  const classes = new Map<string, ClassScore>();
  const cls = (label: string): ClassScore => {
    let entry = classes.get(label);
    if (!entry) classes.set(label, (entry = { label, expected: 0, predicted: 0, correct: 0, precision: 0, recall: 0 }));
    return entry;
  };
  const confidence = new Map<SuggestionConfidence, ConfidenceScore>(
    (['HIGH', 'MEDIUM', 'LOW'] as const).map((level) => [level, { confidence: level, n: 0, correct: 0, precision: 0 }]),
  );
  let top1 = 0;
  let top3 = 0;
  let n = 0;
  for (const call of calls) {
    const suggestions = engine.suggest(call.text, 3);
    const got = suggestions.map((suggestion) => suggestion.unitCode);
    const first = suggestions[0];
    const expected = call.units[0] ?? NO_DISPATCH_CLASS;
    const predicted = first && first.confidence !== 'LOW' ? first.unitCode : NO_DISPATCH_CLASS;
    cls(expected).expected++;
    cls(predicted).predicted++;
    if (predicted === expected) cls(expected).correct++;
    if (call.units.length === 0) {
      if (predicted !== NO_DISPATCH_CLASS) falseDispatches.push({ call, got: `${first.unitCode} ${first.confidence}` });
      continue;
    }
    n++;
    if (first) {
      const level = confidence.get(first.confidence)!;
      level.n++;
      if (first.unitCode === expected) level.correct++;
    }
    const hit1 = got[0] === expected;
    const hit3 = call.units.every((unit) => got.includes(unit));
    if (hit1) top1++;
    if (hit3) top3++;
    if (!hit1 || !hit3) misses.push({ call, got });
    const unit = perUnit.get(expected) ?? { unitCode: expected, n: 0, top1: 0, top3: 0, confusedWith: {} };
    unit.n++;
    if (hit1) unit.top1++;
    else unit.confusedWith[got[0] ?? '(none)'] = (unit.confusedWith[got[0] ?? '(none)'] ?? 0) + 1;
    if (hit3) unit.top3++;
    perUnit.set(expected, unit);
  }
  for (const entry of classes.values()) {
    entry.precision = entry.predicted === 0 ? 0 : entry.correct / entry.predicted;
    entry.recall = entry.expected === 0 ? 0 : entry.correct / entry.expected;
  }
  for (const level of confidence.values()) level.precision = level.n === 0 ? 0 : level.correct / level.n;
  return {
    n,
    top1: n === 0 ? 0 : top1 / n,
    top3: n === 0 ? 0 : top3 / n,
    perUnit: [...perUnit.values()].sort((a, b) => a.top1 / a.n - b.top1 / b.n || a.unitCode.localeCompare(b.unitCode)),
    misses,
    perClass: [...classes.values()].sort((a, b) => a.label.localeCompare(b.label)),
    byConfidence: [...confidence.values()],
    falseDispatches,
  };
}
