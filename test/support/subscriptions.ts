import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface FeedMessage {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * A graphql-ws client as a console would hold one: connect with a token, subscribe, read
 * messages as they come. `next()` waits for the next message (or fails after a timeout).
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
      on: { closed: (event) => this.closes.push((event as { code: number }).code) },
    });
  }

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

  /** The next unread message. */
  async next(timeoutMs = 5000): Promise<FeedMessage> {
    const deadline = Date.now() + timeoutMs;
    while (this.read >= this.messages.length) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no message within ${timeoutMs} ms (have ${this.messages.length})`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.messages[this.read++];
  }

  /** The next `count` messages. */
  async take(count: number, timeoutMs = 5000): Promise<FeedMessage[]> {
    const taken: FeedMessage[] = [];
    for (let i = 0; i < count; i++) taken.push(await this.next(timeoutMs));
    return taken;
  }

  /** Resolves true when nothing more arrives within `ms`. */
  async quiet(ms: number): Promise<boolean> {
    const before = this.messages.length;
    await new Promise((r) => setTimeout(r, ms));
    return this.messages.length === before;
  }

  async close(): Promise<void> {
    this.unsubscribe?.();
    await this.client.dispose();
  }
}
