/**
 * Routing accuracy on the labelled calls in test/routing/calls.labelled.json.
 *   npm run eval:routing
 * Prints a confusion summary by unit and ends with `RESULT top1=0.xx top3=0.xx n=NNN`.
 * The engine test holds the same figures to its bar through the same evaluate().
 */
import { evaluate, type EvaluationResult } from '../src/modules/routing/engine';
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
  lines.push('', `RESULT top1=${result.top1.toFixed(2)} top3=${result.top3.toFixed(2)} n=${result.n}`);
  return lines.join('\n');
}

if (require.main === module) {
  console.log(formatReport(evaluate(buildEngine(), loadLabelledCalls())));
}
