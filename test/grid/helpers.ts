import { EventEmitter } from 'node:events';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import type { GridTask } from '../../integrations/grid';

/** A GRID-channel order as the relay would send it: a burst water main for the water bureau. */
export function sampleTask(overrides: Partial<GridTask> = {}): GridTask {
  return {
    taskId: randomUUID(),
    incidentId: randomUUID(),
    departmentId: 'dept-agriculture-water',
    stage: 'DISPATCHED',
    title: '自来水管爆裂 burst water main',
    description: '杂谷脑镇滨河路一处自来水管爆裂，路面积水，请派员到场处置。',
    address: '杂谷脑镇滨河路 12 号',
    areaCode: '513222100',
    latitude: 31.4363,
    longitude: 103.1654,
    urgency: 'URGENT',
    issuedAt: '2024-05-01T08:30:00.000Z',
    deadlines: { signBy: '2024-05-01T08:40:00.000Z', arriveBy: '2024-05-01T09:00:00.000Z' },
    version: 1,
    ...overrides,
  };
}

/** A URL on 127.0.0.1 where nothing listens (the port was free a moment ago). */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

/** The error code of a new TCP connection to 127.0.0.1:port, or undefined when it connects. */
export function connectError(port: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(undefined);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code));
  });
}

export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** Stands in for our webhook endpoint: keeps the raw body and answers with `status`. */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  status = 204;
  private server?: Server;

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        this.received.push({ headers: req.headers, body: Buffer.concat(chunks) });
        res.writeHead(this.status).end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/integrations/grid/webhook`;
  }

  async stop(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
  }
}

/**
 * The simulator's log as events: pass `write` as its `log` option, and `next(pattern)` resolves
 * with the first line matching from then on (register before acting), or fails after `timeoutMs`.
 */
export class SimulatorLog {
  private readonly lines = new EventEmitter();
  readonly write = (line: string): void => {
    this.lines.emit('line', line);
  };

  next(pattern: RegExp, timeoutMs = 3000): Promise<string> {
    return new Promise((resolve, reject) => {
      const onLine = (line: string) => {
        if (!pattern.test(line)) return;
        done();
        resolve(line);
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`the simulator logged no line matching ${pattern} within ${timeoutMs} ms`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.lines.off('line', onLine);
      };
      this.lines.on('line', onLine);
    });
  }
}
