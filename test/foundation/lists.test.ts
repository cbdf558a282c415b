import { OrderCountDocument, OrdersDocument, IncidentsDocument } from '../generated/graphql';
import { startTestApp, type TestApp } from '../support/app';
import { makeIncident, makeOrder, minutesAgo } from '../support/factories';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ defaultRole: 'dispatcher' });
});
afterAll(() => app.close());

const UNITS = ['civil-affairs', 'power', 'agriculture-water', 'market-regulation'];

describe('order and incident lists', () => {
  beforeAll(async () => {
    const em = app.em();
    // 120 incidents, one order each, spread over units and two areas, one minute apart.
    for (let i = 0; i < 120; i++) {
      const incident = await makeIncident(em, {
        description: `测试警情 ${i}`,
        receivedAt: minutesAgo(200 - i),
        areaCode: i % 2 === 0 ? 'zagunao' : 'xuecheng',
        major: i % 10 === 0,
      });
      await makeOrder(em, incident, UNITS[i % UNITS.length], { issuedAt: minutesAgo(199 - i), overdue: i % 3 === 0 });
    }
  });

  it('pages newest first without gaps or repeats, and says when the list ends', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    for (;;) {
      const res = await app.gql(OrdersDocument, { first: 50, after });
      expect(res.errors).toBeUndefined();
      const { edges, pageInfo } = res.data!.orders;
      seen.push(...edges.map((e) => e.node.id));
      pages++;
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor!;
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(120);
    expect(new Set(seen).size).toBe(120);

    const first = await app.gql(OrdersDocument, { first: 3 });
    const times = first.data!.orders.edges.map((e) => Date.parse(e.node.issuedAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(first.data!.orders.edges[0].node.incident.description).toBe('测试警情 119');
  });

  it('filters orders by unit, state, overdue flag and time range, and counts them', async () => {
    const power = await app.gql(OrderCountDocument, { filter: { unitCode: 'power' } });
    expect(power.data!.orders.totalCount).toBe(30);

    const overduePower = await app.gql(OrdersDocument, { first: 100, filter: { unitCode: 'power', overdue: true } });
    expect(overduePower.data!.orders.edges.every((e) => e.node.unit.code === 'power' && e.node.overdue)).toBe(true);
    expect(overduePower.data!.orders.edges).toHaveLength(10);

    const window = await app.gql(OrderCountDocument, {
      filter: { issuedFrom: minutesAgo(99).toISOString(), issuedTo: minutesAgo(89).toISOString() },
    });
    expect(window.data!.orders.totalCount).toBe(10);

    const none = await app.gql(OrderCountDocument, { filter: { statuses: ['COMPLETED'] } });
    expect(none.data!.orders.totalCount).toBe(0);
  });

  it('filters incidents by area (including areas below it) and by major flag', async () => {
    const inZagunao = await app.gql(IncidentsDocument, { first: 100, filter: { areaCode: 'zagunao' } });
    expect(inZagunao.data!.incidents.totalCount).toBe(60);
    expect(inZagunao.data!.incidents.edges.every((e) => e.node.area?.code === 'zagunao')).toBe(true);

    const county = await app.gql(IncidentsDocument, { first: 1, filter: { areaCode: 'lixian' } });
    expect(county.data!.incidents.totalCount).toBe(120);

    const major = await app.gql(IncidentsDocument, { first: 100, filter: { major: true } });
    expect(major.data!.incidents.totalCount).toBe(12);
  });

  it.each([
    [{ first: 101 }, /at most 100/],
    [{ first: 0 }, /at least 1/],
    [{ first: 10, after: 'not-a-cursor' }, /cursor/],
    [{ first: 10, filter: { unitCode: 'nonexistent-unit' } }, /No member unit has the code "nonexistent-unit"/],
    [{ first: 10, filter: { issuedFrom: '2026-11-02T00:00:00Z', issuedTo: '2026-11-01T00:00:00Z' } }, /start .* is after the end/],
    [{ first: 10, filter: { incidentId: '42' } }, /not a valid incident id/],
  ])('refuses bad arguments %j with a readable message', async (variables, message) => {
    const res = await app.gql(OrdersDocument, variables as never);
    expect(res.errors).toHaveLength(1);
    expect(['BAD_USER_INPUT', 'NOT_FOUND']).toContain(res.errors![0].extensions?.code);
    expect(res.errors![0].message).toMatch(message);
    expect(res.data).toBeNull();
  });

  it('refuses a wrongly typed variable with BAD_USER_INPUT', async () => {
    const res = await app.gql(OrdersDocument, { first: 'ten' as unknown as number });
    expect(res.errors![0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toContain('$first');
  });
});

describe('request-scoped loaders', () => {
  it('lists orders with their unit and incident in the same number of statements for 1 row and for 100', async () => {
    const one = await app.countStatements(() => app.gql(OrdersDocument, { first: 1 }));
    const hundred = await app.countStatements(() => app.gql(OrdersDocument, { first: 100 }));
    expect(one.result.data!.orders.edges).toHaveLength(1);
    expect(hundred.result.data!.orders.edges).toHaveLength(100);
    expect(hundred.result.data!.orders.edges.every((e) => e.node.unit.code && e.node.incident.description)).toBe(true);
    // One statement builds the page with its units and incidents (src/graphql/compiled-read.ts).
    expect(one.statements).toHaveLength(1);
    expect(hundred.statements).toHaveLength(one.statements.length);
  });

  it('lists incidents with area and orders with their units in constant statements', async () => {
    const one = await app.countStatements(() => app.gql(IncidentsDocument, { first: 1 }));
    const hundred = await app.countStatements(() => app.gql(IncidentsDocument, { first: 100 }));
    expect(hundred.result.data!.incidents.edges.every((e) => e.node.orders.length === 1)).toBe(true);
    expect(hundred.statements).toHaveLength(one.statements.length);
  });
});
