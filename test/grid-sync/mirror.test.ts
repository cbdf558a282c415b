import { createGridHttpAdapter, createWebhookVerifier, loadGridMapping, signWebhook } from '../../integrations/grid';
import { startGridSimulator, type GridSimulator } from '../../integrations/grid/simulator/simulator';
import { GridRelay, RETRY_WINDOW_MS } from '../../src/modules/grid-sync/grid-sync.relay';
import { reconcileGrid } from '../../src/modules/grid-sync/grid-sync.reconcile';
import {
  CancelOrderDocument,
  GridChangesDocument,
  GridSyncOfOrderDocument,
  OrderTimelineDocument,
  ReplayGridDeadLettersDocument,
  SignOrderDocument,
  SubmitGridFeedbackDocument,
} from '../generated/graphql';
import { startTestApp, type TestApp } from '../support/app';
import { counts, deskSteps } from '../workflow/steps';


let app: TestApp;
let sim: GridSimulator;
let relay: GridRelay;
let steps: ReturnType<typeof deskSteps>;
// An accelerated clock: tests move it forward by hours; it never falls behind real time, since
// the server stamps new messages with the real time.
let clock = Date.now();
const now = () => {
  clock = Math.max(clock, Date.now());
  return new Date(clock);
};

beforeAll(async () => {
  sim = await startGridSimulator({ clock: now });
  app = await startTestApp({ gridWebhook: createWebhookVerifier({ secrets: sim.secrets, now }) });
  sim.setCallbackUrl(`${app.baseUrl}/integrations/grid/webhook`);
  relay = new GridRelay(app.orm, {
    port: createGridHttpAdapter({ baseUrl: sim.url, apiKey: sim.apiKey, timeoutMs: 2000 }),
    mapping: loadGridMapping(),
    now,
    random: () => 0.5,
  });
  steps = deskSteps(app);
});
afterAll(async () => {
  await app.close();
  await sim.stop();
});

/** What a worker reports happened: real time (the accelerated clock only stamps deliveries). */
const realNow = () => new Date().toISOString();

async function counter(name: string): Promise<number> {
  const metrics = await (await fetch(`${app.baseUrl}/metrics`)).text();
  return Number(new RegExp(`^${name} (\\d+)$`, 'm').exec(metrics)?.[1]);
}

async function gridSync(orderId: string) {
  const res = await app.gql(GridSyncOfOrderDocument, { id: orderId }, steps.desk);
  return res.data!.order;
}

/** Runs the relay until nothing is due now. */
async function drain() {
  for (let i = 0; i < 20; i++) {
    const tick = await relay.tick();
    if (tick.delivered + tick.retried + tick.dead + tick.skipped === 0) return;
  }
}

describe('mirroring grid orders', () => {
  it('writes the outbox message with the order and delivers it; phone orders stay off the grid', async () => {
    const { order } = await steps.orderTo('civil-affairs', { channel: 'GRID' });
    expect((await gridSync(order.id)).gridSync).toMatchObject({ state: 'PENDING', attempts: 0 });
    const phone = await steps.orderTo('power', { channel: 'PHONE' });
    expect((await gridSync(phone.order.id)).gridSync).toBeNull();

    await drain();
    const synced = (await gridSync(order.id)).gridSync;
    expect([synced?.state, synced?.lastError]).toEqual(['DELIVERED', null]);
    expect(sim.task(order.id)).toMatchObject({ stage: 'DISPATCHED', version: 1, departmentId: 'dept-civil-affairs' });
    expect(sim.task(phone.order.id)).toBeUndefined();
    // The order's times as the desk sees them, to the millisecond.
    expect(sim.task(order.id)).toMatchObject({
      issuedAt: order.issuedAt,
      deadlines: { signBy: order.signDeadline, arriveBy: order.arriveDeadline, feedbackBy: order.feedbackDeadline },
    });

    await app.gql(SignOrderDocument, { input: { orderId: order.id } }, steps.unit('civil-affairs'));
    await drain();
    expect(sim.task(order.id)).toMatchObject({ version: 2 });
    expect(sim.applications(order.id).map((a) => a.operation)).toEqual(['create', 'update']);

    const metrics = await (await fetch(`${app.baseUrl}/metrics`)).text();
    const delivered = Number(/^linkage110_grid_deliveries_total (\d+)$/m.exec(metrics)?.[1]);
    expect(delivered).toBeGreaterThanOrEqual(2);
    expect(metrics).toMatch(/^linkage110_grid_retries_total \d+$/m);
    expect(metrics).toMatch(/^linkage110_grid_dead_letters_total \d+$/m);
  });

  it('retries with backoff when the grid platform fails, and dead-letters what it refuses', async () => {
    const { order } = await steps.orderTo('market-regulation', { channel: 'GRID' });
    const retriesBefore = await counter('linkage110_grid_retries_total');
    const deadBefore = await counter('linkage110_grid_dead_letters_total');
    sim.failNext(1, 503);
    const failedAt = now().getTime();
    await drain();
    const retrying = (await gridSync(order.id)).gridSync!;
    expect(retrying).toMatchObject({ state: 'RETRYING', attempts: 1 });
    // First retry: the 5 s ceiling, jitter fixed at one half: 3.75 s after the failure.
    const delay = Date.parse(retrying.nextAttemptAt!) - failedAt;
    expect(delay).toBeGreaterThanOrEqual(3750);
    expect(delay).toBeLessThan(3750 + 1000);
    expect(String(retrying.lastError)).toMatch(/UNAVAILABLE/);

    clock += 5000;
    await drain();
    expect((await gridSync(order.id)).gridSync).toMatchObject({ state: 'DELIVERED' });

    const refused = await steps.orderTo('education', { channel: 'GRID' });
    sim.failNext(1, 400);
    await drain();
    expect((await gridSync(refused.order.id)).gridSync).toMatchObject({ state: 'DEAD' });
    expect(await counter('linkage110_grid_retries_total')).toBe(retriesBefore + 1);
    expect(await counter('linkage110_grid_dead_letters_total')).toBe(deadBefore + 1);

    const replay = await app.gql(ReplayGridDeadLettersDocument, { input: { orderIds: [refused.order.id] } }, { token: app.token('admin') });
    expect(replay.data!.replayGridDeadLetters).toEqual([{ id: refused.order.id }]);
    clock += 1000;
    await drain();
    expect((await gridSync(refused.order.id)).gridSync).toMatchObject({ state: 'DELIVERED' });
  });

  it('survives a long outage: every task delivered once it is back, none lost, none applied twice', async () => {
    const orders = [];
    for (let i = 0; i < 12; i++) orders.push((await steps.orderTo(i % 2 ? 'power' : 'city-management', { channel: 'GRID' })).order);
    await sim.goDown();
    // The first refused connection ends the tick: the other eleven are not tried against a
    // platform known to be down.
    const first = await relay.tick();
    expect(first).toEqual({ delivered: 0, retried: 1, dead: 0, skipped: 0 });
    const start = clock;
    // Two days down, the relay waking every simulated 10 minutes.
    let attempts = 0;
    while (clock - start < 48 * 3600_000) {
      const tick = await relay.tick();
      attempts += tick.retried;
      expect(tick.delivered).toBe(0);
      clock += 10 * 60_000;
    }
    expect(attempts).toBeGreaterThan(12);
    for (const order of orders) expect((await gridSync(order.id)).gridSync).toMatchObject({ state: 'RETRYING' });
    // Meanwhile the desk works on: a change made during the outage is delivered too.
    await app.gql(CancelOrderDocument, { input: { orderId: orders[0].id, reason: '报警人已自行解决' } }, steps.desk);

    await sim.comeBack();
    clock += 7 * 3600_000;
    await drain();
    for (const order of orders.slice(1)) {
      expect((await gridSync(order.id)).gridSync).toMatchObject({ state: 'DELIVERED' });
      const creates = sim.applications(order.id).filter((a) => a.operation === 'create');
      expect(creates).toHaveLength(1);
      expect(sim.task(order.id)).toMatchObject({ version: 1, stage: 'DISPATCHED' });
    }
    // Cancelled before it ever reached the grid platform: there is nothing to tell it, and gridSync says so.
    expect((await gridSync(orders[0].id)).gridSync).toMatchObject({ state: 'NOT_SENT' });
    expect(sim.task(orders[0].id)).toBeUndefined();
    const keys = sim.applications().map((a) => a.idempotencyKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('dead-letters after about three days of failure', async () => {
    const { order } = await steps.orderTo('tourism', { channel: 'GRID' });
    await sim.goDown();
    const start = clock;
    while (clock - start <= RETRY_WINDOW_MS + 3600_000) {
      await relay.tick();
      clock += 30 * 60_000;
    }
    await sim.comeBack();
    expect((await gridSync(order.id)).gridSync).toMatchObject({ state: 'DEAD' });
    const dead = (await gridSync(order.id)).gridSync!;
    // Backoff doubling from 5 s to a 6 h ceiling fills three days with about fifteen attempts.
    expect(dead.attempts).toBeGreaterThanOrEqual(12);
    expect(dead.lastError).toMatch(/NETWORK/);
  });
});

describe('feedback from the grid platform', () => {
  it('applies a signed report through the workflow, recorded with channel GRID', async () => {
    const { order } = await steps.orderTo('housing-construction', { channel: 'GRID' });
    await drain();
    const sent = await sim.sendFeedback({ taskId: order.id, kind: 'SIGNED', workerName: '李网格', occurredAt: realNow() });
    expect([sent.callbackStatus, sent.callbackBody]).toEqual([200, expect.anything()]);
    const arrived = await sim.sendFeedback({ taskId: order.id, kind: 'ARRIVED', text: '已到达现场', occurredAt: realNow() });
    expect(JSON.parse(arrived.callbackBody!)).toEqual({ status: 'applied', orderStatus: 'ON_SCENE' });

    const events = (await app.gql(OrderTimelineDocument, { id: order.id }, steps.desk)).data!.order.timeline;
    expect(events.slice(-2).map((e) => [e.kind, e.channel, e.actorRole])).toEqual([
      ['ORDER_SIGNED', 'GRID', 'grid_sync'],
      ['ORDER_ARRIVED', 'GRID', 'grid_sync'],
    ]);
    // The reports come back to the grid platform at the version they gave the order (the two
    // collapse into one delivery of the latest state), so both sides hold the same version and
    // stage at once, not after the next reconciliation.
    await drain();
    expect(sim.applications(order.id).map((a) => [a.operation, a.version])).toEqual([['create', 1], ['update', 3]]);
    expect(sim.task(order.id)).toMatchObject({ stage: 'HANDLING', version: 3 });
  });

  it('agrees on the stage with the grid platform right after it reports RESULT, and reconciliation finds nothing to repair', async () => {
    const { order } = await steps.orderTo('housing-construction', { channel: 'GRID' });
    await drain();
    for (const kind of ['SIGNED', 'ARRIVED', 'RESULT'] as const) {
      const sent = await sim.sendFeedback({ taskId: order.id, kind, text: kind === 'RESULT' ? '已处置完毕' : undefined, occurredAt: realNow() });
      expect(sent.callbackStatus).toBe(200);
    }
    await drain();
    const ours = (await gridSync(order.id));
    expect(ours).toMatchObject({ status: 'COMPLETED', gridSync: { state: 'DELIVERED' } });
    expect(sim.task(order.id)).toMatchObject({ stage: loadGridMapping().stageFor('COMPLETED'), version: ours.version });

    const timeline = async () => (await app.gql(OrderTimelineDocument, { id: order.id }, steps.desk)).data!.order.timeline.map((e) => e.kind);
    const before = await timeline();
    const port = createGridHttpAdapter({ baseUrl: sim.url, apiKey: sim.apiKey });
    await reconcileGrid(app.orm, port, loadGridMapping());
    expect(await timeline()).toEqual(before);
  });

  it('refuses bad signatures, stale timestamps, replays, unknown and closed tasks, and writes nothing', async () => {
    const { order } = await steps.orderTo('transport', { channel: 'GRID' });
    const closed = await steps.orderTo('transport', { channel: 'GRID' });
    await drain();
    await app.gql(CancelOrderDocument, { input: { orderId: closed.order.id, reason: '重复' } }, steps.desk);
    const first = await sim.sendFeedback({ taskId: order.id, kind: 'SIGNED', occurredAt: realNow() });
    expect(first.callbackStatus).toBe(200);
    const before = await counts(app);

    const post = (body: string, headers: Record<string, string>) =>
      fetch(`${app.baseUrl}/integrations/grid/webhook`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const tampered = await post(first.body.replace('SIGNED', 'RESULT'), first.headers as unknown as Record<string, string>);
    expect(tampered.status).toBe(401);

    const stale = signWebhook({ id: 'evt_stale', timestamp: new Date(clock - 6 * 60_000), body: first.body, secrets: sim.secrets });
    expect((await post(first.body, stale as unknown as Record<string, string>)).status).toBe(401);

    const replay = await sim.resendFeedback(first.eventId);
    expect(replay.callbackStatus).toBe(200);
    expect(JSON.parse(replay.callbackBody!).status).toBe('duplicate');

    const unknownBody = first.body.replaceAll(order.id, '00000000-0000-4000-8000-000000000000').replace(first.eventId, 'evt_unknown');
    const unknownHeaders = signWebhook({ id: 'evt_unknown', timestamp: now(), body: unknownBody, secrets: sim.secrets });
    expect((await post(unknownBody, unknownHeaders as unknown as Record<string, string>)).status).toBe(404);
    const late = await sim.sendFeedback({ taskId: closed.order.id, kind: 'PROGRESS', text: '处理中', occurredAt: realNow() });
    expect(late.callbackStatus).toBe(409);
    expect(JSON.parse(late.callbackBody!)).toMatchObject({ code: 'CONFLICT', currentStatus: 'CANCELLED' });

    expect(await counts(app)).toEqual(before);
  });

  it('offers the same through GraphQL for the grid platform: a pull feed and idempotent feedback', async () => {
    const grid = { token: app.token('grid_sync') };
    const { order } = await steps.orderTo('agriculture-water', { channel: 'GRID' });
    const pages = [];
    let after: string | undefined;
    for (let i = 0; i < 50; i++) {
      const page = (await app.gql(GridChangesDocument, { after, first: 20 }, grid)).data!.gridChanges;
      pages.push(page);
      after = page.endCursor ?? undefined;
      if (!page.hasMore) break;
    }
    const changes = pages.flatMap((p) => p.changes);
    expect(changes.at(-1)).toMatchObject({ kind: 'ORDER_ISSUED', order: { id: order.id } });
    const cursors = changes.map((c) => BigInt(c.cursor));
    expect(cursors).toEqual([...cursors].sort((a, b) => (a < b ? -1 : 1)));

    const occurredAt = new Date().toISOString();
    const submit = (eventId: string) => app.gql(SubmitGridFeedbackDocument, { input: { eventId, taskId: order.id, kind: 'SIGNED', occurredAt } }, grid);
    const once = await submit('evt_gql_1');
    expect(once.data!.submitGridFeedback.status).toBe('SIGNED');
    const before = await counts(app);
    const again = await submit('evt_gql_1');
    expect(again.errors).toBeUndefined();
    expect(again.data!.submitGridFeedback.status).toBe('SIGNED');
    expect(await counts(app)).toEqual(before);
  });
});

describe('what gridSync tells', () => {
  it('shows an order cancelled before it was ever sent as NOT_SENT, and nothing reaches the grid platform', async () => {
    const { order } = await steps.orderTo('tourism', { channel: 'GRID' });
    const cancelled = await app.gql(CancelOrderDocument, { input: { orderId: order.id, reason: '报警人已自行解决' } }, steps.desk);
    expect(cancelled.errors).toBeUndefined();
    await drain();
    expect((await gridSync(order.id)).gridSync).toMatchObject({ state: 'NOT_SENT', deliveredAt: null });
    expect(sim.task(order.id)).toBeUndefined();
    expect(sim.applications(order.id)).toEqual([]);

    // Nothing to repair either: the grid platform never had it and needs nothing of it.
    const timeline = async () => (await app.gql(OrderTimelineDocument, { id: order.id }, steps.desk)).data!.order.timeline.map((e) => e.kind);
    const before = await timeline();
    await reconcileGrid(app.orm, createGridHttpAdapter({ baseUrl: sim.url, apiKey: sim.apiKey }), loadGridMapping());
    await drain();
    expect(await timeline()).toEqual(before);
    expect(sim.task(order.id)).toBeUndefined();
  });

  it('shows DELIVERED once the grid platform holds the cancellation of an order it had', async () => {
    const { order } = await steps.orderTo('tourism', { channel: 'GRID' });
    await drain();
    await app.gql(CancelOrderDocument, { input: { orderId: order.id, reason: '重复派单' } }, steps.desk);
    await drain();
    expect((await gridSync(order.id)).gridSync).toMatchObject({ state: 'DELIVERED' });
    expect(sim.task(order.id)).toMatchObject({ cancelled: true, stage: 'CLOSED' });
  });
});

describe('reconciliation', () => {
  it('re-sends a task the grid platform lost or holds behind us, recording each repair', async () => {
    const lost = await steps.orderTo('environment-forestry', { channel: 'GRID' });
    const behind = await steps.orderTo('environment-forestry', { channel: 'GRID' });
    await drain();
    // The grid platform loses one task (restored from an old backup), and a change to the other
    // never reaches it although our outbox counts it delivered.
    expect(sim.forget(lost.order.id)).toBe(true);
    await app.gql(SignOrderDocument, { input: { orderId: behind.order.id } }, steps.unit('environment-forestry'));
    await app.em().getConnection().execute(`update grid_outbox set status = 'DELIVERED' where order_id = ? and status = 'PENDING'`, [behind.order.id]);
    expect(sim.task(lost.order.id)).toBeUndefined();
    expect(sim.task(behind.order.id)).toMatchObject({ version: 1 });

    const port = createGridHttpAdapter({ baseUrl: sim.url, apiKey: sim.apiKey });
    const result = await reconcileGrid(app.orm, port, loadGridMapping());
    expect(result.repaired).toBeGreaterThanOrEqual(2);
    await drain();

    // The lost task is created again, at the version the repair gave the order.
    expect(sim.task(lost.order.id)).toMatchObject({ stage: 'DISPATCHED', version: 2, departmentId: 'dept-environment-forestry' });
    expect(sim.applications(lost.order.id).map((a) => [a.operation, a.version])).toEqual([
      ['create', 1],
      ['create', 2],
    ]);
    expect((await gridSync(lost.order.id)).gridSync).toMatchObject({ state: 'DELIVERED' });
    const lostEvents = (await app.gql(OrderTimelineDocument, { id: lost.order.id }, steps.desk)).data!.order.timeline;
    expect(lostEvents.at(-1)).toMatchObject({ kind: 'GRID_RECONCILED', channel: 'SYSTEM', before: { gridVersion: null, gridStage: null } });

    expect(sim.task(behind.order.id)).toMatchObject({ stage: 'DISPATCHED', version: 3 });
    const events = (await app.gql(OrderTimelineDocument, { id: behind.order.id }, steps.desk)).data!.order.timeline;
    expect(events.at(-1)).toMatchObject({ kind: 'GRID_RECONCILED', channel: 'SYSTEM', before: { gridVersion: 1 } });
  });

  it('starts no send once half a batch\'s lease has passed, hands the rest back untried, and sends them next tick', async () => {
    await drain();
    const orders = [];
    for (let i = 0; i < 8; i++) orders.push((await steps.orderTo('transport', { channel: 'GRID' })).order);
    // 100 ms a request, one at a time: 8 sends need 800 ms, and half of this relay's lease is 300 ms.
    const slowRelay = new GridRelay(app.orm, {
      port: createGridHttpAdapter({ baseUrl: sim.url, apiKey: sim.apiKey, timeoutMs: 2000 }),
      mapping: loadGridMapping(),
      now,
      concurrency: 1,
      leaseMs: 600,
    });
    sim.setLatency(100);
    try {
      const first = await slowRelay.tick();
      expect(first.delivered).toBeGreaterThan(0);
      expect(first.delivered).toBeLessThan(orders.length);
      const states = await Promise.all(orders.map(async (order) => (await gridSync(order.id)).gridSync));
      const untried = states.filter((state) => state?.state === 'PENDING');
      expect(untried).toHaveLength(orders.length - first.delivered);
      // Handed back, not failed: no attempt is counted against them.
      for (const state of untried) expect(state).toMatchObject({ attempts: 0 });
      const [{ leased }] = await app.em().getConnection().execute<{ leased: number }[]>(
        `select count(*)::int as leased from grid_outbox where order_id in (select jsonb_array_elements_text(?::jsonb)::uuid) and lease_until is not null`,
        [JSON.stringify(orders.map((order) => order.id))],
      );
      expect(leased).toBe(0);

      let delivered = first.delivered;
      for (let i = 0; i < 10 && delivered < orders.length; i++) delivered += (await slowRelay.tick()).delivered;
      expect(delivered).toBe(orders.length);
    } finally {
      sim.setLatency(0);
    }
    for (const order of orders) expect(sim.applications(order.id).map((a) => a.operation)).toEqual(['create']);
  });
});
