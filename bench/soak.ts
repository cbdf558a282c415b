/**
 * Soak: a steady mix for SOAK_MINUTES (default 30) against one server, with 100 feed subscribers.
 *   npm run bench:soak            (SOAK_MINUTES=5 for a shorter run)
 * A fresh database (embedded PostgreSQL, or the server in DATABASE_URL) is migrated and seeded;
 * the server runs in this process (createAppServer on 127.0.0.1), so RSS and event-loop lag are
 * this process's, load generator included. Every second each of WRITERS loops runs one round:
 * report an incident, classify it, dispatch it to a unit, the unit signs, the desk reads the
 * board. Per 5-minute window it prints throughput and p50/p99 per operation, RSS and event-loop
 * lag (p99); at the end the events each subscriber missed or got twice. Figures for
 * docs/RELIABILITY.md, never assertions.
 */
import 'reflect-metadata';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Client } from 'pg';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { signDevToken } from '../integrations/keycloak';
import { migrateAndSeed } from '../src/db/migrate';
import { initOrm } from '../src/db/orm';
import { createAppServer } from '../src/server';
import { openBenchDatabase } from './support/database';
import { runBench } from './support/run';

const MINUTES = Number(process.env.SOAK_MINUTES ?? 30);
const WINDOW_MS = 5 * 60_000;
const WRITERS = 4;
const SUBSCRIBERS = 100;
const UNITS = ['power', 'telecom', 'health', 'transport'];

const BOARD = '{ incidents(first: 20) { totalCount edges { node { id status orders { id status } } } } }';

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

runBench(async (cleanups) => {
  const database = await openBenchDatabase('l110_soak');
  cleanups.push(() => database.close());
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'linkage110-soak-'));
  cleanups.push(() => fs.rm(dataDir, { recursive: true, force: true }));
  const orm = await initOrm({ databaseUrl: database.url });
  cleanups.push(() => orm.close());
  await migrateAndSeed(orm, database.url);
  const server = await createAppServer({ config: { nodeEnv: 'development', introspection: false, auth: { mode: 'dev' }, dataDir }, orm });
  cleanups.push(() => server.stop());
  const port = await server.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}/graphql`;
  const desk = await signDevToken(dataDir, { role: 'dispatcher', ttlSeconds: 24 * 3600 });
  const unitTokens = new Map(await Promise.all(UNITS.map(async (code) => [code, await signDevToken(dataDir, { role: 'unit_operator', unit: code, ttlSeconds: 24 * 3600 })] as const)));

  const timings = new Map<string, number[]>();
  const call = async <T = unknown>(operation: string, token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const started = performance.now();
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data?: T; errors?: unknown[] };
    if (!timings.has(operation)) timings.set(operation, []);
    timings.get(operation)!.push(performance.now() - started);
    if (body.errors) throw new Error(`${operation}: ${JSON.stringify(body.errors).slice(0, 300)}`);
    return body.data!;
  };

  const head = async () => {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      return (await client.query<{ head: string }>('select coalesce(max(seq), 0)::text as head from event')).rows[0].head;
    } finally {
      await client.end();
    }
  };
  const from = await head();
  const seen = Array.from({ length: SUBSCRIBERS }, () => ({ cursors: new Set<string>(), deliveries: 0 }));
  const clients = seen.map((state) => {
    const client = createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${desk}` } });
    client.subscribe<{ incidentFeed: { cursor: string } }>(
      { query: 'subscription ($after: String) { incidentFeed(after: $after) { cursor kind } }', variables: { after: from } },
      { next: (m) => { if (m.data) { state.deliveries++; state.cursors.add(m.data.incidentFeed.cursor); } }, error: () => undefined, complete: () => undefined },
    );
    return client;
  });
  cleanups.push(() => Promise.all(clients.map((c) => c.dispose())));

  const lag = monitorEventLoopDelay({ resolution: 20 });
  lag.enable();
  const deadline = Date.now() + MINUTES * 60_000;
  let windowStart = Date.now();
  let failures = 0;
  const printWindow = () => {
    const seconds = (Date.now() - windowStart) / 1000;
    const rows = [...timings].map(([op, ms]) => `${op}: ${(ms.length / seconds).toFixed(1)}/s p50 ${percentile(ms, 50).toFixed(0)} ms p99 ${percentile(ms, 99).toFixed(0)} ms`);
    console.log(`window ${new Date(windowStart).toISOString()} +${seconds.toFixed(0)} s | ${rows.join(' | ')} | rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB | loop lag p99 ${(lag.percentile(99) / 1e6).toFixed(1)} ms | failures ${failures}`);
    timings.clear();
    lag.reset();
    windowStart = Date.now();
  };

  const writer = async (w: number) => {
    for (let round = 0; Date.now() < deadline; round++) {
      const roundStart = Date.now();
      try {
        const unit = UNITS[(w + round) % UNITS.length];
        const { reportIncident } = await call<{ reportIncident: { id: string } }>('report', desk, 'mutation ($i: ReportIncidentInput!) { reportIncident(input: $i) { id } }', {
          i: { description: `浸泡测试 ${w}-${round} 小区停电`, place: { areaCode: 'zagunao' }, intakeChannel: 'CALL_110' },
        });
        await call('classify', desk, 'mutation ($i: ClassifyIncidentInput!) { classifyIncident(input: $i) { id } }', { i: { incidentId: reportIncident.id, classification: 'LINKAGE' } });
        const { dispatchOrders } = await call<{ dispatchOrders: { id: string }[] }>('dispatch', desk, 'mutation ($i: DispatchOrdersInput!) { dispatchOrders(input: $i) { id } }', {
          i: { incidentId: reportIncident.id, orders: [{ unitCode: unit, channel: 'PHONE', urgency: 'URGENT' }] },
        });
        await call('sign', unitTokens.get(unit)!, 'mutation ($i: SignOrderInput!) { signOrder(input: $i) { id } }', { i: { orderId: dispatchOrders[0].id } });
        await call('board', desk, BOARD);
      } catch (err) {
        failures++;
        if (failures < 5) console.error(err);
      }
      if (Date.now() - windowStart >= WINDOW_MS && w === 0) printWindow();
      // A steady rate, one round per second per writer: the pace of the load, not a wait for an event.
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1000 - (Date.now() - roundStart))));
    }
  };
  await Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));
  printWindow();

  const end = await head();
  const client = new Client({ connectionString: database.url });
  await client.connect();
  const expected = Number((await client.query<{ n: string }>('select count(*)::text as n from event where seq > $1 and seq <= $2', [from, end])).rows[0].n);
  await client.end();
  const settleBy = Date.now() + 30_000;
  while (Date.now() < settleBy && seen.some((s) => s.cursors.size < expected)) await new Promise((resolve) => setTimeout(resolve, 200));
  const lost = seen.reduce((sum, s) => sum + Math.max(0, expected - s.cursors.size), 0);
  const duplicated = seen.reduce((sum, s) => sum + s.deliveries - s.cursors.size, 0);
  console.log(`RESULT soak ${MINUTES} min: events ${expected} x ${SUBSCRIBERS} subscribers, lost ${lost}, duplicated ${duplicated}, failed rounds ${failures}`);
});
