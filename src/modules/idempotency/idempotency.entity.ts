import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One row per (caller, key): the first request's input fingerprint and what it produced. A
 * retry with the same key gets the same result back and writes nothing; the same key with
 * other input is refused.
 */
@Entity({ tableName: 'idempotency_key' })
export class IdempotencyRecord {
  @PrimaryKey()
  actorId!: string;

  @PrimaryKey()
  key!: string;

  @Property()
  operation!: string;

  @Property()
  inputHash!: string;

  /** Ids of what the first request returned, in order. */
  @Property({ type: 'json' })
  resultIds!: string[];

  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
