import {
  ArriveOrderDocument,
  CloseIncidentDocument,
  CompleteOrderDocument,
  RecordCallbackDocument,
  RecordComplaintDocument,
  ReopenIncidentDocument,
  SignOrderDocument,
} from '../generated/graphql';
import { startTestApp, type TestApp } from '../support/app';
import { counts, deskSteps } from '../workflow/steps';

/** The facts the office assesses that the workflow did not record: callbacks, complaints, reopening. */
let app: TestApp;
let steps: ReturnType<typeof deskSteps>;
beforeAll(async () => {
  app = await startTestApp();
  steps = deskSteps(app);
});
afterAll(() => app.close());

async function completedOrder(unitCode = 'power') {
  const { incident, order } = await steps.orderTo(unitCode);
  const unit = steps.unit(unitCode);
  for (const res of [
    await app.gql(SignOrderDocument, { input: { orderId: order.id } }, unit),
    await app.gql(ArriveOrderDocument, { input: { orderId: order.id, arrivedAt: new Date().toISOString() } }, unit),
    await app.gql(CompleteOrderDocument, { input: { orderId: order.id, result: '线路已抢修恢复供电' } }, unit),
  ]) {
    if (res.errors) throw new Error(JSON.stringify(res.errors));
  }
  return { incident, order };
}

describe('callbacks (回访)', () => {
  it('records the caller\'s answer on the order, with the desk as actor and channel', async () => {
    const { order } = await completedOrder();
    const res = await app.gql(RecordCallbackDocument, { input: { orderId: order.id, satisfaction: 'BASICALLY_SATISFIED', resolved: true, note: '群众表示基本满意' } }, steps.desk);
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordCallback).toMatchObject({
      kind: 'CALLBACK_RECORDED',
      actorRole: 'dispatcher',
      channel: 'DESK',
      after: { unitCode: 'power', satisfaction: 'BASICALLY_SATISFIED', resolved: true },
      note: '群众表示基本满意',
    });
  });

  it('refuses a callback on an order not yet completed, and a malformed id naming the field, changing nothing', async () => {
    const { order } = await steps.orderTo('health');
    const before = await counts(app);
    const open = await app.gql(RecordCallbackDocument, { input: { orderId: order.id, satisfaction: 'SATISFIED', resolved: true } }, steps.desk);
    expect(open.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentStatus: 'ISSUED' });
    const bad = await app.gql(RecordCallbackDocument, { input: { orderId: 'not-an-id', satisfaction: 'SATISFIED', resolved: true } }, steps.desk);
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'orderId' });
    const future = await completedOrder();
    const later = new Date(Date.now() + 3600_000).toISOString();
    const before2 = await counts(app);
    const inFuture = await app.gql(RecordCallbackDocument, { input: { orderId: future.order.id, satisfaction: 'SATISFIED', resolved: true, calledAt: later } }, steps.desk);
    expect(inFuture.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'calledAt' });
    expect(await counts(app)).toEqual(before2);
    expect(before.events).toBeDefined();
  });

  it('is the desk\'s: a unit operator may not record one', async () => {
    const { order } = await completedOrder();
    const res = await app.gql(RecordCallbackDocument, { input: { orderId: order.id, satisfaction: 'SATISFIED', resolved: true } }, steps.unit('power'));
    expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('complaints (投诉, 媒体曝光, 领导批示)', () => {
  it('records a media report about a unit on an incident against that unit\'s order, by the office', async () => {
    const { incident, order } = await steps.orderTo('health');
    const res = await app.gql(
      RecordComplaintDocument,
      { input: { source: 'MEDIA_EXPOSURE', incidentId: incident.id, unitCode: 'health', text: '县电视台报道：救护车迟迟未到' } },
      { token: app.token('leadership') },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordComplaint).toMatchObject({
      kind: 'COMPLAINT_RECORDED',
      actorRole: 'leadership',
      after: { unitCode: 'health', source: 'MEDIA_EXPOSURE' },
      note: '县电视台报道：救护车迟迟未到',
    });
    const stored = await app.em().getConnection().execute<{ order_id: string }[]>(`select order_id from event where id = ?`, [res.data!.recordComplaint.id]);
    expect(stored[0].order_id).toBe(order.id);
  });

  it('needs an incident or an order, a unit that was ordered to it, and text, each naming its field and changing nothing', async () => {
    const { incident } = await steps.orderTo('health');
    const before = await counts(app);
    const cases = [
      [{ source: 'PUBLIC_COMPLAINT', text: '没人管' }, 'incidentId'],
      [{ source: 'PUBLIC_COMPLAINT', incidentId: incident.id, unitCode: 'power', text: '没人管' }, 'unitCode'],
      [{ source: 'PUBLIC_COMPLAINT', incidentId: incident.id, text: '   ' }, 'text'],
      [{ source: 'PUBLIC_COMPLAINT', incidentId: 'nope', text: '没人管' }, 'incidentId'],
    ] as const;
    for (const [input, field] of cases) {
      const res = await app.gql(RecordComplaintDocument, { input: input as never }, steps.desk);
      expect([field, res.errors?.[0].extensions?.code, res.errors?.[0].extensions?.field]).toEqual([field, 'BAD_USER_INPUT', field]);
    }
    expect(await counts(app)).toEqual(before);
  });
});

describe('reopening (重办)', () => {
  it('takes a closed incident back to CLASSIFIED with the reason and the orders being redone, in its history', async () => {
    const { incident, order } = await completedOrder('power');
    const closed = await app.gql(CloseIncidentDocument, { input: { incidentId: incident.id, note: '已恢复供电' } }, steps.desk);
    expect(closed.errors).toBeUndefined();
    const res = await app.gql(ReopenIncidentDocument, { input: { incidentId: incident.id, reason: '回访群众反映又停电了' } }, { token: app.token('leadership') });
    expect(res.errors).toBeUndefined();
    expect(res.data!.reopenIncident.status).toBe('CLASSIFIED');
    expect(res.data!.reopenIncident.closedAt).toBeNull();
    expect(res.data!.reopenIncident.timeline.at(-1)).toMatchObject({
      kind: 'INCIDENT_REOPENED',
      actorRole: 'leadership',
      note: '回访群众反映又停电了',
      after: { status: 'CLASSIFIED', redoneOrders: [order.id], units: ['power'] },
    });
  });

  it('refuses an incident that is not closed, and an empty reason, changing nothing', async () => {
    const { incident } = await steps.orderTo('power');
    const before = await counts(app);
    const open = await app.gql(ReopenIncidentDocument, { input: { incidentId: incident.id, reason: '再办' } }, steps.desk);
    expect(open.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentStatus: 'DISPATCHED' });
    const closedOne = await completedOrder('power');
    await app.gql(CloseIncidentDocument, { input: { incidentId: closedOne.incident.id, note: '完毕' } }, steps.desk);
    const before2 = await counts(app);
    const empty = await app.gql(ReopenIncidentDocument, { input: { incidentId: closedOne.incident.id, reason: ' ' } }, steps.desk);
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    expect(await counts(app)).toEqual(before2);
    expect(before.orders).toBeDefined();
  });
});
