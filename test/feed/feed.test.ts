import { setTimeout } from 'node:timers/promises';
import { devTokenSync } from '../support/jwt';
import { RevokeAccessDocument, SignOrderDocument } from '../generated/graphql';
import { startTestApp, type TestApp } from '../support/app';
import { ENV_KEYS_DIR } from '../support/database';
import { FeedClient, feedHead, type FeedMessage } from '../support/subscriptions';
import { deskSteps } from '../workflow/steps';

const ORDER_FEED = `subscription ($unit: String, $after: String) {
  orderFeed(unit: $unit, after: $after) { cursor kind subjectType order { id status unit { code } } incident { id } event { actorRole channel } }
}`;
const INCIDENT_FEED = `subscription ($after: String) { incidentFeed(after: $after) { cursor kind incident { id } order { id } } }`;
const ESCALATION_FEED = `subscription ($after: String) { escalationFeed(after: $after) { cursor kind incident { id major } event { after } } }`;

let app: TestApp;
let steps: ReturnType<typeof deskSteps>;
const clients: FeedClient[] = [];
beforeAll(async () => {
  app = await startTestApp();
  steps = deskSteps(app);
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});
afterAll(() => app.close());

function client(token: string): FeedClient {
  const c = new FeedClient(app.url, token);
  clients.push(c);
  return c;
}

const feed = (m: FeedMessage, field: string) => m.data?.[field] as Record<string, unknown> & { cursor: string; kind: string };

/** Subscribes from the last change recorded: whatever the test does next is delivered. */
async function fromNow(c: FeedClient, query: string, variables: Record<string, unknown> = {}): Promise<FeedClient> {
  return c.subscribe(query, { ...variables, after: await feedHead(app.databaseUrl) });
}

describe('orderFeed', () => {
  it('gives a unit operator its own unit\'s new orders only, as they are issued', async () => {
    const power = await fromNow(client(app.token('unit_operator', 'power')), ORDER_FEED);
    const incident = await steps.report('变压器冒烟，整条街停电');
    await steps.classify(incident.id, 'LINKAGE');
    const orders = await steps.dispatch(incident.id, [
      { unitCode: 'civil-affairs', channel: 'GRID', urgency: 'URGENT' },
      { unitCode: 'power', channel: 'PHONE', urgency: 'EMERGENCY' },
    ]);
    const toPower = orders.find((o) => o.unit.code === 'power')!;
    const toCivilAffairs = orders.find((o) => o.unit.code === 'civil-affairs')!;

    const first = feed(await power.next(), 'orderFeed');
    expect(first).toMatchObject({
      kind: 'ORDER_ISSUED',
      subjectType: 'ORDER',
      order: { id: toPower.id, status: 'ISSUED', unit: { code: 'power' } },
      incident: { id: incident.id },
      event: { actorRole: 'dispatcher', channel: 'DESK' },
    });

    await app.gql(SignOrderDocument, { input: { orderId: toPower.id } }, steps.unit('power'));
    const second = feed(await power.next(), 'orderFeed');
    expect(second).toMatchObject({ kind: 'ORDER_SIGNED', order: { status: 'SIGNED' }, event: { channel: 'UNIT_CONSOLE' } });
    expect(BigInt(second.cursor)).toBeGreaterThan(BigInt(first.cursor));

    // Another unit's change, then a new order for power: the next message is power's new order,
    // so the other unit's change was never sent.
    await app.gql(SignOrderDocument, { input: { orderId: toCivilAffairs.id } }, steps.unit('civil-affairs'));
    const next = await steps.orderTo('power', { channel: 'PHONE' });
    expect(feed(await power.next(), 'orderFeed')).toMatchObject({ kind: 'ORDER_ISSUED', order: { id: next.order.id } });
  });

  it('refuses a unit operator another unit\'s feed, and a caller without the role', async () => {
    const other = client(app.token('unit_operator', 'power')).subscribe(ORDER_FEED, { unit: 'civil-affairs' });
    const refused = await other.next();
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const grid = client(app.token('grid_sync')).subscribe(INCIDENT_FEED);
    expect((await grid.next()).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a malformed cursor', async () => {
    const c = client(app.token('dispatcher')).subscribe(INCIDENT_FEED, { after: 'yesterday' });
    const res = await c.next();
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('resuming after a dropped connection', () => {
  it('delivers every missed change from the history, then live ones, without gap or repeat', async () => {
    const desk = app.token('dispatcher');
    const first = await fromNow(client(desk), INCIDENT_FEED);
    const a = await steps.orderTo('agriculture-water');
    const seen = (await first.take(4)).map((m) => feed(m, 'incidentFeed'));
    expect(seen.map((e) => e.kind)).toEqual(['INCIDENT_REPORTED', 'INCIDENT_CLASSIFIED', 'ORDER_ISSUED', 'INCIDENT_DISPATCHED']);
    await first.close();

    // While the console is away: the unit signs and another call comes in.
    await app.gql(SignOrderDocument, { input: { orderId: a.order.id } }, steps.unit('agriculture-water'));
    const b = await steps.report('下孟乡有野猪进村');

    const resumed = client(desk).subscribe(INCIDENT_FEED, { after: seen[3].cursor });
    const missed = (await resumed.take(2)).map((m) => feed(m, 'incidentFeed'));
    expect(missed.map((e) => e.kind)).toEqual(['ORDER_SIGNED', 'INCIDENT_REPORTED']);
    expect((missed[1].incident as { id: string }).id).toBe(b.id);

    await steps.classify(b.id, 'LINKAGE');
    const live = feed(await resumed.next(), 'incidentFeed');
    expect(live.kind).toBe('INCIDENT_CLASSIFIED');
    const cursors = [...seen, ...missed, live].map((e) => BigInt(e.cursor));
    expect(cursors).toEqual([...cursors].sort((x, y) => (x < y ? -1 : 1)));
    expect(new Set(cursors).size).toBe(cursors.length);
    // Nothing repeated after the live change: the next message is the next call.
    const c = await steps.report('理县中学门口有人摆摊占道');
    expect(feed(await resumed.next(), 'incidentFeed')).toMatchObject({ kind: 'INCIDENT_REPORTED', incident: { id: c.id } });
  });

  it('catches up from the history when the LISTEN connection is cut', async () => {
    const watcher = await fromNow(client(app.token('dispatcher')), INCIDENT_FEED);
    // Live before the cut: from here on, only the hub's own reading brings changes.
    const before = await steps.report('甘堡乡有一棵树倒在路上');
    expect(feed(await watcher.next(), 'incidentFeed').incident).toEqual({ id: before.id });
    const conn = app.em().getConnection();
    const cut = await conn.execute<{ pg_terminate_backend: boolean }[]>(
      `select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'linkage110-feed-listener' and datname = current_database()`,
    );
    expect(cut).toHaveLength(1);
    const incident = await steps.report('甘堡乡路灯全部不亮');
    const received = feed(await watcher.next(8000), 'incidentFeed');
    expect(received).toMatchObject({ kind: 'INCIDENT_REPORTED', incident: { id: incident.id } });
    // And live again afterwards.
    await steps.classify(incident.id, 'LINKAGE');
    expect(feed(await watcher.next(8000), 'incidentFeed').kind).toBe('INCIDENT_CLASSIFIED');
  });
});

describe('escalationFeed', () => {
  it('shows the leadership office each report of a major incident as it is made', async () => {
    const office = await fromNow(client(app.token('leadership')), ESCALATION_FEED);
    const major = async (description: string) => {
      const incident = await steps.report(description);
      await steps.classify(incident.id, 'JOINT');
      await steps.dispatch(incident.id, [{ unitCode: 'police', channel: 'PHONE', urgency: 'EMERGENCY' }], true);
      return incident;
    };
    const incident = await major('薛城镇一化工厂爆炸起火');
    const reports = (await office.take(3)).map((m) => feed(m, 'escalationFeed'));
    expect(reports.map((r) => r.kind)).toEqual(['INCIDENT_ESCALATED', 'INCIDENT_ESCALATED', 'INCIDENT_ESCALATED']);
    expect(reports.map((r) => (r.event as { after: { target: string } }).after.target)).toEqual([
      'county-party-committee',
      'county-government',
      'leadership-group',
    ]);
    expect(reports.map((r) => r.incident)).toEqual(Array(3).fill({ id: incident.id, major: true }));
    // The next major incident's first report comes next: no fourth report of the first one, and
    // none of the changes that are not reports (reported, classified, dispatched) in between.
    const next = await major('古尔沟镇隧道内多车相撞起火');
    expect(feed(await office.next(), 'escalationFeed')).toMatchObject({ kind: 'INCIDENT_ESCALATED', incident: { id: next.id } });
  });
});

describe('connection hygiene', () => {
  it('caps the operations one socket may run', async () => {
    const c = client(app.token('dispatcher'));
    for (let i = 0; i < 21; i++) c.subscribe(INCIDENT_FEED);
    const refused = await c.next();
    expect(refused.errors?.[0].message).toMatch(/at most 20 operations at once/);
  });
});

describe('revoking a user\'s access', () => {
  it('ends their live feed at the next event and refuses their token; a later sign-in works', async () => {
    const keys = process.env[ENV_KEYS_DIR]!;
    const oldToken = devTokenSync(keys, { role: 'unit_operator', unit: 'power', subject: 'duty-officer-7' });
    const officer = await fromNow(client(oldToken), ORDER_FEED);
    const before = await steps.orderTo('power');
    expect(feed(await officer.next(), 'orderFeed').order).toMatchObject({ id: before.order.id });

    const revoke = await app.gql(RevokeAccessDocument, { input: { subject: 'duty-officer-7', reason: '调离岗位' } }, { token: app.token('admin') });
    expect(revoke.errors).toBeUndefined();

    await steps.orderTo('power');
    const ended = await officer.next();
    expect(ended.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(ended.errors?.[0].message).toMatch(/access was revoked/);

    const http = await app.gql(SignOrderDocument, { input: { orderId: '00000000-0000-4000-8000-000000000000' } }, { token: oldToken });
    expect(http.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    // A token states when it was issued in whole seconds, so one from the second of the
    // revocation cannot show it is newer: a later sign-in is one from the next second on.
    const revokedBefore = Date.parse(revoke.data!.revokeAccess.revokedBefore);
    await setTimeout(Math.ceil(revokedBefore / 1000) * 1000 - Date.now());
    const fresh = devTokenSync(keys, { role: 'unit_operator', unit: 'power', subject: 'duty-officer-7' });
    const again = await app.gql(SignOrderDocument, { input: { orderId: '00000000-0000-4000-8000-000000000000' } }, { token: fresh });
    expect(again.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('subscriptions that share each event\'s execution', () => {
  it('still check each subscriber\'s own token: a revoked one is refused while its group is served', async () => {
    const keys = process.env[ENV_KEYS_DIR]!;
    const after = await feedHead(app.databaseUrl);
    const subscribe = (subject: string) =>
      client(devTokenSync(keys, { role: 'dispatcher', subject })).subscribe(INCIDENT_FEED, { after });
    const kept = [subscribe('desk-a'), subscribe('desk-b')];
    const revoked = subscribe('desk-c');
    // All three are following the feed before the revocation.
    const earlier = await steps.report('朴头乡有群众反映路灯不亮');
    for (const c of [...kept, revoked]) expect(feed(await c.next(), 'incidentFeed').incident).toEqual({ id: earlier.id });
    await app.gql(RevokeAccessDocument, { input: { subject: 'desk-c' } }, { token: app.token('admin') });

    const incident = await steps.report('朴头乡有人落水');
    const results = await Promise.all(kept.map((c) => c.next()));
    for (const result of results) expect(feed(result, 'incidentFeed')).toMatchObject({ kind: 'INCIDENT_REPORTED', incident: { id: incident.id } });
    expect(results[0]).toEqual(results[1]);
    expect((await revoked.next()).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
