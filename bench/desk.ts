/**
 * Desk board and dispatch throughput of the GraphQL server against a plain baseline.
 *   npm run bench:desk
 *   npm run build && node dist/bench/desk.js --lists-only      (the board and the lists alone)
 *   npm run build && node dist/bench/desk.js --dispatch-only   (dispatch and the unit steps alone)
 * Starts an embedded PostgreSQL (or uses the server in DATABASE_URL) with a fresh database,
 * migrates and seeds it, writes a month of calls, then drives, at the same concurrency and
 * from a worker thread:
 *  - the DeskBoard, Incidents and Orders operations (first: 50) through the real /graphql
 *    endpoint, and the same pages from a node:http + pg server that answers with plain queries
 *    (checked to be the same JSON text first);
 *  - dispatchOrders on incidents prepared for it, in rounds (baseline, then GraphQL; the median
 *    of the rounds' ratios is reported), and the baseline's same writes (orders with
 *    policy deadlines, their events, the incident's move) in one transaction;
 * and counts the SQL statements the GraphQL server sends per list and per dispatch.
 * Ends with one `RESULT ...` line. Figures go in docs/BENCHMARKS.md; nothing asserts on them.
 */
import 'reflect-metadata';
import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance, type EventLoopUtilization } from 'node:perf_hooks';
import type { MikroORM } from '@mikro-orm/postgresql';
import { print } from 'graphql';
import { Pool } from 'pg';
import { createDevVerifier, signDevToken, type Principal, type TokenVerifier } from '../integrations/keycloak';
import { encodeCursor } from '../src/common/pagination';
import { migrateAndSeed } from '../src/db/migrate';
import { initOrm } from '../src/db/orm';
import { authenticate } from '../src/graphql/auth';
import { DESK, DESK_AND_OVERSIGHT } from '../src/common/roles';
import { nextDeadline as orderNextDeadline } from '../src/modules/orders/order.deadlines';
import type { OrderStatus } from '../src/modules/orders/order.enums';
import { buildAppSchema } from '../src/graphql/schema';
import { createAppServer, GRAPHQL_PATH, type AppServer } from '../src/server';
import {
  ArriveOrderDocument,
  CompleteOrderDocument,
  DeskBoardDocument,
  DispatchOrdersDocument,
  FeedbackOrderDocument,
  IncidentsDocument,
  OrdersDocument,
  SignOrderDocument,
} from '../test/generated/graphql';
import { openBenchDatabase, type BenchDatabase } from './support/database';
import { runBench, type Cleanups } from './support/run';
import { runLoad, type LoadResult, type LoadSpec } from './support/load';
import { CALL_TEXTS, prepareDispatchable, prng, seedVolume } from './support/volume';

const INCIDENTS = 2_000;
const BOARD_PAGE = 50;
const CONCURRENCY = 16;
/** Both servers get as many database connections as the platform's default DB_POOL_MAX. */
const POOL_MAX = 10;
/** Each run: warm-up by count and time, then timed requests by count and time, whichever ends first. */
const BOARD_LOAD = { warmUpRequests: 200, warmUpMaxMs: 3_000, requests: 5_000, maxMs: 8_000 };
const DISPATCH_LOAD = { warmUpRequests: 100, warmUpMaxMs: 3_000, requests: 2_000, maxMs: 6_000 };
/**
 * Dispatch is measured in this many rounds, the baseline and then GraphQL in each, on fresh
 * incidents; the ratio reported is the median of the rounds' ratios. The baseline waits on the
 * database (commits), the GraphQL server on its own thread, so a round's database weather
 * moves the two apart: one round alone is noise.
 */
const DISPATCH_ROUNDS = 3;
/** Each statement count is taken this many times; the fewest counts. */
const COUNT_TRIES = 3;

// ---------------------------------------------------------------------------------------------
// The baseline: what a competent engineer writes without GraphQL or an ORM. It checks the same
// bearer token (the dispatch events need the actor) and answers in the same JSON shape.

const ORDER_OPEN = `status not in ('COMPLETED', 'CANCELLED')`;

interface BoardOrderRow {
  incident_id: string;
  id: string;
  status: string;
  overdue: boolean;
  sign_deadline: Date | null;
  arrive_deadline: Date | null;
  feedback_deadline: Date | null;
  ruling_deadline: Date | null;
  unit_code: string;
}

/** The earliest deadline an open order still has to meet, by the one deadline rule the resolver reads. */
function nextDeadline(orders: BoardOrderRow[]): Date | null {
  const times = orders.flatMap(
    (o) =>
      orderNextDeadline({
        status: o.status as OrderStatus,
        signDeadline: o.sign_deadline,
        arriveDeadline: o.arrive_deadline,
        feedbackDeadline: o.feedback_deadline,
        rulingDeadline: o.ruling_deadline,
      })?.getTime() ?? [],
  );
  return times.length ? new Date(Math.min(...times)) : null;
}

async function baselineBoard(pool: Pool, first: number): Promise<unknown> {
  const [page, count] = await Promise.all([
    pool.query<{ id: string; status: string; description: string; received_at: Date; area_code: string | null; area_name: string | null }>(
      `select i.id, i.status, i.description, i.received_at, a.code area_code, a.name area_name
         from incident i left join area a on a.id = i.area_id
        where i.status <> 'CLOSED'
        order by i.received_at desc, i.id desc
        limit $1`,
      [first + 1],
    ),
    pool.query<{ n: number }>(`select count(*)::int n from incident where status <> 'CLOSED'`),
  ]);
  const incidents = page.rows.slice(0, first);
  const orders = await pool.query<BoardOrderRow>(
    `select o.incident_id, o.id, o.status, o.overdue, o.sign_deadline, o.arrive_deadline, o.feedback_deadline, o.ruling_deadline, u.code unit_code
       from "order" o join unit u on u.id = o.unit_id
      where o.incident_id = any($1::uuid[])
      order by o.issued_at, o.id`,
    [incidents.map((i) => i.id)],
  );
  const byIncident = new Map<string, BoardOrderRow[]>(incidents.map((i) => [i.id, []]));
  for (const row of orders.rows) byIncident.get(row.incident_id)!.push(row);
  const last = incidents[incidents.length - 1];
  return {
    data: {
      deskBoard: {
        totalCount: count.rows[0].n,
        pageInfo: { hasNextPage: page.rows.length > first, endCursor: last ? encodeCursor({ at: last.received_at, id: last.id }) : null },
        edges: incidents.map((i) => {
          const own = byIncident.get(i.id)!;
          return {
            node: {
              id: i.id,
              status: i.status,
              description: i.description,
              receivedAt: i.received_at,
              nextDeadline: nextDeadline(own),
              area: i.area_code === null ? null : { code: i.area_code, name: i.area_name },
              orders: own.map((o) => ({ id: o.id, status: o.status, overdue: o.overdue, signDeadline: o.sign_deadline, unit: { code: o.unit_code } })),
            },
          };
        }),
      },
    },
  };
}

/** The Incidents operation's page: newest first, with cursors, areas, orders and their units. */
async function baselineIncidents(pool: Pool, first: number): Promise<unknown> {
  const [page, count] = await Promise.all([
    pool.query<{ id: string; status: string; classification: string | null; description: string; received_at: Date; intake_channel: string; major: boolean; area_code: string | null; area_name: string | null }>(
      `select i.id, i.status, i.classification, i.description, i.received_at, i.intake_channel, i.major, a.code area_code, a.name area_name
         from incident i left join area a on a.id = i.area_id
        order by i.received_at desc, i.id desc
        limit $1`,
      [first + 1],
    ),
    pool.query<{ n: number }>(`select count(*)::int n from incident`),
  ]);
  const incidents = page.rows.slice(0, first);
  const orders = await pool.query<{ incident_id: string; id: string; status: string; unit_code: string }>(
    `select o.incident_id, o.id, o.status, u.code unit_code
       from "order" o join unit u on u.id = o.unit_id
      where o.incident_id = any($1::uuid[])
      order by o.issued_at, o.id`,
    [incidents.map((i) => i.id)],
  );
  const byIncident = new Map<string, { id: string; status: string; unit: { code: string } }[]>(incidents.map((i) => [i.id, []]));
  for (const o of orders.rows) byIncident.get(o.incident_id)!.push({ id: o.id, status: o.status, unit: { code: o.unit_code } });
  const edges = incidents.map((i) => ({
    cursor: encodeCursor({ at: i.received_at, id: i.id }),
    node: {
      id: i.id, status: i.status, classification: i.classification, description: i.description, receivedAt: i.received_at,
      intakeChannel: i.intake_channel, major: i.major, area: i.area_code === null ? null : { code: i.area_code, name: i.area_name },
      orders: byIncident.get(i.id)!,
    },
  }));
  return {
    data: {
      incidents: {
        totalCount: count.rows[0].n,
        pageInfo: { hasNextPage: page.rows.length > first, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
        edges,
      },
    },
  };
}

/** The Orders operation's page: newest first, each with its unit and incident, in one query. */
async function baselineOrders(pool: Pool, first: number): Promise<unknown> {
  const page = await pool.query<{ id: string; status: string; channel: string; urgency: string; issued_at: Date; overdue: boolean; unit_code: string; unit_name: string; incident_id: string; description: string; received_at: Date }>(
    `select o.id, o.status, o.channel, o.urgency, o.issued_at, o.overdue, u.code unit_code, u.name unit_name,
            i.id incident_id, i.description, i.received_at
       from "order" o join unit u on u.id = o.unit_id join incident i on i.id = o.incident_id
      order by o.issued_at desc, o.id desc
      limit $1`,
    [first + 1],
  );
  const edges = page.rows.slice(0, first).map((o) => ({
    cursor: encodeCursor({ at: o.issued_at, id: o.id }),
    node: {
      id: o.id, status: o.status, channel: o.channel, urgency: o.urgency, issuedAt: o.issued_at, overdue: o.overdue,
      unit: { code: o.unit_code, name: o.unit_name }, incident: { id: o.incident_id, description: o.description, receivedAt: o.received_at },
    },
  }));
  return { data: { orders: { pageInfo: { hasNextPage: page.rows.length > first, endCursor: edges.length ? edges[edges.length - 1].cursor : null }, edges } } };
}

interface DispatchBody {
  incidentId: string;
  orders: { unitCode: string; channel: string; urgency: string }[];
}

class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

/** The dispatch in one transaction: lock and check the incident, insert orders and events, move the incident. */
async function baselineDispatch(pool: Pool, principal: Principal, body: DispatchBody): Promise<unknown> {
  if (typeof body?.incidentId !== 'string' || !Array.isArray(body.orders) || body.orders.length < 1 || body.orders.length > 24) {
    throw new HttpError(400, 'incidentId and 1 to 24 orders are required');
  }
  const codes = body.orders.map((o) => o.unitCode);
  if (new Set(codes).size !== codes.length) throw new HttpError(400, 'one order per unit');
  const actor = [principal.subject, principal.displayName ?? principal.username, principal.roles.find((r) => DESK.includes(r))];
  const issuedAt = new Date();
  const client = await pool.connect();
  try {
    await client.query('begin');
    const found = await client.query<{ status: string; classification: string | null }>(
      'select status, classification from incident where id = $1 for update',
      [body.incidentId],
    );
    const incident = found.rows[0];
    if (!incident) throw new HttpError(404, 'no such incident');
    if (!['CLASSIFIED', 'DISPATCHED'].includes(incident.status) || incident.classification === 'NO_DISPATCH') {
      throw new HttpError(409, `the incident is ${incident.status}`);
    }
    if (incident.classification === 'POLICE' && codes.some((c) => c !== 'police')) throw new HttpError(400, 'police only');
    // Orders with their deadlines from the policy, and their ORDER_ISSUED events, in one statement.
    const issued = await client.query(
      `with draft as (select * from unnest($2::text[], $3::text[], $4::text[]) as d(unit_code, channel, urgency)),
       issued as (
         insert into "order" (id, incident_id, unit_id, channel, urgency, issued_at,
                              sign_deadline, arrive_deadline, feedback_deadline, dispute_deadline)
         select gen_random_uuid(), $1, u.id, d.channel, d.urgency, $5::timestamptz,
                $5::timestamptz + p.sign_within_minutes * interval '1 minute', $5::timestamptz + p.arrive_within_minutes * interval '1 minute',
                $5::timestamptz + p.feedback_within_minutes * interval '1 minute', $5::timestamptz + p.dispute_within_minutes * interval '1 minute'
           from draft d
           join unit u on u.code = d.unit_code and u.active
           join time_limit_policy p on p.urgency = d.urgency
                and p.duty_mode = case u.duty_mode when 'UNSPECIFIED' then 'PHONE_DUTY' else u.duty_mode end
          where not exists (select 1 from "order" o where o.incident_id = $1 and o.unit_id = u.id and o.${ORDER_OPEN})
         returning *
       ),
       events as (
         insert into event (id, subject_type, incident_id, order_id, kind, actor_id, actor_name, actor_role, channel, occurred_at, after)
         select gen_random_uuid(), 'ORDER', $1, i.id, 'ORDER_ISSUED', $6, $7, $8, 'DESK', $5::timestamptz,
                jsonb_build_object('status', i.status, 'unit', u.code, 'channel', i.channel, 'urgency', i.urgency,
                                   'signDeadline', i.sign_deadline, 'reassignedFrom', null)
           from issued i join unit u on u.id = i.unit_id
       )
       select i.id, i.status, i.channel, i.urgency, i.issued_at, i.signed_at, i.arrived_at, i.completed_at, i.dispute_reason,
              i.sign_deadline, i.arrive_deadline, i.feedback_deadline, i.dispute_deadline, i.overdue, i.version, u.code unit_code
         from issued i join unit u on u.id = i.unit_id
        order by array_position($2::text[], u.code)`,
      [body.incidentId, codes, body.orders.map((o) => o.channel), body.orders.map((o) => o.urgency), issuedAt, ...actor],
    );
    if (issued.rowCount !== codes.length) throw new HttpError(409, 'a unit is unknown, inactive or already holds an open order');
    await client.query(
      `with moved as (update incident set status = 'DISPATCHED', version = version + 1, updated_at = now() where id = $1)
       insert into event (id, subject_type, incident_id, kind, actor_id, actor_name, actor_role, channel, occurred_at, before, after)
       select gen_random_uuid(), 'INCIDENT', $1, 'INCIDENT_DISPATCHED', $2, $3, $4, 'DESK', $5,
              jsonb_build_object('status', $6::text), jsonb_build_object('status', 'DISPATCHED', 'units', $7::text[])
        where $6::text <> 'DISPATCHED'`,
      [body.incidentId, ...actor, issuedAt, incident.status, codes],
    );
    await client.query('commit');
    return {
      data: {
        dispatchOrders: issued.rows.map((o) => ({
          id: o.id, status: o.status, channel: o.channel, urgency: o.urgency, issuedAt: o.issued_at, signedAt: o.signed_at,
          arrivedAt: o.arrived_at, completedAt: o.completed_at, disputeReason: o.dispute_reason, signDeadline: o.sign_deadline,
          arriveDeadline: o.arrive_deadline, feedbackDeadline: o.feedback_deadline, disputeDeadline: o.dispute_deadline,
          overdue: o.overdue, version: o.version, unit: { code: o.unit_code },
        })),
      },
    };
  } catch (err) {
    await client.query('rollback');
    throw err;
  } finally {
    client.release();
  }
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > 256 * 1024) reject(new HttpError(413, 'body too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const BASELINE_LISTS: Record<string, (pool: Pool, first: number) => Promise<unknown>> = {
  '/desk-board': baselineBoard,
  '/incidents': baselineIncidents,
  '/orders': baselineOrders,
};

function startBaseline(pool: Pool, verifier: TokenVerifier): Promise<{ server: http.Server; url: string }> {
  const server = http.createServer(async (req, res) => {
    const send = (status: number, payload: unknown) => {
      const text = JSON.stringify(payload);
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    };
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const { principal } = await authenticate(verifier, req.headers.authorization);
      if (!principal) throw new HttpError(401, 'a valid bearer token is required');
      const list = BASELINE_LISTS[url.pathname];
      if (req.method === 'GET' && list) {
        if (!principal.roles.some((r) => DESK_AND_OVERSIGHT.includes(r))) throw new HttpError(403, 'desk roles only');
        const first = Number(url.searchParams.get('first') ?? 20);
        if (!Number.isInteger(first) || first < 1 || first > 100) throw new HttpError(400, 'first must be 1 to 100');
        send(200, await list(pool, first));
      } else if (req.method === 'POST' && url.pathname === '/dispatch') {
        if (!principal.roles.some((r) => DESK.includes(r))) throw new HttpError(403, 'desk roles only');
        send(200, await baselineDispatch(pool, principal, JSON.parse(await readBody(req)) as DispatchBody));
      } else {
        throw new HttpError(404, 'not found');
      }
    } catch (err) {
      send(err instanceof HttpError ? err.status : 500, { errors: [{ message: err instanceof Error ? err.message : String(err) }] });
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }));
  });
}

// ---------------------------------------------------------------------------------------------

/** One order each, with the three urgencies and both channels in turn. */
function dispatchDrafts(incidentIds: string[], unitFor: (n: number) => string): DispatchBody[] {
  const urgencies = ['EMERGENCY', 'URGENT', 'ROUTINE'];
  return incidentIds.map((incidentId, i) => ({
    incidentId,
    orders: [{ unitCode: unitFor(i), channel: i % 3 === 0 ? 'PHONE' : 'GRID', urgency: urgencies[i % urgencies.length] }],
  }));
}

/** The routing engine's first unit for each of CALL_TEXTS, or undefined when the server has no suggestions. */
async function suggestedUnits(url: string, headers: Record<string, string>): Promise<string[] | undefined> {
  const codes: string[] = [];
  for (const text of CALL_TEXTS) {
    const res = await fetch(url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: 'query ($text: String!) { suggestUnits(text: $text, limit: 1) { unit { code } } }', variables: { text } }),
    });
    const body = (await res.json()) as { data?: { suggestUnits?: { unit: { code: string } }[] } };
    const code = body.data?.suggestUnits?.[0]?.unit.code;
    if (!code) return undefined;
    codes.push(code);
  }
  return codes;
}

interface Counted {
  /** The statements of the try with the fewest. */
  statements: string[];
  n: number;
  /** Empty when every try counted the same. */
  note: string;
}

interface DispatchAnswer {
  data: { dispatchOrders: Record<string, unknown>[] };
}

// ---------------------------------------------------------------------------------------------

function report(label: string, result: LoadResult, busy: EventLoopUtilization): void {
  console.log(
    `  ${label.padEnd(22)} ${result.rps.toFixed(0).padStart(6)} req/s  ${result.completed} requests in ${(result.elapsedMs / 1000).toFixed(1)} s, ` +
      `p50 ${result.p50Ms.toFixed(1)} ms, p99 ${result.p99Ms.toFixed(1)} ms; server thread busy ${(busy.utilization * 100).toFixed(0)}%, ` +
      `${(busy.active / (result.warmUpCompleted + result.completed)).toFixed(1)} ms per request`,
  );
  if (result.errors > 0) throw new Error(`${label}: ${result.errors} requests failed; the first said: ${result.firstError}`);
}

/** A logged statement without the logger's colours, on one short line. */
function oneLine(message: string): string {
  // eslint-disable-next-line no-control-regex
  return message.replace(/\u001b\[[0-9;]*m/g, '').replace(/^\[query\] /, '').replace(/\s+/g, ' ').slice(0, 140);
}

async function load(label: string, spec: Omit<LoadSpec, 'concurrency' | 'errorMarker'>): Promise<LoadResult> {
  // The servers share this thread (one is loaded at a time); its busy time per request is
  // what a request costs the server, warm-up included.
  const before = performance.eventLoopUtilization();
  const result = await runLoad({ ...spec, concurrency: CONCURRENCY, errorMarker: '"errors"' });
  report(label, result, performance.eventLoopUtilization(before));
  return result;
}

/** The list operations measured: the board, and the incident and order lists as the console asks them. */
const LISTS = [
  { name: 'board', label: 'desk board', document: DeskBoardDocument, root: 'deskBoard', baselinePath: '/desk-board' },
  { name: 'incidents', label: 'incident list', document: IncidentsDocument, root: 'incidents', baselinePath: '/incidents' },
  { name: 'orders', label: 'order list', document: OrdersDocument, root: 'orders', baselinePath: '/orders' },
] as const;

interface ListResult {
  name: string;
  graphql: LoadResult;
  baseline: LoadResult;
  statements: Counted;
}

interface ListRun {
  graphql: { url: string; countingUrl: string };
  baselineUrl: string;
  headers: Record<string, string>;
  post: (url: string, body: unknown) => Promise<string>;
  counted: (times: number, work: (attempt: number) => Promise<unknown>) => Promise<Counted>;
}

async function measureList(list: (typeof LISTS)[number], run: ListRun): Promise<ListResult> {
  const query = print(list.document);
  const body = (first: number) => ({ query, variables: { first } });
  const viaGraphql = await run.post(run.graphql.url, body(BOARD_PAGE));
  const baselineRes = await fetch(`${run.baselineUrl}${list.baselinePath}?first=${BOARD_PAGE}`, { headers: run.headers });
  const viaBaseline = await baselineRes.text();
  // Apollo ends its body with a newline; that byte aside, the two must be the same text.
  const same = viaGraphql.trimEnd() === viaBaseline.trimEnd();
  console.log(
    `\n${list.label} (${list.root}, first: ${BOARD_PAGE}): GraphQL ${Buffer.byteLength(viaGraphql)} bytes, baseline ${Buffer.byteLength(viaBaseline)} bytes, ` +
      `${same ? 'the same JSON text' : 'DIFFERENT'}`,
  );
  if (!same) {
    let at = 0;
    while (viaGraphql[at] === viaBaseline[at]) at++;
    const around = (text: string) => text.slice(Math.max(0, at - 200), at + 100);
    throw new Error(`the baseline ${list.label} differs from the GraphQL one at character ${at}:\n${around(viaGraphql)}\n${around(viaBaseline)}`);
  }

  // Counted warm: a first request opens the pool's connections.
  await run.post(run.graphql.countingUrl, body(BOARD_PAGE));
  const at50 = await run.counted(COUNT_TRIES, () => run.post(run.graphql.countingUrl, body(50)));
  const at5 = await run.counted(COUNT_TRIES, () => run.post(run.graphql.countingUrl, body(5)));
  console.log(
    `SQL statements per ${list.label}: ${at50.n} for 50${at50.note}, ${at5.n} for 5${at5.note}${at50.n === at5.n ? '' : '  <-- grows with the page'}`,
  );
  for (const statement of at50.statements) console.log(`    ${oneLine(statement)}`);

  console.log(`${list.label} throughput, ${CONCURRENCY} requests in flight, after up to ${BOARD_LOAD.warmUpRequests} warm-up requests:`);
  const baseline = await load('baseline (pg + http)', {
    ...BOARD_LOAD, url: `${run.baselineUrl}${list.baselinePath}?first=${BOARD_PAGE}`, method: 'GET', headers: { authorization: run.headers.authorization }, bodies: [''], cycle: true,
  });
  const graphql = await load('GraphQL', {
    ...BOARD_LOAD, url: run.graphql.url, method: 'POST', headers: run.headers, bodies: [JSON.stringify(body(BOARD_PAGE))], cycle: true,
  });
  return { name: list.name, graphql, baseline, statements: at50 };
}

async function main(cleanups: Cleanups): Promise<void> {
  const started = Date.now();

  const db: BenchDatabase = await openBenchDatabase('l110_bench_desk');
  cleanups.push(() => db.close());
  const keysDir = await fs.mkdtemp(path.join(os.tmpdir(), 'linkage110-bench-keys-'));
  cleanups.push(() => fs.rm(keysDir, { recursive: true, force: true }));
  const loadAverage = () => os.loadavg()[0].toFixed(2);
  console.log(`database: ${db.where}; node ${process.version}, ${os.cpus().length} cores, load average ${loadAverage()}`);

  const orm = await initOrm({ databaseUrl: db.url, poolMax: POOL_MAX });
  cleanups.push(() => orm.close());
  await migrateAndSeed(orm, db.url);
  const volume = await seedVolume(db.url, { incidents: INCIDENTS, days: 30, seed: 110 });
  console.log(
    `volume: ${volume.incidents} incidents (${volume.openIncidents} open) over the 13 townships, ` +
      `${volume.orders} orders (${volume.openOrders} open), ${volume.events} events; seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );

  const pool = new Pool({ connectionString: db.url, max: POOL_MAX });
  cleanups.push(() => pool.end());
  const baseline = await startBaseline(pool, createDevVerifier(keysDir));
  cleanups.push(() => new Promise((resolve) => baseline.server.close(resolve)));

  // Throughput runs on a server as in production (its ORM logs nothing, its live feed runs);
  // statements are counted on a second server over the same database whose ORM reports each
  // one and which has no feed, whose reads would mix into the count. The GraphQL servers run
  // only while they are measured: each one's feed reads every committed event, and would
  // otherwise take CPU from the baseline's dispatches in this process.
  const schema = await buildAppSchema();
  const config = { nodeEnv: 'development' as const, introspection: false, auth: { mode: 'dev' as const }, dataDir: keysDir };
  let recording: string[] | undefined;
  const countingOrm: MikroORM = await initOrm({
    databaseUrl: db.url,
    poolMax: POOL_MAX,
    onQuery: (message) => {
      if (recording && message.includes('[query]')) recording.push(message);
    },
  });
  cleanups.push(() => countingOrm.close());
  const startGraphql = async () => {
    const servers: AppServer[] = [];
    const stop = async () => {
      for (const server of servers.splice(0)) await server.stop();
    };
    cleanups.push(stop);
    servers.push(await createAppServer({ config, orm, schema }));
    servers.push(await createAppServer({ config, orm: countingOrm, schema, feed: false }));
    const [appPort, countingPort] = [await servers[0].listen(0, '127.0.0.1'), await servers[1].listen(0, '127.0.0.1')];
    return { url: `http://127.0.0.1:${appPort}${GRAPHQL_PATH}`, countingUrl: `http://127.0.0.1:${countingPort}${GRAPHQL_PATH}`, stop };
  };

  const token = await signDevToken(keysDir, { role: 'dispatcher', ttlSeconds: 3600 });
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const dispatchMutation = print(DispatchOrdersDocument);
  const post = async (url: string, body: unknown): Promise<string> => {
    const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
    const text = await res.text();
    if (res.status !== 200 || text.includes('"errors"')) throw new Error(`${url} answered ${res.status}: ${text.slice(0, 500)}`);
    return text;
  };
  /**
   * Statements of one request, counted `times` times: the fewest is the request's own count,
   * as background work on the same ORM (the revocation list's refresh, say) only adds.
   */
  const counted = async (times: number, work: (attempt: number) => Promise<unknown>): Promise<Counted> => {
    const counts: string[][] = [];
    for (let attempt = 0; attempt < times; attempt++) {
      recording = [];
      try {
        await work(attempt);
        counts.push(recording);
      } finally {
        recording = undefined;
      }
    }
    counts.sort((a, b) => a.length - b.length);
    const [fewest, most] = [counts[0].length, counts[counts.length - 1].length];
    return { statements: counts[0], n: fewest, note: fewest === most ? '' : ` (${fewest} to ${most} over ${times} tries)` };
  };

  // 1. The board and the lists: each checked to be the baseline's JSON text, its statements
  // counted at two page sizes, then its throughput beside the baseline's.
  let graphql = await startGraphql();
  const lists: ListResult[] = [];
  const dispatchOnly = process.argv.includes('--dispatch-only');
  if (!dispatchOnly) {
    for (const list of LISTS) lists.push(await measureList(list, { graphql, baselineUrl: baseline.url, headers, post, counted }));
  }
  const listFigures = (from = 0) =>
    lists
      .slice(from)
      .map((l) => `${l.name}_rps=${l.graphql.rps.toFixed(0)} ${l.name}_baseline_rps=${l.baseline.rps.toFixed(0)} ${l.name}_ratio=${(l.graphql.rps / l.baseline.rps).toFixed(3)} ${l.name}_sql_per_request=${l.statements.n}`)
      .join(' ');
  if (process.argv.includes('--lists-only')) {
    await graphql.stop();
    console.log(`\nfinished in ${((Date.now() - started) / 1000).toFixed(0)} s; load average ${loadAverage()} (1 min; other work on the machine skews the figures)`);
    console.log(`RESULT ${listFigures()}`);
    return;
  }

  // 2. Dispatch, on incidents prepared for it (after the board runs, so the board is as
  // seeded). Each call goes to the unit the routing engine suggests for it, as a dispatcher
  // mostly does; a server without suggestions gets the units in turn.
  const perRun = DISPATCH_LOAD.warmUpRequests + DISPATCH_LOAD.requests;
  const units = (await pool.query<{ code: string }>(`select code from unit where active order by rank`)).rows.map((u) => u.code);
  const suggested = await suggestedUnits(graphql.url, headers);
  console.log(`\ndispatch: ${suggested ? 'to the unit suggested for each call' : 'suggestions unavailable; to the units in turn'}`);
  const unitFor = (n: number) => suggested?.[n % CALL_TEXTS.length] ?? units[n % units.length];
  const random = prng(111);
  const prepared = await prepareDispatchable(db.url, 2 * DISPATCH_ROUNDS * perRun + 3 + 2 * COUNT_TRIES, (_n, areaCount) => Math.floor(random() * areaCount));
  const drafts = dispatchDrafts(prepared, unitFor);
  const [probeGraphql, probeBaseline, probeWarm] = drafts.splice(0, 3);
  const countOne = drafts.splice(0, COUNT_TRIES);
  const countThree = drafts.splice(0, COUNT_TRIES);

  // The first dispatch of a process also loads the routing engine's data; count later ones.
  await post(graphql.countingUrl, { query: dispatchMutation, variables: { input: probeWarm } });
  // Counted on GRID orders, the notice's usual channel (a PHONE order skips the grid outbox).
  const countedOrders: { id: string; unit: string }[] = [];
  const dispatchOne = await counted(COUNT_TRIES, async (i) => {
    const text = await post(graphql.countingUrl, {
      query: dispatchMutation,
      variables: { input: { ...countOne[i], orders: [{ ...countOne[i].orders[0], channel: 'GRID' }] } },
    });
    countedOrders.push({ id: (JSON.parse(text) as DispatchAnswer).data.dispatchOrders[0].id as string, unit: countOne[i].orders[0].unitCode });
  });
  const threeUnits = units.filter((code) => code !== 'police').slice(0, 3);
  const dispatchThree = await counted(COUNT_TRIES, (i) =>
    post(graphql.countingUrl, {
      query: dispatchMutation,
      variables: { input: { ...countThree[i], orders: threeUnits.map((unitCode) => ({ unitCode, channel: 'GRID', urgency: 'URGENT' })) } },
    }),
  );
  console.log(
    `SQL statements per dispatch (GRID orders): ${dispatchOne.n} with one order${dispatchOne.note}, ` +
      `${dispatchThree.n} with three${dispatchThree.note} (${threeUnits.join(', ')})`,
  );
  for (const sql of dispatchOne.statements) console.log(`    ${oneLine(sql)}`);

  // The unit's steps on the orders just counted, each counted on every one of them.
  const unitPost = async (unit: string, query: string, input: Record<string, unknown>) => {
    const unitToken = await signDevToken(keysDir, { role: 'unit_operator', unit, ttlSeconds: 3600 });
    const res = await fetch(graphql.countingUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${unitToken}` },
      body: JSON.stringify({ query, variables: { input } }),
    });
    const text = await res.text();
    if (res.status !== 200 || text.includes('"errors"')) throw new Error(`${query.slice(0, 40)} answered ${res.status}: ${text.slice(0, 500)}`);
  };
  const steps = [
    ['sign', print(SignOrderDocument), () => ({})],
    ['arrive', print(ArriveOrderDocument), () => ({ arrivedAt: new Date().toISOString() })],
    ['feedback', print(FeedbackOrderDocument), () => ({ kind: 'PROGRESS', text: '已到现场，正在处置' })],
    ['complete', print(CompleteOrderDocument), () => ({ result: '已处置完毕' })],
  ] as const;
  const stepCounts: Record<string, Counted> = {};
  for (const [name, query, extra] of steps) {
    stepCounts[name] = await counted(countedOrders.length, (i) => unitPost(countedOrders[i].unit, query, { orderId: countedOrders[i].id, ...extra() }));
  }
  console.log(`SQL statements per unit step: ${steps.map(([name]) => `${name} ${stepCounts[name].n}${stepCounts[name].note}`).join(', ')}`);
  const viaGraphql = JSON.parse(await post(graphql.url, { query: dispatchMutation, variables: { input: probeGraphql } })) as DispatchAnswer;
  await graphql.stop();

  const viaBaseline = JSON.parse(await post(`${baseline.url}/dispatch`, probeBaseline)) as DispatchAnswer;
  const shape = (answer: DispatchAnswer) => Object.keys(answer.data.dispatchOrders[0]).join(',');
  console.log(`GraphQL and baseline answer ${shape(viaGraphql) === shape(viaBaseline) ? 'with the same fields' : 'with DIFFERENT fields'}`);
  if (shape(viaGraphql) !== shape(viaBaseline)) throw new Error(`dispatch answers differ:\n${JSON.stringify(viaGraphql)}\n${JSON.stringify(viaBaseline)}`);

  console.log(
    `\ndispatch throughput, one order each, ${CONCURRENCY} requests in flight, after up to ${DISPATCH_LOAD.warmUpRequests} warm-up requests, ` +
      `${DISPATCH_ROUNDS} rounds:`,
  );
  const rounds: { baseline: LoadResult; graphql: LoadResult }[] = [];
  for (let round = 0; round < DISPATCH_ROUNDS; round++) {
    const forBaseline = drafts.slice(2 * round * perRun, (2 * round + 1) * perRun);
    const forGraphql = drafts.slice((2 * round + 1) * perRun, (2 * round + 2) * perRun);
    console.log(` round ${round + 1}:`);
    const dispatchBaseline = await load('baseline (pg + http)', {
      ...DISPATCH_LOAD, url: `${baseline.url}/dispatch`, method: 'POST', headers, cycle: false,
      bodies: forBaseline.map((draft) => JSON.stringify(draft)),
    });
    graphql = await startGraphql();
    const dispatchGraphql = await load('GraphQL', {
      ...DISPATCH_LOAD, url: graphql.url, method: 'POST', headers, cycle: false,
      bodies: forGraphql.map((input) => JSON.stringify({ query: dispatchMutation, variables: { input } })),
    });
    await graphql.stop();
    rounds.push({ baseline: dispatchBaseline, graphql: dispatchGraphql });

    // Both paths must have written the rows asked for: one order and two events per dispatch.
    for (const [label, result, bodies] of [['baseline', dispatchBaseline, forBaseline], ['GraphQL', dispatchGraphql, forGraphql]] as const) {
      const sent = bodies.slice(0, result.warmUpCompleted + result.completed).map((d) => d.incidentId);
      const { rows } = await pool.query<{ incidents: number; orders: number; events: number }>(
        `select (select count(*)::int from incident where id = any($1::uuid[]) and status = 'DISPATCHED') incidents,
                (select count(*)::int from "order" where incident_id = any($1::uuid[])) orders,
                (select count(*)::int from event where incident_id = any($1::uuid[]) and kind in ('ORDER_ISSUED', 'INCIDENT_DISPATCHED')) events`,
        [sent],
      );
      console.log(`  written through ${label}: ${sent.length} dispatches -> ${rows[0].incidents} incidents DISPATCHED, ${rows[0].orders} orders, ${rows[0].events} events`);
      if (rows[0].incidents !== sent.length || rows[0].orders !== sent.length || rows[0].events !== 2 * sent.length) {
        throw new Error(`${label} did not write one order and two events per dispatch`);
      }
    }
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const roundRatios = rounds.map((r) => r.graphql.rps / r.baseline.rps);
  const dispatchRps = median(rounds.map((r) => r.graphql.rps));
  const dispatchBaselineRps = median(rounds.map((r) => r.baseline.rps));
  console.log(`dispatch ratio per round: ${roundRatios.map((r) => r.toFixed(3)).join(', ')}; median ${median(roundRatios).toFixed(3)}`);

  const ratio = (a: number, b: number) => (a / b).toFixed(3);
  console.log(`\nfinished in ${((Date.now() - started) / 1000).toFixed(0)} s; load average ${loadAverage()} (1 min; other work on the machine skews the figures)`);
  const board = lists[0];
  const boardFigures = board
    ? `board_rps=${board.graphql.rps.toFixed(0)} board_baseline_rps=${board.baseline.rps.toFixed(0)} ` +
      `board_ratio=${ratio(board.graphql.rps, board.baseline.rps)} board_sql_per_request=${board.statements.n} `
    : '';
  console.log(
    `RESULT ${boardFigures}dispatch_rps=${dispatchRps.toFixed(0)} ` +
      `dispatch_baseline_rps=${dispatchBaselineRps.toFixed(0)} dispatch_ratio=${median(roundRatios).toFixed(3)} ` +
      `dispatch_ratio_rounds=${roundRatios.map((r) => r.toFixed(3)).join(',')} ` +
      `dispatch_sql_per_request=${dispatchOne.n} dispatch3_sql_per_request=${dispatchThree.n} ` +
      steps.map(([name]) => `${name}_sql_per_request=${stepCounts[name].n}`).join(' ') +
      // The board's own figures are at the front already.
      (board ? ` ${listFigures(1)}` : ''),
  );
}

runBench(main);
