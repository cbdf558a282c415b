import { performance } from 'node:perf_hooks';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { GridError, GridMappingError, type GridMapping, type GridPort, type GridTask, type OrderStatusName } from '../../../integrations/grid';
import { logger } from '../../common/logger';
import { gridMetrics } from '../metrics';
import { OrderStatus, type Urgency } from '../orders/order.enums';
import { OutboxStatus } from './grid-sync.entity';


/** How long a message keeps being retried before it is dead-lettered: about three days. */
export const RETRY_WINDOW_MS = 72 * 3600_000;
const FIRST_DELAY_MS = 5_000;
const MAX_DELAY_MS = 6 * 3600_000;

/**
 * Exponential backoff, doubling from 5 s to at most 6 h, with jitter (the upper half of the
 * interval at random) so replicas and messages do not retry in lockstep after an outage.
 * About 24 attempts fill the three-day window.
 */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(FIRST_DELAY_MS * 2 ** Math.max(0, attempt - 1), MAX_DELAY_MS);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Failures that say the grid platform as a whole cannot take requests now. */
const UNREACHABLE = new Set(['NETWORK', 'TIMEOUT', 'UNAVAILABLE', 'RATE_LIMITED']);

export interface RelayOptions {
  port: GridPort;
  mapping: GridMapping;
  now?: () => Date;
  random?: () => number;
  /**
   * Messages claimed per tick (default 200). Each tick costs a claim, a read and a write, and its
   * lanes run dry one by one at its end; at 50 that was a third of a busy relay's time. The first
   * order of a batch still goes alone, so an outage costs one attempt, not the batch; and no send
   * starts once half the lease has passed (a slow grid platform), so another relay never takes
   * over messages this one is still sending.
   */
  batchSize?: number;
  /** How long a claimed message is held before another relay may take it over. */
  leaseMs?: number;
  /** Requests in flight to the grid platform at most, after a batch's first (default 8). */
  concurrency?: number;
}

const DEFAULT_CONCURRENCY = 8;
const DEFAULT_LEASE_MS = 60_000;

/** What one order's attempt comes to, recorded with the rest of its batch. */
interface Outcome {
  kind: keyof RelayTick;
  /** Its outbox messages. */
  ids: string[];
  status: OutboxStatus;
  error?: string;
  attempts?: number;
  nextAttemptAt?: Date;
  /** The grid platform as a whole cannot take requests now. */
  unreachable?: boolean;
  task?: { orderId: string; gridCaseId: string; syncedVersion: number; syncedStage: string; cancelled: boolean; syncedAt: Date };
}

interface Claimed {
  id: string;
  order_id: string;
  seq: string;
  attempts: number;
  window_started_at: Date;
}

/**
 * What the relay sends of an order, read for a whole batch in one statement: the order, its
 * unit's code, its incident and area, and the version the grid platform has of it (null when
 * no task was created yet). Plain rows, not entities: the relay changes none of them, and
 * hydrating a batch of orders with their incidents was most of a tick's own work.
 */
interface RelayOrder {
  id: string;
  status: OrderStatus;
  version: number;
  urgency: Urgency;
  instructions: string | null;
  issuedAt: Date;
  signDeadline: Date | null;
  arriveDeadline: Date | null;
  feedbackDeadline: Date | null;
  unitCode: string;
  incident: { id: string; description: string; address: string | null; areaCode: string | null; latitude: number | null; longitude: number | null };
  /** The grid task's synced version; undefined when the grid platform has no task for the order. */
  syncedVersion?: number;
}

interface RelayOrderRow {
  id: string;
  status: OrderStatus;
  version: number;
  urgency: Urgency;
  instructions: string | null;
  /** Timestamps come as text: MikroORM's connection leaves their parsing to the ORM. */
  issued_at: string;
  sign_deadline: string | null;
  arrive_deadline: string | null;
  feedback_deadline: string | null;
  unit_code: string;
  incident_id: string;
  description: string;
  address: string | null;
  area_code: string | null;
  latitude: number | string | null;
  longitude: number | string | null;
  synced_version: number | null;
}

const dateOrNull = (text: string | null) => (text === null ? null : new Date(text));
const numberOrNull = (value: number | string | null) => (value === null ? null : Number(value));

const RELAY_ORDERS_SQL = `select o.id, o.status, o.version, o.urgency, o.instructions, o.issued_at, o.sign_deadline, o.arrive_deadline,
         o.feedback_deadline, u.code as unit_code, i.id as incident_id, i.description, i.address, a.code as area_code,
         i.latitude, i.longitude, t.synced_version
    from "order" o
    join unit u on u.id = o.unit_id
    join incident i on i.id = o.incident_id
    left join area a on a.id = i.area_id
    left join grid_task t on t.order_id = o.id
   where o.id in (select jsonb_array_elements_text(?::jsonb)::uuid)`;

function relayOrder(row: RelayOrderRow): RelayOrder {
  return {
    id: row.id,
    status: row.status,
    version: Number(row.version),
    urgency: row.urgency,
    instructions: row.instructions,
    issuedAt: new Date(row.issued_at),
    signDeadline: dateOrNull(row.sign_deadline),
    arriveDeadline: dateOrNull(row.arrive_deadline),
    feedbackDeadline: dateOrNull(row.feedback_deadline),
    unitCode: row.unit_code,
    incident: {
      id: row.incident_id,
      description: row.description,
      address: row.address,
      areaCode: row.area_code,
      latitude: numberOrNull(row.latitude),
      longitude: numberOrNull(row.longitude),
    },
    syncedVersion: row.synced_version === null ? undefined : Number(row.synced_version),
  };
}

export interface RelayTick {
  delivered: number;
  retried: number;
  dead: number;
  skipped: number;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Delivers outbox messages at least once. Messages are claimed with a lease (FOR UPDATE SKIP
 * LOCKED), so relays in several replicas share the queue; each claimed order is sent as it is
 * now, under an idempotency key naming the order, the operation and its version, so a retry of
 * the same state is answered from the grid platform's idempotency store and never applied
 * twice, and a newer state is never refused as a reused key.
 */
export class GridRelay {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly orm: MikroORM,
    private readonly options: RelayOptions,
  ) {}

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  /**
   * One batch: claim up to batchSize due messages, read their orders and task records in one
   * statement, send with at most `concurrency` requests in flight, and record every outcome in
   * one statement. The first order of a batch goes alone: when the grid platform is down (or
   * overloaded) that one attempt finds out, and the rest of the batch is handed back untried.
   */
  async tick(): Promise<RelayTick> {
    const result: RelayTick = { delivered: 0, retried: 0, dead: 0, skipped: 0 };
    const now = this.now();
    const em = this.orm.em.fork();
    // Half the lease for starting sends, the other half for the last ones to end (the adapter's
    // timeout is well under it). Measured on the process clock: `now` may be a test's or a
    // catch-up's clock.
    const startBy = performance.now() + (this.options.leaseMs ?? DEFAULT_LEASE_MS) / 2;
    const claimed = await em.getConnection().execute<Claimed[]>(
      `update grid_outbox set lease_until = ?
        where id in (select id from grid_outbox
                      where status in ('PENDING', 'RETRYING') and next_attempt_at <= ? and (lease_until is null or lease_until < ?)
                      order by seq limit ? for update skip locked)
        returning id, order_id, seq, attempts, window_started_at`,
      [new Date(now.getTime() + (this.options.leaseMs ?? DEFAULT_LEASE_MS)), now, now, this.options.batchSize ?? 200],
      'all',
    );
    if (claimed.length === 0) return result;
    const byOrder = new Map<string, Claimed[]>();
    for (const message of claimed.sort((a, b) => Number(a.seq) - Number(b.seq))) {
      byOrder.set(message.order_id, [...(byOrder.get(message.order_id) ?? []), message]);
    }
    const orderIds = [...byOrder.keys()];
    const rows = await em.getConnection().execute<RelayOrderRow[]>(RELAY_ORDERS_SQL, [JSON.stringify(orderIds)], 'all');
    const orders = new Map(rows.map((row) => [row.id, relayOrder(row)]));

    const outcomes: Outcome[] = [];
    let failure: unknown;
    let stopped = false;
    const attempt = async (orderId: string) => {
      try {
        const outcome = await this.deliver(orders.get(orderId)!, byOrder.get(orderId)!);
        outcomes.push(outcome);
        if (outcome.unreachable) stopped = true;
      } catch (err) {
        failure ??= err;
        stopped = true;
      }
    };
    await attempt(orderIds[0]);
    let next = 1;
    const lane = async () => {
      while (!stopped && next < orderIds.length && performance.now() < startBy) await attempt(orderIds[next++]);
    };
    await Promise.all(Array.from({ length: Math.max(1, this.options.concurrency ?? DEFAULT_CONCURRENCY) }, lane));
    // The grid platform is down or overloaded (or a send failed unexpectedly): the rest of the
    // batch would only fail too; or half the lease has passed. Their leases go back; the next
    // tick tries again.
    const untried = orderIds.slice(next).flatMap((orderId) => byOrder.get(orderId)!.map((m) => m.id));
    await this.record(em, outcomes, untried);
    for (const outcome of outcomes) {
      result[outcome.kind]++;
      if (outcome.kind === 'delivered') gridMetrics.deliveries.inc();
      if (outcome.kind === 'retried') gridMetrics.retries.inc();
      if (outcome.kind === 'dead') gridMetrics.deadLetters.inc();
    }
    if (failure) throw failure;
    return result;
  }

  /** Sends one order's state; what it means for its messages is recorded with the batch's. */
  private async deliver(order: RelayOrder, messages: Claimed[]): Promise<Outcome> {
    const ids = messages.map((m) => m.id);
    let departmentId: string;
    try {
      departmentId = this.options.mapping.departmentFor(order.unitCode);
    } catch (err) {
      if (err instanceof GridMappingError) {
        return { kind: 'skipped', ids, status: OutboxStatus.SKIPPED, error: `unit ${order.unitCode} is not on the grid platform: ${err.message}` };
      }
      throw err;
    }
    try {
      const delivered = await this.send(order, departmentId);
      return {
        kind: 'delivered',
        ids,
        // Without a task record and with nothing sent, the order was cancelled before it ever reached the grid platform.
        status: order.syncedVersion !== undefined || delivered ? OutboxStatus.DELIVERED : OutboxStatus.NOT_SENT,
        task: delivered && {
          orderId: order.id,
          gridCaseId: delivered.gridCaseId,
          syncedVersion: delivered.version,
          syncedStage: delivered.stage,
          cancelled: delivered.cancelled,
          syncedAt: this.now(),
        },
      };
    } catch (err) {
      if (!(err instanceof GridError)) throw err;
      const windowStart = Math.min(...messages.map((m) => new Date(m.window_started_at).getTime()));
      const attempts = Math.max(...messages.map((m) => m.attempts)) + 1;
      const now = this.now();
      if (!err.retryable || now.getTime() - windowStart >= RETRY_WINDOW_MS) {
        logger.warn('grid message dead-lettered', { orderId: order.id, code: err.code, attempts });
        return { kind: 'dead', ids, status: OutboxStatus.DEAD, error: `${err.code}: ${err.message}`, attempts };
      }
      const delay = err.details.retryAfterMs ?? backoffMs(attempts, this.options.random);
      return {
        kind: 'retried',
        ids,
        status: OutboxStatus.RETRYING,
        error: truncate(`${err.code}: ${err.message}`, 500),
        attempts,
        nextAttemptAt: new Date(now.getTime() + delay),
        unreachable: UNREACHABLE.has(err.code),
      };
    }
  }

  /**
   * Every outcome of a batch in one statement: the task records of what was delivered, each
   * message's new state, and the leases of the messages not tried handed back.
   */
  private async record(em: EntityManager, outcomes: Outcome[], untried: string[]): Promise<void> {
    const now = this.now();
    const messages = [
      ...outcomes.flatMap((o) =>
        o.ids.map((id) => ({
          id,
          status: o.status,
          last_error: o.error ?? null,
          delivered_at: o.status === OutboxStatus.DELIVERED ? now.toISOString() : null,
          attempts: o.attempts ?? null,
          next_attempt_at: o.nextAttemptAt?.toISOString() ?? null,
        })),
      ),
      ...untried.map((id) => ({ id, status: null, last_error: null, delivered_at: null, attempts: null, next_attempt_at: null })),
    ];
    const tasks = outcomes.flatMap((o) => (o.task ? [{ ...o.task, syncedAt: o.task.syncedAt.toISOString() }] : []));
    if (messages.length === 0) return;
    await em.getConnection().execute(
      `with tasks as (
         insert into grid_task (order_id, grid_case_id, synced_version, synced_stage, cancelled, synced_at)
         select "orderId", "gridCaseId", "syncedVersion", "syncedStage", cancelled, "syncedAt"
           from jsonb_to_recordset(?::jsonb) as t("orderId" uuid, "gridCaseId" text, "syncedVersion" int, "syncedStage" text, cancelled boolean, "syncedAt" timestamptz)
         on conflict (order_id) do update set grid_case_id = excluded.grid_case_id, synced_version = excluded.synced_version,
           synced_stage = excluded.synced_stage, cancelled = excluded.cancelled, synced_at = excluded.synced_at
         returning 1
       )
       update grid_outbox g set
         lease_until = null,
         status = coalesce(m.status, g.status),
         last_error = case when m.status is null then g.last_error else m.last_error end,
         delivered_at = case when m.status is null then g.delivered_at else m.delivered_at end,
         attempts = case when m.status is null then g.attempts when m.status = 'RETRYING' then m.attempts else coalesce(m.attempts, g.attempts + 1) end,
         next_attempt_at = coalesce(m.next_attempt_at, g.next_attempt_at)
        from jsonb_to_recordset(?::jsonb) as m(id uuid, status text, last_error text, delivered_at timestamptz, attempts int, next_attempt_at timestamptz)
       where g.id = m.id`,
      [JSON.stringify(tasks), JSON.stringify(messages)],
    );
  }

  /** Creates, updates or cancels the task so the grid platform holds the order as it is now. */
  private async send(order: RelayOrder, departmentId: string) {
    const stage = this.options.mapping.stageFor(order.status as OrderStatusName);
    const key = (operation: string) => `${order.id}:${operation}:${order.version}`;
    const create = async () => {
      try {
        return await this.options.port.createTask(this.task(order, departmentId), { idempotencyKey: key('create') });
      } catch (err) {
        if (err instanceof GridError && err.code === 'ALREADY_EXISTS') return update();
        throw err;
      }
    };
    const update = async () => {
      try {
        if (order.status === OrderStatus.CANCELLED) {
          return await this.options.port.cancelTask(order.id, { reason: '110指令已撤销 the order was cancelled', version: order.version }, { idempotencyKey: key('cancel') });
        }
        return await this.options.port.updateTask(
          order.id,
          // The description carries the instructions, so an amended order reaches the unit as it is now.
          { stage, departmentId, urgency: order.urgency, description: this.description(order), deadlines: this.deadlines(order), version: order.version },
          { idempotencyKey: key('update') },
        );
      } catch (err) {
        // The grid platform already has this version or a newer one: nothing left to send.
        if (err instanceof GridError && (err.code === 'STALE_VERSION' || err.code === 'TASK_FINISHED')) return undefined;
        throw err;
      }
    };
    // Cancelled before it ever reached the grid platform: there is nothing to tell it.
    if (order.syncedVersion === undefined && order.status === OrderStatus.CANCELLED) return undefined;
    if (order.syncedVersion === undefined) return create();
    if (order.syncedVersion >= order.version) return undefined;
    try {
      return await update();
    } catch (err) {
      // The grid platform lost the task: create it again.
      if (err instanceof GridError && err.code === 'NOT_FOUND') return create();
      throw err;
    }
  }

  private deadlines(order: RelayOrder) {
    return {
      signBy: order.signDeadline?.toISOString(),
      arriveBy: order.arriveDeadline?.toISOString(),
      feedbackBy: order.feedbackDeadline?.toISOString(),
    };
  }

  private description(order: RelayOrder): string {
    return [order.incident.description, order.instructions ? `处置要求: ${order.instructions}` : undefined].filter(Boolean).join('\n');
  }

  private task(order: RelayOrder, departmentId: string): GridTask {
    const incident = order.incident;
    return {
      taskId: order.id,
      incidentId: incident.id,
      departmentId,
      stage: this.options.mapping.stageFor(order.status as OrderStatusName),
      title: truncate(incident.description.replace(/\s+/g, ' '), 60),
      description: this.description(order),
      // Columns read back as null; the contract wants absent fields left out.
      address: incident.address ?? undefined,
      areaCode: incident.areaCode ?? undefined,
      ...(incident.latitude != null && incident.longitude != null ? { latitude: incident.latitude, longitude: incident.longitude } : {}),
      urgency: order.urgency,
      issuedAt: order.issuedAt.toISOString(),
      deadlines: this.deadlines(order),
      version: order.version,
    };
  }

  /** Ticks every `intervalMs`; a tick still running (a slow grid platform) is not queued behind. */
  start(intervalMs: number): void {
    let busy = false;
    this.timer = setInterval(() => {
      if (busy) return;
      busy = true;
      this.running = this.tick()
        .catch((err: unknown) => logger.error('grid relay tick failed', { err }))
        .finally(() => (busy = false));
    }, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
