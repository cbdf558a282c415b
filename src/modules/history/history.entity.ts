import { Entity, Enum, Index, ManyToOne, OptionalProps, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { JSONObjectScalar } from '../../common/scalars';
import { Incident } from '../incidents/incident.entity';
import { Order } from '../orders/order.entity';
import { Unit } from '../units/unit.entity';
import { ActionChannel, EventKind, SubjectType } from './history.enums';

/**
 * The append-only history of incidents and orders. A database trigger refuses UPDATE and
 * DELETE, so the record supervision stands on cannot be rewritten by the application either.
 * `seq` orders events as they were written; it stays internal (the API exposes the UUID id).
 * The database fills it (bigserial), so it is not persisted from here; a generated migration
 * that proposes dropping it is wrong and must be edited.
 */
@ObjectType({ description: '变更记录 one recorded change of an incident, an order or a unit' })
@Entity({ tableName: 'event' })
@Index({ properties: ['incident', 'seq'] })
@Index({ properties: ['order', 'seq'] })
export class HistoryEvent extends BaseEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'seq' | 'recordedAt';

  @Property({ type: 'bigint', columnType: 'bigserial', persist: false, unique: true })
  seq!: string;

  @Field(() => SubjectType, { description: '记录对象 incident or order' })
  @Enum({ items: () => SubjectType })
  subjectType!: SubjectType;

  /** Absent only for a unit-level event (subject UNIT: the daily roster coverage report). */
  @ManyToOne(() => Incident, { nullable: true, deleteRule: 'restrict' })
  incident?: Incident;

  /** The unit a unit-level event is about (subject UNIT); absent on incident and order events. */
  @ManyToOne(() => Unit, { nullable: true, deleteRule: 'restrict' })
  unit?: Unit;

  @ManyToOne(() => Order, { nullable: true, deleteRule: 'restrict' })
  order?: Order;

  @Field(() => EventKind, { description: '变更类型 kind of change' })
  @Property({ type: 'string' })
  kind!: EventKind;

  @Field({ description: '操作人 acting user id (or "system")' })
  @Property()
  actorId!: string;

  @Field({ nullable: true, description: '操作人姓名 acting user\'s name' })
  @Property({ nullable: true })
  actorName?: string;

  @Field({ description: '操作人角色 acting role, e.g. dispatcher' })
  @Property()
  actorRole!: string;

  @Field({ nullable: true, description: '操作人单位 acting unit code' })
  @Property({ nullable: true })
  actorUnit?: string;

  @Field(() => ActionChannel, { description: '渠道 channel' })
  @Enum({ items: () => ActionChannel })
  channel!: ActionChannel;

  @Field({ description: '发生时间 time the change took effect (e.g. reported arrival time)' })
  @Property({ columnType: 'timestamptz' })
  occurredAt!: Date;

  @Field({ description: '记录时间 time the platform recorded it' })
  @Property({ columnType: 'timestamptz', defaultRaw: 'now()' })
  recordedAt: Date = new Date();

  @Field(() => JSONObjectScalar, { nullable: true, description: '变更前 state before' })
  @Property({ type: 'json', nullable: true })
  before?: Record<string, unknown>;

  @Field(() => JSONObjectScalar, { nullable: true, description: '变更后 state after' })
  @Property({ type: 'json', nullable: true })
  after?: Record<string, unknown>;

  @Field({ nullable: true, description: '说明 note' })
  @Property({ columnType: 'text', nullable: true })
  note?: string;
}
