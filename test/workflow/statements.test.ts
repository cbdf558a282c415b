import {
  ArriveOrderDocument,
  CompleteOrderDocument,
  DispatchOrdersDocument,
  FeedbackOrderDocument,
  SignOrderDocument,
  SuggestUnitsDocument,
  type DispatchOrdersMutationVariables,
} from '../generated/graphql';
import { startTestApp, type TestApp } from '../support/app';
import { counts, deskSteps } from './steps';

/**
 * How many SQL statements each order mutation sends, counted at the app's ORM as the desk
 * bench counts them (`begin` and `commit` included). The counts are fixed: they do not grow
 * with the number of orders on the incident, the events written or the unit's roster, and a
 * dispatch to one unit, or to three, stays within the figures docs/BENCHMARKS.md quotes.
 */
let app: TestApp;
let steps: ReturnType<typeof deskSteps>;
const CALL = '小区电梯困人，有老人在里面';
let suggested: string;

beforeAll(async () => {
  // No live feed: its reads after each commit would mix into the counts.
  app = await startTestApp({ server: { feed: false } });
  steps = deskSteps(app);
  const res = await app.gql(SuggestUnitsDocument, { text: CALL, limit: 1 }, steps.desk);
  suggested = res.data!.suggestUnits[0].unit.code;
  // The first dispatch of a process also builds the routing engine; the counts are of later ones.
  await steps.orderTo(suggested);
});
afterAll(() => app?.close());

// eslint-disable-next-line no-control-regex -- the logger colours its output
const oneLine = (sql: string) => sql.replace(/\u001b\[[0-9;]*m/g, '').replace(/\s+/g, ' ').slice(0, 200);

/** The statements `work` sends, with the list shown when the count is not the one expected. */
async function statementsOf<T>(work: () => Promise<T>): Promise<{ result: T; n: number; listed: string }> {
  const { result, statements } = await app.countStatements(work);
  return { result, n: statements.length, listed: statements.map(oneLine).join('\n') };
}

async function classified() {
  const incident = await steps.report(CALL);
  await steps.classify(incident.id, 'LINKAGE');
  return incident;
}

/**
 * begin, the order with its unit and incident, the inserts of the event (it takes the
 * commit-order lock), the outbox message and any feedback, the order's versioned update, commit;
 * the answer's unit is the one already read. A repeated progress report changes no column of
 * the order and so sends no update; its answer's feedback list is one more read.
 */
const STEP_STATEMENTS = { sign: 6, arrive: 7, feedback: 8, feedbackAgain: 7, complete: 7 };

type Draft = DispatchOrdersMutationVariables['input']['orders'][number];
const grid = (unitCode: string): Draft => ({ unitCode, channel: 'GRID', urgency: 'URGENT' });

describe('SQL statements per order mutation', () => {
  it('dispatches one GRID order to the suggested unit in at most 6 statements, with its events and outbox row', async () => {
    const incident = await classified();
    const before = await counts(app);
    const { result, n, listed } = await statementsOf(() =>
      app.gql(DispatchOrdersDocument, { input: { incidentId: incident.id, orders: [grid(suggested)] } }, steps.desk),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.dispatchOrders).toEqual([expect.objectContaining({ status: 'ISSUED', channel: 'GRID', unit: { code: suggested } })]);
    if (n > 6 || process.env.SHOW_SQL) console.log(`${n} statements:\n${listed}`);
    expect(n).toBeLessThanOrEqual(6);
    const after = await counts(app);
    expect(Number(after.orders) - Number(before.orders)).toBe(1);
    expect(Number(after.events) - Number(before.events)).toBe(2);
    expect(Number(after.gridOutbox) - Number(before.gridOutbox)).toBe(1);
    const detail = await steps.detail(incident.id);
    expect(detail!.timeline.map((e) => e.kind).slice(-2)).toEqual(['ORDER_ISSUED', 'INCIDENT_DISPATCHED']);
  });

  it('dispatches three GRID orders in at most 8 statements, the same count each time', async () => {
    const three = ['power', 'telecom', 'mobile'].filter((code) => code !== suggested).slice(0, 3);
    const found: number[] = [];
    for (let i = 0; i < 3; i++) {
      const incident = await classified();
      const { result, n, listed } = await statementsOf(() =>
        app.gql(DispatchOrdersDocument, { input: { incidentId: incident.id, orders: three.map(grid) } }, steps.desk),
      );
      expect(result.errors).toBeUndefined();
      expect(result.data!.dispatchOrders.map((o) => o.unit.code)).toEqual(three);
      if (n > 8 || process.env.SHOW_SQL) console.log(`${n} statements:\n${listed}`);
      expect(n).toBeLessThanOrEqual(8);
      found.push(n);
    }
    // The first of these also catches up with nothing; a later one applies the learned choice
    // the one before it stored: the count may differ by that one statement, never grow.
    expect(Math.max(...found) - Math.min(...found)).toBeLessThanOrEqual(1);
  });

  it('signs, arrives, feeds back and completes at a fixed count each, however long the timeline', async () => {
    const perStep: Record<keyof typeof STEP_STATEMENTS, number[]> = { sign: [], arrive: [], feedback: [], feedbackAgain: [], complete: [] };
    for (let round = 0; round < 2; round++) {
      const { order } = await steps.orderTo(suggested);
      const unit = steps.unit(suggested);
      const take = async (name: keyof typeof STEP_STATEMENTS, work: () => Promise<{ errors?: unknown }>) => {
        const { result, n, listed } = await statementsOf(work);
        if (process.env.SHOW_SQL) console.log(name, n, listed);
        expect(result.errors).toBeUndefined();
        perStep[name].push(n);
      };
      await take('sign', () => app.gql(SignOrderDocument, { input: { orderId: order.id } }, unit));
      await take('arrive', () => app.gql(ArriveOrderDocument, { input: { orderId: order.id, arrivedAt: new Date().toISOString() } }, unit));
      const progress = (text: string) => app.gql(FeedbackOrderDocument, { input: { orderId: order.id, kind: 'PROGRESS', text } }, unit);
      // The first progress report moves the order on (处置中 in progress); later ones only add
      // to its feedback. A second round carries more of them: the count must not follow.
      await take('feedback', () => progress('已到现场，正在处置'));
      for (let k = 0; k <= round; k++) await take('feedbackAgain', () => progress(`处置中 ${k}`));
      await take('complete', () => app.gql(CompleteOrderDocument, { input: { orderId: order.id, result: '已处置完毕' } }, unit));
    }
    for (const [name, found] of Object.entries(perStep)) {
      expect({ name, distinct: [...new Set(found)] }).toEqual({ name, distinct: [found[0]] });
    }
    expect(Object.fromEntries(Object.entries(perStep).map(([name, found]) => [name, found[0]]))).toEqual(STEP_STATEMENTS);
  });
});
