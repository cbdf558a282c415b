import WebSocket from 'ws';
import { startTestApp, type TestApp } from '../support/app';

/** Sockets that stop answering or never say hello are not kept. */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ server: { keepaliveMs: 200, connectionInitWaitMs: 300 } });
});
afterAll(() => app.close());

function open(options: WebSocket.ClientOptions = {}): Promise<{ socket: WebSocket; closed: Promise<number> }> {
  const socket = new WebSocket(app.url.replace('http', 'ws'), 'graphql-transport-ws', options);
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    socket.on('open', () => resolve({ socket, closed }));
    socket.on('error', reject);
  });
}

describe('connection hygiene', () => {
  it('closes a socket that never sends connection_init (4408)', async () => {
    const { closed } = await open();
    expect(await closed).toBe(4408);
  });

  it('pings, keeps a socket that answers, and cuts one that stops answering', async () => {
    const token = app.token('dispatcher');
    const answering = await open();
    answering.socket.send(JSON.stringify({ type: 'connection_init', payload: { token } }));
    let pings = 0;
    answering.socket.on('ping', () => pings++);

    const silent = await open({ autoPong: false });
    silent.socket.send(JSON.stringify({ type: 'connection_init', payload: { token } }));

    // A silent peer misses a ping and is terminated at the next round (no close frame: 1006).
    expect(await silent.closed).toBe(1006);
    expect(pings).toBeGreaterThanOrEqual(1);
    expect(answering.socket.readyState).toBe(WebSocket.OPEN);
    answering.socket.close();
  });
});
