import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Order } from '../orders/order.entity';
import { registerBilingualEnum } from '../../common/enums';

export enum OutboxStatus {
  PENDING = 'PENDING',
  RETRYING = 'RETRYING',
  DELIVERED = 'DELIVERED',
  DEAD = 'DEAD',
  SKIPPED = 'SKIPPED',
  NOT_SENT = 'NOT_SENT',
}

registerBilingualEnum(OutboxStatus, 'GridSyncState', '同步状态 state of mirroring an order into the grid platform', {
  PENDING: '待发送 waiting to be sent',
  RETRYING: '重试中 the grid platform failed; retrying at nextAttemptAt',
  DELIVERED: '已同步 the grid platform holds the order as it is now',
  DEAD: '死信 given up after the retry window; an administrator may replay it',
  SKIPPED: '不适用 the unit is not on the grid platform',
  NOT_SENT: '未下发 cancelled before it ever reached the grid platform: it never held the order and is told nothing',
});

/**
 * "Order X changed": written in the same transaction as the change, so a committed change is
 * never missing its message. The relay sends the order as it is when delivering, so several
 * messages for one order collapse into one delivery of its latest state.
 */
@Entity({ tableName: 'grid_outbox' })
@Index({ properties: ['status', 'nextAttemptAt'] })
@Index({ properties: ['order', 'seq'] })
export class GridOutboxMessage {
  [OptionalProps]?: 'seq' | 'status' | 'attempts' | 'createdAt' | 'nextAttemptAt' | 'windowStartedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Filled by the database (bigserial); orders messages of one order. */
  @Property({ type: 'bigint', columnType: 'bigserial', persist: false })
  seq!: string;

  @ManyToOne(() => Order, { deleteRule: 'restrict' })
  order!: Order;

  /** The change that caused it (event kind), for operators reading the queue. */
  @Property()
  reason!: string;

  @Enum({ items: () => OutboxStatus, default: OutboxStatus.PENDING })
  status: OutboxStatus = OutboxStatus.PENDING;

  @Property({ default: 0 })
  attempts: number = 0;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  nextAttemptAt: Date = new Date();

  /** Start of the retry window (about three days); reset when an administrator replays. */
  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  windowStartedAt: Date = new Date();

  @Property({ columnType: 'timestamptz', nullable: true })
  leaseUntil?: Date;

  @Property({ columnType: 'text', nullable: true })
  lastError?: string;

  @Property({ columnType: 'timestamptz', nullable: true })
  deliveredAt?: Date;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** What the grid platform holds of an order, as of the last delivery. */
@Entity({ tableName: 'grid_task' })
export class GridTaskRecord {
  @PrimaryKey({ type: 'uuid' })
  orderId!: string;

  @Property()
  gridCaseId!: string;

  @Property()
  syncedVersion!: number;

  @Property()
  syncedStage!: string;

  @Property({ default: false })
  cancelled: boolean = false;

  @Property({ columnType: 'timestamptz' })
  syncedAt!: Date;
}

/** Webhook ids already applied: the replay guard, written with the feedback it guards. */
@Entity({ tableName: 'grid_webhook_receipt' })
export class GridWebhookReceipt {
  @PrimaryKey()
  id!: string;

  @Property({ columnType: 'timestamptz' })
  webhookTimestamp!: Date;

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  receivedAt: Date = new Date();
}
