import { signDevToken } from '../../integrations/keycloak';
import { RevokeAccessDocument, SignOrderDocument } from '../generated/graphql';
import { startTestApp, type TestApp } from '../support/app';
import { ENV_KEYS_DIR } from '../support/database';
import { FeedClient, type FeedMessage } from '../support/subscriptions';
import { deskSteps } from '../workflow/steps';

const ORDER_FEED = `subscription ($unit: String, $after: String) {
  orderFeed(unit: $unit, after: $after) { cursor kind subjectType order { id status unit { code } } incident { id } event { actorRole channel } }
}`;
const INCIDENT_FEED = `subscription ($after: String) { incidentFeed(after: $after) { cursor kind incident { id } order { id } } }`;
const ESCALATION_FEED = `subscription { escalationFeed { cursor kind incident { id major } event { after } } }`;

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

async function settle() {
  // A subscription is registered once the server has read the history up to its head.
  await new Promise((r) => setTimeout(r, 150));
}

describe('orderFeed', () => {
  it('gives a unit operator its own unit\'s new orders only, as they are issued', async () => {
    const power = client(app.token('unit_operator', 'power')).subscribe(ORDER_FEED);
    await settle();
    const incident = await steps.report('变压器冒烟，整条街停电');
    await steps.classify(incident.id, 'LINKAGE');
    const [toPower] = await steps.dispatch(incident.id, [
      { unitCode: 'civil-affairs', channel: 'GRID', urgency: 'URGENT' },
      { unitCode: 'power', channel: 'PHONE', urgency: 'EMERGENCY' },
    ]).then((orders) => orders.filter((o) => o.unit.code === 'power'));

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
    expect(await power.quiet(300)).toBe(true);
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
    const first = client(desk).subscribe(INCIDENT_FEED);
    await settle();
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
    expect(await resumed.quiet(300)).toBe(true);
  });

  it('catches up from the history when the LISTEN connection is cut', async () => {
    const watcher = client(app.token('dispatcher')).subscribe(INCIDENT_FEED);
    await settle();
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
    const office = client(app.token('leadership')).subscribe(ESCALATION_FEED);
    await settle();
    const incident = await steps.report('薛城镇一化工厂爆炸起火');
    await steps.classify(incident.id, 'JOINT');
    await steps.dispatch(incident.id, [{ unitCode: 'police', channel: 'PHONE', urgency: 'EMERGENCY' }], true);
    const reports = (await office.take(3)).map((m) => feed(m, 'escalationFeed'));
    expect(reports.map((r) => r.kind)).toEqual(['INCIDENT_ESCALATED', 'INCIDENT_ESCALATED', 'INCIDENT_ESCALATED']);
    expect(reports.map((r) => (r.event as { after: { target: string } }).after.target)).toEqual([
      'county-party-committee',
      'county-government',
      'leadership-group',
    ]);
    expect(await office.quiet(300)).toBe(true);
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
    const oldToken = signDevToken(keys, { role: 'unit_operator', unit: 'power', subject: 'duty-officer-7' });
    const officer = client(oldToken).subscribe(ORDER_FEED);
    await settle();

    const revoke = await app.gql(RevokeAccessDocument, { input: { subject: 'duty-officer-7', reason: '调离岗位' } }, { token: app.token('admin') });
    expect(revoke.errors).toBeUndefined();

    await steps.orderTo('power');
    const ended = await officer.next();
    expect(ended.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(ended.errors?.[0].message).toMatch(/access was revoked/);

    const http = await app.gql(SignOrderDocument, { input: { orderId: '00000000-0000-4000-8000-000000000000' } }, { token: oldToken });
    expect(http.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    await new Promise((r) => setTimeout(r, 1100));
    const fresh = signDevToken(keys, { role: 'unit_operator', unit: 'power', subject: 'duty-officer-7' });
    const again = await app.gql(SignOrderDocument, { input: { orderId: '00000000-0000-4000-8000-000000000000' } }, { token: fresh });
    expect(again.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});

describe('subscriptions that share each event\'s execution', () => {
  it('still check each subscriber\'s own token: a revoked one is refused while its group is served', async () => {
    const keys = process.env[ENV_KEYS_DIR]!;
    const subscribe = (subject: string) =>
      client(signDevToken(keys, { role: 'dispatcher', subject })).subscribe(INCIDENT_FEED);
    const kept = [subscribe('desk-a'), subscribe('desk-b')];
    const revoked = subscribe('desk-c');
    await settle();
    await app.gql(RevokeAccessDocument, { input: { subject: 'desk-c' } }, { token: app.token('admin') });

    const incident = await steps.report('朴头乡有人落水');
    const results = await Promise.all(kept.map((c) => c.next()));
    for (const result of results) expect(feed(result, 'incidentFeed')).toMatchObject({ kind: 'INCIDENT_REPORTED', incident: { id: incident.id } });
    expect(results[0]).toEqual(results[1]);
    expect((await revoked.next()).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
