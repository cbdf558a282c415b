import type { RoutingEngine } from './routing-engine';

/** A call as the desk wrote it down, with the units that answer for it, responsible first. */
export interface LabelledCall {
  text: string;
  units: string[];
  note?: string;
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
  n: number;
  top1: number;
  top3: number;
  perUnit: UnitAccuracy[];
  misses: { call: LabelledCall; got: string[] }[];
}

/**
 * How well the engine routes labelled calls. One definition for the accuracy bar the tests
 * hold and the figures `npm run eval:routing` prints.
 * Top-1: the first label is the first suggestion. Top-3: every label is among the first three.
 */
export function evaluate(engine: RoutingEngine, calls: LabelledCall[]): EvaluationResult {
  const perUnit = new Map<string, UnitAccuracy>();
  const misses: EvaluationResult['misses'] = [];
  let top1 = 0;
  let top3 = 0;
  for (const call of calls) {
    const got = engine.suggest(call.text, 3).map((suggestion) => suggestion.unitCode);
    const expected = call.units[0];
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
  const n = calls.length;
  return {
    n,
    top1: n === 0 ? 0 : top1 / n,
    top3: n === 0 ? 0 : top3 / n,
    perUnit: [...perUnit.values()].sort((a, b) => a.top1 / a.n - b.top1 / b.n || a.unitCode.localeCompare(b.unitCode)),
    misses,
  };
}
