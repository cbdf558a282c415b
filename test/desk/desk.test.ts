import {
  AmendOrderDocument,
  ClassifyIncidentDocument,
  CompleteOrderDocument,
  DeskIncidentDocument,
  DeskOrderDocument,
  DeskRelatedListDocument,
  DeskReportDocument,
  DeskSearchDocument,
  FeedbackOrderDocument,
  LinkIncidentDocument,
  SignOrderDocument,
  ArriveOrderDocument,
  UpdateTimeLimitPolicyDocument,
  type ReportIncidentInput,
} from '../generated/graphql';
import { startTestApp, type TestApp } from '../support/app';
import { FeedClient, feedHead } from '../support/subscriptions';
import { counts, deskSteps } from '../workflow/steps';

/**
 * The desk's daily work through /graphql: case numbers, search in Chinese, repeat calls and
 * their link, amending an order, and the input rules that refuse what cannot be meant.
 */
let app: TestApp;
let steps: ReturnType<typeof deskSteps>;
beforeAll(async () => {
  app = await startTestApp();
  steps = deskSteps(app);
});
afterAll(() => app.close());

function call(input: Partial<ReportIncidentInput> & { description: string }): ReportIncidentInput {
  return { intakeChannel: 'CALL_110', place: { areaCode: 'zagunao' }, ...input };
}

async function report(input: Partial<ReportIncidentInput> & { description: string }) {
  const res = await app.gql(DeskReportDocument, { input: call(input) }, steps.desk);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.reportIncident;
}

async function incident(id: string) {
  const res = await app.gql(DeskIncidentDocument, { id }, steps.desk);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.incident;
}

async function search(text: string, extra: { openOnly?: boolean } = {}) {
  const res = await app.gql(DeskSearchDocument, { input: { text, ...extra }, first: 50 }, steps.desk);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.searchIncidents;
}

describe('case numbers 警情编号', () => {
  it('are given at intake in the pattern, one sequence per Asia/Shanghai day, shown on every order and searchable', async () => {
    // 23:30 and 23:50 UTC on 1 December are already 2 December in Shanghai; 15:00 UTC is still the 1st.
    const first = await report({ description: '测试编号一', receivedAt: '2026-10-01T23:30:00Z' });
    const second = await report({ description: '测试编号二', receivedAt: '2026-10-01T23:50:00Z' });
    const sameUtcDay = await report({ description: '测试编号三', receivedAt: '2026-10-01T15:00:00Z' });
    expect(first.caseNumber).toBe('LX110-20261002-0001');
    expect(second.caseNumber).toBe('LX110-20261002-0002');
    expect(sameUtcDay.caseNumber).toBe('LX110-20261001-0001');

    await steps.classify(second.id, 'LINKAGE');
    const [order] = await steps.dispatch(second.id, [{ unitCode: 'power', channel: 'PHONE', urgency: 'URGENT' }]);
    const detail = await incident(second.id);
    expect(detail.orders).toEqual([{ id: order.id, caseNumber: 'LX110-20261002-0002', gridCaseNumber: null }]);

    const found = await search('LX110-20261002-0002');
    expect(found.map((hit) => hit.incident.id)).toEqual([second.id]);
    const lowerCase = await search('lx110-20261002-0001');
    expect(lowerCase.map((hit) => hit.incident.id)).toEqual([first.id]);
  });

  it("show the grid platform's own case number on a grid order once the grid platform holds it", async () => {
    const { order } = await steps.orderTo('civil-affairs', { channel: 'GRID' });
    expect((await app.gql(DeskOrderDocument, { id: order.id }, steps.desk)).data!.order.gridCaseNumber).toBeNull();
    // Arrange what the relay stores after the grid platform's answer to the create.
    await app
      .em()
      .getConnection()
      .execute(`insert into grid_task (order_id, grid_case_id, synced_version, synced_stage, cancelled, synced_at) values (?, 'WG2026120100042', 1, 'DISPATCHED', false, now())`, [order.id]);
    expect((await app.gql(DeskOrderDocument, { id: order.id }, steps.desk)).data!.order.gridCaseNumber).toBe('WG2026120100042');
  });
});

describe('repeat calls 重复报警', () => {
  it('shows calls from the same number and about the same place and matter, and links a repeat to the open incident', async () => {
    const firstCall = await report({
      description: '朝阳小区5栋着火了，浓烟从窗户冒出来',
      place: { areaCode: 'zagunao', address: '杂谷脑镇朝阳小区5栋' },
      callbackNumber: '13122223333',
    });
    await steps.classify(firstCall.id, 'JOINT');
    await steps.dispatch(firstCall.id, [{ unitCode: 'police', channel: 'PHONE', urgency: 'EMERGENCY' }]);
    const earlierFromNumber = await report({ description: '楼上装修太吵', callbackNumber: '13144445555', receivedAt: new Date(Date.now() - 10 * 86400_000).toISOString() });
    const tooOld = await report({ description: '楼上又在装修', callbackNumber: '13144445555', receivedAt: new Date(Date.now() - 40 * 86400_000).toISOString() });
    const elsewhere = await report({ description: '河边草地着火了', place: { address: '米亚罗镇河边' }, callbackNumber: '13166667777' });
    const repeat = await report({
      description: '5栋着火，好多烟',
      place: { address: '朝阳小区5栋' },
      callbackNumber: '13144445555',
    });

    const related = (await incident(repeat.id)).relatedCalls;
    expect(related).toEqual([
      { reasons: ['SAME_PLACE_AND_MATTER'], incident: expect.objectContaining({ id: firstCall.id }) },
      { reasons: ['SAME_CALLBACK_NUMBER'], incident: expect.objectContaining({ id: earlierFromNumber.id }) },
    ]);
    expect(related.map((r) => r.incident.id)).not.toContain(tooOld.id);
    // Other callers' calls are the desk's to see, not a unit's that reaches the incident through its order.
    const [order] = (await incident(firstCall.id)).orders;
    const byUnit = await app.gql(DeskIncidentDocument, { id: firstCall.id }, steps.unit('police'));
    expect(byUnit.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual([['incident.relatedCalls', 'FORBIDDEN']]);
    expect(order.caseNumber).toBe(firstCall.caseNumber);
    expect(related.map((r) => r.incident.id)).not.toContain(elsewhere.id);

    const linked = await app.gql(LinkIncidentDocument, { input: { incidentId: repeat.id, repeatOfId: firstCall.id, note: '同一起火情' } }, steps.desk);
    expect(linked.errors).toBeUndefined();
    expect(linked.data!.linkIncident).toMatchObject({
      id: repeat.id,
      status: 'CLOSED',
      classification: 'NO_DISPATCH',
      noDispatchReason: 'DUPLICATE',
      duplicateOf: { id: firstCall.id },
    });
    const call = await incident(repeat.id);
    expect(call.timeline.at(-1)).toMatchObject({
      kind: 'INCIDENT_LINKED_AS_REPEAT',
      channel: 'DESK',
      actorRole: 'dispatcher',
      note: '同一起火情',
      before: { status: 'RECEIVED', classification: null },
      after: { status: 'CLOSED', repeatOf: firstCall.id, repeatOfCaseNumber: firstCall.caseNumber },
    });
    const open = await incident(firstCall.id);
    expect(open.status).toBe('DISPATCHED');
    expect(open.timeline.at(-1)).toMatchObject({
      kind: 'REPEAT_CALL_LINKED',
      channel: 'DESK',
      actorRole: 'dispatcher',
      after: { repeatCall: repeat.id, repeatCallCaseNumber: repeat.caseNumber, callbackNumber: '13144445555' },
    });
  });

  it('answers relatedCalls for a whole list in the same number of statements as for two incidents', async () => {
    // No live feed on this server: its reads after each commit would mix into the counts.
    const quiet = await startTestApp({ server: { feed: false } });
    try {
      const desk = deskSteps(quiet).desk;
      const calls = [];
      for (let i = 0; i < 6; i++) {
        const input = call({ description: `西街${i}号门面漏水，水往外冒`, place: { address: `西街${i}号` }, callbackNumber: '13188889999' });
        const res = await quiet.gql(DeskReportDocument, { input }, desk);
        calls.push(res.data!.reportIncident);
      }
      const ids = calls.map((c) => c.id);
      const run = (some: string[]) => quiet.countStatements(() => quiet.gql(DeskRelatedListDocument, { filter: { ids: some } }, desk));
      const two = await run(ids.slice(0, 2));
      const six = await run(ids);
      expect(six.result.errors).toBeUndefined();
      for (const edge of six.result.data!.incidents.edges) {
        expect(edge.node.relatedCalls.map((r) => r.incident.id).sort()).toEqual(ids.filter((id) => id !== edge.node.id).sort());
      }
      expect(six.statements.length).toBe(two.statements.length);
    } finally {
      await quiet.close();
    }
  });

  it('refuses links that cannot be meant, changing nothing', async () => {
    const open = await report({ description: '水管爆了', callbackNumber: '13100001111' });
    const fresh = await report({ description: '水管爆了还在喷' });
    const dispatched = await steps.orderTo('power');
    const closed = await report({ description: '误拨' });
    await app.gql(ClassifyIncidentDocument, { input: { incidentId: closed.id, classification: 'NO_DISPATCH', noDispatchReason: 'MISDIAL' } }, steps.desk);
    const repeat = await report({ description: '水管爆了，水流到路上' });
    expect((await app.gql(LinkIncidentDocument, { input: { incidentId: repeat.id, repeatOfId: open.id } }, steps.desk)).errors).toBeUndefined();
    const before = await counts(app);

    const self = await app.gql(LinkIncidentDocument, { input: { incidentId: fresh.id, repeatOfId: fresh.id } }, steps.desk);
    expect(self.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'repeatOfId' });
    const withOrders = await app.gql(LinkIncidentDocument, { input: { incidentId: dispatched.incident.id, repeatOfId: open.id } }, steps.desk);
    expect(withOrders.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', currentStatus: 'DISPATCHED' } });
    const toClosed = await app.gql(LinkIncidentDocument, { input: { incidentId: fresh.id, repeatOfId: closed.id } }, steps.desk);
    expect(toClosed.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', currentStatus: 'CLOSED' } });
    const toRepeat = await app.gql(LinkIncidentDocument, { input: { incidentId: fresh.id, repeatOfId: repeat.id } }, steps.desk);
    expect(toRepeat.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'repeatOfId' });
    expect(toRepeat.errors?.[0].message).toContain(open.id);
    const byUnit = await app.gql(LinkIncidentDocument, { input: { incidentId: fresh.id, repeatOfId: open.id } }, steps.unit('power'));
    expect(byUnit.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(await counts(app)).toEqual(before);
  });
});

describe('amendOrder 变更指令', () => {
  it('changes urgency and instructions, sets the owed deadlines afresh from the policy, records before and after, and tells the unit and the grid platform', async () => {
    const { order } = await steps.orderTo('civil-affairs', { channel: 'GRID', urgency: 'ROUTINE', instructions: '核实情况' });
    await app.gql(SignOrderDocument, { input: { orderId: order.id } }, steps.unit('civil-affairs'));
    const before = (await app.gql(DeskOrderDocument, { id: order.id }, steps.desk)).data!.order;
    const outboxBefore = await gridMessages(order.id);
    const feed = new FeedClient(app.url, app.token('unit_operator', 'civil-affairs')).subscribe(
      'subscription ($after: String) { orderFeed(after: $after) { kind order { id urgency instructions } } }',
      { after: await feedHead(app.databaseUrl) },
    );
    try {
      const res = await app.gql(AmendOrderDocument, { input: { orderId: order.id, urgency: 'EMERGENCY', instructions: '老人被困，立即到场' } }, steps.desk);
      expect(res.errors).toBeUndefined();
      const amended = (await app.gql(DeskOrderDocument, { id: order.id }, steps.desk)).data!.order;
      const event = amended.timeline.at(-1)!;
      expect(event).toMatchObject({
        kind: 'ORDER_AMENDED',
        channel: 'DESK',
        before: { urgency: 'ROUTINE', instructions: '核实情况', signDeadline: before.signDeadline, arriveDeadline: before.arriveDeadline },
        after: { urgency: 'EMERGENCY', instructions: '老人被困，立即到场', arriveDeadline: amended.arriveDeadline },
      });
      // civil-affairs is a phone-duty unit: EMERGENCY gives 60 minutes to arrive and 240 to feed back, from the amendment.
      const at = new Date(event.occurredAt).getTime();
      expect(new Date(amended.arriveDeadline!).getTime()).toBe(at + 60 * 60_000);
      expect(new Date(amended.feedbackDeadline!).getTime()).toBe(at + 240 * 60_000);
      // Signed already: that deadline was met and stays.
      expect(amended.signDeadline).toBe(before.signDeadline);
      expect(amended).toMatchObject({ urgency: 'EMERGENCY', instructions: '老人被困，立即到场' });

      const message = await feed.next();
      expect(message.data?.orderFeed).toEqual({ kind: 'ORDER_AMENDED', order: { id: order.id, urgency: 'EMERGENCY', instructions: '老人被困，立即到场' } });
      expect(await gridMessages(order.id)).toEqual([...outboxBefore, 'ORDER_AMENDED']);
    } finally {
      await feed.close();
    }
  });

  it('changes only the instructions without touching the deadlines', async () => {
    const { order } = await steps.orderTo('power', { channel: 'PHONE', urgency: 'URGENT' });
    const res = await app.gql(AmendOrderDocument, { input: { orderId: order.id, instructions: '带上发电机' } }, steps.desk);
    expect(res.data!.amendOrder).toMatchObject({ urgency: 'URGENT', instructions: '带上发电机', signDeadline: order.signDeadline });
  });

  it('refuses an amendment that changes nothing, names nothing, or comes after the order is finished', async () => {
    const { order } = await steps.orderTo('power', { channel: 'PHONE', urgency: 'URGENT' });
    const unit = steps.unit('power');
    await app.gql(SignOrderDocument, { input: { orderId: order.id } }, unit);
    await app.gql(ArriveOrderDocument, { input: { orderId: order.id, arrivedAt: new Date().toISOString() } }, unit);
    const before = await counts(app);
    const nothing = await app.gql(AmendOrderDocument, { input: { orderId: order.id } }, steps.desk);
    expect(nothing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'urgency' });
    const same = await app.gql(AmendOrderDocument, { input: { orderId: order.id, urgency: 'URGENT' } }, steps.desk);
    expect(same.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'urgency' });
    expect(await counts(app)).toEqual(before);

    await app.gql(CompleteOrderDocument, { input: { orderId: order.id, result: '已恢复供电' } }, unit);
    const afterDone = await counts(app);
    const late = await app.gql(AmendOrderDocument, { input: { orderId: order.id, urgency: 'EMERGENCY' } }, steps.desk);
    expect(late.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT', currentStatus: 'COMPLETED' } });
    expect(await counts(app)).toEqual(afterDone);
    const byUnit = await app.gql(AmendOrderDocument, { input: { orderId: order.id, urgency: 'EMERGENCY' } }, unit);
    expect(byUnit.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('input rules', () => {
  it.each([
    ['a latitude without its longitude', { latitude: 31.48 }, 'latitude needs its longitude', 'place.latitude'],
    ['a longitude without its latitude', { longitude: 103.17 }, 'longitude needs its latitude', 'place.longitude'],
    ['a latitude beyond 90', { latitude: 91, longitude: 103.17 }, 'latitude must be between -90 and 90', 'place.latitude'],
    ['a longitude beyond 180', { latitude: 31.48, longitude: -180.5 }, 'longitude must be between -180 and 180', 'place.longitude'],
  ])('refuses %s, naming the field', async (_label, place, message, field) => {
    const before = await counts(app);
    const res = await app.gql(DeskReportDocument, { input: call({ description: '坐标测试', place }) }, steps.desk);
    expect(res.errors?.[0].message).toContain(message);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await counts(app)).toEqual(before);
  });

  it('takes both coordinates together', async () => {
    const res = await app.gql(DeskReportDocument, { input: call({ description: '坐标测试', place: { latitude: 31.48, longitude: 103.17 } }) }, steps.desk);
    expect(res.errors).toBeUndefined();
  });

  const policy = { urgency: 'URGENT', dutyMode: 'PHONE_DUTY', signWithinMinutes: 30, arriveWithinMinutes: 120, feedbackWithinMinutes: 720, disputeWithinMinutes: 30 } as const;

  it.each([
    ['arrive shorter than sign', { arriveWithinMinutes: 20 }, 'arriveWithinMinutes may not be shorter than signWithinMinutes', 'arriveWithinMinutes'],
    ['feedback shorter than arrive', { feedbackWithinMinutes: 100 }, 'feedbackWithinMinutes may not be shorter than arriveWithinMinutes', 'feedbackWithinMinutes'],
    ['the UNSPECIFIED duty mode', { dutyMode: 'UNSPECIFIED' }, 'update dutyMode PHONE_DUTY', 'dutyMode'],
  ] as const)('refuses a time-limit policy with %s and leaves the table as it was', async (_label, change, message, field) => {
    const table = await policyTable();
    const res = await app.gql(UpdateTimeLimitPolicyDocument, { input: { ...policy, ...change, signWithinMinutes: 25 } }, { token: app.token('admin') });
    expect(res.errors?.[0].message).toContain(message);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await policyTable()).toEqual(table);
  });

  it('refuses a RESULT sent as feedback, pointing to completeOrder, so an order never has two results', async () => {
    const { order } = await steps.orderTo('power', { channel: 'PHONE' });
    const unit = steps.unit('power');
    await app.gql(SignOrderDocument, { input: { orderId: order.id } }, unit);
    await app.gql(ArriveOrderDocument, { input: { orderId: order.id, arrivedAt: new Date().toISOString() } }, unit);
    const before = await counts(app);
    const res = await app.gql(FeedbackOrderDocument, { input: { orderId: order.id, kind: 'RESULT', text: '已修复' } }, unit);
    expect(res.errors?.[0].message).toContain('completeOrder');
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
    expect(await counts(app)).toEqual(before);
    await app.gql(CompleteOrderDocument, { input: { orderId: order.id, result: '已修复' } }, unit);
    const results = await app.em().getConnection().execute(`select count(*)::int as n from feedback where order_id = ? and kind = 'RESULT'`, [order.id]);
    expect(results[0].n).toBe(1);
  });
});

async function gridMessages(orderId: string): Promise<string[]> {
  const rows = await app.em().getConnection().execute<{ reason: string }[]>('select reason from grid_outbox where order_id = ? order by seq', [orderId]);
  return rows.map((row) => row.reason);
}

async function policyTable() {
  return app
    .em()
    .getConnection()
    .execute('select urgency, duty_mode, sign_within_minutes, arrive_within_minutes, feedback_within_minutes from time_limit_policy order by urgency, duty_mode');
}
