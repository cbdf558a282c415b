/**
 * Dispatch throughput with one and two replicas on one database, with the commit-order lock and
 * (for comparison only) without it.
 *   npm run bench:replicas
 * Starts an embedded PostgreSQL (or uses the server in DATABASE_URL) with a fresh database,
 * migrates and seeds it, prepares classified incidents and spawns two server processes
 * (`node dist/src/main.js`), A and B. Then, 16 dispatches of one order in flight in all
 * (ROUNDS times each, the median reported):
 *  1. all through A;
 *  2. 8 through A and 8 through B at the same time;
 *  3. as 2., with the lock's two takers (the statement trigger event_commit_order and the chain
 *     trigger event_chain) replaced for the run by versions that do not lock: what the lock
 *     costs. The hash chain is not kept in that run (concurrent writers chain off the same
 *     event), so the database is thrown away after it; the lock comes back before the end.
 * Every dispatch must have written its order and events. Ends with one `RESULT ...` line.
 */
import 'reflect-metadata';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { signDevToken } from '../integrations/keycloak';
import { migrateAndSeed } from '../src/db/migrate';
import { initOrm } from '../src/db/orm';
import { openBenchDatabase } from './support/database';
import { runLoad, type LoadResult } from './support/load';
import { runBench, type Cleanups } from './support/run';
import { startServer } from './support/server-process';
import { prepareDispatchable } from './support/volume';

const IN_FLIGHT = 16;
const ROUNDS = 3;
const LOAD = { warmUpRequests: 30, warmUpMaxMs: 2_000, requests: 800, maxMs: 6_000 };
const DISPATCH = 'mutation ($input: DispatchOrdersInput!) { dispatchOrders(input: $input) { id status unit { code } } }';
const UNITS = ['health', 'power', 'tourism', 'civil-affairs', 'transport', 'housing-construction', 'market-regulation', 'city-management'];

/** The two lock takers as the migrations write them, and as they are for the unlocked run. */
const NO_LOCK = [
  `create or replace function "event_commit_order"() returns trigger language plpgsql as $$ begin return null; end $$`,
  `create or replace function "event_chain"() returns trigger language plpgsql as $$
     begin new.hash := event_chain_hash((select hash from "event" where seq < new.seq order by seq desc limit 1), new); return new; end $$`,
];
const LOCK = [
  `create or replace function "event_commit_order"() returns trigger language plpgsql as $$ begin perform pg_advisory_xact_lock(1100002); return null; end $$`,
  `create or replace function "event_chain"() returns trigger language plpgsql as $$
     begin perform pg_advisory_xact_lock(1100002);
           new.hash := event_chain_hash((select hash from "event" where seq < new.seq order by seq desc limit 1), new); return new; end $$`,
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main(cleanups: Cleanups): Promise<void> {
  const started = Date.now();
  const db = await openBenchDatabase('l110_bench_replicas');
  cleanups.push(() => db.close());
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'linkage110-bench-replicas-'));
  cleanups.push(() => fs.rm(dataDir, { recursive: true, force: true }));
  console.log(`database: ${db.where}; node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(2)}`);
  const orm = await initOrm({ databaseUrl: db.url, poolMax: 2 });
  try {
    await migrateAndSeed(orm, db.url);
  } finally {
    await orm.close();
  }
  const perRun = LOAD.warmUpRequests + LOAD.requests;
  // Five loads a round: one replica, two replicas (two loads), two without the lock (two loads).
  const incidents = await prepareDispatchable(db.url, 5 * ROUNDS * perRun + 10);
  const servers = await Promise.all([startServer('A', db.url, dataDir, []), startServer('B', db.url, dataDir, [])]);
  cleanups.push(() => Promise.all(servers.map((s) => s.stop())));
  const [a, b] = servers;
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${await signDevToken(dataDir, { role: 'dispatcher', ttlSeconds: 3600 })}` };
  console.log(`migrated, seeded, ${incidents.length} incidents prepared and servers A and B up in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  let next = 0;
  const bodies = (n: number) =>
    incidents.slice(next, (next += n)).map((incidentId, i) =>
      JSON.stringify({ query: DISPATCH, variables: { input: { incidentId, orders: [{ unitCode: UNITS[i % UNITS.length], channel: 'GRID', urgency: 'URGENT' }] } } }),
    );
  const load = (url: string, concurrency: number) =>
    runLoad({ ...LOAD, url, method: 'POST', headers, cycle: false, concurrency, errorMarker: '"errors"', bodies: bodies(perRun) });
  const check = (label: string, results: LoadResult[]) => {
    const failed = results.find((r) => r.errors > 0);
    if (failed) throw new Error(`${label}: ${failed.errors} dispatches failed; the first said: ${failed.firstError}`);
  };

  const admin = new Client({ connectionString: db.url });
  await admin.connect();
  cleanups.push(() => admin.end());
  const figures = { one: [] as number[], two: [] as number[], twoUnlocked: [] as number[] };
  for (let round = 1; round <= ROUNDS; round++) {
    const one = await load(a.url, IN_FLIGHT);
    check('one replica', [one]);
    const two = await Promise.all([load(a.url, IN_FLIGHT / 2), load(b.url, IN_FLIGHT / 2)]);
    check('two replicas', two);
    for (const sql of NO_LOCK) await admin.query(sql);
    let unlocked: LoadResult[];
    try {
      unlocked = await Promise.all([load(a.url, IN_FLIGHT / 2), load(b.url, IN_FLIGHT / 2)]);
    } finally {
      for (const sql of LOCK) await admin.query(sql);
    }
    check('two replicas without the lock', unlocked);
    const rps = (results: LoadResult[]) => results.reduce((sum, r) => sum + r.rps, 0);
    figures.one.push(one.rps);
    figures.two.push(rps(two));
    figures.twoUnlocked.push(rps(unlocked));
    const p = (results: LoadResult[]) => `p50 ${Math.max(...results.map((r) => r.p50Ms)).toFixed(0)} ms, p99 ${Math.max(...results.map((r) => r.p99Ms)).toFixed(0)} ms`;
    console.log(
      `round ${round}: one replica ${one.rps.toFixed(0)} dispatches/s (${p([one])}); two replicas ${rps(two).toFixed(0)} (${p(two)}); ` +
        `two without the lock ${rps(unlocked).toFixed(0)} (${p(unlocked)}); load average ${os.loadavg()[0].toFixed(2)}`,
    );
  }
  const { rows } = await admin.query<{ orders: number; events: number }>(
    `select (select count(*)::int from "order") orders, (select count(*)::int from event where kind in ('ORDER_ISSUED', 'INCIDENT_DISPATCHED')) events`,
  );
  console.log(`written: ${rows[0].orders} orders, ${rows[0].events} ORDER_ISSUED and INCIDENT_DISPATCHED events`);
  const [one, two, twoUnlocked] = [median(figures.one), median(figures.two), median(figures.twoUnlocked)];
  console.log(`finished in ${((Date.now() - started) / 1000).toFixed(0)} s; load average ${os.loadavg()[0].toFixed(2)} (other work on the machine skews the figures)`);
  console.log(
    `RESULT one_replica_rps=${one.toFixed(0)} two_replicas_rps=${two.toFixed(0)} two_replicas_unlocked_rps=${twoUnlocked.toFixed(0)} ` +
      `scale_two_vs_one=${(two / one).toFixed(2)} lock_cost=${(1 - two / twoUnlocked).toFixed(2)} rounds=${ROUNDS}`,
  );
}

runBench(main);
