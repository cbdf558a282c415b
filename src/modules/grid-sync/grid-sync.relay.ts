import type { MikroORM } from '@mikro-orm/postgresql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { GridError, GridMappingError, type GridMapping, type GridPort, type GridTask, type OrderStatusName } from '../../../integrations/grid';
import { logger } from '../../common/logger';
import { gridMetrics } from '../metrics';
import { Order } from '../orders/order.entity';
import { OrderStatus } from '../orders/order.enums';
import { GridTaskRecord, OutboxStatus } from './grid-sync.entity';


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
  batchSize?: number;
  /** How long a claimed message is held before another relay may take it over. */
  leaseMs?: number;
}

interface Claimed {
  id: string;
  order_id: string;
  seq: string;
  attempts: number;
  window_started_at: Date;
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

  async tick(): Promise<RelayTick> {
    const result: RelayTick = { delivered: 0, retried: 0, dead: 0, skipped: 0 };
    const now = this.now();
    const claimed = await this.orm.em.fork().getConnection().execute<Claimed[]>(
      `update grid_outbox set lease_until = ?
        where id in (select id from grid_outbox
                      where status in ('PENDING', 'RETRYING') and next_attempt_at <= ? and (lease_until is null or lease_until < ?)
                      order by seq limit ? for update skip locked)
        returning id, order_id, seq, attempts, window_started_at`,
      [new Date(now.getTime() + (this.options.leaseMs ?? 60_000)), now, now, this.options.batchSize ?? 50],
      'all',
    );
    const byOrder = new Map<string, Claimed[]>();
    for (const message of claimed) byOrder.set(message.order_id, [...(byOrder.get(message.order_id) ?? []), message]);
    const claimedOrders = [...byOrder];
    for (const [index, [orderId, messages]] of claimedOrders.entries()) {
      const outcome = await this.deliver(orderId, messages);
      result[outcome === 'unreachable' ? 'retried' : outcome]++;
      if (outcome === 'unreachable') {
        // The grid platform is down or overloaded: the rest of this batch would only fail
        // too. Hand their leases back; the next tick tries again, one order at a time.
        const rest = claimedOrders.slice(index + 1).flatMap(([, later]) => later.map((m) => m.id));
        if (rest.length) {
          await this.orm.em.fork().getConnection().execute(
            `update grid_outbox set lease_until = null where id in (${rest.map(() => '?').join(', ')})`,
            rest,
          );
        }
        break;
      }
    }
    return result;
  }

  private async deliver(orderId: string, messages: Claimed[]): Promise<keyof RelayTick | 'unreachable'> {
    const em = this.orm.em.fork();
    const ids = messages.map((m) => m.id);
    const order = await em.findOneOrFail(Order, { id: orderId }, { populate: ['unit', 'incident', 'incident.area'] });
    let departmentId: string;
    try {
      departmentId = this.options.mapping.departmentFor(order.unit.code);
    } catch (err) {
      if (err instanceof GridMappingError) {
        await this.finish(em, ids, OutboxStatus.SKIPPED, `unit ${order.unit.code} is not on the grid platform: ${err.message}`);
        return 'skipped';
      }
      throw err;
    }
    try {
      const record = await em.findOne(GridTaskRecord, { orderId });
      const delivered = await this.send(order, departmentId, record);
      if (delivered) {
        await em.upsert(GridTaskRecord, {
          orderId,
          gridCaseId: delivered.gridCaseId,
          syncedVersion: delivered.version,
          syncedStage: delivered.stage,
          cancelled: delivered.cancelled,
          syncedAt: this.now(),
        });
      }
      // Without a task record and with nothing sent, the order was cancelled before it ever reached the grid platform.
      await this.finish(em, ids, record || delivered ? OutboxStatus.DELIVERED : OutboxStatus.NOT_SENT);
      gridMetrics.deliveries.inc();
      return 'delivered';
    } catch (err) {
      if (!(err instanceof GridError)) throw err;
      const windowStart = Math.min(...messages.map((m) => new Date(m.window_started_at).getTime()));
      const attempts = Math.max(...messages.map((m) => m.attempts)) + 1;
      const now = this.now();
      if (!err.retryable || now.getTime() - windowStart >= RETRY_WINDOW_MS) {
        await this.finish(em, ids, OutboxStatus.DEAD, `${err.code}: ${err.message}`, attempts);
        gridMetrics.deadLetters.inc();
        logger.warn('grid message dead-lettered', { orderId, code: err.code, attempts });
        return 'dead';
      }
      const delay = err.details.retryAfterMs ?? backoffMs(attempts, this.options.random);
      await em.getConnection().execute(
        `update grid_outbox set status = 'RETRYING', attempts = ?, next_attempt_at = ?, lease_until = null, last_error = ?
          where id in (${ids.map(() => '?').join(', ')})`,
        [attempts, new Date(now.getTime() + delay), truncate(`${err.code}: ${err.message}`, 500), ...ids],
      );
      gridMetrics.retries.inc();
      return UNREACHABLE.has(err.code) ? 'unreachable' : 'retried';
    }
  }

  /** Creates, updates or cancels the task so the grid platform holds the order as it is now. */
  private async send(order: Order, departmentId: string, record: GridTaskRecord | null) {
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
    if (!record && order.status === OrderStatus.CANCELLED) return undefined;
    if (!record) return create();
    if (record.syncedVersion >= order.version) return undefined;
    try {
      return await update();
    } catch (err) {
      // The grid platform lost the task: create it again.
      if (err instanceof GridError && err.code === 'NOT_FOUND') return create();
      throw err;
    }
  }

  private deadlines(order: Order) {
    return {
      signBy: order.signDeadline?.toISOString(),
      arriveBy: order.arriveDeadline?.toISOString(),
      feedbackBy: order.feedbackDeadline?.toISOString(),
    };
  }

  private description(order: Order): string {
    return [order.incident.description, order.instructions ? `处置要求: ${order.instructions}` : undefined].filter(Boolean).join('\n');
  }

  private task(order: Order, departmentId: string): GridTask {
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
      areaCode: incident.area?.code ?? undefined,
      ...(incident.latitude != null && incident.longitude != null ? { latitude: incident.latitude, longitude: incident.longitude } : {}),
      urgency: order.urgency,
      issuedAt: order.issuedAt.toISOString(),
      deadlines: this.deadlines(order),
      version: order.version,
    };
  }

  private async finish(em: EntityManager, ids: string[], status: OutboxStatus, error?: string, attempts?: number) {
    await em.getConnection().execute(
      `update grid_outbox set status = ?, lease_until = null, last_error = ?, delivered_at = ?, attempts = coalesce(?, attempts + 1)
        where id in (${ids.map(() => '?').join(', ')})`,
      [status, error ?? null, status === OutboxStatus.DELIVERED ? this.now() : null, attempts ?? null, ...ids],
    );
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
