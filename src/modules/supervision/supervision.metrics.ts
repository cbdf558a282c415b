import { KpiMetric } from './supervision.enums';

/**
 * The one definition of every assessment figure, as SQL over the per-order facts built by
 * `assessedOrdersSql` (alias `a`): `base` says which orders a figure is about (the
 * denominator), `hit` which of those count (the numerator). The KPI query aggregates these
 * conditions; the list behind a figure (`assessmentOrders`) selects orders with the very same
 * conditions, so every number can be checked order by order.
 *
 * `:asOf` is when the figures are taken: an order whose deadline is still ahead and that has
 * not yet done the step is not yet due, and counts neither way.
 */
export interface MetricDefinition {
  base: string;
  hit: string;
  /** Counts are reported as the number of hits; rates as hits over base. */
  kind: 'count' | 'rate';
}

const ASSESSABLE = `a.status <> 'CANCELLED'`;
const due = (done: string, deadline: string) => `(${done} is not null or (${deadline} is not null and ${deadline} < :asOf))`;
const inTime = (done: string, deadline: string) => `(${done} is not null and (${deadline} is null or ${done} <= ${deadline}))`;
/** Due and not done in time: the same two rules, so OVERDUE counts exactly the misses of the timely rates. */
const missed = (done: string, deadline: string) => `(${due(done, deadline)} and not ${inTime(done, deadline)})`;

export const METRICS: Readonly<Record<KpiMetric, MetricDefinition>> = {
  [KpiMetric.ORDERS_RECEIVED]: { kind: 'count', base: 'true', hit: 'true' },
  [KpiMetric.SIGN_RATE]: { kind: 'rate', base: `${ASSESSABLE} and ${due('a.signed_at', 'a.sign_deadline')}`, hit: 'a.signed_at is not null' },
  [KpiMetric.TIMELY_SIGN_RATE]: {
    kind: 'rate',
    base: `${ASSESSABLE} and ${due('a.signed_at', 'a.sign_deadline')}`,
    hit: inTime('a.signed_at', 'a.sign_deadline'),
  },
  [KpiMetric.TIMELY_ARRIVAL_RATE]: {
    kind: 'rate',
    base: `${ASSESSABLE} and ${due('a.arrived_at', 'a.arrive_deadline')}`,
    hit: inTime('a.arrived_at', 'a.arrive_deadline'),
  },
  [KpiMetric.TIMELY_FEEDBACK_RATE]: {
    kind: 'rate',
    base: `${ASSESSABLE} and ${due('a.first_feedback_at', 'a.feedback_deadline')}`,
    hit: inTime('a.first_feedback_at', 'a.feedback_deadline'),
  },
  [KpiMetric.FEEDBACK_COMPLETENESS_RATE]: {
    kind: 'rate',
    base: 'a.completed_at is not null',
    hit: 'a.arrived_at is not null and a.has_scene_status and a.has_result',
  },
  [KpiMetric.ON_TIME_COMPLETION_RATE]: {
    kind: 'rate',
    base: `${ASSESSABLE} and ${due('a.completed_at', 'a.feedback_deadline')}`,
    hit: inTime('a.completed_at', 'a.feedback_deadline'),
  },
  [KpiMetric.OVERDUE]: { kind: 'count', base: 'true', hit: `(a.overdue or (${ASSESSABLE} and (${missed('a.signed_at', 'a.sign_deadline')} or ${missed('a.arrived_at', 'a.arrive_deadline')} or ${missed('a.completed_at', 'a.feedback_deadline')})))` },
  [KpiMetric.DISPUTE_RATE]: { kind: 'rate', base: 'true', hit: 'a.disputes > 0' },
  [KpiMetric.WRONG_DISPUTE_RATE]: { kind: 'rate', base: 'a.disputes_upheld + a.disputes_rejected > 0', hit: 'a.disputes_rejected > 0' },
  [KpiMetric.REOPEN_RATE]: { kind: 'rate', base: 'a.completed_at is not null', hit: 'a.reopened' },
  [KpiMetric.COMPLAINTS]: { kind: 'count', base: 'true', hit: 'a.complaints > 0' },
  [KpiMetric.SATISFACTION_RATE]: {
    kind: 'rate',
    base: 'a.satisfaction is not null',
    hit: `a.satisfaction in ('SATISFIED', 'BASICALLY_SATISFIED')`,
  },
  [KpiMetric.RESOLUTION_RATE]: { kind: 'rate', base: 'a.resolved is not null', hit: 'a.resolved' },
};

/** The measured times, in seconds from issue, and the bulletin's bands for them (upper bounds, exclusive). */
export const TIME_MEASURES = {
  SIGN: { column: 'a.signed_at', bands: [30, 60, 120, 180] },
  ARRIVE: { column: 'a.arrived_at', bands: [600, 1800, 3600, 7200] },
  FEEDBACK: { column: 'a.first_feedback_at', bands: [1800, 3600, 7200, 14400] },
} as const;
export type TimeMeasureKey = keyof typeof TIME_MEASURES;

/**
 * The facts of each order issued in [:from, :to), one row per order, with what supervision
 * reads about it from the feedback rows and the history. Every lateral is an index lookup by
 * the order (or its incident), so the cost follows the period's orders, not the table's. (A
 * semi-join with GROUP BY was faster on a small table but turned into sequential scans of the
 * feedback and event tables at a million orders; see docs/SUPERVISION.md.)
 */
export function assessedOrdersSql(unitFilter: boolean): string {
  return `select o.id, o.incident_id, o.issued_at, o.status, o.overdue, o.signed_at, o.arrived_at, o.completed_at,
      o.sign_deadline, o.arrive_deadline, o.feedback_deadline, u.code as unit_code,
      fb.first_feedback_at, coalesce(fb.has_scene_status, false) as has_scene_status, coalesce(fb.has_result, false) as has_result,
      ev.disputes, ev.disputes_upheld, ev.disputes_rejected, ev.complaints, ev.public_complaints, ev.media_reports, ev.leader_instructions, ev.satisfaction, ev.resolved,
      (o.completed_at is not null and exists (select 1 from event r where r.incident_id = o.incident_id
         and r.kind = 'INCIDENT_REOPENED' and r.occurred_at > o.completed_at)) as reopened
    from "order" o
    join unit u on u.id = o.unit_id
    left join lateral (select min(f.reported_at) filter (where f.kind <> 'ARRIVAL') as first_feedback_at,
        bool_or(f.kind = 'SCENE_STATUS') as has_scene_status, bool_or(f.kind = 'RESULT') as has_result
      from feedback f where f.order_id = o.id) fb on true
    left join lateral (select count(*) filter (where e.kind = 'ORDER_DISPUTED')::int as disputes,
        count(*) filter (where e.kind = 'DISPUTE_UPHELD')::int as disputes_upheld,
        count(*) filter (where e.kind = 'DISPUTE_REJECTED')::int as disputes_rejected,
        count(*) filter (where e.kind = 'COMPLAINT_RECORDED')::int as complaints,
        count(*) filter (where e.kind = 'COMPLAINT_RECORDED' and e.after->>'source' = 'PUBLIC_COMPLAINT')::int as public_complaints,
        count(*) filter (where e.kind = 'COMPLAINT_RECORDED' and e.after->>'source' = 'MEDIA_EXPOSURE')::int as media_reports,
        count(*) filter (where e.kind = 'COMPLAINT_RECORDED' and e.after->>'source' = 'LEADERSHIP_INSTRUCTION')::int as leader_instructions,
        (array_agg(e.after->>'satisfaction' order by e.seq desc) filter (where e.kind = 'CALLBACK_RECORDED'))[1] as satisfaction,
        (array_agg((e.after->>'resolved')::boolean order by e.seq desc) filter (where e.kind = 'CALLBACK_RECORDED'))[1] as resolved
      from event e where e.order_id = o.id
        and e.kind in ('ORDER_DISPUTED', 'DISPUTE_UPHELD', 'DISPUTE_REJECTED', 'COMPLAINT_RECORDED', 'CALLBACK_RECORDED')) ev on true
    where o.issued_at >= :from and o.issued_at < :to${unitFilter ? ' and o.unit_id = (select id from unit where code = :unitCode)' : ''}`;
}

/** One row per unit: every figure's base and hit counts, the times' percentiles and bands. */
export function kpiSql(unitFilter: boolean): string {
  const figures = Object.entries(METRICS).flatMap(([metric, m]) => [
    `count(*) filter (where ${m.base})::int as "${metric}:base"`,
    `count(*) filter (where (${m.base}) and (${m.hit}))::int as "${metric}:hit"`,
  ]);
  const times = Object.entries(TIME_MEASURES).flatMap(([key, t]) => {
    const secs = `extract(epoch from (${t.column} - a.issued_at))`;
    const edges = [0, ...t.bands, null];
    return [
      `count(${t.column})::int as "${key}:count"`,
      `percentile_cont(0.5) within group (order by ${secs}) as "${key}:p50"`,
      `percentile_cont(0.9) within group (order by ${secs}) as "${key}:p90"`,
      ...edges.slice(0, -1).map((lo, i) => {
        const hi = edges[i + 1];
        return `count(*) filter (where ${secs} >= ${lo}${hi === null ? '' : ` and ${secs} < ${hi}`})::int as "${key}:band${i}"`;
      }),
    ];
  });
  return `with a as (${assessedOrdersSql(unitFilter)})
    select a.unit_code, sum(a.complaints)::int as complaints, sum(a.public_complaints)::int as public_complaints,
      sum(a.media_reports)::int as media_reports, sum(a.leader_instructions)::int as leader_instructions,
      sum(a.disputes)::int as disputes, sum(a.disputes_upheld)::int as disputes_upheld, sum(a.disputes_rejected)::int as disputes_rejected,
      ${[...figures, ...times].join(',\n      ')}
    from a group by a.unit_code`;
}

/** Orders behind a figure: its base, or only the hits, or only the misses, newest first, keyset paged. */
export function figureOrdersSql(metric: KpiMetric, outcome: 'ALL' | 'HIT' | 'MISS', afterCursor: boolean): string {
  const m = METRICS[metric];
  const cond = outcome === 'ALL' ? m.base : outcome === 'HIT' ? `(${m.base}) and (${m.hit})` : `(${m.base}) and not (${m.hit})`;
  return `with a as (${assessedOrdersSql(true)})
    select a.id, a.issued_at from a where ${cond}${afterCursor ? ' and (a.issued_at, a.id) < (:afterAt, :afterId)' : ''}
    order by a.issued_at desc, a.id desc limit :limit`;
}

/** Replaces `:name` parameters with positional `?` for the connection's execute. */
export function bind(sql: string, params: Record<string, unknown>): { sql: string; values: unknown[] } {
  const values: unknown[] = [];
  const text = sql.replace(/:([a-zA-Z]+)\b/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    values.push(params[name]);
    return '?';
  });
  return { sql: text, values };
}
