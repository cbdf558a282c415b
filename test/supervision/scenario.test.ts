import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import {
  AccountabilityCasesDocument,
  ArriveOrderDocument,
  AssessmentBulletinDocument,
  AssessmentOrdersDocument,
  CloseIncidentDocument,
  CompleteFollowUpDocument,
  CompleteOrderDocument,
  DecideCaseDocument,
  DismissCaseDocument,
  DisputeOrderDocument,
  FeedbackOrderDocument,
  FileCaseStatementDocument,
  JointMeetingReportDocument,
  OpenCaseDocument,
  PublishBulletinDocument,
  PublishedBulletinsDocument,
  RecordCallbackDocument,
  RecordComplaintDocument,
  RecordJointMeetingDocument,
  ReopenIncidentDocument,
  RuleDisputeDocument,
  RunAccountabilityRulesDocument,
  SaveScoringSchemeDocument,
  SignOrderDocument,
  UnitAssessmentDocument,
  UnitAssessmentsDocument,
  type CallbackSatisfaction,
  type KpiMetric,
} from '../generated/graphql';
import { startTestApp, type TestApp } from '../support/app';
import { counts, deskSteps } from '../workflow/steps';

/**
 * A known day of the linkage, built through /graphql and then placed on yesterday's clock (the
 * factories set the recorded times, as a unit reporting them would), and every figure, score,
 * rank, proposed case and report line asserted to its exact value.
 *
 * power: three orders on time, callbacks satisfied, one incident reopened.
 * health: one order late at every step with a media report and an unsatisfied callback, one on time.
 * civil-affairs: two disputes rejected (then handled; one arrived late), one upheld (cancelled).
 * agriculture-water: one order never signed.
 * work-safety: three orders fed back late in a row; no named leader.
 */
let app: TestApp;
let steps: ReturnType<typeof deskSteps>;
const office = () => ({ token: app.token('leadership') });
const commander = () => ({ token: app.token('commander') });

const DAY_MS = 86_400_000;
const shanghaiDay = (t: number) => new Date(t + 8 * 3600_000).toISOString().slice(0, 10);
const YESTERDAY = shanghaiDay(Date.now() - DAY_MS);
const BASE = Date.parse(`${YESTERDAY}T08:00:00+08:00`);
const PERIOD = { kind: 'DAY' as const, date: YESTERDAY };
const PREVIOUS_KEY = `DAY:${shanghaiDay(BASE - DAY_MS)}`;

interface Plan {
  /** Minutes after BASE the order was issued. */
  at: number;
  /** Seconds after issue of each step; absent: never done. */
  sign?: number;
  arrive?: number;
  scene?: number;
  complete?: number;
  deadlines: { sign: number; arrive: number; feedback: number };
  disputes?: ('REJECT' | 'UPHOLD')[];
}

const ids: Record<string, { orderId: string; incidentId: string }> = {};

async function ok<T extends { errors?: unknown }>(res: Promise<T>): Promise<T> {
  const r = await res;
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r;
}

async function place(name: string, unitCode: string, plan: Plan) {
  const { incident, order } = await steps.orderTo(unitCode);
  ids[name] = { orderId: order.id, incidentId: incident.id };
  const unit = steps.unit(unitCode);
  for (const ruling of plan.disputes ?? []) {
    await ok(app.gql(DisputeOrderDocument, { input: { orderId: order.id, reason: '不属于本单位职责' } }, unit));
    await ok(app.gql(RuleDisputeDocument, { input: { orderId: order.id, ruling, ...(ruling === 'UPHOLD' ? { reassignTo: ['market-regulation'] } : {}) } }, commander()));
  }
  if (plan.sign !== undefined) await ok(app.gql(SignOrderDocument, { input: { orderId: order.id } }, unit));
  if (plan.arrive !== undefined) await ok(app.gql(ArriveOrderDocument, { input: { orderId: order.id, arrivedAt: new Date().toISOString() } }, unit));
  if (plan.scene !== undefined) await ok(app.gql(FeedbackOrderDocument, { input: { orderId: order.id, kind: 'SCENE_STATUS', text: '现场已控制' } }, unit));
  if (plan.complete !== undefined) await ok(app.gql(CompleteOrderDocument, { input: { orderId: order.id, result: '已处置完毕' } }, unit));
  const issued = BASE + plan.at * 60_000;
  const t = (s?: number) => (s === undefined ? null : new Date(issued + s * 1000));
  const conn = app.em().getConnection();
  await conn.execute(
    `update "order" set issued_at = ?, signed_at = ?, arrived_at = ?, completed_at = ?, sign_deadline = ?, arrive_deadline = ?, feedback_deadline = ? where id = ?`,
    [t(0), t(plan.sign), t(plan.arrive), t(plan.complete), t(plan.deadlines.sign), t(plan.deadlines.arrive), t(plan.deadlines.feedback), order.id],
  );
  await conn.execute(
    `update feedback set reported_at = case kind when 'ARRIVAL' then ?::timestamptz when 'SCENE_STATUS' then ?::timestamptz else ?::timestamptz end where order_id = ?`,
    [t(plan.arrive), t(plan.scene), t(plan.complete), order.id],
  );
}

const callback = (name: string, satisfaction: CallbackSatisfaction, resolved: boolean) =>
  ok(app.gql(RecordCallbackDocument, { input: { orderId: ids[name].orderId, satisfaction, resolved } }, steps.desk));

const STANDARD = { sign: 600, arrive: 1800, feedback: 7200 };
const TIGHT = { sign: 120, arrive: 1800, feedback: 7200 };

beforeAll(async () => {
  app = await startTestApp();
  steps = deskSteps(app);
  await app.em().getConnection().execute(
    `update unit set leader_name = case when code = 'work-safety' then null else '负责人' end`,
  );
  await place('P1', 'power', { at: 0, sign: 20, arrive: 900, scene: 1200, complete: 3000, deadlines: STANDARD });
  await place('P2', 'power', { at: 10, sign: 45, arrive: 1200, scene: 1500, complete: 3600, deadlines: STANDARD });
  await place('P3', 'power', { at: 20, sign: 90, arrive: 1500, scene: 2000, complete: 5400, deadlines: STANDARD });
  await place('H1', 'health', { at: 30, sign: 300, arrive: 2400, scene: 2500, complete: 9000, deadlines: TIGHT });
  await place('H2', 'health', { at: 40, sign: 60, arrive: 1000, scene: 1100, complete: 4000, deadlines: TIGHT });
  await place('C1', 'civil-affairs', { at: 50, sign: 100, arrive: 1000, scene: 1200, complete: 3000, deadlines: STANDARD, disputes: ['REJECT'] });
  await place('C2', 'civil-affairs', { at: 60, sign: 100, arrive: 1900, scene: 1200, complete: 3000, deadlines: STANDARD, disputes: ['REJECT'] });
  await place('C3', 'civil-affairs', { at: 70, deadlines: STANDARD, disputes: ['UPHOLD'] });
  await place('A1', 'agriculture-water', { at: 80, deadlines: STANDARD });
  // The water company's roster had 李明 on its required post all of yesterday (issue 11's rosters).
  await app.em().getConnection().execute(
    `insert into roster_shift (id, unit_id, duty, person_name, phone, starts_at, ends_at)
     select gen_random_uuid(), id, case when duty_mode = 'TWENTY_FOUR_HOUR_TEAM' then 'RESCUE_TEAM' else 'DUTY_OFFICER' end,
            '李明', '13800005555', ?, ?
     from unit where code = 'agriculture-water'`,
    [new Date(Date.parse(`${YESTERDAY}T00:00:00+08:00`)), new Date(Date.parse(`${YESTERDAY}T00:00:00+08:00`) + DAY_MS)],
  );
  for (const [i, name] of ['W1', 'W2', 'W3'].entries()) {
    await place(name, 'work-safety', { at: 90 + 10 * i, sign: 50, arrive: 1000, scene: 8000, complete: 8000, deadlines: STANDARD });
  }
  await callback('P1', 'SATISFIED', true);
  await callback('P2', 'SATISFIED', true);
  await callback('P3', 'BASICALLY_SATISFIED', true);
  await callback('H1', 'UNSATISFIED', false);
  await callback('H2', 'SATISFIED', true);
  await ok(app.gql(RecordComplaintDocument, { input: { source: 'MEDIA_EXPOSURE', orderId: ids.H1.orderId, text: '县电视台曝光：伤者等待救护车近一小时' } }, office()));
  await ok(app.gql(CloseIncidentDocument, { input: { incidentId: ids.P3.incidentId, note: '已恢复供电' } }, steps.desk));
  await ok(app.gql(ReopenIncidentDocument, { input: { incidentId: ids.P3.incidentId, reason: '回访反映再次停电' } }, steps.desk));
}, 180_000);
afterAll(() => app.close());

type Figures = Partial<Record<KpiMetric, [number, number, number | null]>>;

async function figures(unitCode: string) {
  const res = await ok(app.gql(UnitAssessmentDocument, { period: PERIOD, unitCode }, office()));
  const a = res.data!.unitAssessment;
  return { a, f: Object.fromEntries(a.figures.map((f) => [f.metric, [f.denominator, f.numerator, f.rate ?? null]])) as Figures };
}

const bandCounts = (a: Awaited<ReturnType<typeof figures>>['a'], measure: string) => a.times.find((t) => t.measure === measure)!.bands.map((b) => b.count);
const stat = (a: Awaited<ReturnType<typeof figures>>['a'], measure: string) => {
  const t = a.times.find((x) => x.measure === measure)!;
  return [t.count, t.p50Seconds ?? null, t.p90Seconds ?? null];
};

describe('unitAssessment: every figure from the recorded facts', () => {
  it('power: everything on time, callbacks satisfied, one completed order reopened', async () => {
    const { a, f } = await figures('power');
    expect(a).toMatchObject({ assessed: true, ordersReceived: 3, overdue: 0, disputesFiled: 0, complaints: 0, hasNamedLeader: true, rosterCoverage: 0, rosterGapHours: 24 });
    expect(a.period).toMatchObject({ key: `DAY:${YESTERDAY}`, firstDay: YESTERDAY, lastDay: YESTERDAY, from: new Date(Date.parse(`${YESTERDAY}T00:00:00+08:00`)).toISOString() });
    expect(f).toEqual({
      ORDERS_RECEIVED: [3, 3, null], SIGN_RATE: [3, 3, 100], TIMELY_SIGN_RATE: [3, 3, 100], TIMELY_ARRIVAL_RATE: [3, 3, 100],
      TIMELY_FEEDBACK_RATE: [3, 3, 100], FEEDBACK_COMPLETENESS_RATE: [3, 3, 100], ON_TIME_COMPLETION_RATE: [3, 3, 100], OVERDUE: [3, 0, null],
      DISPUTE_RATE: [3, 0, 0], WRONG_DISPUTE_RATE: [0, 0, null], REOPEN_RATE: [3, 1, 33.33], COMPLAINTS: [3, 0, null],
      SATISFACTION_RATE: [3, 3, 100], RESOLUTION_RATE: [3, 3, 100],
    });
    expect(stat(a, 'SIGN')).toEqual([3, 45, 81]);
    expect(bandCounts(a, 'SIGN')).toEqual([1, 1, 1, 0, 0]);
    expect(stat(a, 'ARRIVE')).toEqual([3, 1200, 1440]);
    expect(stat(a, 'FEEDBACK')).toEqual([3, 1500, 1900]);
    expect(bandCounts(a, 'FEEDBACK')).toEqual([2, 1, 0, 0, 0]);
  });

  it('health: late at every step on one order, a media report and an unsatisfied callback', async () => {
    const { a, f } = await figures('health');
    expect(a).toMatchObject({ assessed: true, ordersReceived: 2, overdue: 1, complaints: 1, mediaReports: 1, leaderInstructions: 0 });
    expect(f).toEqual({
      ORDERS_RECEIVED: [2, 2, null], SIGN_RATE: [2, 2, 100], TIMELY_SIGN_RATE: [2, 1, 50], TIMELY_ARRIVAL_RATE: [2, 1, 50],
      TIMELY_FEEDBACK_RATE: [2, 2, 100], FEEDBACK_COMPLETENESS_RATE: [2, 2, 100], ON_TIME_COMPLETION_RATE: [2, 1, 50], OVERDUE: [2, 1, null],
      DISPUTE_RATE: [2, 0, 0], WRONG_DISPUTE_RATE: [0, 0, null], REOPEN_RATE: [2, 0, 0], COMPLAINTS: [2, 1, null],
      SATISFACTION_RATE: [2, 1, 50], RESOLUTION_RATE: [2, 1, 50],
    });
    expect(stat(a, 'SIGN')).toEqual([2, 180, 276]);
    expect(bandCounts(a, 'SIGN')).toEqual([0, 0, 1, 0, 1]);
    expect(stat(a, 'ARRIVE')).toEqual([2, 1700, 2260]);
  });

  it('civil-affairs: disputes rejected and upheld; the cancelled order leaves the rates but not the dispute figures', async () => {
    const { a, f } = await figures('civil-affairs');
    expect(a).toMatchObject({ ordersReceived: 3, disputesFiled: 3, disputesUpheld: 1, disputesRejected: 2, overdue: 1 });
    expect(f).toMatchObject({
      SIGN_RATE: [2, 2, 100], TIMELY_ARRIVAL_RATE: [2, 1, 50], DISPUTE_RATE: [3, 3, 100], WRONG_DISPUTE_RATE: [3, 2, 66.67],
      SATISFACTION_RATE: [0, 0, null], RESOLUTION_RATE: [0, 0, null],
    });
  });

  it('agriculture-water: an order never signed counts as due and missed, not as nothing', async () => {
    const { a, f } = await figures('agriculture-water');
    expect(a).toMatchObject({ assessed: true, ordersReceived: 1, overdue: 1, rosterCoverage: 100, rosterGapHours: 0 });
    expect(f).toMatchObject({ SIGN_RATE: [1, 0, 0], TIMELY_SIGN_RATE: [1, 0, 0], TIMELY_ARRIVAL_RATE: [1, 0, 0], FEEDBACK_COMPLETENESS_RATE: [0, 0, null] });
    expect(stat(a, 'SIGN')).toEqual([0, null, null]);
  });

  it('a unit with nothing due is not assessed (不参评): no rate is 100%', async () => {
    const { a, f } = await figures('tobacco');
    expect(a.assessed).toBe(false);
    expect(a.ordersReceived).toBe(0);
    expect(Object.values(f).every(([d, n, r]) => d === 0 && n === 0 && r === null)).toBe(true);
  });

  it('every figure links to its orders: the list with the same conditions has exactly the counted orders', async () => {
    const list = async (unitCode: string, metric: KpiMetric, outcome: 'ALL' | 'HIT' | 'MISS') => {
      const res = await ok(app.gql(AssessmentOrdersDocument, { period: PERIOD, unitCode, metric, outcome, first: 10 }, office()));
      return { total: res.data!.assessmentOrders.totalCount, ids: res.data!.assessmentOrders.edges.map((e) => e.node.id) };
    };
    expect(await list('health', 'TIMELY_SIGN_RATE', 'MISS')).toEqual({ total: 1, ids: [ids.H1.orderId] });
    expect(await list('health', 'TIMELY_SIGN_RATE', 'HIT')).toEqual({ total: 1, ids: [ids.H2.orderId] });
    expect(await list('power', 'REOPEN_RATE', 'HIT')).toEqual({ total: 1, ids: [ids.P3.orderId] });
    expect(await list('civil-affairs', 'SIGN_RATE', 'ALL')).toEqual({ total: 2, ids: [ids.C2.orderId, ids.C1.orderId] });
    expect(await list('work-safety', 'OVERDUE', 'HIT')).toEqual({ total: 3, ids: [ids.W3.orderId, ids.W2.orderId, ids.W1.orderId] });
    // Paged: two pages of the three, newest first.
    const first = await ok(app.gql(AssessmentOrdersDocument, { period: PERIOD, unitCode: 'work-safety', metric: 'OVERDUE', outcome: 'HIT', first: 2 }, office()));
    const page = first.data!.assessmentOrders;
    expect(page.pageInfo.hasNextPage).toBe(true);
    const second = await ok(app.gql(AssessmentOrdersDocument, { period: PERIOD, unitCode: 'work-safety', metric: 'OVERDUE', outcome: 'HIT', first: 2, after: page.pageInfo.endCursor }, office()));
    expect(second.data!.assessmentOrders.edges.map((e) => e.node.id)).toEqual([ids.W1.orderId]);
  });

  it('answers all 24 units in one query, and refuses bad periods naming the field', async () => {
    const all = await ok(app.gql(UnitAssessmentsDocument, { period: PERIOD }, steps.desk));
    expect(all.data!.unitAssessments).toHaveLength(24);
    expect(all.data!.unitAssessments.filter((u) => u.assessed).map((u) => u.unitCode).sort()).toEqual(
      ['agriculture-water', 'civil-affairs', 'health', 'power', 'work-safety'],
    );
    for (const [period, field] of [
      [{ kind: 'DAY', date: '2026-02-30' }, 'period.date'],
      [{ kind: 'DAY', date: '2026/02/01' }, 'period.date'],
      [{ kind: 'CUSTOM', date: '2026-02-01' }, 'period.to'],
      [{ kind: 'CUSTOM', date: '2026-02-01', to: '2026-01-01' }, 'period.to'],
      [{ kind: 'MONTH', date: '2026-02-01', to: '2026-02-03' }, 'period.to'],
    ] as const) {
      const res = await app.gql(UnitAssessmentDocument, { period: period as never, unitCode: 'power' }, office());
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect([field, res.errors?.[0].message]).toEqual([field, expect.stringContaining(field)]);
    }
    const unknown = await app.gql(UnitAssessmentDocument, { period: PERIOD, unitCode: 'no-such-unit' }, office());
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitCode' });
  });
});

const scores = (entries: { unitCode: string; score?: number | null }[]) => entries.slice(0, 5).map((e) => [e.unitCode, e.score]);
type Published = { schemeVersion: number; asOf: string; content: Record<string, unknown> };
let published: Published;

const EXPECTED_RANKING = [
  { rank: 1, unitCode: 'power', score: 100 },
  { rank: 2, unitCode: 'civil-affairs', score: 76.47 },
  { rank: 3, unitCode: 'work-safety', score: 53.82 },
  { rank: 4, unitCode: 'health', score: 10 },
  { rank: 5, unitCode: 'agriculture-water', score: 0 },
];

describe('the bulletin (通报)', () => {
  it('ranks the assessed units by score, lists the rest apart, names the slowest units and the red and black lists', async () => {
    const res = await ok(app.gql(AssessmentBulletinDocument, { period: PERIOD }, steps.desk));
    const b = res.data!.assessmentBulletin;
    expect(b.schemeVersion).toBe(1);
    expect(b.previousPeriod.key).toBe(PREVIOUS_KEY);
    expect(b.entries.slice(0, 5).map((e) => ({ rank: e.rank, unitCode: e.unitCode, score: e.score }))).toEqual(EXPECTED_RANKING);
    expect(b.entries.slice(5).every((e) => e.rank === null && e.score === null && !e.assessed)).toBe(true);
    expect(b.entries).toHaveLength(24);
    expect(b.entries.slice(0, 5).every((e) => e.previousScore === null && e.change === null)).toBe(true);
    const health = b.entries.find((e) => e.unitCode === 'health')!;
    expect(health.points.map((p) => [p.metric, p.points])).toEqual([
      ['TIMELY_SIGN_RATE', 0], ['TIMELY_ARRIVAL_RATE', 0], ['TIMELY_FEEDBACK_RATE', 15], ['ON_TIME_COMPLETION_RATE', 0], ['SATISFACTION_RATE', 0],
    ]);
    expect(health.deductions.filter((d) => d.points > 0)).toEqual([{ kind: 'MEDIA_EXPOSURE', occurrences: 1, points: 5 }]);
    const ws = b.entries.find((e) => e.unitCode === 'work-safety')!;
    expect(ws.deductions.filter((d) => d.points > 0)).toEqual([{ kind: 'NO_NAMED_LEADER', occurrences: 1, points: 5 }]);
    expect(b.slowest).toEqual([
      { measure: 'SIGN', unitCode: 'health', p90Seconds: 276 },
      { measure: 'ARRIVE', unitCode: 'health', p90Seconds: 2260 },
      { measure: 'FEEDBACK', unitCode: 'work-safety', p90Seconds: 8000 },
    ]);
    expect(b.redList).toEqual(['power']);
    expect(b.blackList).toEqual(['work-safety', 'health', 'agriculture-water']);
  });

  it('publishes frozen versions, each keeping its scheme version', async () => {
    const v1 = await ok(app.gql(PublishBulletinDocument, { input: { period: PERIOD } }, office()));
    const v2 = await ok(app.gql(PublishBulletinDocument, { input: { period: PERIOD, note: '更正：补录回访' } }, office()));
    expect([v1.data!.publishBulletin.version, v2.data!.publishBulletin.version]).toEqual([1, 2]);
    published = v1.data!.publishBulletin;
    expect(scores((published.content as { entries: { unitCode: string; score: number }[] }).entries)).toEqual(EXPECTED_RANKING.map((e) => [e.unitCode, e.score]));

    const listed = await ok(app.gql(PublishedBulletinsDocument, { periodKey: `DAY:${YESTERDAY}` }, steps.desk));
    expect(listed.data!.publishedBulletins.map((p) => p.version)).toEqual([2, 1]);
    const frozen = await app.em().getConnection().execute(`update published_bulletin set note = 'x'`).catch((err: Error) => err.message);
    expect(String(frozen)).toMatch(/append-only/);
  });

  it('refuses a bad scheme naming the field and saves nothing; only the administrator edits it', async () => {
    const input = {
      name: '错误方案',
      metrics: [{ metric: 'OVERDUE' as const, weight: 10, floor: 0, slope: 0, cap: 10 }],
      deductions: [],
      redListMinScore: 95,
      blackListBelowScore: 60,
    };
    const bad = await app.gql(SaveScoringSchemeDocument, { input }, { token: app.token('admin') });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'metrics.0.metric' });
    const negative = await app.gql(SaveScoringSchemeDocument, { input: { ...input, metrics: [{ ...input.metrics[0], metric: 'SIGN_RATE', weight: -1 }] } }, { token: app.token('admin') });
    expect(negative.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'metrics.0.weight' });
    const office_ = await app.gql(SaveScoringSchemeDocument, { input }, office());
    expect(office_.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const [{ n }] = await app.em().getConnection().execute<{ n: number }[]>(`select count(*)::int n from scoring_scheme`);
    expect(n).toBe(1);
  });
});

describe('accountability from the evidence', () => {
  let cases: Awaited<ReturnType<typeof run>>;
  const run = async () => (await ok(app.gql(RunAccountabilityRulesDocument, { input: { period: PERIOD } }, office()))).data!.runAccountabilityRules;

  it('proposes one case per finding, with its evidence, and nothing again on a second pass', async () => {
    cases = await run();
    expect(cases.map((c) => [c.ruleCode, c.category, c.unit.code, c.consequence ?? null, c.status, c.evidence.orders])).toEqual([
      ['DELAY_WITH_COMPLAINT', 'DELAY', 'health', 'MEDIA_EXPOSURE', 'PROPOSED', [ids.H1.orderId]],
      ['IGNORED_ORDER', 'DISOBEYING_ORDER', 'agriculture-water', null, 'PROPOSED', [ids.A1.orderId]],
      ['LATE_FEEDBACK_RUN', 'SLACKING', 'work-safety', null, 'PROPOSED', [ids.W1.orderId, ids.W2.orderId, ids.W3.orderId]],
      ['REPEATED_REJECTED_DISPUTES', 'SHIRKING', 'civil-affairs', null, 'PROPOSED', [ids.C1.orderId, ids.C2.orderId]],
      ['UNSIGNED_WHILE_ON_DUTY', 'LEAVING_POST', 'agriculture-water', null, 'PROPOSED', [ids.A1.orderId]],
    ]);
    // Who, which phone, when: health signed late too, but its roster had nobody on duty, so no 擅离职守 case.
    expect(cases.at(-1)!.evidence).toMatchObject({ onDuty: { personName: '李明', phone: '13800005555' } });
    expect(cases[0].history).toEqual([
      { kind: 'CASE_PROPOSED', fromStatus: null, toStatus: 'PROPOSED', actorRole: 'leadership', channel: 'DESK', note: cases[0].summary },
    ]);
    expect(await run()).toEqual([]);
  });

  it('opens and decides, dismisses, and takes a unit\'s statement without letting it decide', async () => {
    const shirking = cases.find((c) => c.ruleCode === 'REPEATED_REJECTED_DISPUTES')!;
    const slacking = cases.find((c) => c.ruleCode === 'LATE_FEEDBACK_RUN')!;
    const civil = steps.unit('civil-affairs');
    const statement = await ok(app.gql(FileCaseStatementDocument, { input: { caseId: shirking.id, statement: '两起警情确属辖区外，已另行说明' } }, civil));
    expect(statement.data!.fileCaseStatement).toMatchObject({ status: 'PROPOSED', statement: '两起警情确属辖区外，已另行说明' });
    const notItsOwn = await app.gql(FileCaseStatementDocument, { input: { caseId: slacking.id, statement: '不是我们' } }, civil);
    expect(notItsOwn.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const unitDecides = await app.gql(DecideCaseDocument, { input: { caseId: shirking.id, decision: '不予处理' } }, civil);
    expect(unitDecides.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const early = await app.gql(DecideCaseDocument, { input: { caseId: shirking.id, decision: '通报批评' } }, office());
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentStatus: 'PROPOSED' });

    await ok(app.gql(OpenCaseDocument, { input: { caseId: shirking.id, note: '经核查立案' } }, office()));
    const decided = await ok(app.gql(DecideCaseDocument, { input: { caseId: shirking.id, decision: '全县通报批评，责令书面检查' } }, office()));
    expect(decided.data!.decideCase).toMatchObject({ status: 'DECIDED', decision: '全县通报批评，责令书面检查' });
    expect(decided.data!.decideCase.history.map((h) => [h.kind, h.fromStatus ?? null, h.toStatus, h.actorRole])).toEqual([
      ['CASE_PROPOSED', null, 'PROPOSED', 'leadership'],
      ['STATEMENT_FILED', 'PROPOSED', 'PROPOSED', 'unit_operator'],
      ['CASE_OPENED', 'PROPOSED', 'OPENED', 'leadership'],
      ['CASE_DECIDED', 'OPENED', 'DECIDED', 'leadership'],
    ]);
    const late = await app.gql(FileCaseStatementDocument, { input: { caseId: shirking.id, statement: '补充申辩' } }, civil);
    expect(late.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentStatus: 'DECIDED' });

    const dismissed = await ok(app.gql(DismissCaseDocument, { input: { caseId: slacking.id, note: '系统故障导致反馈延迟，不予问责' } }, office()));
    expect(dismissed.data!.dismissCase.status).toBe('DISMISSED');
    const before = await counts(app);
    const empty = await app.gql(DecideCaseDocument, { input: { caseId: cases[0].id, decision: ' ' } }, office());
    expect(empty.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await counts(app)).toEqual(before);
  });

  it('shows a unit operator its own unit\'s cases only, and the desk none', async () => {
    const own = await ok(app.gql(AccountabilityCasesDocument, {}, steps.unit('civil-affairs')));
    expect(own.data!.accountabilityCases.map((c) => c.unit.code)).toEqual(['civil-affairs']);
    const other = await app.gql(AccountabilityCasesDocument, { unitCode: 'health' }, steps.unit('civil-affairs'));
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const desk = await app.gql(AccountabilityCasesDocument, {}, steps.desk);
    expect(desk.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const all = await ok(app.gql(AccountabilityCasesDocument, { periodKey: `DAY:${YESTERDAY}` }, office()));
    expect(all.data!.accountabilityCases.map((c) => [c.unit.code, c.status])).toEqual([
      ['health', 'PROPOSED'], ['agriculture-water', 'PROPOSED'], ['work-safety', 'DISMISSED'], ['civil-affairs', 'DECIDED'],
      ['agriculture-water', 'PROPOSED'],
    ]);
    const unitOwnKpi = await app.gql(UnitAssessmentDocument, { period: PERIOD, unitCode: 'health' }, steps.unit('civil-affairs'));
    expect(unitOwnKpi.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the joint meeting and its report', () => {
  it('records a meeting with follow-ups, and exports the report as XLSX and as a PDF with Chinese text, numbers and charts', async () => {
    const meeting = await ok(
      app.gql(
        RecordJointMeetingDocument,
        {
          input: {
            heldOn: YESTERDAY,
            title: '第一次联席会议',
            attendees: [{ position: '领导小组办公室主任', name: '王强' }, { position: '县卫健局分管领导' }],
            topics: ['通报本期考核结果', '研究救护车到场迟缓问题'],
            decisions: ['县卫健局一周内提交整改报告'],
            followUps: [
              { unitCode: 'health', item: '提交救护车调度整改报告', dueOn: YESTERDAY },
              { unitCode: 'work-safety', item: '明确分管领导并报备', dueOn: YESTERDAY },
            ],
          },
        },
        office(),
      ),
    );
    const items = meeting.data!.recordJointMeeting.followUps;
    const healthItem = items.find((f) => f.unitCode === 'health')!;
    const wsItem = items.find((f) => f.unitCode === 'work-safety')!;
    const done = await ok(app.gql(CompleteFollowUpDocument, { input: { followUpId: wsItem.id, note: '已明确副局长为分管领导' } }, steps.unit('work-safety')));
    expect(done.data!.completeFollowUp.unitCode).toBe('work-safety');
    const notOwn = await app.gql(CompleteFollowUpDocument, { input: { followUpId: healthItem.id, note: '代报' } }, steps.unit('work-safety'));
    expect(notOwn.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const xlsx = await ok(app.gql(JointMeetingReportDocument, { period: PERIOD, format: 'XLSX' }, office()));
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.data!.jointMeetingReport.base64, 'base64') as never);
    expect(book.worksheets.map((s) => s.name)).toEqual(['单位考核', '问责案件', '督办事项']);
    const units = book.getWorksheet('单位考核')!;
    const rows = units.getSheetValues().slice(2, 7).map((r) => (r as unknown[]).slice(1, 5));
    expect(rows.map((r) => [r[0], r[1], r[3]])).toEqual(EXPECTED_RANKING.map((e) => [e.rank, e.unitCode, e.score]));
    expect(book.getWorksheet('问责案件')!.rowCount).toBe(6);
    expect(book.getWorksheet('督办事项')!.getSheetValues().slice(2).map((r) => (r as unknown[])[3])).toEqual(['提交救护车调度整改报告']);

    const pdf = await ok(app.gql(JointMeetingReportDocument, { period: PERIOD, format: 'PDF' }, office()));
    expect(pdf.data!.jointMeetingReport.contentType).toBe('application/pdf');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-'));
    const file = path.join(dir, 'report.pdf');
    fs.writeFileSync(file, Buffer.from(pdf.data!.jointMeetingReport.base64, 'base64'));
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
    const page = (n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', file, '-'], { encoding: 'utf8' });
    const sections = [1, 2, 3, 4, 5].map((n) => page(n));
    fs.rmSync(dir, { recursive: true, force: true });
    expect(pages).toBe(5);
    expect(sections[0]).toContain('参评单位 5 个');
    expect(sections[1]).toContain('一、得分排名');
    expect(sections[1]).toContain('不参评（本期无应考核指令）');
    expect(sections[2]).toContain('二、周趋势');
    expect(sections[3]).toContain('三、单位考核明细');
    expect(sections[4]).toMatch(/四、最慢单位与红黑榜[\s\S]*五、问责案件[\s\S]*六、督办事项/);
    for (const heading of ['110社会服务联动 联席会议报告', '一、得分排名', '二、周趋势', '三、单位考核明细', '四、最慢单位与红黑榜', '五、问责案件', '六、督办事项']) {
      expect(text).toContain(heading);
    }
    for (const fact of ['参评单位 5 个，不参评单位 19 个', '76.47', '53.82', '全县通报批评，责令书面检查', '提交救护车调度整改报告', '第一次联席会议', '领导小组办公室主任 王强']) {
      expect(text).toContain(fact);
    }
    expect(text).not.toContain('明确分管领导并报备');
  });
});

describe('a new version of the scoring scheme', () => {
  it('scores the current bulletin with it, while the published bulletin recomputes to its own scores with its version', async () => {
    const scheme = await app.gql(
      SaveScoringSchemeDocument,
      {
        input: {
          name: '2027版 加重及时签收',
          metrics: [
            { metric: 'TIMELY_SIGN_RATE', weight: 50, floor: 60, slope: 1.25, cap: 50 },
            { metric: 'TIMELY_ARRIVAL_RATE', weight: 20, floor: 60, slope: 0.5, cap: 20 },
            { metric: 'TIMELY_FEEDBACK_RATE', weight: 15, floor: 60, slope: 0.375, cap: 15 },
            { metric: 'ON_TIME_COMPLETION_RATE', weight: 20, floor: 60, slope: 0.5, cap: 20 },
            { metric: 'SATISFACTION_RATE', weight: 15, floor: 60, slope: 0.375, cap: 15 },
          ],
          deductions: [{ kind: 'NO_NAMED_LEADER', points: 5 }, { kind: 'MEDIA_EXPOSURE', points: 5 }, { kind: 'ROSTER_GAP_HOURS', points: 0.5 }],
          redListMinScore: 95,
          blackListBelowScore: 60,
        },
      },
      { token: app.token('admin') },
    );
    expect(scheme.errors).toBeUndefined();
    expect(scheme.data!.saveScoringScheme.version).toBe(2);
    const now = await ok(app.gql(AssessmentBulletinDocument, { period: PERIOD }, office()));
    expect(now.data!.assessmentBulletin.schemeVersion).toBe(2);
    // civil-affairs keeps no roster: the whole day (24 h) is a gap on its required post, 0.5 a
    // point an hour under version 2, so 80.95 on the curves less 12 for the gap.
    const civil = now.data!.assessmentBulletin.entries.find((e) => e.unitCode === 'civil-affairs')!;
    expect(civil.deductions).toContainEqual({ kind: 'ROSTER_GAP_HOURS', occurrences: 24, points: 12 });
    expect(civil.score).toBe(68.95);

    const again = await ok(app.gql(AssessmentBulletinDocument, { period: PERIOD, schemeVersion: published.schemeVersion, asOf: published.asOf }, office()));
    expect(scores(again.data!.assessmentBulletin.entries)).toEqual(scores((published.content as { entries: { unitCode: string; score: number }[] }).entries));

  });
});
