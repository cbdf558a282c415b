import { randomUUID } from 'node:crypto';
import { PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

/**
 * Ids are random UUIDs: they reveal neither volume nor order and cannot be guessed from
 * another record's id.
 */
@ObjectType()
export abstract class BaseEntity {
  @Field(() => ID, { description: '标识 id: a stable, opaque identifier' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field({ description: '创建时间 time the record was created' })
  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field({ description: '更新时间 time the record last changed' })
  @Property({ columnType: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/**
 * Moves the optimistic-lock version of an entity whose recorded change alters none of its own
 * columns (a phone notification, an escalation, a grid repair), so that a concurrent change of
 * the same record conflicts at commit. The one place this is done.
 */
export function touch(entity: BaseEntity): void {
  entity.updatedAt = new Date();
}
