/**
 * Explorer bench: the GraphiQL explorer's first load in Debian's Chromium on this machine, a cold
 * browser profile each run, every host but the platform cut off.
 *
 * - explorer: from navigation to GraphiQL's editor on screen (`.graphiql-container` and the
 *   query editor's Monaco instance);
 * - baseline: the same browser navigating to the platform's /healthz in the same run.
 *
 * Also the JavaScript it loads (bytes over the wire, uncompressed: the platform serves the bundle
 * as built). Medians of the runs; RESULT line last.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { repoRoot } from '../src/common/paths';
import { initOrm } from '../src/db/orm';
import { migrateAndSeed } from '../src/db/migrate';
import { createAppServer } from '../src/server';
import { openBenchDatabase } from './support/database';
import { runBench } from './support/run';

const RUNS = 5;
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

runBench(async (cleanups) => {
  const db = await openBenchDatabase('l110_bench_explorer');
  cleanups.push(() => db.close());
  const keysDir = await fs.mkdtemp(path.join(os.tmpdir(), 'linkage110-bench-keys-'));
  cleanups.push(() => fs.rm(keysDir, { recursive: true, force: true }));
  const orm = await initOrm({ databaseUrl: db.url });
  cleanups.push(() => orm.close());
  await migrateAndSeed(orm, db.url);
  const server = await createAppServer({ config: { nodeEnv: 'development', introspection: true, auth: { mode: 'dev' }, dataDir: keysDir }, orm, feed: false });
  cleanups.push(() => server.stop());
  const base = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`;
  console.log(`node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(2)}; ${RUNS} cold runs`);

  const explorerMs: number[] = [];
  const baselineMs: number[] = [];
  let jsBytes = 0;
  let blocked = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'linkage110-bench-chromium-'));
    const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, args: FLAGS });
    try {
      const scripts = new Set<string>();
      await context.route('**/*', async (route) => {
        const url = new URL(route.request().url());
        if (url.host !== new URL(base).host) {
          blocked += 1;
          return route.abort('blockedbyclient');
        }
        if (url.pathname.endsWith('.js')) scripts.add(url.pathname);
        return route.continue();
      });
      const page = context.pages()[0] ?? (await context.newPage());
      let started = performance.now();
      await page.goto(`${base}/healthz`);
      baselineMs.push(performance.now() - started);
      started = performance.now();
      await page.goto(`${base}/explorer`);
      await page.locator('.graphiql-container .graphiql-query-editor .monaco-editor').first().waitFor();
      explorerMs.push(performance.now() - started);
      // The bytes of every script the page and its workers asked for, as served from dist/explorer.
      jsBytes = 0;
      for (const script of scripts) jsBytes += (await fs.stat(path.join(repoRoot(), 'dist', script))).size;
    } finally {
      await context.close();
      await fs.rm(profile, { recursive: true, force: true });
    }
  }
  const explorer = median(explorerMs);
  const baseline = median(baselineMs);
  console.log(`explorer first load: ${explorerMs.map((ms) => ms.toFixed(0)).join(', ')} ms; /healthz: ${baselineMs.map((ms) => ms.toFixed(0)).join(', ')} ms`);
  console.log(`JavaScript loaded (page and editor workers): ${(jsBytes / 1024 / 1024).toFixed(2)} MiB; requests to other hosts: ${blocked}`);
  console.log(
    `RESULT explorer_load_ms=${explorer.toFixed(0)} baseline_healthz_ms=${baseline.toFixed(0)} ratio=${(explorer / baseline).toFixed(1)} explorer_js_bytes=${jsBytes} blocked_requests=${blocked}`,
  );
});
