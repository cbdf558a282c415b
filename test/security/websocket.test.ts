import WebSocket from 'ws';
import { startTestApp, type TestApp } from '../support/app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

interface Message {
  type: string;
  id?: string;
  payload?: unknown;
}

interface Session {
  messages: Message[];
  closed: Promise<{ code: number; reason: string }>;
  socket: WebSocket;
  opened: Promise<void>;
}

/** A raw graphql-ws session, so the test sees close codes exactly as a console would. */
function connect(payload?: Record<string, unknown>): Session {
  const socket = new WebSocket(app.url.replace('http', 'ws'), 'graphql-transport-ws');
  const messages: Session['messages'] = [];
  socket.on('message', (data) => messages.push(JSON.parse(String(data))));
  const opened = new Promise<void>((resolve) =>
    socket.on('open', () => {
      socket.send(JSON.stringify({ type: 'connection_init', payload }));
      resolve();
    }),
  );
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: String(reason) })),
  );
  return { messages, closed, socket, opened };
}

/** The first message of `type` the server sent, as soon as it arrives; fails after `timeoutMs`. */
function message(session: Session, type: string, timeoutMs = 5000): Promise<Message> {
  const received = session.messages.find((m) => m.type === type);
  if (received) return Promise.resolve(received);
  return new Promise((resolve, reject) => {
    const onMessage = (data: WebSocket.RawData) => {
      const next = JSON.parse(String(data)) as Message;
      if (next.type !== type) return;
      done();
      resolve(next);
    };
    const timer = setTimeout(() => {
      done();
      reject(new Error(`no ${type} message within ${timeoutMs} ms (got ${session.messages.map((m) => m.type).join(', ') || 'none'})`));
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      session.socket.off('message', onMessage);
    };
    session.socket.on('message', onMessage);
  });
}

describe('WebSocket authentication', () => {
  it('closes a connection without a token with 4403', async () => {
    const session = connect();
    expect((await session.closed).code).toBe(4403);
  });

  it('closes a connection with a refused token with 4403', async () => {
    const session = connect({ authorization: 'Bearer not.a.token' });
    expect((await session.closed).code).toBe(4403);
  });

  it('serves a connection with a valid token, then closes it with 4403 when the token expires', async () => {
    const session = connect({ authorization: `Bearer ${app.token('dispatcher', undefined, 2)}` });
    await message(session, 'connection_ack');
    session.socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: '{ units { code } }' } }));
    await message(session, 'complete');
    const next = session.messages.find((m) => m.type === 'next') as { payload: { data: { units: unknown[] } } };
    expect(next.payload.data.units).toHaveLength(24);

    expect(await session.closed).toEqual({ code: 4403, reason: 'Token expired' });
  });

  it('applies the same document limits as HTTP', async () => {
    const session = connect({ token: app.token('dispatcher') });
    await message(session, 'connection_ack');
    const deep = `{ areas { ${'parent { '.repeat(12)}code${' }'.repeat(12)} } }`;
    session.socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: deep } }));
    const error = (await message(session, 'error')) as { payload: { message: string }[] };
    expect(error.payload[0].message).toMatch(/nested 13 levels deep/);
    session.socket.close();
  });
});
