/**
 * Live order feed: how long after a dispatch every console sees the new order.
 *   npm run bench:feed              (add `-- --profile` for CPU profiles of the server processes)
 * Starts an embedded PostgreSQL (or uses the server in DATABASE_URL) with a fresh database,
 * migrates and seeds it, prepares classified incidents, and spawns two server processes
 * (`node dist/src/main.js`, DATABASE_URL on that database), A and B. Dispatches go through A,
 * one at a time, one order each to the same unit; subscribers hold `orderFeed`:
 *  1. 10 subscribers on A;
 *  2. the replica path: 10 subscribers on B (once, after the first 1.);
 *  3. 1,000 subscribers on A, one socket each;
 *  1. and 3. run FEED_ROUNDS (3) times in turn; the p99 ratio reported is the median round's;
 *  4. larger counts on A, briefly, for the most the process holds.
 *
 * Latency of one delivery: from the moment the bench starts sending the dispatchOrders request
 * to the moment the subscriber's socket hands the ORDER_ISSUED message to the bench (before it
 * is parsed). The time from the mutation's response to the same message is printed beside it;
 * it is negative when the event arrives before the response. Every subscriber must get every
 * dispatched order exactly once: lost and duplicated deliveries are counted, never assumed.
 * Ends with one `RESULT ...` line. Figures are for docs/BENCHMARKS.md, never assertions.
 */
import 'reflect-metadata';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import WebSocket from 'ws';
import { signDevToken } from '../integrations/keycloak';
import { migrateAndSeed } from '../src/db/migrate';
import { initOrm } from '../src/db/orm';
import { MAX_OPERATIONS_PER_SOCKET } from '../src/server';
import { runBench, type Cleanups } from './support/run';
import { startServer, type ServerProcess } from './support/server-process';
import { openBenchDatabase } from './support/database';
import { prepareDispatchable } from './support/volume';

const TARGET_UNIT = 'health';
const WARM_UP_DISPATCHES = 10;
/** Timed dispatches per phase at most, and no longer than maxMs (the phase then stops issuing). */
const PHASES = {
  small: { subscribers: 10, dispatches: 200, maxMs: 15_000 },
  replica: { subscribers: 10, dispatches: 200, maxMs: 15_000 },
  large: { subscribers: 1_000, dispatches: 150, maxMs: 45_000 },
};
/** The 10- and 1,000-subscriber phases run this many times in turn; the ratio reported is the median of the rounds' ratios. */
const ROUNDS = Number(process.env.FEED_ROUNDS ?? 3);
/** Tried after the 1,000 run, in this order, while the previous count held. */
const PROBE_COUNTS = [2_000, 3_000];
const PROBE_DISPATCHES = 20;
const PROBE_CONNECT_MS = 30_000;
/** A pause between dispatches, so one delivery's tail does not overlap the next dispatch. */
const PAUSE_MS = 20;
/** How long one dispatch may take to reach every subscriber before it counts as lost. */
const DELIVERY_TIMEOUT_MS = 10_000;

const ORDER_FEED = `subscription ($after: String) {
  orderFeed(after: $after) { cursor kind order { id status urgency unit { code } } incident { id status } event { actorRole channel occurredAt } }
}`;
const DISPATCH = 'mutation ($input: DispatchOrdersInput!) { dispatchOrders(input: $input) { id status signDeadline unit { code } } }';

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------
// Server processes, started the way an operator starts a replica.

// ---------------------------------------------------------------------------------------------
// Subscribers: a lean graphql-ws (graphql-transport-ws) client that stamps each message the
// moment its socket delivers it, and counts what it got per order.

interface Subscription {
  /** orderId -> how many times it came. */
  counts: Map<string, number>;
  lastCursor: bigint;
  outOfOrder: number;
  errors: string[];
  completed: boolean;
}

type Arrival = (orderId: string, at: number) => void;

class FeedSocket {
  readonly subscriptions: Subscription[] = [];
  closedWith: number | undefined;
  private readonly socket: WebSocket;
  private readonly ready: Promise<void>;

  constructor(url: string, token: string, private readonly onArrival: Arrival) {
    this.socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws');
    this.ready = new Promise((resolve, reject) => {
      this.socket.once('open', () => this.send({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
      this.socket.once('error', reject);
      this.socket.once('close', (code) => {
        this.closedWith = code;
        reject(new Error(`socket closed with ${code} before connection_ack`));
      });
      this.socket.on('message', (data: Buffer) => {
        const at = performance.now();
        const message = JSON.parse(data.toString('utf8')) as { type: string; id?: string; payload?: unknown };
        if (message.type === 'connection_ack') resolve();
        else if (message.type === 'ping') this.send({ type: 'pong' });
        else if (message.id !== undefined) this.receive(Number(message.id), message.type, message.payload, at);
      });
    });
    // The rejection is read by connect(); this only keeps an early close from being unhandled.
    this.ready.catch(() => undefined);
  }

  private send(message: object): void {
    this.socket.send(JSON.stringify(message));
  }

  connect(): Promise<void> {
    return this.ready;
  }

  subscribe(after: string): void {
    const id = this.subscriptions.length;
    this.subscriptions.push({ counts: new Map(), lastCursor: 0n, outOfOrder: 0, errors: [], completed: false });
    this.send({ id: String(id), type: 'subscribe', payload: { query: ORDER_FEED, variables: { after } } });
  }

  private receive(id: number, type: string, payload: unknown, at: number): void {
    const sub = this.subscriptions[id];
    if (!sub) return;
    if (type === 'complete') {
      sub.completed = true;
      return;
    }
    const result = payload as { data?: { orderFeed?: { cursor: string; kind: string; order: { id: string } | null } }; errors?: { message: string }[] };
    const event = result.data?.orderFeed;
    if (type !== 'next' || !event || result.errors) {
      sub.errors.push(JSON.stringify(payload).slice(0, 300));
      return;
    }
    const cursor = BigInt(event.cursor);
    if (cursor <= sub.lastCursor) sub.outOfOrder++;
    sub.lastCursor = cursor;
    if (event.kind !== 'ORDER_ISSUED' || !event.order) {
      sub.errors.push(`unexpected ${event.kind}`);
      return;
    }
    sub.counts.set(event.order.id, (sub.counts.get(event.order.id) ?? 0) + 1);
    this.onArrival(event.order.id, at);
  }

  close(): Promise<void> {
    if (this.socket.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.socket.terminate();
        resolve();
      }, 2_000);
      this.socket.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      this.socket.close(1000);
    });
  }
}

// ---------------------------------------------------------------------------------------------
async function currentCursor(databaseUrl: string): Promise<string> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ max: string | null }>('select max(seq)::text as max from event');
    return rows[0].max ?? '0';
  } finally {
    await client.end();
  }
}

// ---------------------------------------------------------------------------------------------
// One phase: subscribe, warm up, dispatch one at a time, wait for every subscriber, account.

interface PhaseSpec {
  label: string;
  subscribeTo: ServerProcess;
  subscribers: number;
  /** Subscriptions per socket (at most MAX_OPERATIONS_PER_SOCKET). */
  perSocket: number;
  warmUp: number;
  dispatches: number;
  maxMs: number;
  connectMs: number;
}

interface PhaseResult {
  label: string;
  subscribers: number;
  sockets: number;
  /** Subscribers that connected and subscribed (below `subscribers` when the process refused more). */
  held: number;
  timedDispatches: number;
  dispatched: number;
  /** From request start: every (dispatch, subscriber) delivery. */
  p50: number;
  p99: number;
  max: number;
  /** From request start to the last subscriber of each dispatch. */
  lastP50: number;
  lastP99: number;
  /** From the mutation's response to the delivery. */
  afterResponseP50: number;
  afterResponseP99: number;
  mutationP50: number;
  mutationP99: number;
  lost: number;
  duplicated: number;
  errors: number;
  outOfOrder: number;
  firstError?: string;
  connectFailure?: string;
}

interface Bench {
  dispatchUrl: string;
  deskToken: string;
  databaseUrl: string;
  incidents: string[];
  subscriberTokens: string[];
}

async function runPhase(bench: Bench, spec: PhaseSpec): Promise<PhaseResult> {
  if (spec.perSocket > MAX_OPERATIONS_PER_SOCKET) throw new Error(`at most ${MAX_OPERATIONS_PER_SOCKET} subscriptions per socket`);
  const arrivals = new Map<string, number[]>();
  let waiting: { orderId: string; need: number; resolve: () => void } | undefined;
  const onArrival: Arrival = (orderId, at) => {
    let list = arrivals.get(orderId);
    if (!list) arrivals.set(orderId, (list = []));
    list.push(at);
    if (waiting && waiting.orderId === orderId && list.length >= waiting.need) waiting.resolve();
  };

  // Every subscription starts from the same cursor, so each must get every later order, however
  // long its own subscribe takes to register: the hub's no-gap promise is what is checked.
  const after = await currentCursor(bench.databaseUrl);
  const sockets: FeedSocket[] = [];
  const socketCount = Math.ceil(spec.subscribers / spec.perSocket);
  let connectFailure: string | undefined;
  const connectDeadline = Date.now() + spec.connectMs;
  const connectStarted = performance.now();
  // A few hundred handshakes at a time: each costs the server a token check.
  for (let i = 0; i < socketCount && Date.now() < connectDeadline && !connectFailure; i += 200) {
    const batch = Array.from({ length: Math.min(200, socketCount - i) }, (_, k) => {
      const socket = new FeedSocket(spec.subscribeTo.url, bench.subscriberTokens[(i + k) % bench.subscriberTokens.length], onArrival);
      sockets.push(socket);
      return socket;
    });
    const settled = await Promise.allSettled(batch.map((s) => s.connect()));
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed) connectFailure = String((failed as PromiseRejectedResult).reason);
  }
  let held = 0;
  for (const socket of sockets) {
    if (socket.closedWith !== undefined) continue;
    for (let k = 0; k < spec.perSocket && held < spec.subscribers; k++, held++) socket.subscribe(after);
  }
  const connectMs = performance.now() - connectStarted;
  const live = sockets.filter((s) => s.closedWith === undefined);
  console.log(
    `\n${spec.label}: ${held} subscribers on ${live.length} sockets to ${spec.subscribeTo.name} ` +
      `(connected in ${(connectMs / 1000).toFixed(1)} s)${connectFailure ? `; connecting stopped: ${connectFailure}` : ''}`,
  );
  await sleep(300 + held * 0.5);

  const latencies: number[] = [];
  const afterResponse: number[] = [];
  const lastLatencies: number[] = [];
  const mutation: number[] = [];
  const dispatched: string[] = [];
  let timed = 0;
  const deadline = Date.now() + spec.maxMs;
  for (let n = 0; n < spec.warmUp + spec.dispatches && bench.incidents.length > 0; n++) {
    if (n >= spec.warmUp && Date.now() > deadline) break;
    const incidentId = bench.incidents.shift()!;
    const body = JSON.stringify({ query: DISPATCH, variables: { input: { incidentId, orders: [{ unitCode: TARGET_UNIT, channel: 'PHONE', urgency: 'URGENT' }] } } });
    const t0 = performance.now();
    const res = await fetch(bench.dispatchUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${bench.deskToken}` },
      body,
    });
    const text = await res.text();
    const t1 = performance.now();
    const parsed = JSON.parse(text) as { data?: { dispatchOrders: { id: string }[] }; errors?: unknown[] };
    if (res.status !== 200 || parsed.errors || !parsed.data) throw new Error(`dispatchOrders answered ${res.status}: ${text.slice(0, 500)}`);
    const orderId = parsed.data.dispatchOrders[0].id;
    dispatched.push(orderId);
    if ((arrivals.get(orderId)?.length ?? 0) < held) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, DELIVERY_TIMEOUT_MS);
        waiting = {
          orderId,
          need: held,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        };
      });
      waiting = undefined;
    }
    if (n >= spec.warmUp) {
      timed++;
      const got = arrivals.get(orderId) ?? [];
      for (const at of got) {
        latencies.push(at - t0);
        afterResponse.push(at - t1);
      }
      if (got.length > 0) lastLatencies.push(Math.max(...got) - t0);
      mutation.push(t1 - t0);
    }
    await sleep(PAUSE_MS);
  }
  // Anything late or repeated would come now.
  await sleep(1_000);

  let lost = 0;
  let duplicated = 0;
  let errors = 0;
  let outOfOrder = 0;
  let firstError: string | undefined;
  let subscriptions = 0;
  for (const socket of live) {
    for (const sub of socket.subscriptions) {
      subscriptions++;
      for (const orderId of dispatched) {
        const count = sub.counts.get(orderId) ?? 0;
        if (count === 0) lost++;
        else duplicated += count - 1;
      }
      errors += sub.errors.length + (sub.completed ? 1 : 0);
      firstError ??= sub.errors[0] ?? (sub.completed ? 'the server completed the subscription' : undefined);
      outOfOrder += sub.outOfOrder;
    }
  }
  const stray = [...arrivals.keys()].filter((id) => !dispatched.includes(id)).length;
  await Promise.all(sockets.map((s) => s.close()));

  for (const list of [latencies, afterResponse, lastLatencies, mutation]) list.sort((a, b) => a - b);
  const result: PhaseResult = {
    label: spec.label,
    subscribers: spec.subscribers,
    sockets: live.length,
    held: subscriptions,
    timedDispatches: timed,
    dispatched: dispatched.length,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1] ?? NaN,
    lastP50: percentile(lastLatencies, 50),
    lastP99: percentile(lastLatencies, 99),
    afterResponseP50: percentile(afterResponse, 50),
    afterResponseP99: percentile(afterResponse, 99),
    mutationP50: percentile(mutation, 50),
    mutationP99: percentile(mutation, 99),
    lost,
    duplicated,
    errors: errors + stray,
    outOfOrder,
    firstError,
    connectFailure,
  };
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  console.log(
    `  ${timed} timed dispatches (+${Math.min(spec.warmUp, dispatched.length)} warm-up), ${latencies.length} deliveries timed\n` +
      `  request start -> delivered:   p50 ${ms(result.p50)}, p99 ${ms(result.p99)}, max ${ms(result.max)}\n` +
      `  request start -> last of the ${subscriptions}: p50 ${ms(result.lastP50)}, p99 ${ms(result.lastP99)}\n` +
      `  response -> delivered:        p50 ${ms(result.afterResponseP50)}, p99 ${ms(result.afterResponseP99)}\n` +
      `  dispatchOrders round trip:    p50 ${ms(result.mutationP50)}, p99 ${ms(result.mutationP99)}\n` +
      `  ${dispatched.length} orders x ${subscriptions} subscribers: ${lost} lost, ${duplicated} duplicated, ` +
      `${outOfOrder} out of order, ${result.errors} errors${firstError ? ` (first: ${firstError})` : ''}`,
  );
  return result;
}

// ---------------------------------------------------------------------------------------------

async function main(cleanups: Cleanups): Promise<void> {
  const profile = process.argv.includes('--profile');
  const started = Date.now();

  const db = await openBenchDatabase('l110_bench_feed');
  cleanups.push(() => db.close());
  // The servers and this process sign and check development tokens with the key kept here.
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'linkage110-bench-feed-'));
  cleanups.push(() => fs.rm(dataDir, { recursive: true, force: true }));
  // Other work on the machine shows in every figure here; the load average is printed with them.
  const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' ');
  console.log(`database: ${db.where}; node ${process.version}, ${os.cpus().length} cores, load average ${load()}`);

  const orm = await initOrm({ databaseUrl: db.url, poolMax: 2 });
  try {
    await migrateAndSeed(orm, db.url);
  } finally {
    await orm.close();
  }
  const needed = (1 + 2 * ROUNDS) * WARM_UP_DISPATCHES + ROUNDS * (PHASES.small.dispatches + PHASES.large.dispatches) + PHASES.replica.dispatches +
    PROBE_COUNTS.length * (5 + PROBE_DISPATCHES);
  const incidents = await prepareDispatchable(db.url, needed + 10);
  console.log(`migrated, seeded and ${incidents.length} classified incidents prepared in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  let profileDir: string | undefined;
  if (profile) {
    profileDir = await fs.mkdtemp(path.join(os.tmpdir(), 'linkage110-feed-profile-'));
    console.log(`CPU profiles of both servers go to ${profileDir}`);
  }
  const nodeArgs = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const servers = await Promise.all([startServer('A', db.url, dataDir, nodeArgs), startServer('B', db.url, dataDir, nodeArgs)]);
  cleanups.push(() => Promise.all(servers.map((s) => s.stop())));
  const [a, b] = servers;
  console.log(`servers A and B up (DB_POOL_MAX default) in ${((Date.now() - started) / 1000).toFixed(1)} s; dispatches go through A`);

  const bench: Bench = {
    dispatchUrl: a.url,
    deskToken: await signDevToken(dataDir, { role: 'dispatcher', ttlSeconds: 3600 }),
    databaseUrl: db.url,
    incidents,
    // Half unit consoles of the unit ordered, half desk consoles following every order.
    subscriberTokens: [
      await signDevToken(dataDir, { role: 'unit_operator', unit: TARGET_UNIT, ttlSeconds: 3600 }),
      await signDevToken(dataDir, { role: 'commander', ttlSeconds: 3600 }),
    ],
  };
  const base = { warmUp: WARM_UP_DISPATCHES, perSocket: 1, connectMs: PROBE_CONNECT_MS };
  // 10 and 1,000 subscribers in turn, ROUNDS times: each round's ratio compares two phases
  // minutes apart rather than one quiet and one busy stretch of a shared machine.
  const rounds: { small: PhaseResult; large: PhaseResult; ratio: number }[] = [];
  let replica: PhaseResult | undefined;
  for (let round = 1; round <= ROUNDS; round++) {
    const of = ROUNDS > 1 ? ` (round ${round} of ${ROUNDS})` : '';
    const roundSmall = await runPhase(bench, { ...base, ...PHASES.small, label: `1. same process, 10 subscribers${of}`, subscribeTo: a });
    if (!replica) replica = await runPhase(bench, { ...base, ...PHASES.replica, label: '2. replica path, 10 subscribers on B', subscribeTo: b });
    const roundLarge = await runPhase(bench, { ...base, ...PHASES.large, label: `3. same process, 1,000 subscribers${of}`, subscribeTo: a });
    rounds.push({ small: roundSmall, large: roundLarge, ratio: roundLarge.p99 / roundSmall.p99 });
  }
  const byRatio = [...rounds].sort((x, y) => x.ratio - y.ratio);
  const { small, large } = byRatio[Math.floor(byRatio.length / 2)];
  console.log(`p99 ratio 1,000 / 10 per round: ${rounds.map((r) => r.ratio.toFixed(2)).join(', ')}; median ${(large.p99 / small.p99).toFixed(2)} (its round's figures are reported)`);

  let maxHeld = large.lost === 0 && large.errors === 0 && large.held === large.subscribers ? large.held : 0;
  const probes: PhaseResult[] = [];
  if (maxHeld > 0) {
    for (const count of PROBE_COUNTS) {
      const probe = await runPhase(bench, {
        ...base, label: `4. same process, ${count.toLocaleString('en')} subscribers (probe)`, subscribeTo: a, subscribers: count,
        warmUp: 5, dispatches: PROBE_DISPATCHES, maxMs: 30_000,
      });
      probes.push(probe);
      if (probe.held !== count || probe.lost > 0 || probe.duplicated > 0 || probe.errors > 0) break;
      maxHeld = count;
    }
  }

  const phases = [...rounds.flatMap((r) => [r.small, r.large]), replica!, ...probes];
  const lost = phases.reduce((sum, p) => sum + p.lost, 0);
  const duplicated = phases.reduce((sum, p) => sum + p.duplicated, 0);
  const ratio1000 = large.p99 / small.p99;
  const ratioReplica = replica!.p99 / small.p99;
  console.log(
    `\ngoals: p99 at 1,000 / p99 at 10 = ${ratio1000.toFixed(2)}, median of ${rounds.length} (goal <= 2: ${ratio1000 <= 2 ? 'met' : 'NOT met'}); ` +
      `replica p99 / same-process p99 = ${ratioReplica.toFixed(2)} (goal <= 1.5: ${ratioReplica <= 1.5 ? 'met' : 'NOT met'}); ` +
      `${lost} lost, ${duplicated} duplicated (goal 0: ${lost === 0 && duplicated === 0 ? 'met' : 'NOT met'})`,
  );
  console.log(`largest subscriber count held with every order delivered once: ${maxHeld}`);
  if (profileDir) console.log(`CPU profiles (written when the servers stop): ${profileDir}`);
  console.log(`finished in ${((Date.now() - started) / 1000).toFixed(0)} s; load average ${load()}`);
  console.log(
    `RESULT p50_10_ms=${small.p50.toFixed(1)} p99_10_ms=${small.p99.toFixed(1)} p50_1000_ms=${large.p50.toFixed(1)} ` +
      `p99_1000_ms=${large.p99.toFixed(1)} p99_ratio_1000_vs_10=${ratio1000.toFixed(2)} rounds=${rounds.length} ` +
      `p99_ratios=${rounds.map((r) => r.ratio.toFixed(2)).join(',')} p50_replica_ms=${replica!.p50.toFixed(1)} ` +
      `p99_replica_ms=${replica!.p99.toFixed(1)} p99_ratio_replica=${ratioReplica.toFixed(2)} lost=${lost} duplicated=${duplicated} ` +
      `max_subscribers=${maxHeld}`,
  );
}

runBench(main);
