import type { MikroORM } from '@mikro-orm/postgresql';
import createSubscriber, { type Subscriber } from 'pg-listen';
import { logger } from '../../common/logger';
import { EventLog, type EventLogEntry } from '../history/history.log';
import { createRequestScope, type RequestScope } from '../services';

export const EVENTS_CHANNEL = 'l110_events';
/** application_name of the LISTEN connection, so operators (and tests) can find it. */
export const FEED_LISTENER_NAME = 'linkage110-feed-listener';

/** What the hub knows of an event (its event-log entry), and the scope it is resolved in. */
export interface FeedItem extends EventLogEntry {
  /**
   * A fresh EntityManager fork, loaders and services for this event, made on first use and
   * shared by every subscription it goes to: each event is read once however many screens show it.
   */
  scope(): RequestScope;
  /** Drops the scope, so a retry reads the event again with a fresh fork and loaders (nothing cached from the failed try). */
  renew(): void;
}

export type FeedFilter = (item: FeedItem) => boolean;

function toItem(entry: EventLogEntry, orm: MikroORM): FeedItem {
  let scope: RequestScope | undefined;
  return {
    ...entry,
    scope() {
      scope ??= createRequestScope(orm.em.fork());
      return scope;
    },
    renew() {
      scope = undefined;
    },
  };
}

interface Listener {
  cursor: bigint;
  filter: FeedFilter;
  /** Queues an item for the subscription; it runs when resumed (or when it next asks). */
  enqueue(item: FeedItem): void;
  resume(): void;
}

/**
 * Subscriptions resumed per turn of the event loop when an event fans out. Resumed all at once,
 * a thousand subscriptions run their GraphQL executions interleaved: the first screen gets the
 * event only when nearly every execution is done, and their garbage, all alive together, is
 * promoted and swept at great cost (the garbage collector took more time than the executions).
 * In slices, each slice is executed and sent before the next begins, and requests waiting on the
 * same process get a turn between slices.
 */
export const RESUME_SLICE = 50;
/** Events read per page while a subscription catches up from its cursor. */
const CATCH_UP_PAGE = 500;
/** Events of one read whose rows are loaded ahead of a sliced fan-out; later ones load on demand. */
const WARM_MAX_ITEMS = 20;

/**
 * Loads once what the feed's own fields show (the event, its incident, its order and the
 * order's unit) into the event's loaders, so that each execution finds them cached and runs to
 * its end within its slice instead of waiting on the database with every other slice.
 */
async function warm(item: FeedItem): Promise<void> {
  const { loaders } = item.scope();
  const [, , order] = await Promise.all([
    loaders.eventById.load(item.eventId),
    item.incidentId ? loaders.incidentById.load(item.incidentId) : null,
    item.orderId ? loaders.orderById.load(item.orderId) : null,
  ]);
  if (order) await loaders.unitById.load(order.unit.id);
  else if (item.unitId) await loaders.unitById.load(item.unitId);
}

export interface FeedHubOptions {
  orm: MikroORM;
  /**
   * Where the LISTEN connection goes (DATABASE_LISTEN_URL): a session connection, never a
   * transaction-pooling PgBouncer. The ORM's own URL when not given.
   */
  listenUrl?: string;
  /** A safety net besides NOTIFY: how often the hub looks for events it was not told of. */
  pollMs?: number;
  batchSize?: number;
}

/**
 * One per process. A LISTEN connection (pg-listen) hears that events were committed; the hub
 * then reads them once, in seq order (which is commit order), and hands each to the
 * subscriptions that are caught up. Notifications carry ids only; rows come from the table,
 * so a lost notification or a dropped connection costs latency, never an event: on reconnect
 * and on every poll the hub reads from where it stopped.
 */
export class FeedHub {
  private position = 0n;
  private readonly listeners = new Set<Listener>();
  private readonly subscriber: Subscriber;
  private readonly orm: MikroORM;
  private reading: Promise<void> | undefined;
  private again = false;
  private timer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(private readonly options: FeedHubOptions) {
    this.orm = options.orm;
    this.subscriber = createSubscriber(
      { connectionString: options.listenUrl ?? this.orm.config.get('clientUrl'), application_name: FEED_LISTENER_NAME },
      { paranoidChecking: 5000, retryInterval: 500, retryTimeout: Number.POSITIVE_INFINITY, parse: (payload) => payload },
    );
  }

  private async readPage(page: { after: bigint; upTo?: bigint; limit: number }): Promise<FeedItem[]> {
    return (await new EventLog(this.orm.em.fork()).page(page)).map((entry) => toItem(entry, this.orm));
  }

  async start(): Promise<void> {
    this.position = await new EventLog(this.orm.em.fork()).head();
    this.subscriber.notifications.on(EVENTS_CHANNEL, () => this.read());
    this.subscriber.events.on('error', (err) => logger.error('feed listener failed', { err }));
    await this.subscriber.connect();
    await this.subscriber.listenTo(EVENTS_CHANNEL);
    // Registered after the first connect: from here on, 'connected' means a reconnect, and
    // whatever was committed while the connection was down is read from the history.
    this.subscriber.events.on('connected', () => {
      logger.info('feed listener reconnected; catching up from the history');
      this.read();
    });
    this.timer = setInterval(() => this.read(), this.options.pollMs ?? 5000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    await this.reading;
    await this.subscriber.close().catch(() => undefined);
  }

  /** Subscriptions caught up and receiving live events now. */
  get liveSubscriptions(): number {
    return this.listeners.size;
  }

  /** The seq of the last event handed out: a subscription without a cursor starts here. */
  get head(): bigint {
    return this.position;
  }

  /** Reads events after the hub's position; concurrent triggers coalesce into one more read. */
  read(): void {
    if (this.closed) return;
    if (this.reading) {
      this.again = true;
      return;
    }
    this.reading = this.readAll()
      .catch((err: unknown) => logger.error('feed read failed; the next notification or poll retries', { err }))
      .finally(() => {
        this.reading = undefined;
        if (this.again) {
          this.again = false;
          this.read();
        }
      });
  }

  private async readAll(): Promise<void> {
    const batch = this.options.batchSize ?? 500;
    for (;;) {
      const items = await this.readPage({ after: this.position, limit: batch });
      // Cursors, queues and the position move together, synchronously, as before; only the
      // resumption of the subscriptions that got something is spread over a few ticks.
      const resumed = new Set<Listener>();
      const wanted: FeedItem[] = [];
      for (const item of items) {
        let taken = false;
        for (const listener of this.listeners) {
          if (item.seq <= listener.cursor) continue;
          listener.cursor = item.seq;
          if (listener.filter(item)) {
            listener.enqueue(item);
            resumed.add(listener);
            taken = true;
          }
        }
        if (taken) wanted.push(item);
        this.position = item.seq;
      }
      await this.fanOut(wanted, resumed);
      if (items.length < batch) return;
    }
  }

  private async fanOut(items: FeedItem[], listeners: Set<Listener>): Promise<void> {
    if (listeners.size > RESUME_SLICE) {
      await Promise.all(items.slice(0, WARM_MAX_ITEMS).map(warm)).catch((err: unknown) =>
        logger.warn('feed: loading an event ahead of its fan-out failed; each subscription loads it itself', { err }),
      );
    }
    let resumed = 0;
    for (const listener of listeners) {
      if (resumed > 0 && resumed % RESUME_SLICE === 0) await new Promise((resolve) => setImmediate(resolve));
      listener.resume();
      resumed++;
    }
  }

  /**
   * A stream of events after `after` (or from now): first those missed, read from the
   * history, then live ones, with no gap and no repeat. The hand-over is safe because the
   * switch to live happens in the same tick as the check that the history read reached the
   * hub's position.
   */
  stream(after: bigint | undefined, filter: FeedFilter): AsyncIterableIterator<FeedItem> {
    const queue: FeedItem[] = [];
    let wake: (() => void) | undefined;
    let done = false;
    const listener: Listener = {
      cursor: after ?? this.position,
      filter,
      enqueue: (item) => queue.push(item),
      resume: () => wake?.(),
    };
    let live = false;
    const catchUp = async () => {
      while (!done) {
        const target = this.position;
        if (listener.cursor >= target) {
          this.listeners.add(listener);
          live = true;
          return;
        }
        let from = listener.cursor;
        for (;;) {
          const items = await this.readPage({ after: from, upTo: target, limit: CATCH_UP_PAGE });
          for (const item of items) {
            if (filter(item)) queue.push(item);
            from = item.seq;
          }
          wake?.();
          if (items.length < CATCH_UP_PAGE) break;
        }
        listener.cursor = target;
      }
    };
    const started = catchUp();
    const listeners = this.listeners;
    return {
      [Symbol.asyncIterator]() {
        return this;
      },
      async next(): Promise<IteratorResult<FeedItem>> {
        for (;;) {
          if (done) return { value: undefined, done: true };
          const item = queue.shift();
          if (item) return { value: item, done: false };
          if (!live) await Promise.race([started, new Promise<void>((r) => (wake = r))]);
          else await new Promise<void>((r) => (wake = r));
          wake = undefined;
        }
      },
      async return(): Promise<IteratorResult<FeedItem>> {
        done = true;
        listeners.delete(listener);
        wake?.();
        return { value: undefined, done: true };
      },
    };
  }
}
