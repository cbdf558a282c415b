import { SignOrderDocument } from '../generated/graphql';
import { startTestApp, type TestApp } from '../support/app';
import { deskSteps } from './steps';

/** The incident's timeline says, for each line about an order, which order and unit it was. */
let app: TestApp;
let steps: ReturnType<typeof deskSteps>;
beforeAll(async () => {
  app = await startTestApp();
  steps = deskSteps(app);
});
afterAll(() => app.close());

it('names the order and unit of a sign-for the desk recorded by phone, and none for incident-level lines', async () => {
  const incident = await steps.report('主干道路灯倒伏压断电线，附近停电');
  await steps.classify(incident.id, 'LINKAGE');
  const [water, power] = await steps.dispatch(incident.id, [
    { unitCode: 'city-management', channel: 'PHONE', urgency: 'EMERGENCY' },
    { unitCode: 'power', channel: 'PHONE', urgency: 'EMERGENCY' },
  ]);
  const signed = await app.gql(SignOrderDocument, { input: { orderId: power.id, note: '供电公司值班员电话签收' } }, steps.desk);
  expect(signed.errors).toBeUndefined();

  const timeline = (await steps.detail(incident.id)).timeline;
  const lines = timeline.map((e) => ({ kind: e.kind, channel: e.channel, order: e.order?.id ?? null, unit: e.unit?.code ?? null }));
  expect(lines).toEqual([
    { kind: 'INCIDENT_REPORTED', channel: 'DESK', order: null, unit: null },
    { kind: 'INCIDENT_CLASSIFIED', channel: 'DESK', order: null, unit: null },
    { kind: 'ORDER_ISSUED', channel: 'DESK', order: water.id, unit: 'city-management' },
    { kind: 'ORDER_ISSUED', channel: 'DESK', order: power.id, unit: 'power' },
    { kind: 'INCIDENT_DISPATCHED', channel: 'DESK', order: null, unit: null },
    { kind: 'ORDER_SIGNED', channel: 'PHONE', order: power.id, unit: 'power' },
  ]);
});
