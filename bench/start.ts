/**
 * Start-up bench: how long `npm start` takes from the command to `/readyz` answering 200.
 *
 * - cold: a new DATA_DIR (the embedded PostgreSQL is initialised, migrated and seeded), with the
 *   build current as `npm install` leaves it;
 * - warm: the same DATA_DIR again, nothing to build, nothing to migrate.
 *
 * Each start is the real `npm start` in its own process group, stopped with SIGTERM to the group
 * once ready. Medians of the runs; RESULT line last.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { freePort } from '../src/common/net';
import { repoRoot } from '../src/common/paths';
import { runBench, type Cleanups } from './support/run';

const COLD_RUNS = 2;
const WARM_RUNS = 5;
const READY_TIMEOUT_MS = 120_000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function ready(url: string, deadline: number): Promise<void> {
  while (performance.now() < deadline) {
    const status = await fetch(url).then(
      (res) => res.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${url} did not answer 200 within ${READY_TIMEOUT_MS} ms`);
}

/** One `npm start`: seconds from spawn to /readyz 200. */
async function startOnce(dataDir: string): Promise<number> {
  const port = await freePort();
  const env = { ...process.env, DATA_DIR: dataDir, PORT: String(port), EMBEDDED_PG_PORT: String(await freePort()), LOG_LEVEL: 'warn' };
  const began = performance.now();
  const child = spawn('npm', ['start'], { cwd: repoRoot(), env, stdio: 'ignore', detached: true });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    await Promise.race([
      ready(`http://127.0.0.1:${port}/readyz`, began + READY_TIMEOUT_MS),
      exited.then(() => Promise.reject(new Error('npm start exited before it was ready'))),
    ]);
    return (performance.now() - began) / 1000;
  } finally {
    process.kill(-child.pid!, 'SIGTERM');
    await exited;
  }
}

async function main(cleanups: Cleanups): Promise<void> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'linkage110-bench-start-'));
  cleanups.push(() => fs.rm(root, { recursive: true, force: true }));
  await fs.chmod(root, 0o755);
  // The build is made current first, as npm install leaves it; the runs below then measure starts, not compiles.
  await startOnce(path.join(root, 'prime'));

  const cold: number[] = [];
  const warm: number[] = [];
  for (let run = 0; run < COLD_RUNS; run++) {
    const dataDir = path.join(root, `cold-${run}`);
    cold.push(await startOnce(dataDir));
    console.log(`cold start ${run + 1}: ${cold[run].toFixed(2)} s`);
  }
  for (let run = 0; run < WARM_RUNS; run++) {
    warm.push(await startOnce(path.join(root, 'cold-0')));
    console.log(`warm start ${run + 1}: ${warm[run].toFixed(2)} s`);
  }
  console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(2)} (1 min)`);
  console.log(`RESULT cold_start_s=${median(cold).toFixed(2)} warm_start_s=${median(warm).toFixed(2)} cold_runs=${COLD_RUNS} warm_runs=${WARM_RUNS}`);
}

runBench(main);
