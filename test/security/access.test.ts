import { IncidentDocument, IncidentsDocument, OrderDocument, OrdersDocument, UnitsDocument } from '../generated/graphql';
import { startTestApp, type TestApp } from '../support/app';
import { makeIncident, makeOrder, minutesAgo } from '../support/factories';
import type { Incident } from '../../src/modules/incidents/incident.entity';
import type { Order } from '../../src/modules/orders/order.entity';
import { OrderChannel } from '../../src/modules/orders/order.enums';

let app: TestApp;
let shared: Incident;
let powerOrder: Order;
let waterOrder: Order;
let phoneOrder: Order;

beforeAll(async () => {
  app = await startTestApp();
  const em = app.em();
  // A burst main that cut the power: one incident, orders to two units, one of them by phone.
  shared = await makeIncident(em, { description: '水管爆裂冲坏了变压器', receivedAt: minutesAgo(30) });
  powerOrder = await makeOrder(em, shared, 'power', { issuedAt: minutesAgo(29) });
  waterOrder = await makeOrder(em, shared, 'agriculture-water', { issuedAt: minutesAgo(28) });
  const other = await makeIncident(em, { description: '流浪人员在桥下', receivedAt: minutesAgo(20) });
  phoneOrder = await makeOrder(em, other, 'civil-affairs', { issuedAt: minutesAgo(19), channel: OrderChannel.PHONE });
});
afterAll(() => app.close());

describe('who is calling', () => {
  it('refuses an operation without a token as UNAUTHENTICATED, saying how to sign in', async () => {
    const res = await app.gql(UnitsDocument, {}, { token: null });
    expect(res.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.errors![0].message).toMatch(/bearer token/);
    expect(res.data).toBeNull();
  });

  it('refuses a bad token as UNAUTHENTICATED, saying why', async () => {
    const garbage = await app.gql(UnitsDocument, {}, { token: 'not.a.token' });
    expect(garbage.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(garbage.errors![0].message).toMatch(/^The token was refused/);

    const basic = await app.gql(UnitsDocument, {}, { token: null, headers: { authorization: 'Basic dXNlcjpwdw==' } });
    expect(basic.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(basic.errors![0].message).toMatch(/Bearer/);
  });

  it('refuses a known caller without the role as FORBIDDEN, naming the roles needed', async () => {
    const res = await app.gql(IncidentsDocument, { first: 5 }, { token: app.token('unit_operator', 'power') });
    expect(res.errors![0].extensions?.code).toBe('FORBIDDEN');
    expect(res.errors![0].message).toBe(
      'Query.incidents needs one of the roles dispatcher, commander, leadership, admin; this token has unit_operator.',
    );
    expect(res.errors![0].extensions?.requiredRoles).toEqual(['dispatcher', 'commander', 'leadership', 'admin']);
  });
});

describe('a unit operator sees its own unit only', () => {
  const power = () => ({ token: app.token('unit_operator', 'power') });

  it('lists only its own orders', async () => {
    const res = await app.gql(OrdersDocument, { first: 100 }, power());
    expect(res.errors).toBeUndefined();
    expect(res.data!.orders.edges.map((e) => e.node.id)).toEqual([powerOrder.id]);
  });

  it('is refused another unit\'s orders by filter or by id', async () => {
    const byFilter = await app.gql(OrdersDocument, { first: 10, filter: { unitCode: 'civil-affairs' } }, power());
    expect(byFilter.errors![0].extensions?.code).toBe('FORBIDDEN');
    expect(byFilter.errors![0].message).toContain('unit "power"');

    const byId = await app.gql(OrderDocument, { id: waterOrder.id }, power());
    expect(byId.errors![0].extensions?.code).toBe('FORBIDDEN');
    const own = await app.gql(OrderDocument, { id: powerOrder.id }, power());
    expect(own.data!.order.id).toBe(powerOrder.id);
  });

  it('reads the incident of its order, but not the other units\' orders on it, nor other incidents', async () => {
    const res = await app.gql(IncidentDocument, { id: shared.id }, power());
    expect(res.errors).toBeUndefined();
    expect(res.data!.incident.orders.map((o) => o.unit.code)).toEqual(['power']);

    const desk = await app.gql(IncidentDocument, { id: shared.id }, { token: app.token('dispatcher') });
    expect(desk.data!.incident.orders.map((o) => o.unit.code)).toEqual(['power', 'agriculture-water']);

    const foreign = await app.gql(IncidentDocument, { id: phoneOrder.incident.id }, power());
    expect(foreign.errors![0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the grid platform sees the grid channel only', () => {
  it('lists grid orders and is refused phone orders', async () => {
    const grid = { token: app.token('grid_sync') };
    const list = await app.gql(OrdersDocument, { first: 100 }, grid);
    expect(list.data!.orders.edges.map((e) => e.node.channel)).toEqual(['GRID', 'GRID']);
    const phone = await app.gql(OrderDocument, { id: phoneOrder.id }, grid);
    expect(phone.errors![0].extensions?.code).toBe('FORBIDDEN');
  });
});
