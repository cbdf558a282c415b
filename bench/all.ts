/**
 * Every bench, one after the other, then their RESULT lines together.
 *   npm run bench                      (BENCHES=desk,grid for some of them)
 * Each bench runs as its own process (`node dist/bench/<name>.js`), its output shown as it comes;
 * a bench that fails is reported and the rest still run. The soak runs for SOAK_MINUTES, 1 unless
 * set (its own default, 30, is for `npm run bench:soak`). Ends with one `RESULT <bench> ...` line
 * per bench and exits 1 if any failed. Figures go in docs/BENCHMARKS.md, never assertions.
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../src/common/paths';
import { SERVER_NODE_FLAGS } from '../src/common/node-flags';

/** In the order they run: the quick ones first, the soak last. */
const BENCHES = ['start', 'routing-eval', 'routing-latency', 'desk', 'replicas', 'grid', 'feed', 'rosters', 'supervision', 'soak'];

interface Outcome {
  bench: string;
  code: number | null;
  seconds: number;
  result?: string;
}

function run(bench: string): Promise<Outcome> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, path.join(repoRoot(), 'dist', 'bench', `${bench}.js`)], {
      env: { ...process.env, SOAK_MINUTES: process.env.SOAK_MINUTES ?? '1' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let result: string | undefined;
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop()!;
      for (const line of lines) if (line.startsWith('RESULT ')) result = line;
    });
    child.on('close', (code) => {
      if (pending.startsWith('RESULT ')) result = pending;
      resolve({ bench, code, seconds: (Date.now() - started) / 1000, result });
    });
  });
}

async function main(): Promise<void> {
  const chosen = process.env.BENCHES ? process.env.BENCHES.split(',').map((b) => b.trim()) : BENCHES;
  const unknown = chosen.filter((b) => !BENCHES.includes(b));
  if (unknown.length) throw new Error(`unknown bench ${unknown.join(', ')}; the benches are ${BENCHES.join(', ')}`);
  console.log(`${chosen.length} benches in turn on node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), load average ${os.loadavg()[0].toFixed(2)}`);
  const outcomes: Outcome[] = [];
  for (const bench of chosen) {
    console.log(`\n=== ${bench} ===`);
    outcomes.push(await run(bench));
  }
  console.log(`\n=== results (load average ${os.loadavg()[0].toFixed(2)}) ===`);
  for (const o of outcomes) {
    const status = o.code === 0 && o.result ? '' : ` FAILED (exit ${o.code}${o.result ? '' : ', no RESULT line'})`;
    console.log(`${o.bench.padEnd(16)} ${o.seconds.toFixed(0).padStart(5)} s${status}`);
  }
  for (const o of outcomes) if (o.result) console.log(`RESULT ${o.bench} ${o.result.slice('RESULT '.length)}`);
  if (outcomes.some((o) => o.code !== 0 || !o.result)) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
