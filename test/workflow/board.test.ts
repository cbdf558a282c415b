import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  BoardDocument,
  BoardOrdinaryDocument,
  DeskBoardDocument,
  DisputeOrderDocument,
  OrderListDocument,
  OrderListOrdinaryDocument,
  type BoardQueryVariables,
} from '../generated/graphql';
import { startTestApp, type TestApp } from '../support/app';
import { makeIncident, makeOrder } from '../support/factories';
import { deskSteps } from './steps';

let app: TestApp;
let steps: ReturnType<typeof deskSteps>;
const ids: Record<string, string> = {};
const orderIds: Record<string, string> = {};
/** Deadlines a day ahead, so no sweep or clock makes them due while the test runs. */
const ahead = (minutes: number) => new Date(Date.now() + 24 * 3_600_000 + minutes * 60_000);
const received = (minutes: number) => new Date(Date.now() - minutes * 60_000);

beforeAll(async () => {
  app = await startTestApp({ defaultRole: 'dispatcher' });
  steps = deskSteps(app);
  const em = app.em();
  // sign: a major call with one GRID order waiting to be signed for.
  const sign = await makeIncident(em, { description: '看板 待签收', receivedAt: received(50), major: true, areaCode: 'zagunao' });
  orderIds.sign = (await makeOrder(em, sign, 'power', { signDeadline: ahead(30), arriveDeadline: ahead(60), feedbackDeadline: ahead(240) })).id;
  // late: walked in; its PHONE order is signed for and overdue on its arrival.
  const late = await makeIncident(em, { description: '看板 已超时', receivedAt: received(40), intakeChannel: 'WALK_IN' as never });
  orderIds.late = (
    await makeOrder(em, late, 'civil-affairs', {
      status: 'SIGNED' as never, channel: 'PHONE' as never, overdue: true, signDeadline: ahead(-100), arriveDeadline: ahead(50), feedbackDeadline: ahead(300),
    })
  ).id;
  // ruling: an order disputed and waiting for its ruling.
  const ruling = await makeIncident(em, { description: '看板 待裁定', receivedAt: received(30) });
  orderIds.ruling = (await makeOrder(em, ruling, 'agriculture-water', { status: 'DISPUTED' as never, signDeadline: ahead(1), rulingDeadline: ahead(20) })).id;
  // quiet: classified, nothing ordered yet, so no deadline.
  const quiet = await makeIncident(em, { description: '看板 未派单', receivedAt: received(20), status: 'CLASSIFIED' as never });
  // done: its order is completed; once overdue, it no longer counts.
  const done = await makeIncident(em, { description: '看板 已办结', receivedAt: received(10) });
  await makeOrder(em, done, 'market-regulation', { status: 'COMPLETED' as never, overdue: true, feedbackDeadline: ahead(-500) });
  // shared: two units; the power operator sees its own order and deadline only.
  const shared = await makeIncident(em, { description: '看板 两个单位', receivedAt: received(5) });
  orderIds.sharedPower = (await makeOrder(em, shared, 'power', { signDeadline: ahead(40), arriveDeadline: ahead(90) })).id;
  orderIds.sharedOther = (await makeOrder(em, shared, 'civil-affairs', { signDeadline: ahead(5), arriveDeadline: ahead(90) })).id;
  Object.assign(ids, { sign: sign.id, late: late.id, ruling: ruling.id, quiet: quiet.id, done: done.id, shared: shared.id });
});
afterAll(() => app.close());

async function board(variables: BoardQueryVariables) {
  const res = await app.gql(BoardDocument, { first: 50, ...variables });
  expect(res.errors).toBeUndefined();
  return res.data!.deskBoard;
}
const named = (page: { edges: { node: { id: string } }[] }) => {
  const byId = new Map(Object.entries(ids).map(([name, id]) => [id, name]));
  return page.edges.map((e) => byId.get(e.node.id) ?? e.node.id);
};

describe('a disputed order on the board', () => {
  it('counts its ruling deadline as the next deadline, set when the unit disputes from the dispute window', async () => {
    const { incident, order } = await steps.orderTo('tourism');
    const disputed = await app.gql(DisputeOrderDocument, { input: { orderId: order.id, reason: '非本单位职责' } }, steps.unit('tourism'));
    expect(disputed.errors).toBeUndefined();
    const window = Date.parse(order.disputeDeadline!) - Date.parse(order.issuedAt);
    const page = await board({ filter: { ids: [incident.id] } });
    const [node] = page.edges.map((e) => e.node);
    const rulingDeadline = node.orders[0].rulingDeadline!;
    expect(node.orders[0].status).toBe('DISPUTED');
    expect(Date.parse(rulingDeadline)).toBeGreaterThanOrEqual(Date.parse(order.issuedAt) + window);
    expect(Date.parse(rulingDeadline)).toBeLessThanOrEqual(Date.now() + window);
    expect(node.nextDeadline).toBe(rulingDeadline);
    // The ordinary path says the same.
    const ordinary = await app.gql(BoardOrdinaryDocument, { first: 50, filter: { ids: [incident.id] } });
    expect(ordinary.data!.deskBoard.edges[0].node.nextDeadline).toBe(rulingDeadline);
  });
});

describe('the board sorted', () => {
  it('by received time, newest first, unless told otherwise', async () => {
    const page = await board({ filter: { ids: Object.values(ids) } });
    expect(named(page)).toEqual(['shared', 'done', 'quiet', 'ruling', 'late', 'sign']);
    expect(named(await board({ filter: { ids: Object.values(ids) }, orderBy: 'RECEIVED_AT' }))).toEqual(named(page));
  });

  it('by next deadline, earliest first, a ruling included, incidents owing none last', async () => {
    const page = await board({ filter: { ids: Object.values(ids) }, orderBy: 'NEXT_DEADLINE' });
    expect(named(page)).toEqual(['shared', 'ruling', 'sign', 'late', ...[ids.quiet, ids.done].sort().map((id) => (id === ids.quiet ? 'quiet' : 'done'))]);
    const deadlines = page.edges.map((e) => e.node.nextDeadline);
    expect(deadlines.slice(0, 4).every(Boolean)).toBe(true);
    expect(deadlines.slice(4)).toEqual([null, null]);
  });

  it('overdue first, then by next deadline', async () => {
    const page = await board({ filter: { ids: Object.values(ids) }, orderBy: 'OVERDUE_FIRST' });
    expect(named(page).slice(0, 4)).toEqual(['late', 'shared', 'ruling', 'sign']);
  });

  it.each(['RECEIVED_AT', 'NEXT_DEADLINE', 'OVERDUE_FIRST'] as const)('pages through %s without gaps or repeats', async (orderBy) => {
    const whole = named(await board({ filter: { ids: Object.values(ids) }, orderBy }));
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await board({ first: 2, after, filter: { ids: Object.values(ids) }, orderBy });
      seen.push(...named(page));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(seen).toEqual(whole);
  });

  it('refuses a cursor from another order', async () => {
    const page = await board({ first: 1, orderBy: 'NEXT_DEADLINE' });
    const res = await app.gql(BoardDocument, { first: 1, after: page.pageInfo.endCursor, orderBy: 'OVERDUE_FIRST' });
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].message).toMatch(/cursor in "after" is not one this API gave out for the OVERDUE_FIRST order/);
  });
});

describe('the board filtered', () => {
  it.each([
    ['overdue', { overdue: true }, ['late']],
    ['not overdue', { overdue: false }, ['shared', 'done', 'quiet', 'ruling', 'sign']],
    ['disputed', { disputed: true }, ['ruling']],
    ['not disputed', { disputed: false }, ['shared', 'done', 'quiet', 'late', 'sign']],
    ['major', { major: true }, ['sign']],
    ['order channel', { orderChannel: 'PHONE' }, ['late']],
    ['intake channel', { intakeChannel: 'WALK_IN' }, ['late']],
    ['unit', { unitCode: 'power' }, ['shared', 'sign']],
    ['several at once', { unitCode: 'civil-affairs', overdue: true }, ['late']],
  ] as const)('%s', async (_label, filter, expected) => {
    const page = await board({ filter: { ids: Object.values(ids), ...filter } });
    expect(named(page)).toEqual(expected);
    expect(page.totalCount).toBe(expected.length);
  });

  it('in one SQL statement whatever the filter, sort and page size', async () => {
    for (const [first, orderBy] of [[1, 'OVERDUE_FIRST'], [50, 'NEXT_DEADLINE'], [50, 'RECEIVED_AT']] as const) {
      const { result, statements } = await app.countStatements(() =>
        app.gql(BoardDocument, { first, orderBy, filter: { overdue: false, disputed: false, unitCode: 'power', orderChannel: 'GRID', major: true } }),
      );
      expect(result.errors).toBeUndefined();
      expect(statements).toHaveLength(1);
    }
  });

  it('answers as graphql-js would, to the byte, in every order', async () => {
    for (const orderBy of ['RECEIVED_AT', 'NEXT_DEADLINE', 'OVERDUE_FIRST'] as const) {
      const variables = { first: 4, orderBy, filter: { receivedFrom: received(24 * 60).toISOString() } };
      const compiled = await app.countStatements(() => postText(BoardDocument, variables));
      const ordinary = await app.countStatements(() => postText(BoardOrdinaryDocument, variables));
      expect(compiled.statements.length).toBeLessThan(ordinary.statements.length);
      expect(JSON.stringify(JSON.parse(compiled.result).data.deskBoard)).toBe(JSON.stringify(JSON.parse(ordinary.result).data.deskBoard));
    }
  });

  it('names an unknown unit or area as before, and changes nothing', async () => {
    const unit = await app.gql(BoardDocument, { first: 5, filter: { unitCode: 'no-such-unit' } });
    expect(unit.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(unit.errors?.[0].message).toMatch(/No member unit has the code "no-such-unit"/);
    const area = await app.gql(DeskBoardDocument, { first: 5, filter: { areaCode: 'atlantis' } });
    expect(area.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('a unit operator sorting its orders', () => {
  const power = () => ({ token: app.token('unit_operator', 'power') });

  it('sees its own orders only, and deadlines from those alone', async () => {
    const res = await app.gql(OrderListDocument, { first: 50, orderBy: 'NEXT_DEADLINE' }, power());
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.orders.edges.map((e) => e.node);
    expect(nodes.map((n) => n.id)).toEqual([orderIds.sign, orderIds.sharedPower]);
    expect(nodes.every((n) => n.unit.code === 'power')).toBe(true);
    const shared = nodes.find((n) => n.id === orderIds.sharedPower)!.incident;
    expect(shared.orders.map((o) => o.unit.code)).toEqual(['power']);
    // The other unit's sign deadline is earlier; a power operator's next deadline is its own.
    const desk = await board({ filter: { ids: [ids.shared] } });
    expect(Date.parse(desk.edges[0].node.nextDeadline!)).toBeLessThan(Date.parse(shared.nextDeadline!));
    expect(res.data!.orders.totalCount).toBe(2);
  });

  it('cannot reach another unit through the filter, and cannot read the board', async () => {
    const other = await app.gql(OrderListDocument, { first: 5, filter: { unitCode: 'civil-affairs' } }, power());
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const boardRes = await app.gql(BoardDocument, { first: 5, orderBy: 'OVERDUE_FIRST', filter: { overdue: true } }, power());
    expect(boardRes.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(boardRes.data).toBeNull();
  });

  it('is answered as graphql-js would, to the byte, in one statement', async () => {
    for (const orderBy of ['ISSUED_AT', 'NEXT_DEADLINE', 'OVERDUE_FIRST'] as const) {
      const compiled = await app.countStatements(() => postText(OrderListDocument, { first: 10, orderBy }, power().token));
      const ordinary = await app.countStatements(() => postText(OrderListOrdinaryDocument, { first: 10, orderBy }, power().token));
      expect(compiled.statements).toHaveLength(1);
      expect(JSON.stringify(JSON.parse(compiled.result).data.orders)).toBe(JSON.stringify(JSON.parse(ordinary.result).data.orders));
    }
  });

  it('sorts overdue open orders first for the desk too', async () => {
    const res = await app.gql(OrderListDocument, { first: 50, orderBy: 'OVERDUE_FIRST', filter: { statuses: ['ISSUED', 'SIGNED', 'DISPUTED'] } });
    expect(res.data!.orders.edges[0].node.id).toBe(orderIds.late);
    const ruling = res.data!.orders.edges.find((e) => e.node.id === orderIds.ruling)!.node;
    expect(ruling.rulingDeadline).not.toBeNull();
  });
});

/** The response body's text, as a client receives it. */
async function postText<TVars>(document: TypedDocumentNode<unknown, TVars>, variables: TVars, token = app.token('dispatcher')): Promise<string> {
  const res = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const text = await res.text();
  expect(text).not.toContain('"errors"');
  return text;
}
