/**
 * The consoles' weight and first load on a county PC's terms: `npm run bench:console`.
 *
 * Size: every JavaScript and CSS file of dist/console, raw and gzip (what the server would send
 * compressed behind a proxy), split into what every screen loads (index.html's entry) and the
 * chunk only the leadership screen loads (ECharts).
 *
 * Load time in Debian's Chromium (the same launch as the browser tests), each run in a fresh
 * browser context (cold cache), median of RUNS: to the sign-in form, to the desk's live board
 * (signed in, feed connected, board loaded) and to the leadership dashboard with its ranking chart
 * drawn; as a baseline in the same run, a page of the same server that loads no script (/healthz).
 */
import 'reflect-metadata';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { signDevToken } from '../integrations/keycloak';
import { repoRoot } from '../src/common/paths';
import { migrateAndSeed } from '../src/db/migrate';
import { initOrm } from '../src/db/orm';
import { createAppServer } from '../src/server';
import { launchChromium } from '../test/console/browser';
import { openBenchDatabase } from './support/database';
import { runBench } from './support/run';

const RUNS = Number(process.env.RUNS ?? 7);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function sizes() {
  const dir = path.join(repoRoot(), 'dist', 'console');
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const entry = new Set([...html.matchAll(/(?:src|href)="\/console\/(assets\/[^"]+)"/g)].map((m) => m[1]!));
  const files = fs.readdirSync(path.join(dir, 'assets')).map((f) => {
    const bytes = fs.readFileSync(path.join(dir, 'assets', f));
    return { file: `assets/${f}`, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const total = (pick: (f: (typeof files)[number]) => boolean, key: 'raw' | 'gzip') => files.filter(pick).reduce((n, f) => n + f[key], 0);
  const isJs = (f: { file: string }) => f.file.endsWith('.js');
  return {
    files,
    entryJsRaw: total((f) => isJs(f) && entry.has(f.file), 'raw'),
    entryJsGzip: total((f) => isJs(f) && entry.has(f.file), 'gzip'),
    lazyJsRaw: total((f) => isJs(f) && !entry.has(f.file), 'raw'),
    lazyJsGzip: total((f) => isJs(f) && !entry.has(f.file), 'gzip'),
    cssGzip: total((f) => f.file.endsWith('.css'), 'gzip'),
  };
}

async function timed(browser: Browser, work: (page: Page) => Promise<void>, init?: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    if (init) await context.addInitScript(init);
    const page = await context.newPage();
    const started = performance.now();
    await work(page);
    return performance.now() - started;
  } finally {
    await context.close();
  }
}

runBench(async (cleanups) => {
  const size = sizes();
  for (const f of size.files) console.log(`${f.file.padEnd(34)} ${kb(f.raw).padStart(8)} KiB  gzip ${kb(f.gzip).padStart(7)} KiB`);

  const database = await openBenchDatabase('l110_console');
  cleanups.push(() => database.close());
  const dataDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'linkage110-console-'));
  cleanups.push(() => fsp.rm(dataDir, { recursive: true, force: true }));
  const orm = await initOrm({ databaseUrl: database.url });
  cleanups.push(() => orm.close());
  await migrateAndSeed(orm, database.url);
  const server = await createAppServer({ config: { nodeEnv: 'development', introspection: false, auth: { mode: 'dev' }, dataDir }, orm });
  cleanups.push(() => server.stop());
  const base = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`;
  const browser = await launchChromium();
  cleanups.push(() => browser.close());

  const tokens = { desk: await signDevToken(dataDir, { role: 'dispatcher', ttlSeconds: 3600 }), leadership: await signDevToken(dataDir, { role: 'leadership', ttlSeconds: 3600 }) };
  const session = (screen: keyof typeof tokens) => `sessionStorage.setItem('l110.session.${screen}', ${JSON.stringify(tokens[screen])});`;
  const runs = { baseline: [] as number[], signIn: [] as number[], desk: [] as number[], leadership: [] as number[] };
  for (let i = 0; i < RUNS + 1; i++) {
    const sample = {
      baseline: await timed(browser, async (page) => void (await page.goto(`${base}/healthz`))),
      signIn: await timed(browser, async (page) => {
        await page.goto(`${base}/console/desk`);
        await page.getByRole('button', { name: '以开发令牌进入' }).waitFor();
      }),
      desk: await timed(
        browser,
        async (page) => {
          await page.goto(`${base}/console/desk`);
          await page.getByTestId('feed-status').filter({ hasText: '实时' }).waitFor();
          await page.getByText('暂无未结警情').or(page.getByTestId('board')).waitFor();
        },
        session('desk'),
      ),
      leadership: await timed(
        browser,
        async (page) => {
          await page.goto(`${base}/console/leadership`);
          await page.getByTestId('kpi-orders-value').waitFor();
        },
        session('leadership'),
      ),
    };
    // The first round warms the server (schema caches, connections) and is not counted.
    if (i === 0) continue;
    for (const key of Object.keys(runs) as (keyof typeof runs)[]) runs[key].push(sample[key]);
  }
  const m = Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, median(v)])) as Record<keyof typeof runs, number>;
  console.log(`\nmedian of ${RUNS} cold loads (ms): /healthz ${m.baseline.toFixed(0)}, sign-in ${m.signIn.toFixed(0)}, desk live board ${m.desk.toFixed(0)}, leadership dashboard ${m.leadership.toFixed(0)}`);
  console.log(
    `RESULT entry_js_kib=${kb(size.entryJsRaw)} entry_js_gzip_kib=${kb(size.entryJsGzip)} charts_js_kib=${kb(size.lazyJsRaw)} charts_js_gzip_kib=${kb(size.lazyJsGzip)} css_gzip_kib=${kb(size.cssGzip)}` +
      ` signin_ms=${m.signIn.toFixed(0)} desk_ms=${m.desk.toFixed(0)} leadership_ms=${m.leadership.toFixed(0)} baseline_ms=${m.baseline.toFixed(0)}` +
      ` signin_ratio=${(m.signIn / m.baseline).toFixed(2)} desk_ratio=${(m.desk / m.baseline).toFixed(2)} leadership_ratio=${(m.leadership / m.baseline).toFixed(2)} runs=${RUNS}`,
  );
});
