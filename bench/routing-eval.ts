/**
 * Routing accuracy on the labelled calls in test/routing/calls.labelled.json.
 *   npm run eval:routing                 (or: npm run eval:routing -- other-calls.json)
 * Prints a confusion summary by unit, precision and recall per class (each unit and "no
 * dispatch"), the top-1 precision at each confidence level, and ends with
 * `RESULT top1=0.xx top3=0.xx n=NNN noDispatchPrecision=0.xx noDispatchRecall=0.xx ...`.
 * The engine test holds the same figures to its bar through the same evaluate().
 */
import { readFileSync } from 'node:fs';
import { evaluate, NO_DISPATCH_CLASS, type EvaluationResult, type LabelledCall } from '../src/modules/routing/engine';
import { buildEngine, loadLabelledCalls } from '../test/support/routing';

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
  lines.push('', 'Per class (predicted: first suggestion if MEDIUM or HIGH, else no dispatch):');
  for (const c of result.perClass) {
    lines.push(`  ${c.label.padEnd(22)} expected=${String(c.expected).padStart(3)} predicted=${String(c.predicted).padStart(3)}  precision=${c.precision.toFixed(2)}  recall=${c.recall.toFixed(2)}`);
  }
  lines.push('', 'Top-1 precision by confidence of the first suggestion (dispatch calls):');
  for (const level of result.byConfidence) {
    lines.push(`  ${level.confidence.padEnd(6)} n=${String(level.n).padStart(3)}  precision=${level.precision.toFixed(2)}`);
  }
  if (result.falseDispatches.length) {
    lines.push('', 'No-dispatch calls that got a MEDIUM or HIGH suggestion:');
    for (const { call, got } of result.falseDispatches) lines.push(`  -> ${got}  ${call.text}`);
  }
  const none = result.perClass.find((c) => c.label === NO_DISPATCH_CLASS);
  const units = result.perClass.filter((c) => c.label !== NO_DISPATCH_CLASS && c.expected > 0);
  const macro = (key: 'precision' | 'recall') => units.reduce((sum, c) => sum + c[key], 0) / Math.max(1, units.length);
  const high = result.byConfidence.find((l) => l.confidence === 'HIGH')!;
  lines.push(
    '',
    `RESULT top1=${result.top1.toFixed(2)} top3=${result.top3.toFixed(2)} n=${result.n} noDispatchN=${none?.expected ?? 0}` +
      ` noDispatchPrecision=${(none?.precision ?? 0).toFixed(2)} noDispatchRecall=${(none?.recall ?? 0).toFixed(2)}` +
      ` unitMacroPrecision=${macro('precision').toFixed(2)} unitMacroRecall=${macro('recall').toFixed(2)} highPrecision=${high.precision.toFixed(2)} highN=${high.n}`,
  );
  return lines.join('\n');
}

if (require.main === module) {
  const file = process.argv[2];
  const calls = file ? (JSON.parse(readFileSync(file, 'utf8')) as LabelledCall[]) : loadLabelledCalls();
  console.log(formatReport(evaluate(buildEngine(), calls)));
}
