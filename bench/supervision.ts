/**
 * Supervision at scale: the month's KPIs for all 24 units, the bulletin and the joint-meeting
 * PDF, with 1,000,000 orders over three years.
 *   npm run bench:supervision
 * Starts an embedded PostgreSQL (or uses the server in DATABASE_URL) with a fresh database,
 * migrates and seeds it, and writes orders with generate_series (with their feedback rows,
 * disputes, callbacks, complaints and reopenings as history events) in two steps: first
 * 100,000 orders, of which MONTH_ORDERS fall in the measured month, then 900,000 more outside it,
 * so the month has the same rows at both sizes. At each size it times, through the real
 * /graphql endpoint, `unitAssessments` (the month, all units, one statement) and
 * `assessmentBulletin` (the month and the previous one, scored), and in the same run a
 * hand-written SQL baseline computing the same per-unit figures with plain joins and GROUP BY
 * (checked to give the same counts first). At 1M it also times the month's joint-meeting PDF.
 * Ends with one `RESULT ...` line. Figures go in docs/SUPERVISION.md; nothing asserts on them.
 */
import 'reflect-metadata';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { print } from 'graphql';
import { Client } from 'pg';
import { signDevToken } from '../integrations/keycloak';
import { migrateAndSeed } from '../src/db/migrate';
import { initOrm } from '../src/db/orm';
import { buildAppSchema } from '../src/graphql/schema';
import { createAppServer, GRAPHQL_PATH } from '../src/server';
import { AssessmentBulletinDocument, JointMeetingReportDocument, UnitAssessmentsDocument } from '../test/generated/graphql';
import { openBenchDatabase } from './support/database';
import { runBench } from './support/run';

const TOTAL = 1_000_000;
const FIRST = 100_000;
/** The measured month holds a 36th of the three years' orders. */
const MONTH_ORDERS = Math.round(TOTAL / 36);
const START = '2024-01-01T00:00:00+08:00';
const MONTH = { kind: 'MONTH' as const, date: '2026-06-15' };
const MONTH_FROM = '2026-06-01T00:00:00+08:00';
const MONTH_TO = '2026-07-01T00:00:00+08:00';
const RUNS = 7;

/**
 * Orders numbered g in [from, to): every 24th goes to the same unit; `inMonth` puts them all in
 * the measured month, otherwise they spread over the other 35 months. Times vary with g so the
 * bands, percentiles and on-time rates are not all the same.
 */
async function seedOrders(client: Client, from: number, to: number, inMonth: boolean): Promise<void> {
  const count = to - from;
  const span = inMonth
    ? `timestamptz '${MONTH_FROM}' + ((g - ${from}) * (interval '30 days' / ${count}))`
    : `(timestamptz '${START}' + ((g - ${from}) * (interval '1065 days' / ${count})) +
        case when timestamptz '${START}' + ((g - ${from}) * (interval '1065 days' / ${count})) >= timestamptz '${MONTH_FROM}'
             then interval '30 days' else interval '0' end)`;
  // Ids are derived from g, so every table of the batch is written straight from generate_series.
  const orderId = `md5('order-' || g)::uuid`;
  const batch = `generate_series(${from}, ${to - 1}) g`;
  await client.query(`
    insert into incident (id, status, description, received_at, intake_channel, classification)
    select md5('incident-' || (g / 4))::uuid, 'CLOSED', '基准测试警情', ${span}, 'CALL_110', 'LINKAGE'
    from ${batch} where g % 4 = 0 or g = ${from}
    on conflict (id) do nothing`);
  await client.query(`
    insert into "order" (id, incident_id, unit_id, status, channel, urgency, issued_at, signed_at, arrived_at, completed_at,
                         sign_deadline, arrive_deadline, feedback_deadline)
    select ${orderId}, md5('incident-' || (g / 4))::uuid, u.id, case when g % 50 = 0 then 'ISSUED' else 'COMPLETED' end, 'GRID', 'URGENT', t,
           case when g % 50 = 0 then null else t + ((g * 37) % 400) * interval '1 second' end,
           case when g % 50 = 0 then null else t + (600 + (g * 53) % 2400) * interval '1 second' end,
           case when g % 50 = 0 then null else t + (3000 + (g * 71) % 9000) * interval '1 second' end,
           t + interval '10 minutes', t + interval '30 minutes', t + interval '2 hours'
    from (select g, ${span} as t from ${batch}) s
    join (select row_number() over (order by code) - 1 as n, id from unit) u on u.n = s.g % 24`);
  await client.query(`
    insert into feedback (id, order_id, kind, channel, reported_at, recorded_by, text)
    select gen_random_uuid(), o.id, k.kind, 'GRID', case k.kind when 'ARRIVAL' then o.arrived_at when 'RESULT' then o.completed_at
             else o.arrived_at + interval '5 minutes' end, 'bench', '基准'
    from ${batch} join "order" o on o.id = ${orderId}
    cross join (values ('ARRIVAL'), ('SCENE_STATUS'), ('RESULT')) k(kind)
    where o.completed_at is not null`);
  // History: a rejected dispute on every 40th order, a callback on every 10th, a complaint on
  // every 200th, a reopening on every 300th incident.
  await client.query(`
    insert into event (id, subject_type, incident_id, order_id, kind, actor_id, actor_role, channel, occurred_at, after)
    select gen_random_uuid(), 'ORDER', o.incident_id, o.id, x.kind, 'bench', 'dispatcher', 'DESK', o.issued_at + interval '1 minute', x.after
    from ${batch} join "order" o on o.id = ${orderId}
    cross join lateral (values
      ('ORDER_DISPUTED', null::jsonb, g % 40 = 1),
      ('DISPUTE_REJECTED', null::jsonb, g % 40 = 1),
      ('CALLBACK_RECORDED', jsonb_build_object('satisfaction', case when g % 30 = 0 then 'UNSATISFIED' else 'SATISFIED' end,
        'resolved', g % 30 <> 0), g % 10 = 0 and o.completed_at is not null),
      ('COMPLAINT_RECORDED', jsonb_build_object('source', 'PUBLIC_COMPLAINT', 'unitCode', null), g % 200 = 3)
    ) x(kind, after, wanted)
    where x.wanted`);
  await client.query(`
    insert into event (id, subject_type, incident_id, kind, actor_id, actor_role, channel, occurred_at)
    select gen_random_uuid(), 'INCIDENT', md5('incident-' || (g / 4))::uuid, 'INCIDENT_REOPENED', 'bench', 'dispatcher', 'DESK',
           ${span} + interval '1 day'
    from ${batch} where g % 1200 = 0`);
  await client.query('vacuum analyze incident, "order", feedback, event');
}

/** The same per-unit figures as plain SQL: aggregate feedback and events per order with GROUP BY, then per unit. */
const BASELINE = `
  with o as (select * from "order" where issued_at >= $1 and issued_at < $2),
  fb as (select f.order_id, min(f.reported_at) filter (where f.kind <> 'ARRIVAL') first_at,
                bool_or(f.kind = 'SCENE_STATUS') scene, bool_or(f.kind = 'RESULT') result
           from feedback f join o on o.id = f.order_id group by f.order_id),
  ev as (select e.order_id, count(*) filter (where e.kind = 'ORDER_DISPUTED') disputes,
                count(*) filter (where e.kind = 'DISPUTE_REJECTED') rejected, count(*) filter (where e.kind = 'DISPUTE_UPHELD') upheld,
                count(*) filter (where e.kind = 'COMPLAINT_RECORDED') complaints,
                (array_agg(e.after->>'satisfaction' order by e.seq desc) filter (where e.kind = 'CALLBACK_RECORDED'))[1] satisfaction,
                (array_agg((e.after->>'resolved')::boolean order by e.seq desc) filter (where e.kind = 'CALLBACK_RECORDED'))[1] resolved
           from event e join o on o.id = e.order_id
          where e.kind in ('ORDER_DISPUTED', 'DISPUTE_UPHELD', 'DISPUTE_REJECTED', 'COMPLAINT_RECORDED', 'CALLBACK_RECORDED')
          group by e.order_id),
  ro as (select distinct o.id from o join event r on r.incident_id = o.incident_id
          where r.kind = 'INCIDENT_REOPENED' and o.completed_at is not null and r.occurred_at > o.completed_at)
  select u.code, count(*)::int received,
    count(*) filter (where o.status <> 'CANCELLED' and (o.signed_at is not null or o.sign_deadline < $3))::int sign_base,
    count(*) filter (where o.status <> 'CANCELLED' and o.signed_at <= o.sign_deadline)::int timely_sign,
    count(*) filter (where o.status <> 'CANCELLED' and o.arrived_at <= o.arrive_deadline)::int timely_arrival,
    count(*) filter (where o.status <> 'CANCELLED' and fb.first_at <= o.feedback_deadline)::int timely_feedback,
    count(*) filter (where o.completed_at is not null and o.arrived_at is not null and fb.scene and fb.result)::int complete_feedback,
    count(*) filter (where o.status <> 'CANCELLED' and o.completed_at <= o.feedback_deadline)::int on_time,
    count(*) filter (where ev.disputes > 0)::int disputed, count(*) filter (where ev.rejected > 0)::int wrong,
    count(*) filter (where ro.id is not null)::int reopened, coalesce(sum(ev.complaints), 0)::int complaints,
    count(*) filter (where ev.satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED'))::int satisfied,
    count(*) filter (where ev.resolved)::int resolved,
    count(o.signed_at)::int sign_n,
    percentile_cont(0.5) within group (order by extract(epoch from o.signed_at - o.issued_at)) sign_p50,
    percentile_cont(0.9) within group (order by extract(epoch from o.signed_at - o.issued_at)) sign_p90,
    count(*) filter (where extract(epoch from o.signed_at - o.issued_at) >= 0 and extract(epoch from o.signed_at - o.issued_at) < 30)::int sign_b0,
    count(*) filter (where extract(epoch from o.signed_at - o.issued_at) >= 30 and extract(epoch from o.signed_at - o.issued_at) < 60)::int sign_b1,
    count(*) filter (where extract(epoch from o.signed_at - o.issued_at) >= 60 and extract(epoch from o.signed_at - o.issued_at) < 120)::int sign_b2,
    count(*) filter (where extract(epoch from o.signed_at - o.issued_at) >= 120 and extract(epoch from o.signed_at - o.issued_at) < 180)::int sign_b3,
    count(*) filter (where extract(epoch from o.signed_at - o.issued_at) >= 180)::int sign_b4,
    count(o.arrived_at)::int arrive_n,
    percentile_cont(0.5) within group (order by extract(epoch from o.arrived_at - o.issued_at)) arrive_p50,
    percentile_cont(0.9) within group (order by extract(epoch from o.arrived_at - o.issued_at)) arrive_p90,
    count(*) filter (where extract(epoch from o.arrived_at - o.issued_at) >= 0 and extract(epoch from o.arrived_at - o.issued_at) < 600)::int arrive_b0,
    count(*) filter (where extract(epoch from o.arrived_at - o.issued_at) >= 600 and extract(epoch from o.arrived_at - o.issued_at) < 1800)::int arrive_b1,
    count(*) filter (where extract(epoch from o.arrived_at - o.issued_at) >= 1800 and extract(epoch from o.arrived_at - o.issued_at) < 3600)::int arrive_b2,
    count(*) filter (where extract(epoch from o.arrived_at - o.issued_at) >= 3600 and extract(epoch from o.arrived_at - o.issued_at) < 7200)::int arrive_b3,
    count(*) filter (where extract(epoch from o.arrived_at - o.issued_at) >= 7200)::int arrive_b4,
    count(fb.first_at)::int feedback_n,
    percentile_cont(0.5) within group (order by extract(epoch from fb.first_at - o.issued_at)) feedback_p50,
    percentile_cont(0.9) within group (order by extract(epoch from fb.first_at - o.issued_at)) feedback_p90,
    count(*) filter (where extract(epoch from fb.first_at - o.issued_at) >= 0 and extract(epoch from fb.first_at - o.issued_at) < 1800)::int feedback_b0,
    count(*) filter (where extract(epoch from fb.first_at - o.issued_at) >= 1800 and extract(epoch from fb.first_at - o.issued_at) < 3600)::int feedback_b1,
    count(*) filter (where extract(epoch from fb.first_at - o.issued_at) >= 3600 and extract(epoch from fb.first_at - o.issued_at) < 7200)::int feedback_b2,
    count(*) filter (where extract(epoch from fb.first_at - o.issued_at) >= 7200 and extract(epoch from fb.first_at - o.issued_at) < 14400)::int feedback_b3,
    count(*) filter (where extract(epoch from fb.first_at - o.issued_at) >= 14400)::int feedback_b4
  from o join unit u on u.id = o.unit_id left join fb on fb.order_id = o.id left join ev on ev.order_id = o.id left join ro on ro.id = o.id
  group by u.code order by u.code`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function time(runs: number, work: () => Promise<unknown>): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await work();
    times.push(performance.now() - t0);
  }
  return median(times);
}

runBench(async (cleanups) => {
  const started = Date.now();
  const db = await openBenchDatabase('l110_bench_supervision');
  cleanups.push(() => db.close());
  const keysDir = await fs.mkdtemp(path.join(os.tmpdir(), 'linkage110-bench-keys-'));
  cleanups.push(() => fs.rm(keysDir, { recursive: true, force: true }));
  const orm = await initOrm({ databaseUrl: db.url, poolMax: 4 });
  cleanups.push(() => orm.close());
  await migrateAndSeed(orm, db.url);
  const client = new Client({ connectionString: db.url });
  await client.connect();
  cleanups.push(() => client.end());
  await client.query(`update unit set leader_name = '负责人'`);

  const server = await createAppServer({
    config: { nodeEnv: 'development', introspection: false, auth: { mode: 'dev' }, dataDir: keysDir },
    orm,
    schema: await buildAppSchema(),
    feed: false,
  });
  cleanups.push(() => server.stop());
  const url = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}${GRAPHQL_PATH}`;
  const token = await signDevToken(keysDir, { role: 'leadership', ttlSeconds: 3600 });
  const gql = async (document: Parameters<typeof print>[0], variables: Record<string, unknown>) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: print(document), variables }),
    });
    const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  };
  const asOf = new Date();
  const baseline = () => client.query(BASELINE, [new Date(MONTH_FROM), new Date(MONTH_TO), asOf]);

  const measure = async (label: string) => {
    const [{ n }] = (await client.query<{ n: number }>(`select count(*)::int n from "order"`)).rows;
    const [{ m }] = (await client.query<{ m: number }>(`select count(*)::int m from "order" where issued_at >= $1 and issued_at < $2`, [new Date(MONTH_FROM), new Date(MONTH_TO)])).rows;
    const ours = (await gql(UnitAssessmentsDocument, { period: MONTH })).unitAssessments as { unitCode: string; ordersReceived: number }[];
    const theirs = (await baseline()).rows as { code: string; received: number }[];
    const mismatch = theirs.filter((row) => ours.find((u) => u.unitCode === row.code)?.ordersReceived !== row.received);
    if (mismatch.length) throw new Error(`the baseline and unitAssessments disagree for ${mismatch.map((r) => r.code).join(', ')}`);
    const month = await time(RUNS, () => gql(UnitAssessmentsDocument, { period: MONTH }));
    const base = await time(RUNS, baseline);
    const bulletin = await time(RUNS, () => gql(AssessmentBulletinDocument, { period: MONTH }));
    console.log(`${label}: ${n} orders, ${m} in the month; unitAssessments ${month.toFixed(1)} ms, baseline SQL ${base.toFixed(1)} ms, assessmentBulletin ${bulletin.toFixed(1)} ms`);
    return { n, m, month, base, bulletin };
  };

  let t0 = Date.now();
  await seedOrders(client, 0, MONTH_ORDERS, true);
  await seedOrders(client, MONTH_ORDERS, FIRST, false);
  console.log(`seeded ${FIRST} orders in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const small = await measure('100k');
  t0 = Date.now();
  await seedOrders(client, FIRST, TOTAL, false);
  console.log(`seeded ${TOTAL - FIRST} more orders in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const large = await measure('1M');

  const pdf = await time(3, () => gql(JointMeetingReportDocument, { period: MONTH, format: 'PDF' }));
  const file = (await gql(JointMeetingReportDocument, { period: MONTH, format: 'PDF' })).jointMeetingReport as { size: number };
  console.log(`joint-meeting PDF for the month, 24 units: ${pdf.toFixed(0)} ms, ${file.size} bytes`);
  const scale = large.month / small.month;
  const versusBaseline = large.base / large.month;
  console.log(
    `RESULT supervision orders=${large.n} month_orders=${large.m} month_all_units_ms_1m=${large.month.toFixed(1)} month_all_units_ms_100k=${small.month.toFixed(1)} ` +
      `scale_ratio=${scale.toFixed(2)} (<=1.5) baseline_ms_1m=${large.base.toFixed(1)} baseline_ratio=${versusBaseline.toFixed(2)} (>=0.5) ` +
      `bulletin_ms_1m=${large.bulletin.toFixed(1)} bulletin_ms_100k=${small.bulletin.toFixed(1)} pdf_ms=${pdf.toFixed(0)} total_s=${((Date.now() - started) / 1000).toFixed(0)}`,
  );
});
