import type { Deduction, MetricCurve } from './supervision.entity';
import { DeductionKind } from './supervision.enums';

export interface ScoreInput {
  /** Rate (percent) of each metric; null when the unit had nothing due for it. */
  rates: Partial<Record<string, number | null>>;
  occurrences: Record<DeductionKind, number>;
}

export interface ScoreResult {
  assessed: boolean;
  score: number | null;
  points: { metric: string; rate: number | null; weight: number; points: number | null }[];
  deductions: { kind: DeductionKind; occurrences: number; points: number }[];
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * One metric's points on its curve: the full weight at 100%, `slope` points fewer per
 * percentage point short, nothing below `floor`, never more than `cap` or less than 0.
 */
export function curvePoints(curve: MetricCurve, rate: number): number {
  if (rate < curve.floor) return 0;
  return round2(Math.min(curve.cap, Math.max(0, curve.weight - curve.slope * (100 - rate))));
}

/**
 * A unit's score out of 100: the points of the metrics it had something due for, scaled to
 * the weights of those metrics, less the deductions. A unit with nothing due for any scored
 * metric is not assessed (不参评): no score, never 100.
 */
export function score(metrics: MetricCurve[], deductions: Deduction[], input: ScoreInput): ScoreResult {
  const points = metrics.map((curve) => {
    const rate = input.rates[curve.metric] ?? null;
    return { metric: curve.metric, rate, weight: curve.weight, points: rate === null ? null : curvePoints(curve, rate) };
  });
  const scored = points.filter((p) => p.points !== null);
  const applied = deductions.map((d) => {
    const occurrences = input.occurrences[d.kind] ?? 0;
    return { kind: d.kind, occurrences, points: round2(occurrences * d.points) };
  });
  if (scored.length === 0) return { assessed: false, score: null, points, deductions: applied };
  const weight = scored.reduce((sum, p) => sum + p.weight, 0);
  const earned = scored.reduce((sum, p) => sum + p.points!, 0);
  const deducted = applied.reduce((sum, d) => sum + d.points, 0);
  const base = weight > 0 ? (100 * earned) / weight : 0;
  return { assessed: true, score: round2(Math.max(0, base - deducted)), points, deductions: applied };
}
