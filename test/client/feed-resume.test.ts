import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { IncidentFeedDocument, resumableFeed, type FeedTransport, type IncidentFeedSubscription } from '../../integrations/client/src';
import { startTestApp, type TestApp } from '../support/app';
import { feedHead } from '../support/subscriptions';
import { deskSteps } from '../workflow/steps';

/**
 * The typed client's resumableFeed against the real server: after the connection drops it
 * subscribes again with after: <last cursor>, and every change made meanwhile arrives once, in
 * commit order.
 */
type FeedEvent = IncidentFeedSubscription['incidentFeed'];

let app: TestApp;
let steps: ReturnType<typeof deskSteps>;
const sockets: Client[] = [];
beforeAll(async () => {
  app = await startTestApp();
  steps = deskSteps(app);
});
afterAll(async () => {
  await Promise.all(sockets.map((s) => s.dispose()));
  await app.close();
});

/** Collects a feed's events and lets a test wait for one that matches. */
function collector() {
  const events: FeedEvent[] = [];
  let waiters: { test: (e: FeedEvent[]) => boolean; resolve: () => void }[] = [];
  return {
    events,
    push(event: FeedEvent) {
      events.push(event);
      waiters = waiters.filter((w) => (w.test(events) ? (w.resolve(), false) : true));
    },
    until(test: (e: FeedEvent[]) => boolean): Promise<void> {
      if (test(events)) return Promise.resolve();
      return new Promise((resolve) => waiters.push({ test, resolve }));
    },
  };
}

/** A graphql-ws client as a browser app would make one, and a gate the test can hold shut. */
function gatedTransport(token: string) {
  const socket = createClient({ url: app.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, lazy: true, retryAttempts: 0, connectionParams: { authorization: `Bearer ${token}` } });
  sockets.push(socket);
  const payloads: { variables?: Record<string, unknown> | null }[] = [];
  let gate: Promise<void> | undefined;
  let open: () => void = () => undefined;
  let onHeld: () => void = () => undefined;
  const transport: FeedTransport = {
    subscribe(payload, sink) {
      payloads.push(payload);
      let cancel: (() => void) | undefined;
      let cancelled = false;
      const start = () => {
        if (!cancelled) cancel = socket.subscribe(payload, sink as Parameters<Client['subscribe']>[1]);
      };
      if (gate) {
        onHeld();
        void gate.then(start);
      } else start();
      return () => {
        cancelled = true;
        cancel?.();
      };
    },
  };
  return {
    transport,
    payloads,
    socket,
    /** The next subscribe waits until release(); resolves when the feed has tried to resubscribe. */
    hold(): Promise<void> {
      gate = new Promise((resolve) => (open = resolve));
      return new Promise((resolve) => (onHeld = resolve));
    },
    release() {
      gate = undefined;
      open();
    },
  };
}

it('resumes after a dropped connection with after: <last cursor>, missing nothing and repeating nothing', async () => {
  const seen = collector();
  const gated = gatedTransport(app.token('dispatcher'));
  const head = await feedHead(app.databaseUrl);
  const feed = resumableFeed({ transport: gated.transport, document: IncidentFeedDocument, after: head, minDelayMs: 1, onEvent: (event) => seen.push(event) });
  try {
    const first = await steps.report('小区门口两车剐蹭，双方争执');
    await seen.until((events) => events.some((e) => e.incident?.id === first.id));
    const cursorBeforeDrop = feed.cursor;
    expect(cursorBeforeDrop).toBe(seen.events.at(-1)!.cursor);

    // The connection drops (as a proxy or a replica restart would drop it) while changes go on.
    const resubscribing = gated.hold();
    gated.socket.terminate();
    await resubscribing;
    const second = await steps.report('河边有人落水，请求救援');
    await steps.classify(second.id, 'LINKAGE');
    const third = await steps.report('楼道堆放杂物堵塞消防通道');
    gated.release();

    await seen.until((events) => events.some((e) => e.incident?.id === third.id));
    expect(gated.payloads.map((p) => p.variables?.after)).toEqual([head, cursorBeforeDrop]);
    const cursors = seen.events.map((e) => BigInt(e.cursor));
    expect(cursors).toEqual([...cursors].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(new Set(cursors).size).toBe(cursors.length);
    expect(seen.events.map((e) => [e.incident?.id, e.kind])).toEqual([
      [first.id, 'INCIDENT_REPORTED'],
      [second.id, 'INCIDENT_REPORTED'],
      [second.id, 'INCIDENT_CLASSIFIED'],
      [third.id, 'INCIDENT_REPORTED'],
    ]);
    // The JSON of the recorded change arrives typed as JSON.
    expect(seen.events[2].event.after).toMatchObject({ classification: 'LINKAGE' });
  } finally {
    feed.stop();
  }
});

it('drops the changes a transport replays from the first subscription on its own reconnect', async () => {
  const seen = collector();
  const token = app.token('dispatcher');
  const socket = createClient({ url: app.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, lazy: true, retryAttempts: 0, connectionParams: { authorization: `Bearer ${token}` } });
  sockets.push(socket);
  let firstPayload: Parameters<FeedTransport['subscribe']>[0] | undefined;
  // Like graphql-ws's own retry: it sends the very first payload (the old cursor) again.
  const replaying: FeedTransport = {
    subscribe(payload, sink) {
      firstPayload ??= payload;
      return socket.subscribe(firstPayload, sink as Parameters<Client['subscribe']>[1]);
    },
  };
  const head = await feedHead(app.databaseUrl);
  const feed = resumableFeed({ transport: replaying, document: IncidentFeedDocument, after: head, minDelayMs: 1, onEvent: (event) => seen.push(event) });
  try {
    const first = await steps.report('广场舞噪音扰民');
    await seen.until((events) => events.some((e) => e.incident?.id === first.id));
    socket.terminate();
    const second = await steps.report('路灯不亮，夜间行人摔倒');
    await seen.until((events) => events.some((e) => e.incident?.id === second.id));
    expect(seen.events.map((e) => [e.incident?.id, e.kind])).toEqual([
      [first.id, 'INCIDENT_REPORTED'],
      [second.id, 'INCIDENT_REPORTED'],
    ]);
  } finally {
    feed.stop();
  }
});

it('stops and reports a refusal instead of retrying it', async () => {
  const socket = createClient({ url: app.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, lazy: true, retryAttempts: 0, connectionParams: { authorization: `Bearer ${app.token('dispatcher')}` } });
  sockets.push(socket);
  const refused = new Promise<readonly { message: string; extensions?: Record<string, unknown> }[]>((resolve) => {
    resumableFeed({ transport: socket as unknown as FeedTransport, document: IncidentFeedDocument, after: 'not-a-cursor', onEvent: () => undefined, onError: resolve });
  });
  const errors = await refused;
  expect(errors[0].extensions?.code).toBe('BAD_USER_INPUT');
  expect(errors[0].message).toMatch(/not a feed cursor/);
});
