import { createClient, type Client } from 'graphql-ws';
import { Client as PgClient } from 'pg';
import WebSocket from 'ws';

export interface FeedMessage {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * The cursor of the last change in the history: a console that subscribes with `after` set to
 * it gets every change made from then on, however long the server takes to register the
 * subscription, so a test never has to guess when the subscription is live.
 */
export async function feedHead(databaseUrl: string): Promise<string> {
  const client = new PgClient({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ head: string }>('select coalesce(max(seq), 0)::text as head from event');
    return rows[0].head;
  } finally {
    await client.end();
  }
}

/**
 * A graphql-ws client as a console would hold one: connect with a token, subscribe, read
 * messages as they come. `next()` waits for the next message and `closed()` for the socket to
 * close, each failing after a timeout.
 */
export class FeedClient {
  readonly messages: FeedMessage[] = [];
  readonly closes: number[] = [];
  private readonly client: Client;
  private waiters: (() => void)[] = [];
  private read = 0;
  private unsubscribe?: () => void;
  completed = false;

  constructor(url: string, token: string | undefined) {
    this.client = createClient({
      url: url.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      lazy: false,
      // Failures reach the subscriber (and the test) through `error`; no console noise.
      onNonLazyError: () => undefined,
      connectionParams: token ? { authorization: `Bearer ${token}` } : {},
      on: {
        connected: () => {
          this.isConnected = true;
          this.wake();
        },
        closed: (event) => {
          this.closes.push((event as { code: number }).code);
          this.wake();
        },
      },
    });
  }

  private isConnected = false;

  subscribe(query: string, variables: Record<string, unknown> = {}): this {
    this.unsubscribe = this.client.subscribe(
      { query, variables },
      {
        next: (value) => this.deliver(value as FeedMessage),
        error: (error) =>
          this.deliver({
            errors: Array.isArray(error)
              ? error
              : typeof (error as { code?: unknown }).code === 'number'
                ? [{ message: `socket closed with ${(error as { code: number }).code}`, extensions: { closeCode: (error as { code: number }).code } }]
                : [{ message: String((error as Error)?.message ?? error) }],
          }),
        complete: () => {
          this.completed = true;
          this.wake();
        },
      },
    );
    return this;
  }

  private deliver(message: FeedMessage) {
    this.messages.push(message);
    this.wake();
  }

  private wake() {
    for (const waiter of this.waiters.splice(0)) waiter();
  }

  /** Resolves once `ready()` holds, re-checking whenever something arrives; fails after `timeoutMs`. */
  private async until(ready: () => boolean, timeoutMs: number, what: string): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!ready()) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`${what} within ${timeoutMs} ms (have ${this.messages.length} messages, closes ${JSON.stringify(this.closes)})`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The next unread message. */
  async next(timeoutMs = 5000): Promise<FeedMessage> {
    await this.until(() => this.read < this.messages.length, timeoutMs, 'no message');
    return this.messages[this.read++];
  }

  /** The next `count` messages. */
  async take(count: number, timeoutMs = 5000): Promise<FeedMessage[]> {
    const taken: FeedMessage[] = [];
    for (let i = 0; i < count; i++) taken.push(await this.next(timeoutMs));
    return taken;
  }

  /** Resolves when the server has completed the subscription (it ended, with no more messages). */
  ended(timeoutMs = 5000): Promise<void> {
    return this.until(() => this.completed, timeoutMs, 'not completed');
  }

  /** Resolves when the server has acknowledged the connection (connection_ack). */
  connected(timeoutMs = 5000): Promise<void> {
    return this.until(() => this.isConnected, timeoutMs, 'not connected');
  }

  /** The code the socket was closed with, once it is. */
  async closed(timeoutMs = 5000): Promise<number> {
    await this.until(() => this.closes.length > 0, timeoutMs, 'not closed');
    return this.closes[0];
  }

  async close(): Promise<void> {
    this.unsubscribe?.();
    await this.client.dispose();
  }
}
