import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter, once } from 'node:events';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createClient, type Client as WsClient } from 'graphql-ws';
import { Client } from 'pg';
import WebSocket from 'ws';
import { devTokenSync } from '../support/jwt';
import { freePort } from '../../src/common/net';
import { repoRoot } from '../../src/common/paths';
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../../src/db/embedded';
import { SERVER_NODE_FLAGS } from '../../src/common/node-flags';

const DATABASE = 'linkage110';

/** A PostgreSQL cluster the suite owns (never the machine's shared service), on 127.0.0.1. */
export class OwnCluster {
  private handle?: EmbeddedPostgresHandle;
  private constructor(
    readonly clusterDir: string,
    readonly port: number,
  ) {}

  static async start(root: string): Promise<OwnCluster> {
    const cluster = new OwnCluster(path.join(root, 'pg'), await freePort());
    await cluster.startAgain();
    await ensureDatabase(cluster.handle!.adminUrl, DATABASE);
    return cluster;
  }

  get url(): string {
    return this.handle!.urlFor(DATABASE);
  }

  async startAgain(): Promise<void> {
    this.handle = await startEmbeddedPostgres({ clusterDir: this.clusterDir, port: this.port });
  }

  async stop(): Promise<void> {
    await this.handle?.stop();
  }

  /** The postmaster and every process it started: the whole database. */
  async processes(): Promise<number[]> {
    const postmaster = Number((await fs.readFile(path.join(this.clusterDir, 'postmaster.pid'), 'utf8')).split('\n')[0]);
    const children: number[] = [];
    for (const entry of await fs.readdir('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      const stat = await fs.readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === postmaster) children.push(Number(entry));
    }
    return [postmaster, ...children];
  }

  async sql<T extends Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> {
    const client = new Client({ connectionString: this.url, connectionTimeoutMillis: 5000 });
    await client.connect();
    try {
      return (await client.query<T>(text, params)).rows;
    } finally {
      await client.end();
    }
  }
}

/** The API as production runs it (`node dist/src/main.js`), on 127.0.0.1, against the suite's cluster. */
export class ApiProcess {
  private child?: ChildProcess;
  readonly dataDir: string;
  private constructor(
    readonly port: number,
    private readonly databaseUrl: string,
    root: string,
  ) {
    this.dataDir = path.join(root, 'api');
  }

  static async start(databaseUrl: string, root: string): Promise<ApiProcess> {
    const api = new ApiProcess(await freePort(), databaseUrl, root);
    await api.startAgain();
    return api;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}/graphql`;
  }

  token(): string {
    return devTokenSync(this.dataDir, { role: 'dispatcher', ttlSeconds: 3600 });
  }

  async startAgain(): Promise<void> {
    const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, path.join(repoRoot(), 'dist', 'src', 'main.js')], {
      env: {
        ...process.env,
        NODE_ENV: 'development',
        DATABASE_URL: this.databaseUrl,
        PORT: String(this.port),
        HOST: '127.0.0.1',
        DATA_DIR: this.dataDir,
        LOG_LEVEL: 'error',
        OVERDUE_SWEEP_MS: '0',
        DB_STATEMENT_TIMEOUT_MS: '2000',
        DB_ACQUIRE_TIMEOUT_MS: '1000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the API did not come up within 60 s: ${output.slice(-1500)}`)), 60_000);
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('linkage110 is up')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the API exited with ${code}: ${output.slice(-1500)}`));
      });
    });
    child.removeAllListeners('exit');
  }

  async kill9(): Promise<void> {
    const child = this.child!;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

export interface WriteFigures {
  acknowledged: number;
  found: number;
  lost: number;
  duplicated: number;
  /** Requests answered with an error (each retried with the same idempotency key). */
  refused: number;
  slowestAnswerMs: number;
}

/**
 * Writers as careful clients: each report carries an idempotency key and a unique marker in
 * its description; a failed or unanswered request is sent again with the same key until it
 * is acknowledged. Acknowledged writes are then looked for in the database.
 */
export class WriteLoad {
  /** Emits 'acknowledged' for every write the API confirmed. */
  private readonly progress = new EventEmitter();
  private readonly acknowledged = new Map<string, string>();
  private running = true;
  private refused = 0;
  private slowest = 0;
  private readonly workers: Promise<void>[] = [];
  private readonly successes: number[] = [];
  private sequence = 0;

  constructor(
    private readonly api: ApiProcess,
    private readonly label: string,
    concurrency = 6,
  ) {
    const token = api.token();
    for (let w = 0; w < concurrency; w++) this.workers.push(this.work(token));
  }

  private async work(token: string): Promise<void> {
    while (this.running) await this.writeOne(token, `${this.label}-${this.sequence++}`);
  }

  private async writeOne(token: string, marker: string): Promise<void> {
    const input = {
      description: `故障测试 ${marker}`,
      place: { areaCode: 'zagunao', address: '朝阳小区' },
      intakeChannel: 'CALL_110',
      idempotencyKey: marker,
    };
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const sent = Date.now();
      try {
        const res = await fetch(this.api.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: 'mutation ($input: ReportIncidentInput!) { reportIncident(input: $input) { id } }', variables: { input } }),
          signal: AbortSignal.timeout(10_000),
        });
        this.slowest = Math.max(this.slowest, Date.now() - sent);
        const body = (await res.json()) as { data?: { reportIncident?: { id: string } } };
        if (body.data?.reportIncident?.id) {
          this.acknowledged.set(marker, body.data.reportIncident.id);
          this.successes.push(sent);
          this.progress.emit('acknowledged');
          return;
        }
      } catch {
        this.slowest = Math.max(this.slowest, Date.now() - sent);
      }
      this.refused++;
      // A client's retry back-off, not a wait for an event.
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`write ${marker} was not acknowledged within 60 s`);
  }

  /** Seconds from `from` to the first write sent after it that was acknowledged. */
  recoveredAfter(from: number): number | undefined {
    const first = this.successes.filter((sent) => sent >= from).sort((a, b) => a - b)[0];
    return first === undefined ? undefined : (first - from) / 1000;
  }

  /** Waits until a write sent after `from` is acknowledged (the service is back), failing after `timeoutMs`. */
  async waitForRecovery(from: number, timeoutMs = 60_000): Promise<number> {
    const signal = AbortSignal.timeout(timeoutMs);
    for (;;) {
      const seconds = this.recoveredAfter(from);
      if (seconds !== undefined) return seconds;
      await once(this.progress, 'acknowledged', { signal }).catch(() => {
        throw new Error(`no write acknowledged within ${timeoutMs} ms of the fault`);
      });
    }
  }

  async finish(cluster: OwnCluster): Promise<WriteFigures> {
    this.running = false;
    await Promise.all(this.workers);
    const rows = await cluster.sql<{ description: string; ids: string[] }>(
      `select description, array_agg(id::text) as ids from incident where description like $1 group by description`,
      [`故障测试 ${this.label}-%`],
    );
    const stored = new Map(rows.map((row) => [row.description.slice('故障测试 '.length), row.ids]));
    let found = 0;
    for (const [marker, id] of this.acknowledged) if (stored.get(marker)?.includes(id)) found++;
    return {
      acknowledged: this.acknowledged.size,
      found,
      lost: this.acknowledged.size - found,
      duplicated: rows.reduce((sum, row) => sum + row.ids.length - 1, 0),
      refused: this.refused,
      slowestAnswerMs: this.slowest,
    };
  }
}

export interface FeedFigures {
  expected: number;
  received: number;
  duplicated: number;
  resubscriptions: number;
}

/**
 * A console following incidentFeed as documented: when the stream ends or the socket drops, it
 * subscribes again with `after` set to the last cursor it received.
 */
export class ResumingSubscriber {
  /** Emits 'event' for every change delivered. */
  private readonly progress = new EventEmitter();
  private readonly seen = new Set<string>();
  private deliveries = 0;
  private resubscriptions = 0;
  private last: string;
  private client?: WsClient;
  private stopped = false;

  constructor(
    private readonly api: ApiProcess,
    from: string,
  ) {
    this.last = from;
    this.connect();
  }

  private connect(): void {
    if (this.stopped) return;
    const client = createClient({ url: this.api.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, lazy: true, connectionParams: { authorization: `Bearer ${this.api.token()}` } });
    this.client = client;
    const again = () => {
      if (this.stopped || this.client !== client) return;
      this.resubscriptions++;
      void client.dispose();
      setTimeout(() => this.connect(), 200);
    };
    client.subscribe<{ incidentFeed: { cursor: string } }>(
      { query: 'subscription ($after: String) { incidentFeed(after: $after) { cursor kind incident { id } } }', variables: { after: this.last } },
      {
        next: (message) => {
          // A stream already given up on may still deliver while its socket closes.
          if (this.client !== client) return;
          const cursor = message.data?.incidentFeed?.cursor;
          if (!cursor) return again();
          this.deliveries++;
          this.seen.add(cursor);
          if (BigInt(cursor) > BigInt(this.last)) this.last = cursor;
          this.progress.emit('event');
        },
        error: () => again(),
        complete: () => again(),
      },
    );
  }

  /** Waits until every event after `from` up to the history's head has arrived, or the deadline. */
  async settle(cluster: OwnCluster, from: string, timeoutMs = 30_000): Promise<FeedFigures> {
    const [{ count, head }] = await cluster.sql<{ count: string; head: string }>(
      'select count(*)::text as count, coalesce(max(seq), 0)::text as head from event where seq > $1',
      [from],
    );
    const signal = AbortSignal.timeout(timeoutMs);
    // Each delivered event wakes the wait; the deadline ends it with what arrived (the figures say what was missed).
    while (BigInt(this.last) < BigInt(head) && !signal.aborted) await once(this.progress, 'event', { signal }).catch(() => undefined);
    this.stopped = true;
    await this.client?.dispose();
    return { expected: Number(count), received: this.seen.size, duplicated: this.deliveries - this.seen.size, resubscriptions: this.resubscriptions };
  }
}

export async function suiteRoot(): Promise<string> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'linkage110-faults-'));
  await fs.chmod(root, 0o755);
  return root;
}
