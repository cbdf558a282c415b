import {
  AcknowledgeEscalationDocument,
  ArriveOrderDocument,
  CloseIncidentDocument,
  CompleteOrderDocument,
  DispatchOrdersDocument,
  DisputeOrderDocument,
  FeedbackOrderDocument,
  OrderTimelineDocument,
  RecordPhoneNotificationDocument,
  RuleDisputeDocument,
  SignOrderDocument,
  ClassifyIncidentDocument,
} from '../generated/graphql';
import { startTestApp, type TestApp } from '../support/app';
import { deskSteps } from './steps';

/** Every path of notice section 四, walked through /graphql as the desk and the units would. */
let app: TestApp;
let steps: ReturnType<typeof deskSteps>;
beforeAll(async () => {
  app = await startTestApp();
  steps = deskSteps(app);
});
afterAll(() => app.close());

const minutesFrom = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

describe('the paths of the notice', () => {
  it('police matter: the police handle it alone and the desk closes it', async () => {
    const incident = await steps.report('两人在菜市场持刀打架');
    const classified = await steps.classify(incident.id, 'POLICE');
    expect(classified.status).toBe('CLASSIFIED');

    const toOthers = await app.gql(
      DispatchOrdersDocument,
      { input: { incidentId: incident.id, orders: [{ unitCode: 'civil-affairs', channel: 'GRID', urgency: 'URGENT' }] } },
      steps.desk,
    );
    expect(toOthers.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(toOthers.errors![0].message).toMatch(/handled by the police alone/);

    const closed = await app.gql(CloseIncidentDocument, { input: { incidentId: incident.id, note: '民警已处置' } }, steps.desk);
    expect(closed.data!.closeIncident).toMatchObject({ status: 'CLOSED', closingNote: '民警已处置' });
    const detail = await steps.detail(incident.id);
    expect(detail.timeline.map((e) => e.kind)).toEqual(['INCIDENT_REPORTED', 'INCIDENT_CLASSIFIED', 'INCIDENT_CLOSED']);
    expect(detail.timeline.every((e) => e.channel === 'DESK' && e.actorRole === 'dispatcher')).toBe(true);
  });

  it('threat to public safety: police respond first and the unit is ordered at the same time', async () => {
    const incident = await steps.report('主干道燃气管道泄漏，有很大气味');
    await steps.classify(incident.id, 'JOINT');
    const withoutPolice = await app.gql(
      DispatchOrdersDocument,
      { input: { incidentId: incident.id, orders: [{ unitCode: 'work-safety', channel: 'PHONE', urgency: 'EMERGENCY' }] } },
      steps.desk,
    );
    expect(withoutPolice.errors![0].message).toMatch(/police to respond first/);

    const orders = await steps.dispatch(incident.id, [
      { unitCode: 'police', channel: 'PHONE', urgency: 'EMERGENCY' },
      { unitCode: 'work-safety', channel: 'PHONE', urgency: 'EMERGENCY', instructions: '立即派员到场排查' },
    ]);
    expect(orders.map((o) => [o.unit.code, o.status])).toEqual([
      ['police', 'ISSUED'],
      ['work-safety', 'ISSUED'],
    ]);
    expect(orders[0].issuedAt).toBe(orders[1].issuedAt);
    // Emergency orders to a phone-duty unit: 10 minutes to sign, per the default policy.
    expect(orders[1].signDeadline).toBe(minutesFrom(orders[1].issuedAt, 10));
    expect((await steps.detail(incident.id)).status).toBe('DISPATCHED');
  });

  it('general matter through the grid channel: the unit signs, arrives, feeds back and completes', async () => {
    const { incident, order } = await steps.orderTo('civil-affairs', { channel: 'GRID', urgency: 'ROUTINE' });
    const unit = steps.unit('civil-affairs');
    const signed = await app.gql(SignOrderDocument, { input: { orderId: order.id } }, unit);
    expect(signed.data!.signOrder.status).toBe('SIGNED');
    const arrivedAt = new Date().toISOString();
    const arrived = await app.gql(ArriveOrderDocument, { input: { orderId: order.id, arrivedAt } }, unit);
    expect(arrived.data!.arriveOrder).toMatchObject({ status: 'ON_SCENE', arrivedAt });
    for (const text of ['现场有一名流浪老人，已送衣物', '已联系救助站车辆']) {
      const fed = await app.gql(
        FeedbackOrderDocument,
        { input: { orderId: order.id, kind: 'PROGRESS', text, attachmentUrls: ['https://files.example.cn/photo1.jpg'] } },
        unit,
      );
      expect(fed.data!.feedbackOrder.status).toBe('HANDLING');
    }
    const done = await app.gql(CompleteOrderDocument, { input: { orderId: order.id, result: '已送救助站安置' } }, unit);
    expect(done.data!.completeOrder.status).toBe('COMPLETED');

    const timeline = await app.gql(OrderTimelineDocument, { id: order.id }, steps.desk);
    const events = timeline.data!.order.timeline;
    expect(events.map((e) => e.kind)).toEqual([
      'ORDER_ISSUED',
      'ORDER_SIGNED',
      'ORDER_ARRIVED',
      'FEEDBACK_RECORDED',
      'FEEDBACK_RECORDED',
      'ORDER_COMPLETED',
    ]);
    expect(events.slice(1).every((e) => e.channel === 'UNIT_CONSOLE' && e.actorUnit === 'civil-affairs' && e.actorRole === 'unit_operator')).toBe(true);
    expect(events[2]).toMatchObject({ occurredAt: arrivedAt, before: { status: 'SIGNED' }, after: { status: 'ON_SCENE' } });

    const closed = await app.gql(CloseIncidentDocument, { input: { incidentId: incident.id, note: '已办结' } }, steps.desk);
    expect(closed.data!.closeIncident.status).toBe('CLOSED');
  });

  it('emergency by phone: the desk phones the unit and records its phone feedback', async () => {
    const incident = await steps.report('城区停电，医院备用电源告急');
    await steps.classify(incident.id, 'LINKAGE');
    const [order] = await steps.dispatch(incident.id, [{ unitCode: 'power', channel: 'PHONE', urgency: 'EMERGENCY' }]);
    const desk = steps.desk;
    const phoned = await app.gql(
      RecordPhoneNotificationDocument,
      { input: { orderId: order.id, contactName: '电力公司值班员李强', phone: '0837-6821234' } },
      desk,
    );
    expect(phoned.errors).toBeUndefined();
    await app.gql(SignOrderDocument, { input: { orderId: order.id, note: '电话签收' } }, desk);
    await app.gql(ArriveOrderDocument, { input: { orderId: order.id, arrivedAt: new Date().toISOString() } }, desk);
    await app.gql(CompleteOrderDocument, { input: { orderId: order.id, result: '已恢复供电' } }, desk);

    const events = (await app.gql(OrderTimelineDocument, { id: order.id }, desk)).data!.order.timeline;
    expect(events.map((e) => [e.kind, e.channel])).toEqual([
      ['ORDER_ISSUED', 'DESK'],
      ['PHONE_NOTIFICATION_RECORDED', 'DESK'],
      ['ORDER_SIGNED', 'PHONE'],
      ['ORDER_ARRIVED', 'PHONE'],
      ['ORDER_COMPLETED', 'PHONE'],
    ]);
    expect(events[1].after).toMatchObject({ contactName: '电力公司值班员李强' });
    expect(events.every((e) => e.actorRole === 'dispatcher')).toBe(true);
  });

  it('dispute upheld: the order is cancelled and reassigned; dispute rejected: it goes back to the unit', async () => {
    const { incident, order } = await steps.orderTo('tourism');
    const tourism = steps.unit('tourism');
    const disputed = await app.gql(DisputeOrderDocument, { input: { orderId: order.id, reason: '价格欺诈属于物价局职责' } }, tourism);
    expect(disputed.data!.disputeOrder).toMatchObject({ status: 'DISPUTED', disputeReason: '价格欺诈属于物价局职责' });

    const asDispatcher = await app.gql(RuleDisputeDocument, { input: { orderId: order.id, ruling: 'UPHOLD', reassignTo: ['price'] } }, steps.desk);
    expect(asDispatcher.errors![0].extensions?.code).toBe('FORBIDDEN');

    const commander = { token: app.token('commander') };
    const upheld = await app.gql(RuleDisputeDocument, { input: { orderId: order.id, ruling: 'UPHOLD', reassignTo: ['price'] } }, commander);
    expect(upheld.data!.ruleDispute.map((o) => [o.unit.code, o.status])).toEqual([
      ['tourism', 'CANCELLED'],
      ['price', 'ISSUED'],
    ]);
    const detail = await steps.detail(incident.id);
    expect(detail.timeline.map((e) => e.kind)).toContain('DISPUTE_UPHELD');

    const second = await steps.orderTo('transport');
    const transport = steps.unit('transport');
    await app.gql(SignOrderDocument, { input: { orderId: second.order.id } }, transport);
    await app.gql(DisputeOrderDocument, { input: { orderId: second.order.id, reason: '不是我们的事' } }, transport);
    const rejected = await app.gql(
      RuleDisputeDocument,
      { input: { orderId: second.order.id, ruling: 'REJECT', note: '道路运输属交通局职责' } },
      { token: app.token('leadership') },
    );
    expect(rejected.data!.ruleDispute.map((o) => [o.unit.code, o.status])).toEqual([['transport', 'SIGNED']]);
  });

  it('major incident: reported to the three targets at the moment of dispatch, each acknowledged on its own', async () => {
    const incident = await steps.report('桃坪镇山体滑坡，多户房屋被埋');
    await steps.classify(incident.id, 'JOINT');
    const orders = await steps.dispatch(
      incident.id,
      [
        { unitCode: 'police', channel: 'PHONE', urgency: 'EMERGENCY' },
        { unitCode: 'land-resources', channel: 'PHONE', urgency: 'EMERGENCY' },
        { unitCode: 'health', channel: 'PHONE', urgency: 'EMERGENCY' },
      ],
      true,
    );
    const detail = await steps.detail(incident.id);
    expect(detail.major).toBe(true);
    expect(detail.escalations.map((e) => e.target.code)).toEqual(['county-party-committee', 'county-government', 'leadership-group']);
    expect(detail.escalations.every((e) => e.reportedAt === orders[0].issuedAt && e.acknowledgedAt === null)).toBe(true);

    const leadership = { token: app.token('leadership') };
    const ack = await app.gql(AcknowledgeEscalationDocument, { input: { escalationId: detail.escalations[1].id } }, leadership);
    expect(ack.data!.acknowledgeEscalation.acknowledgedAt).not.toBeNull();
    const again = await app.gql(AcknowledgeEscalationDocument, { input: { escalationId: detail.escalations[1].id } }, leadership);
    expect(again.errors![0].extensions?.code).toBe('CONFLICT');
    const after = await steps.detail(incident.id);
    expect(after.escalations.map((e) => e.acknowledgedAt !== null)).toEqual([false, true, false]);
    expect(after.timeline.filter((e) => e.kind === 'INCIDENT_ESCALATED')).toHaveLength(3);
  });

  it('no dispatch needed: the call is closed with its reason', async () => {
    const incident = await steps.report('打错了，不好意思');
    const noReason = await app.gql(ClassifyIncidentDocument, { input: { incidentId: incident.id, classification: 'NO_DISPATCH' } }, steps.desk);
    expect(noReason.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    const closed = await app.gql(
      ClassifyIncidentDocument,
      { input: { incidentId: incident.id, classification: 'NO_DISPATCH', noDispatchReason: 'MISDIAL' } },
      steps.desk,
    );
    expect(closed.data!.classifyIncident).toMatchObject({ status: 'CLOSED', noDispatchReason: 'MISDIAL' });
    expect(closed.data!.classifyIncident.closedAt).not.toBeNull();
  });
});
