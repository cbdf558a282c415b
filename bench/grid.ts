/**
 * Grid platform mirroring: outbox relay throughput, and the API while the grid platform is out.
 *   npm run bench:grid
 * Starts an embedded PostgreSQL (or uses the server in DATABASE_URL) with a fresh database,
 * migrates and seeds it, starts the real GraphQL server and the grid simulator in this process
 * (both on 127.0.0.1), and:
 *  1. creates GRID orders with the workflow services (report, classify LINKAGE, dispatch with
 *     channel GRID, one transaction per call), so each order has its outbox row as in
 *     production, then times GridRelay.tick() until nothing is due, against the simulator over
 *     real HTTP: one relay one request at a time, one relay with RELAY_CONCURRENCY in flight (as
 *     it runs), and several relays sharing the queue, as replicas do;
 *  2. after each, sends the same task bodies with the same HTTP adapter straight to the same
 *     simulator (task ids and idempotency keys suffixed, so they are new tasks there), at the
 *     same concurrency;
 *  3. with a relay running in the background (GridRelay.start), measures dispatchOrders of a
 *     GRID order and the DeskBoard query through /graphql while the simulator is up, down (its
 *     port closed) and slow (5 s per request), twice in turn;
 *  4. delivers what is left and checks that every GRID order reached the simulator as one task,
 *     created once, and that no idempotency key was applied twice.
 * Ends with one `RESULT ...` line. Figures are for docs/BENCHMARKS.md, never assertions.
 */
import 'reflect-metadata';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { MikroORM } from '@mikro-orm/postgresql';
import { print } from 'graphql';
import type { Counter } from 'prom-client';
import { createGridHttpAdapter, loadGridMapping, type GridMapping, type GridPort, type GridTask } from '../integrations/grid';
import { startGridSimulator, type GridSimulator } from '../integrations/grid/simulator/simulator';
import { signDevToken } from '../integrations/keycloak';
import { migrateAndSeed } from '../src/db/migrate';
import { initOrm } from '../src/db/orm';
import { GridRelay, type RelayTick } from '../src/modules/grid-sync/grid-sync.relay';
import { gridMetrics as relayMetrics } from '../src/modules/metrics';
import type { Actor } from '../src/modules/history/history.actor';
import { ActionChannel } from '../src/modules/history/history.enums';
import { Classification, IntakeChannel } from '../src/modules/incidents/incident.enums';
import { IncidentWorkflow } from '../src/modules/incidents/incident.workflow';
import { OrderChannel, Urgency } from '../src/modules/orders/order.enums';
import { OrderWorkflow } from '../src/modules/orders/order.workflow';
import { createAppServer, GRAPHQL_PATH } from '../src/server';
import { DeskBoardDocument, DispatchOrdersDocument } from '../test/generated/graphql';
import { openBenchDatabase } from './support/database';
import { runBench, type Cleanups } from './support/run';
import { runLoad, type LoadResult } from './support/load';
import { CALL_TEXTS } from './support/volume';

/** GRID orders whose delivery is timed, by one relay and again (other orders) by PARALLEL_RELAYS. */
const ORDERS = 500;
const PARALLEL_RELAYS = 4;
/** Requests in flight from one relay in the batched run: the relay's default. */
const RELAY_CONCURRENCY = 8;
/** Delivered first, untimed, by a relay whose ORM reports the SQL statements it sends. */
const WARM_UP_ORDERS = 20;
/** Orders per call, in turn: about the county's mix (mostly one unit, often two, sometimes three). */
const ORDERS_PER_CALL = [1, 2, 1, 3, 2, 1];
/** Calls prepared at a time: event writes serialise on one lock, so more would only queue. */
const PREPARE_LANES = 2;
/** A timed relay run stops after this long even if orders are still due. */
const RELAY_MAX_MS = 60_000;
/** The server and the relays share one pool of the platform's default DB_POOL_MAX. */
/** A counter's value now (prom-client reads are asynchronous). */
async function counterValue(metric: Counter): Promise<number> {
  return (await metric.get()).values[0]?.value ?? 0;
}

const POOL_MAX = 10;
/** GRID_RELAY_MS is 2 s by default; shorter keeps the background relay busier. */
const RELAY_INTERVAL_MS = 200;
/** The simulator's latency in the slow state; the adapter keeps its default 10 s timeout. */
const SLOW_MS = 5_000;
/** Each API block: dispatches of one GRID order, then board queries, API_CONCURRENCY in flight. */
const API_CONCURRENCY = 4;
const API_ROUNDS = 2;
/** Dispatches (and as many board queries) before the first block: the prepared calls never went through /graphql. */
const API_WARM_UP = 40;
const DISPATCH_LOAD = { warmUpRequests: 5, warmUpMaxMs: 3_000, requests: 150, maxMs: 10_000 };
const BOARD_LOAD = { warmUpRequests: 10, warmUpMaxMs: 3_000, requests: 400, maxMs: 4_000 };
const BOARD_PAGE = 50;

const DESK_ACTOR: Actor = { id: 'bench-dispatcher', name: '压测调度员', role: 'dispatcher', channel: ActionChannel.DESK };
const URGENCIES = [Urgency.EMERGENCY, Urgency.URGENT, Urgency.ROUTINE];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** CPU time of this whole process (every thread) since `since`, in ms. */
const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

// ---------------------------------------------------------------------------------------------
// Calls and their orders, through the workflow services.

/** Calls the bench makes: a text of CALL_TEXTS and the units a dispatcher orders for it, best first. */
interface CallPlan {
  text: string;
  units: string[];
}

/**
 * The routing engine's suggestions for each call, as a dispatcher mostly follows them: a
 * dispatch that passes over the top suggestion is learned from, which is not what is measured
 * here. The police answer by phone, so calls whose top suggestion is the police are left out.
 * Without suggestions, every call goes to units in turn.
 */
async function planCalls(url: string, token: string, units: string[]): Promise<{ plans: CallPlan[]; suggested: boolean }> {
  const depth = Math.max(...ORDERS_PER_CALL);
  const plans: CallPlan[] = [];
  for (const text of CALL_TEXTS) {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'query ($text: String!) { suggestUnits(text: $text, limit: 8) { unit { code } } }', variables: { text } }),
    });
    const body = (await res.json()) as { data?: { suggestUnits?: { unit: { code: string } }[] } };
    const codes = (body.data?.suggestUnits ?? []).map((s) => s.unit.code);
    if (codes.length === 0 || !units.includes(codes[0])) continue;
    const grid = codes.filter((code) => units.includes(code));
    const rest = units.filter((code) => !grid.includes(code));
    plans.push({ text, units: [...grid, ...rest].slice(0, depth) });
  }
  if (plans.length > 0) return { plans, suggested: true };
  return { plans: CALL_TEXTS.map((text, i) => ({ text, units: [0, 7, 14].map((k) => units[(i + k) % units.length]) })), suggested: false };
}

interface Call {
  incidentId: string;
  orderIds: string[];
  plan: CallPlan;
}

/**
 * `orderCounts.length` calls, each reported, classified LINKAGE and, when its count is above
 * zero, dispatched to that many units by the GRID channel, in one transaction per call.
 */
async function prepareCalls(orm: MikroORM, plans: CallPlan[], areas: string[], orderCounts: number[], first: number): Promise<Call[]> {
  const calls: Call[] = new Array(orderCounts.length);
  let next = 0;
  const lane = async () => {
    while (next < orderCounts.length) {
      const i = next++;
      const n = first + i;
      const plan = plans[n % plans.length];
      calls[i] = await orm.em.fork().transactional(async (tx) => {
        const incidents = new IncidentWorkflow(tx, DESK_ACTOR);
        const incident = await incidents.report({
          description: plan.text,
          place: { areaCode: areas[n % areas.length], address: `${1 + (n % 40)}号附近` },
          intakeChannel: IntakeChannel.CALL_110,
          callbackNumber: '13900001111',
        });
        await tx.flush();
        await incidents.classify({ incidentId: incident.id, classification: Classification.LINKAGE });
        if (orderCounts[i] === 0) return { incidentId: incident.id, orderIds: [], plan };
        const orders = await new OrderWorkflow(tx, DESK_ACTOR, { kind: 'all' }).dispatch({
          incidentId: incident.id,
          orders: plan.units.slice(0, orderCounts[i]).map((unitCode) => ({ unitCode, channel: OrderChannel.GRID, urgency: URGENCIES[n % URGENCIES.length] })),
        });
        return { incidentId: incident.id, orderIds: orders.map((o) => o.id), plan };
      });
    }
  };
  await Promise.all(Array.from({ length: PREPARE_LANES }, lane));
  return calls;
}

/** Calls whose orders add up to `orders`, in the ORDERS_PER_CALL mix. */
function orderMix(orders: number): number[] {
  const counts: number[] = [];
  for (let left = orders, i = 0; left > 0; i++) {
    const n = Math.min(left, ORDERS_PER_CALL[i % ORDERS_PER_CALL.length]);
    counts.push(n);
    left -= n;
  }
  return counts;
}

// ---------------------------------------------------------------------------------------------
// The relay and the direct loop.

interface SentCreate {
  task: GridTask;
  idempotencyKey: string;
}

/** The adapter, with each createTask's body and key kept and the time spent in it summed. */
function recordingPort(port: GridPort) {
  const record = { creates: [] as SentCreate[], httpMs: 0 };
  const wrapped: GridPort = {
    async createTask(task, options) {
      const t0 = performance.now();
      try {
        return await port.createTask(task, options);
      } finally {
        record.httpMs += performance.now() - t0;
        record.creates.push({ task, idempotencyKey: options.idempotencyKey });
      }
    },
    updateTask: (taskId, change, options) => port.updateTask(taskId, change, options),
    cancelTask: (taskId, cancellation, options) => port.cancelTask(taskId, cancellation, options),
    getTask: (taskId, options) => port.getTask(taskId, options),
    listTasks: (query, options) => port.listTasks(query, options),
  };
  return { port: wrapped, record };
}

interface Drained extends RelayTick {
  ticks: number;
  elapsedMs: number;
}

/** tick() until a tick finds nothing due, at most maxTicks times and for about maxMs. */
async function drain(relay: GridRelay, maxTicks: number, maxMs: number): Promise<Drained> {
  const total: Drained = { delivered: 0, retried: 0, dead: 0, skipped: 0, ticks: 0, elapsedMs: 0 };
  const started = performance.now();
  while (total.ticks < maxTicks && performance.now() - started < maxMs) {
    const tick = await relay.tick();
    total.ticks++;
    total.delivered += tick.delivered;
    total.retried += tick.retried;
    total.dead += tick.dead;
    total.skipped += tick.skipped;
    if (tick.delivered + tick.retried + tick.dead + tick.skipped === 0) break;
  }
  total.elapsedMs = performance.now() - started;
  return total;
}

interface RelayRun {
  relays: number;
  concurrency: number;
  delivered: number;
  retried: number;
  dead: number;
  ticks: number;
  elapsedMs: number;
  rate: number;
  /** Mean time of one createTask call as the relay made it. */
  httpMsPerCall: number;
  /** CPU time of this process per delivered order: the relays, the adapter and the simulator's side. */
  cpuMsPerTask: number;
  creates: SentCreate[];
}

/** `relays` relays over one queue, each ticking until it finds nothing due; timed to the last. */
async function timeRelays(orm: MikroORM, adapter: GridPort, mapping: GridMapping, relays: number, concurrency: number): Promise<RelayRun> {
  const recording = recordingPort(adapter);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const runs = await Promise.all(
    Array.from({ length: relays }, () => drain(new GridRelay(orm, { port: recording.port, mapping, concurrency }), Math.ceil(ORDERS / 50) + 10, RELAY_MAX_MS)),
  );
  const elapsedMs = performance.now() - started;
  const sum = (key: keyof Drained) => runs.reduce((total, run) => total + run[key], 0);
  return {
    relays,
    concurrency,
    delivered: sum('delivered'),
    retried: sum('retried'),
    dead: sum('dead'),
    ticks: sum('ticks'),
    elapsedMs,
    rate: sum('delivered') / (elapsedMs / 1000),
    httpMsPerCall: recording.record.httpMs / Math.max(1, recording.record.creates.length),
    cpuMsPerTask: cpuMs(cpu) / Math.max(1, sum('delivered')),
    creates: recording.record.creates,
  };
}

interface DirectRun {
  concurrency: number;
  sent: number;
  failures: number;
  firstFailure?: string;
  elapsedMs: number;
  rate: number;
  /** CPU time of this process per task: the adapter and the simulator's side. */
  cpuMsPerTask: number;
  taskIds: string[];
}

/**
 * The relay's bodies and keys, through the same adapter, straight to the simulator; each task id
 * and key suffixed so the simulator takes them as new tasks rather than replays.
 */
async function postDirect(port: GridPort, creates: SentCreate[], suffix: string, concurrency: number): Promise<DirectRun> {
  const run: DirectRun = { concurrency, sent: 0, failures: 0, elapsedMs: 0, rate: 0, cpuMsPerTask: 0, taskIds: [] };
  const cpu = process.cpuUsage();
  const started = performance.now();
  const lane = async () => {
    while (run.sent < creates.length && performance.now() - started < RELAY_MAX_MS) {
      const { task, idempotencyKey } = creates[run.sent++];
      const taskId = `${task.taskId}${suffix}`;
      run.taskIds.push(taskId);
      try {
        await port.createTask({ ...task, taskId }, { idempotencyKey: `${idempotencyKey}${suffix}` });
      } catch (err) {
        run.failures++;
        run.firstFailure ??= String(err);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  run.elapsedMs = performance.now() - started;
  run.rate = run.sent / (run.elapsedMs / 1000);
  run.cpuMsPerTask = cpuMs(cpu) / Math.max(1, run.sent);
  return run;
}

// ---------------------------------------------------------------------------------------------
// Exactly once: what the simulator applied, per task.

interface Accounting {
  expected: number;
  /** Tasks the simulator holds among those expected. */
  tasks: number;
  lost: number;
  /** Creates beyond the first, summed over tasks. */
  duplicates: number;
}

function account(sim: GridSimulator, taskIds: string[]): Accounting {
  const creates = new Map<string, number>();
  for (const application of sim.applications()) {
    if (application.operation === 'create') creates.set(application.taskId, (creates.get(application.taskId) ?? 0) + 1);
  }
  const result: Accounting = { expected: taskIds.length, tasks: 0, lost: 0, duplicates: 0 };
  for (const id of taskIds) {
    const count = creates.get(id) ?? 0;
    const held = sim.task(id) !== undefined;
    if (held) result.tasks++;
    if (count === 0 || !held) result.lost++;
    result.duplicates += Math.max(0, count - 1);
  }
  return result;
}

/** A logged statement without the logger's colours, on one short line. */
function oneLine(message: string): string {
  // eslint-disable-next-line no-control-regex
  return message.replace(/\u001b\[[0-9;]*m/g, '').replace(/^\[query\] /, '').replace(/\s+/g, ' ').slice(0, 150);
}

const CLAIM = /update grid_outbox set lease_until/i;

// ---------------------------------------------------------------------------------------------

type GridState = 'up' | 'down' | 'slow';

const STATE_LABELS: Record<GridState, string> = {
  up: 'grid up',
  down: 'grid down (port closed)',
  slow: `grid slow (${SLOW_MS / 1000} s per request)`,
};

interface ApiBlock {
  state: GridState;
  round: number;
  dispatch: LoadResult;
  board: LoadResult;
  deliveries: number;
  retries: number;
  /** CPU time of this process (server, relay, simulator, load worker) per dispatch, during the dispatches. */
  cpuMsPerDispatch: number;
}

function mean(values: number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

async function main(cleanups: Cleanups): Promise<void> {
  const started = Date.now();
  const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  const loadAverage = () => os.loadavg()[0].toFixed(2);

  const db = await openBenchDatabase('l110_bench_grid');
  cleanups.push(() => db.close());
  const keysDir = await fs.mkdtemp(path.join(os.tmpdir(), 'linkage110-bench-grid-'));
  cleanups.push(() => fs.rm(keysDir, { recursive: true, force: true }));
  console.log(`database: ${db.where}; node ${process.version}, ${os.cpus().length} cores, load average ${loadAverage()}`);

  const orm = await initOrm({ databaseUrl: db.url, poolMax: POOL_MAX });
  cleanups.push(() => orm.close());
  await migrateAndSeed(orm, db.url);

  const sim = await startGridSimulator({ port: 0, host: '127.0.0.1' });
  cleanups.push(() => sim.stop());
  const adapter = createGridHttpAdapter({ baseUrl: sim.url, apiKey: sim.apiKey });
  const mapping = loadGridMapping();

  const server = await createAppServer({
    config: { nodeEnv: 'development', introspection: false, auth: { mode: 'dev' }, dataDir: keysDir },
    orm,
  });
  cleanups.push(() => server.stop());
  const url = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}${GRAPHQL_PATH}`;
  const token = await signDevToken(keysDir, { role: 'dispatcher', ttlSeconds: 3600 });

  const connection = orm.em.fork().getConnection();
  const units = (await connection.execute<{ code: string }[]>(`select code from unit where active and code <> 'police' order by rank`))
    .map((u) => u.code)
    .filter((code) => mapping.departments().get(code) != null);
  const areas = (await connection.execute<{ code: string }[]>(`select code from area where kind in ('TOWN', 'XIANG') order by code`)).map((a) => a.code);
  const { plans, suggested } = await planCalls(url, token, units);
  console.log(
    `migrated and seeded; server and grid simulator (${sim.url}) up in ${seconds()}; orders go to ` +
      `${suggested ? `the routing engine's suggested units (${plans.length} of the ${CALL_TEXTS.length} calls; the others go to the police first)` : 'the units in turn (no suggestions)'}`,
  );

  // 0. Warm-up orders, delivered by a relay whose ORM reports each statement it sends.
  let prepMs = 0;
  const prepare = async (orderCounts: number[], first: number) => {
    const t0 = performance.now();
    const calls = await prepareCalls(orm, plans, areas, orderCounts, first);
    prepMs += performance.now() - t0;
    return calls;
  };
  let callNumber = 0;
  const prepareOrders = async (orders: number) => {
    const counts = orderMix(orders);
    const calls = await prepare(counts, callNumber);
    callNumber += counts.length;
    return calls.flatMap((c) => c.orderIds);
  };
  const warmUpIds = await prepareOrders(WARM_UP_ORDERS);
  let recording: string[] | undefined;
  const countingOrm: MikroORM = await initOrm({
    databaseUrl: db.url,
    poolMax: 2,
    onQuery: (message) => {
      if (recording && message.includes('[query]')) recording.push(message);
    },
  });
  cleanups.push(() => countingOrm.close());
  const warm = recordingPort(adapter);
  recording = [];
  const warmDrain = await drain(new GridRelay(countingOrm, { port: warm.port, mapping }), 10, 30_000);
  const statements = recording;
  recording = undefined;
  const warmDirect = await postDirect(adapter, warm.record.creates, '-warm', PARALLEL_RELAYS);
  if (warmDrain.delivered !== WARM_UP_ORDERS || warmDirect.failures > 0) {
    throw new Error(`warm-up: ${warmDrain.delivered} of ${WARM_UP_ORDERS} delivered, ${warmDirect.failures} direct failures (${warmDirect.firstFailure})`);
  }
  const claims = statements.filter((sql) => CLAIM.test(sql)).length;
  const perOrder = (statements.length - claims) / WARM_UP_ORDERS;

  // Calls the API blocks dispatch, prepared now so no outbox message waits for them.
  const apiPerBlock = DISPATCH_LOAD.warmUpRequests + DISPATCH_LOAD.requests;
  const states: GridState[] = ['up', 'down', 'slow'];
  const forApi = await prepare(new Array(API_WARM_UP + API_ROUNDS * states.length * apiPerBlock).fill(0), callNumber);
  callNumber += forApi.length;

  // 1. One relay, then the same bodies straight to the simulator, one at a time.
  const single = await prepareOrders(ORDERS);
  const [outbox] = await connection.execute<{ pending: string }[]>(`select count(*) filter (where status = 'PENDING') pending from grid_outbox`);
  if (Number(outbox.pending) !== ORDERS) throw new Error(`expected ${ORDERS} pending outbox messages, found ${outbox.pending}`);
  console.log(
    `prepared ${single.length} GRID orders on ${orderMix(ORDERS).length} calls (${ORDERS_PER_CALL.join(', ')} units per call in turn) with the ` +
      `workflow services; outbox: ${outbox.pending} messages pending`,
  );
  console.log(`SQL statements the relay sends per delivered order (a create): ${perOrder.toFixed(1)}, plus one claim per tick:`);
  for (const sql of statements.filter((s) => !CLAIM.test(s)).slice(0, Math.ceil(perOrder))) console.log(`    ${oneLine(sql)}`);
  await sleep(1_000);

  console.log(`\nmirror throughput, ${ORDERS} GRID orders each run (load average ${loadAverage()}):`);
  const line = (label: string, rate: number, detail: string) => console.log(`  ${label.padEnd(30)} ${rate.toFixed(0).padStart(5)} tasks/s  ${detail}`);
  const relayLine = (label: string, run: RelayRun) =>
    line(
      label,
      run.rate,
      `${run.delivered} delivered in ${(run.elapsedMs / 1000).toFixed(2)} s (${run.ticks} ticks): ${(run.elapsedMs / run.delivered).toFixed(2)} ms per order, ` +
        `${run.httpMsPerCall.toFixed(2)} ms per createTask; CPU ${run.cpuMsPerTask.toFixed(2)} ms per task`,
    );
  const directLine = (run: DirectRun) =>
    line(
      `direct, ${run.concurrency} in flight`,
      run.rate,
      `${run.sent} POST /tasks in ${(run.elapsedMs / 1000).toFixed(2)} s: ${(run.elapsedMs / run.sent).toFixed(2)} ms per task; CPU ${run.cpuMsPerTask.toFixed(2)} ms per task`,
    );
  // 1a. One relay, sending one request at a time, then the same bodies straight to the simulator, one at a time.
  const relayOne = await timeRelays(orm, adapter, mapping, 1, 1);
  relayLine('outbox, 1 relay, 1 in flight', relayOne);
  const directOne = await postDirect(adapter, relayOne.creates, '-direct1', 1);
  directLine(directOne);

  // 1b. One relay as it runs in production: up to RELAY_CONCURRENCY in flight, against the direct loop at as many.
  const batched = await prepareOrders(ORDERS);
  await sleep(1_000);
  const relayBatch = await timeRelays(orm, adapter, mapping, 1, RELAY_CONCURRENCY);
  relayLine(`outbox, 1 relay, ${RELAY_CONCURRENCY} in flight`, relayBatch);
  const directBatch = await postDirect(adapter, relayBatch.creates, `-directb${RELAY_CONCURRENCY}`, RELAY_CONCURRENCY);
  directLine(directBatch);

  // 2. Several relays over one queue (FOR UPDATE SKIP LOCKED), as replicas share it, one request each at a time.
  const parallel = await prepareOrders(ORDERS);
  await sleep(1_000);
  const relayMany = await timeRelays(orm, adapter, mapping, PARALLEL_RELAYS, 1);
  relayLine(`outbox, ${PARALLEL_RELAYS} relays, 1 in flight each`, relayMany);
  const directMany = await postDirect(adapter, relayMany.creates, `-direct${PARALLEL_RELAYS}`, PARALLEL_RELAYS);
  directLine(directMany);
  const ratio = relayBatch.rate / directBatch.rate;
  const ratioOne = relayOne.rate / directOne.rate;
  const ratioMany = relayMany.rate / directMany.rate;
  console.log(
    `  outbox / direct at the same concurrency: ${ratio.toFixed(3)} at ${RELAY_CONCURRENCY} in flight, ${ratioOne.toFixed(3)} at 1, ` +
      `${ratioMany.toFixed(3)} with ${PARALLEL_RELAYS} relays; SQL per tick: a claim, one read, one write (${perOrder.toFixed(1)} statements per order in the warm-up)`,
  );
  const failures = directOne.failures + directBatch.failures + directMany.failures;
  const runs = [relayOne, relayBatch, relayMany];
  if (failures > 0 || runs.some((run) => run.delivered !== ORDERS || run.retried > 0)) {
    throw new Error(
      `mirror runs incomplete: relays delivered ${runs.map((run) => run.delivered).join(', ')} of ${ORDERS} (${runs.reduce((n, run) => n + run.retried, 0)} retried), ` +
        `${failures} direct failures (${directOne.firstFailure ?? directBatch.firstFailure ?? directMany.firstFailure})`,
    );
  }
  const timedAccount = account(sim, [...single, ...batched, ...parallel]);

  // 3. The API while a relay works in the background: the grid platform up, down, slow, in turn.
  const background = new GridRelay(orm, { port: adapter, mapping });
  background.start(RELAY_INTERVAL_MS);
  let backgroundStopped = false;
  const stopBackground = async () => {
    if (backgroundStopped) return;
    backgroundStopped = true;
    await Promise.race([background.stop(), sleep(30_000)]);
  };
  cleanups.push(stopBackground);
  // Delivers what an outage left waiting, untimed, with the clock an hour ahead of every backoff.
  const catchUp = () => drain(new GridRelay(orm, { port: adapter, mapping, now: () => new Date(Date.now() + 3600_000) }), 100, 60_000);
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const boardBody = JSON.stringify({ query: print(DeskBoardDocument), variables: { first: BOARD_PAGE } });
  const dispatchText = print(DispatchOrdersDocument);
  const blocks: ApiBlock[] = [];
  console.log(
    `\nAPI latency through /graphql, a relay in the background every ${RELAY_INTERVAL_MS} ms (same process and pool), ` +
      `${API_CONCURRENCY} requests in flight from a worker thread; dispatchOrders of one GRID order, then deskBoard (first: ${BOARD_PAGE}):`,
  );
  const dispatchBody = (call: Call, i: number) =>
    JSON.stringify({
      query: dispatchText,
      variables: { input: { incidentId: call.incidentId, orders: [{ unitCode: call.plan.units[0], channel: 'GRID', urgency: URGENCIES[i % URGENCIES.length] }] } },
    });
  const api = { url, method: 'POST' as const, headers, concurrency: API_CONCURRENCY, errorMarker: '"errors"', warmUpRequests: 0, warmUpMaxMs: 0 };
  const warmUpApi = [
    await runLoad({ ...api, cycle: false, requests: API_WARM_UP, maxMs: 20_000, bodies: forApi.slice(0, API_WARM_UP).map(dispatchBody) }),
    await runLoad({ ...api, cycle: true, requests: API_WARM_UP, maxMs: 20_000, bodies: [boardBody] }),
  ];
  if (warmUpApi.some((load) => load.errors > 0)) throw new Error(`API warm-up failed: ${warmUpApi.map((load) => load.firstError).join('; ')}`);
  for (let round = 0; round < API_ROUNDS; round++) {
    for (const state of states) {
      if (state === 'up') {
        if (sim.down) await sim.comeBack();
        sim.setLatency(0);
        // "Up" means up with nothing left over: the catch-up after an outage is not normal load.
        await catchUp();
      } else if (state === 'down') {
        await sim.goDown();
      } else {
        await sim.comeBack();
        sim.setLatency(SLOW_MS);
      }
      const [deliveries, retries, cpu] = [await counterValue(relayMetrics.deliveries), await counterValue(relayMetrics.retries), process.cpuUsage()];
      const first = API_WARM_UP + blocks.length * apiPerBlock;
      const dispatch = await runLoad({
        ...api, ...DISPATCH_LOAD, cycle: false, bodies: forApi.slice(first, first + apiPerBlock).map(dispatchBody),
      });
      const cpuMsPerDispatch = cpuMs(cpu) / (dispatch.warmUpCompleted + dispatch.completed);
      const board = await runLoad({ ...api, ...BOARD_LOAD, cycle: true, bodies: [boardBody] });
      const block: ApiBlock = {
        state, round, dispatch, board, deliveries: (await counterValue(relayMetrics.deliveries)) - deliveries, retries: (await counterValue(relayMetrics.retries)) - retries, cpuMsPerDispatch,
      };
      blocks.push(block);
      const ms = (v: number) => v.toFixed(1).padStart(6);
      console.log(
        `  ${`${round + 1}. ${STATE_LABELS[state]}`.padEnd(34)} dispatchOrders p50 ${ms(dispatch.p50Ms)} ms, p99 ${ms(dispatch.p99Ms)} ms (${dispatch.completed}), ` +
          `CPU ${cpuMsPerDispatch.toFixed(1)} ms each; deskBoard p50 ${ms(board.p50Ms)} ms, p99 ${ms(board.p99Ms)} ms (${board.completed}); ` +
          `relay: ${block.deliveries} delivered, ${block.retries} retried`,
      );
      for (const [label, load] of [['dispatchOrders', dispatch], ['deskBoard', board]] as const) {
        if (load.errors > 0) throw new Error(`${STATE_LABELS[state]}, ${label}: ${load.errors} requests failed; the first said: ${load.firstError}`);
      }
    }
  }
  sim.setLatency(0);
  const stopStarted = performance.now();
  await stopBackground();
  const stopSeconds = (performance.now() - stopStarted) / 1000;

  // 4. Everything delivered, once.
  const rest = await catchUp();
  const gridOrders = (await connection.execute<{ id: string }[]>(`select id from "order" where channel = 'GRID'`)).map((o) => o.id);
  const outboxStates = await connection.execute<{ status: string; n: string }[]>(`select status, count(*) n from grid_outbox group by status order by status`);
  const all = account(sim, gridOrders);
  const keys = sim.applications().map((a) => a.idempotencyKey);
  const keysTwice = keys.length - new Set(keys).size;
  const direct = account(sim, [...warmDirect.taskIds, ...directOne.taskIds, ...directBatch.taskIds, ...directMany.taskIds]);
  const lost = all.lost;
  const duplicates = all.duplicates + keysTwice;
  console.log(
    `\nbackground relay stopped in ${stopSeconds.toFixed(1)} s (it finishes the ticks queued meanwhile); then ${rest.delivered} orders ` +
      `were still due; outbox: ${outboxStates.map((s) => `${s.n} ${s.status}`).join(', ')}`,
  );
  console.log(
    `exactly once: ${gridOrders.length} GRID orders (${warmUpIds.length} warm-up, ${single.length + batched.length + parallel.length} timed, the rest from the API blocks), ` +
      `${all.tasks} tasks at the simulator, ${lost} lost, ${all.duplicates} created more than once, ${keysTwice} idempotency keys applied twice; ` +
      `direct POSTs: ${direct.tasks} of ${direct.expected} tasks, ${direct.lost} lost, ${direct.duplicates} duplicated`,
  );

  const p99 = (state: GridState, of: 'dispatch' | 'board') => mean(blocks.filter((b) => b.state === state).map((b) => b[of].p99Ms));
  const p50 = (state: GridState, of: 'dispatch' | 'board') => mean(blocks.filter((b) => b.state === state).map((b) => b[of].p50Ms));
  console.log(`API latency per state, mean of ${API_ROUNDS} blocks (ratio to grid up):`);
  for (const state of states) {
    const r = (of: 'dispatch' | 'board') => `p50 ${p50(state, of).toFixed(1)} ms, p99 ${p99(state, of).toFixed(1)} ms (${(p99(state, of) / p99('up', of)).toFixed(2)})`;
    const cpu = mean(blocks.filter((b) => b.state === state).map((b) => b.cpuMsPerDispatch));
    console.log(`  ${STATE_LABELS[state].padEnd(31)} dispatchOrders ${r('dispatch')}, CPU ${cpu.toFixed(1)} ms each; deskBoard ${r('board')}`);
  }
  const worst: GridState = p99('down', 'dispatch') >= p99('slow', 'dispatch') ? 'down' : 'slow';
  const outageRatio = p99(worst, 'dispatch') / p99('up', 'dispatch');
  console.log(`prepared with the workflow services in ${(prepMs / 1000).toFixed(1)} s; finished in ${seconds()}; load average ${loadAverage()} (1 min; other work on the machine skews the figures)`);
  console.log(
    `RESULT outbox_tasks_per_s=${relayBatch.rate.toFixed(0)} direct_tasks_per_s=${directBatch.rate.toFixed(0)} ratio=${ratio.toFixed(3)} ` +
      `concurrency=${RELAY_CONCURRENCY} ratio_1_in_flight=${ratioOne.toFixed(3)} ratio_${PARALLEL_RELAYS}_relays=${ratioMany.toFixed(3)} ` +
      `tasks=${timedAccount.tasks} lost=${lost} duplicates=${duplicates} api_p99_normal_ms=${p99('up', 'dispatch').toFixed(1)} ` +
      `api_p99_outage_ms=${p99(worst, 'dispatch').toFixed(1)} api_outage_ratio=${outageRatio.toFixed(2)}`,
  );
}

runBench(main);
