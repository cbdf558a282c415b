/**
 * Routing accuracy on the labelled calls in test/routing/calls.labelled.json.
 *   npm run eval:routing
 * Prints a confusion summary by unit and ends with `RESULT top1=0.xx top3=0.xx n=NNN`.
 * The engine test computes the same figures through evaluate() below.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { RoutingEngine } from '../src/modules/routing/engine';
import type { CatalogueUnit, Category } from '../src/modules/routing/engine';

/**
 * The unit catalogue relative to the repository root: the seeders' copy of the notice's
 * attachment 2 (the same file as ../shared/reference/units.json). ROUTING_UNITS_JSON names
 * another file when this one is missing.
 */
export const UNITS_JSON_PATH = 'src/db/seeders/data/units.json';
export const UNITS_JSON_ENV = 'ROUTING_UNITS_JSON';
export const TAXONOMY_PATH = 'src/modules/routing/taxonomy.seed.json';
export const LABELLED_CALLS_PATH = 'test/routing/calls.labelled.json';

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

/** Found by walking up, so the same code works from bench/ under ts and from dist/bench/. */
export function repoRoot(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'src'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No repository root above ${from}`);
    dir = parent;
  }
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export function loadCatalogue(root: string = repoRoot()): CatalogueUnit[] {
  const candidates = [resolve(root, UNITS_JSON_PATH), process.env[UNITS_JSON_ENV]].filter(
    (path): path is string => typeof path === 'string' && path !== '',
  );
  const path = candidates.find((candidate) => existsSync(candidate));
  if (!path) {
    throw new Error(`Unit catalogue not found at ${candidates.join(' or ')}; set ${UNITS_JSON_ENV} to units.json`);
  }
  const data = readJson(path) as CatalogueUnit[] | { units: CatalogueUnit[] };
  return Array.isArray(data) ? data : data.units;
}

export function loadTaxonomy(root: string = repoRoot()): Category[] {
  return (readJson(join(root, TAXONOMY_PATH)) as { categories: Category[] }).categories;
}

export function loadLabelledCalls(root: string = repoRoot()): LabelledCall[] {
  return readJson(join(root, LABELLED_CALLS_PATH)) as LabelledCall[];
}

export function buildEngine(root: string = repoRoot()): RoutingEngine {
  return new RoutingEngine({ units: loadCatalogue(root), categories: loadTaxonomy(root) });
}

/** Top-1: the first label is the first suggestion. Top-3: every label is among the first three. */
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

export function formatReport(result: EvaluationResult): string {
  const lines = ['Per unit (expected top-1 unit; worst first):'];
  for (const unit of result.perUnit) {
    const confused = Object.entries(unit.confusedWith)
      .sort((a, b) => b[1] - a[1])
      .map(([code, count]) => `${code}×${count}`)
      .join(' ');
    lines.push(
      `  ${unit.unitCode.padEnd(22)} n=${String(unit.n).padStart(3)}  top1=${(unit.top1 / unit.n).toFixed(2)}` +
        `  top3=${(unit.top3 / unit.n).toFixed(2)}${confused ? `  -> ${confused}` : ''}`,
    );
  }
  lines.push('', 'Misses (expected -> got top 3):');
  for (const { call, got } of result.misses) {
    lines.push(`  [${call.units.join(',')}] -> [${got.join(',')}]  ${call.text}`);
  }
  lines.push('', `RESULT top1=${result.top1.toFixed(2)} top3=${result.top3.toFixed(2)} n=${result.n}`);
  return lines.join('\n');
}

if (require.main === module) {
  const root = repoRoot();
  console.log(formatReport(evaluate(buildEngine(root), loadLabelledCalls(root))));
}
