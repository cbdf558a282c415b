import {
  ArriveOrderDocument,
  CancelOrderDocument,
  DispatchOrdersDocument,
  DisputeOrderDocument,
  FeedbackOrderDocument,
  OrderTimelineDocument,
  ReportIncidentDocument,
  SignOrderDocument,
  CompleteOrderDocument,
  UpdateTimeLimitPolicyDocument,
} from '../generated/graphql';
import { Order } from '../../src/modules/orders/order.entity';
import { startTestApp, type TestApp } from '../support/app';
import { counts, deskSteps } from './steps';

let app: TestApp;
let steps: ReturnType<typeof deskSteps>;
beforeAll(async () => {
  app = await startTestApp();
  steps = deskSteps(app);
});
afterAll(() => app.close());

describe('bad input gets a clear error and changes nothing', () => {
  it('refuses an order to an unknown unit', async () => {
    const incident = await steps.report();
    await steps.classify(incident.id, 'LINKAGE');
    const before = await counts(app);
    const res = await app.gql(
      DispatchOrdersDocument,
      {
        input: {
          incidentId: incident.id,
          orders: [
            { unitCode: 'civil-affairs', channel: 'GRID', urgency: 'ROUTINE' },
            { unitCode: 'fire-brigade', channel: 'PHONE', urgency: 'EMERGENCY' },
          ],
        },
      },
      steps.desk,
    );
    expect(res.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(res.errors![0].message).toContain('"fire-brigade"');
    expect(await counts(app)).toEqual(before);
  });

  it('refuses an empty description', async () => {
    const before = await counts(app);
    const res = await app.gql(
      ReportIncidentDocument,
      { input: { description: '   ', place: {}, intakeChannel: 'CALL_110' } },
      steps.desk,
    );
    expect(res.errors![0]).toMatchObject({ message: 'description must not be empty.', extensions: { code: 'BAD_USER_INPUT' } });
    expect(await counts(app)).toEqual(before);
  });

  it('refuses an arrival time before the order was issued', async () => {
    const { order } = await steps.orderTo('power');
    const unit = steps.unit('power');
    await app.gql(SignOrderDocument, { input: { orderId: order.id } }, unit);
    const before = await counts(app);
    const earlier = new Date(Date.parse(order.issuedAt) - 3_600_000).toISOString();
    const res = await app.gql(ArriveOrderDocument, { input: { orderId: order.id, arrivedAt: earlier } }, unit);
    expect(res.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/arrivedAt .* is before the order was signed for/);
    expect(await counts(app)).toEqual(before);
  });

  it('refuses feedback on a closed order with CONFLICT and the state it is in', async () => {
    const { order } = await steps.orderTo('market-regulation');
    await app.gql(CancelOrderDocument, { input: { orderId: order.id, reason: '重复派单' } }, steps.desk);
    const before = await counts(app);
    const res = await app.gql(
      FeedbackOrderDocument,
      { input: { orderId: order.id, kind: 'PROGRESS', text: '已到现场' } },
      steps.unit('market-regulation'),
    );
    expect(res.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentStatus: 'CANCELLED' });
    expect(res.errors![0].message).toMatch(/the order is CANCELLED/);
    expect(await counts(app)).toEqual(before);
  });

  it('refuses an illegal transition with CONFLICT and writes nothing', async () => {
    const { order } = await steps.orderTo('power');
    const unit = steps.unit('power');
    await app.gql(SignOrderDocument, { input: { orderId: order.id } }, unit);
    const before = await counts(app);
    const twice = await app.gql(SignOrderDocument, { input: { orderId: order.id } }, unit);
    expect(twice.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentStatus: 'SIGNED' });
    const complete = await app.gql(CompleteOrderDocument, { input: { orderId: order.id, result: '好了' } }, unit);
    expect(complete.errors![0].message).toBe(
      'Cannot complete the order: the order is SIGNED; this is possible only when it is ON_SCENE or HANDLING.',
    );
    expect(await counts(app)).toEqual(before);
  });

  it('lets only the order\'s own unit act on it', async () => {
    const { order } = await steps.orderTo('power');
    const res = await app.gql(SignOrderDocument, { input: { orderId: order.id } }, steps.unit('agriculture-water'));
    expect(res.errors![0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a dispute after its time limit', async () => {
    const { order } = await steps.orderTo('education');
    const em = app.em();
    await em.nativeUpdate(Order, { id: order.id }, { disputeDeadline: new Date(Date.now() - 60_000) });
    const res = await app.gql(DisputeOrderDocument, { input: { orderId: order.id, reason: '不归我们管' } }, steps.unit('education'));
    expect(res.errors![0].extensions?.code).toBe('CONFLICT');
    expect(res.errors![0].message).toMatch(/time to dispute this order ended/);
  });
});

describe('idempotency keys', () => {
  it('returns the first result for a retry and writes nothing new', async () => {
    const input = {
      idempotencyKey: 'desk-7-call-0001',
      description: '下孟乡有人被困电梯',
      place: { areaCode: 'xiameng' },
      intakeChannel: 'CALL_110' as const,
    };
    const first = await app.gql(ReportIncidentDocument, { input }, steps.desk);
    const before = await counts(app);
    const retry = await app.gql(ReportIncidentDocument, { input }, steps.desk);
    expect(retry.data!.reportIncident.id).toBe(first.data!.reportIncident.id);
    expect(await counts(app)).toEqual(before);

    const other = await app.gql(ReportIncidentDocument, { input: { ...input, description: '另一件事' } }, steps.desk);
    expect(other.errors![0].extensions?.code).toBe('CONFLICT');
    expect(other.errors![0].message).toMatch(/already used for a different request/);
    expect(await counts(app)).toEqual(before);
  });

  it('makes a retried dispatch return the same orders', async () => {
    const incident = await steps.report();
    await steps.classify(incident.id, 'LINKAGE');
    const input = { idempotencyKey: 'dispatch-42', incidentId: incident.id, orders: [{ unitCode: 'power', channel: 'GRID' as const, urgency: 'URGENT' as const }] };
    const [first, retry] = await Promise.all([
      app.gql(DispatchOrdersDocument, { input }, steps.desk),
      app.gql(DispatchOrdersDocument, { input }, steps.desk),
    ]);
    expect(first.errors ?? retry.errors).toBeUndefined();
    expect(retry.data!.dispatchOrders.map((o) => o.id)).toEqual(first.data!.dispatchOrders.map((o) => o.id));
    expect((await steps.detail(incident.id)).orders).toHaveLength(1);
  });
});

describe('time-limit policy', () => {
  it('is editable by an administrator and fixes deadlines of orders issued afterwards', async () => {
    const admin = { token: app.token('admin') };
    const updated = await app.gql(
      UpdateTimeLimitPolicyDocument,
      { input: { urgency: 'ROUTINE', dutyMode: 'TWENTY_FOUR_HOUR_TEAM', signWithinMinutes: 45, arriveWithinMinutes: 200, feedbackWithinMinutes: 1000, disputeWithinMinutes: 20 } },
      admin,
    );
    expect(updated.data!.updateTimeLimitPolicy.signWithinMinutes).toBe(45);
    const { order } = await steps.orderTo('power', { urgency: 'ROUTINE' });
    expect(Date.parse(order.signDeadline!) - Date.parse(order.issuedAt)).toBe(45 * 60_000);
    expect(Date.parse(order.disputeDeadline!) - Date.parse(order.issuedAt)).toBe(20 * 60_000);

    const invalid = await app.gql(
      UpdateTimeLimitPolicyDocument,
      { input: { urgency: 'ROUTINE', dutyMode: 'PHONE_DUTY', signWithinMinutes: 0, arriveWithinMinutes: 1, feedbackWithinMinutes: 1, disputeWithinMinutes: 1 } },
      admin,
    );
    expect(invalid.errors![0]).toMatchObject({ message: 'signWithinMinutes must be at least 1', extensions: { code: 'BAD_USER_INPUT' } });
  });
});

describe('history', () => {
  it('records before and after, actor and channel in the order written', async () => {
    const { order } = await steps.orderTo('power');
    await app.gql(SignOrderDocument, { input: { orderId: order.id, note: '收到' } }, steps.unit('power'));
    const events = (await app.gql(OrderTimelineDocument, { id: order.id }, steps.desk)).data!.order.timeline;
    expect(events[1]).toMatchObject({
      kind: 'ORDER_SIGNED',
      actorRole: 'unit_operator',
      actorUnit: 'power',
      channel: 'UNIT_CONSOLE',
      before: { status: 'ISSUED', version: 1 },
      after: { status: 'SIGNED' },
      note: '收到',
    });
    expect(Date.parse(events[1].recordedAt)).toBeGreaterThanOrEqual(Date.parse(events[0].recordedAt));
  });
});
