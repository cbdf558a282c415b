/**
 * Where the server's time goes on the desk board: a CPU profile of the GraphQL server while it
 * serves the DeskBoard operation (first: 50), as docs/BENCHMARKS.md quotes it.
 *   npm run build && node dist/bench/board-profile.js
 * Seeds the desk bench's data, starts the real server, drives it from a worker thread (16 in
 * flight) for a warm-up and then 1,000 requests (at most 40 s) under the inspector's profiler,
 * and prints the process's CPU time per request (the load worker's included), the functions
 * with the most self time and the share of the server thread's busy time by package. The .cpuprofile file is
 * written to the temporary folder for a closer look (Chrome DevTools, speedscope).
 */
import 'reflect-metadata';
import fs from 'node:fs/promises';
import { Session, type Profiler } from 'node:inspector';
import os from 'node:os';
import path from 'node:path';
import { print } from 'graphql';
import { createDevVerifier, signDevToken } from '../integrations/keycloak';
import { migrateAndSeed } from '../src/db/migrate';
import { initOrm } from '../src/db/orm';
import { createAppServer, GRAPHQL_PATH } from '../src/server';
import { DeskBoardDocument } from '../test/generated/graphql';
import { openBenchDatabase } from './support/database';
import { runLoad } from './support/load';
import { runBench, type Cleanups } from './support/run';
import { seedVolume } from './support/volume';

const REQUESTS = 1_000;
const TOP = 25;

function post(session: Session, method: string, params?: object): Promise<unknown> {
  return new Promise((resolve, reject) => session.post(method, params, (err, result) => (err ? reject(err) : resolve(result))));
}

/** Where a frame's code lives: a package under node_modules, our own code, or Node itself. */
function owner(url: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (match) return match[1];
  if (url.includes('/dist/')) return 'linkage110';
  if (url.startsWith('node:') || url === '') return '(node, GC, program)';
  return url;
}

async function main(cleanups: Cleanups): Promise<void> {
  const db = await openBenchDatabase('l110_bench_board_profile');
  cleanups.push(() => db.close());
  const keysDir = await fs.mkdtemp(path.join(os.tmpdir(), 'linkage110-profile-keys-'));
  cleanups.push(() => fs.rm(keysDir, { recursive: true, force: true }));
  const orm = await initOrm({ databaseUrl: db.url, poolMax: 10 });
  cleanups.push(() => orm.close());
  await migrateAndSeed(orm, db.url);
  await seedVolume(db.url, { incidents: 2_000, days: 30, seed: 110 });
  const server = await createAppServer({
    config: { nodeEnv: 'development', introspection: false, auth: { mode: 'dev' }, dataDir: keysDir },
    orm,
    verifier: createDevVerifier(keysDir),
  });
  cleanups.push(() => server.stop());
  const url = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}${GRAPHQL_PATH}`;
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${await signDevToken(keysDir, { role: 'dispatcher', ttlSeconds: 3600 })}` };
  const body = JSON.stringify({ query: print(DeskBoardDocument), variables: { first: 50 } });
  const spec = { url, method: 'POST' as const, headers, bodies: [body], cycle: true, concurrency: 16, errorMarker: '"errors"' };

  await runLoad({ ...spec, warmUpRequests: 300, warmUpMaxMs: 5_000, requests: 0, maxMs: 0 });
  const session = new Session();
  session.connect();
  await post(session, 'Profiler.enable');
  await post(session, 'Profiler.setSamplingInterval', { interval: 200 });
  await post(session, 'Profiler.start');
  const cpuBefore = process.cpuUsage();
  const result = await runLoad({ ...spec, warmUpRequests: 0, warmUpMaxMs: 0, requests: REQUESTS, maxMs: 40_000 });
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1000 / result.completed;
  const { profile } = (await post(session, 'Profiler.stop')) as { profile: Profiler.Profile };
  session.disconnect();
  const file = path.join(os.tmpdir(), `board-${Date.now()}.cpuprofile`);
  await fs.writeFile(file, JSON.stringify(profile));

  // Self time per node from the samples, then summed by function and by package.
  const self = new Map<number, number>();
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (deltas[i] ?? 0)));
  const byFunction = new Map<string, number>();
  const byOwner = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const micros = self.get(node.id) ?? 0;
    total += micros;
    const { functionName, url: source, lineNumber } = node.callFrame;
    const where = source ? `${path.basename(source)}:${lineNumber + 1}` : '';
    const name = `${functionName || '(anonymous)'} ${where}`.trim();
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
    if (functionName !== '(idle)') byOwner.set(owner(source), (byOwner.get(owner(source)) ?? 0) + micros);
  }
  const idle = [...byFunction].filter(([name]) => name.startsWith('(idle)')).reduce((sum, [, us]) => sum + us, 0);
  const busy = total - idle;
  const share = (us: number) => `${((100 * us) / busy).toFixed(1).padStart(5)}%`;
  console.log(
    `${result.completed} board requests at ${result.rps.toFixed(0)} req/s; ${cpuMs.toFixed(2)} ms of process CPU per request (load worker included); ` +
      `server thread busy ${(busy / 1000 / result.completed).toFixed(2)} ms per request (wall-clock samples; a loaded machine inflates them)`,
  );
  console.log(`\ntop ${TOP} functions by self time (share of busy time):`);
  for (const [name, us] of [...byFunction].filter(([n]) => !n.startsWith('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
    console.log(`  ${share(us)}  ${name}`);
  }
  console.log('\nby package:');
  for (const [name, us] of [...byOwner].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${share(us)}  ${name}`);
  console.log(`\nprofile: ${file}`);
  console.log(`RESULT board_profile_cpu_ms_per_request=${cpuMs.toFixed(2)} board_profile_rps=${result.rps.toFixed(0)} load_average=${os.loadavg()[0].toFixed(2)}`);
}

runBench(main);
