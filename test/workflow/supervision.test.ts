import { DeskBoardDocument, OrderTimelineDocument, SignOrderDocument } from '../generated/graphql';
import { sweepOverdueOrders } from '../../src/modules/orders/order.overdue-sweep';
import { startTestApp, type TestApp } from '../support/app';
import { deskSteps } from './steps';

let app: TestApp;
let steps: ReturnType<typeof deskSteps>;
beforeAll(async () => {
  app = await startTestApp();
  steps = deskSteps(app);
});
afterAll(() => app.close());

const later = (minutes: number) => new Date(Date.now() + minutes * 60_000);

describe('time limits', () => {
  it('marks an order that was not signed in time overdue and escalates it to the unit\'s leader', async () => {
    await app.em().getConnection().execute(
      `update unit set leader_name = '赵刚', leader_phone = '13700007777' where code = 'agriculture-water'`,
    );
    await app.em().getConnection().execute(
      `insert into roster_shift (id, unit_id, duty, person_name, phone, starts_at, ends_at)
       select gen_random_uuid(), id, 'LEADER_ON_CALL', '钱敏', '13600006666', now() - interval '1 hour', now() + interval '1 day'
       from unit where code = 'health'`,
    );
    const water = await steps.orderTo('agriculture-water', { urgency: 'EMERGENCY' });
    const health = await steps.orderTo('health', { urgency: 'EMERGENCY' });
    const signedInTime = await steps.orderTo('power', { urgency: 'EMERGENCY' });
    await app.gql(SignOrderDocument, { input: { orderId: signedInTime.order.id } }, steps.unit('power'));

    // Eleven minutes on: past the 10-minute sign limit of phone-duty units, inside the
    // 30-minute arrival limit of the power company's 24-hour team.
    const marked = await sweepOverdueOrders(app.em(), later(11));
    expect(marked).toBe(2);

    const events = (await app.gql(OrderTimelineDocument, { id: water.order.id }, steps.desk)).data!.order;
    expect(events.overdue).toBe(true);
    expect(events.timeline.slice(-2)).toMatchObject([
      { kind: 'ORDER_OVERDUE', channel: 'SYSTEM', actorId: 'system', after: { missed: 'sign', overdue: true } },
      { kind: 'ESCALATED_TO_UNIT_LEADER', channel: 'SYSTEM', after: { leader: { name: '赵刚', phone: '13700007777', source: 'unit' } } },
    ]);
    const healthEvents = (await app.gql(OrderTimelineDocument, { id: health.order.id }, steps.desk)).data!.order.timeline;
    expect(healthEvents.at(-1)!.after).toMatchObject({ leader: { name: '钱敏', source: 'roster' } });
    const power = (await app.gql(OrderTimelineDocument, { id: signedInTime.order.id }, steps.desk)).data!.order;
    expect(power.overdue).toBe(false);

    // A second sweep finds nothing new: each order is escalated once.
    expect(await sweepOverdueOrders(app.em(), later(12))).toBe(0);
  });

  it('splits the work between replicas sweeping at the same time', async () => {
    const created = [];
    for (let i = 0; i < 6; i++) created.push(await steps.orderTo('civil-affairs', { urgency: 'EMERGENCY' }));
    const [a, b, c] = await Promise.all([0, 1, 2].map(() => sweepOverdueOrders(app.em(), later(11))));
    expect(a + b + c).toBe(6);
    for (const { order } of created) {
      const timeline = (await app.gql(OrderTimelineDocument, { id: order.id }, steps.desk)).data!.order.timeline;
      expect(timeline.filter((e) => e.kind === 'ORDER_OVERDUE')).toHaveLength(1);
    }
  });
});

describe('the desk board', () => {
  it('shows open incidents with their orders and next deadline, filtered and searchable in Chinese', async () => {
    const lift = await steps.report('米亚罗镇酒店电梯困人，两名游客被困', 'miyaluo');
    await steps.classify(lift.id, 'LINKAGE');
    const [liftOrder] = await steps.dispatch(lift.id, [{ unitCode: 'work-safety', channel: 'PHONE', urgency: 'EMERGENCY' }]);
    const water = await steps.report('古尔沟镇停水三天了', 'guergou');
    await steps.classify(water.id, 'LINKAGE');
    await steps.dispatch(water.id, [{ unitCode: 'agriculture-water', channel: 'GRID', urgency: 'ROUTINE' }]);

    const search = await app.gql(DeskBoardDocument, { first: 10, filter: { search: '酒店电梯' } }, steps.desk);
    expect(search.data!.deskBoard.edges.map((e) => e.node.id)).toEqual([lift.id]);
    const node = search.data!.deskBoard.edges[0].node;
    expect(node.nextDeadline).toBe(liftOrder.signDeadline);
    expect(node.orders.map((o) => o.unit.code)).toEqual(['work-safety']);

    const byUnit = await app.gql(DeskBoardDocument, { first: 10, filter: { unitCode: 'agriculture-water', areaCode: 'guergou' } }, steps.desk);
    expect(byUnit.data!.deskBoard.edges.map((e) => e.node.id)).toEqual([water.id]);

    const threeChars = await app.gql(DeskBoardDocument, { first: 10, filter: { search: '停水三' } }, steps.desk);
    expect(threeChars.data!.deskBoard.edges.map((e) => e.node.id)).toEqual([water.id]);

    const wildcard = await app.gql(DeskBoardDocument, { first: 10, filter: { search: '%' } }, steps.desk);
    expect(wildcard.data!.deskBoard.totalCount).toBe(0);

    const closedOnes = await app.gql(DeskBoardDocument, { first: 100 }, steps.desk);
    expect(closedOnes.data!.deskBoard.edges.every((e) => e.node.status !== 'CLOSED')).toBe(true);
  });
});
