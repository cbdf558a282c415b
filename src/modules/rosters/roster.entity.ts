import { Entity, Enum, Index, ManyToOne, OptionalProps, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { JSONObjectScalar } from '../../common/scalars';
import { Unit } from '../units/unit.entity';
import { OverrideKind, RosterChangeKind, RosterDays, RosterDuty } from './roster.enums';

@ObjectType({ description: '轮班成员 a member of a rotation, in turn order' })
export class RotationMember {
  @Field({ description: '姓名 name' })
  name!: string;

  @Field({ description: '电话 phone' })
  phone!: string;
}

/**
 * A rotation with its rule (GoAlert: a rotation plus a schedule rule; PagerDuty: a layer with
 * restrictions): members take turns of `shiftHours`, or hand off daily at `handoffTime` every
 * `shiftDays` days, counted from `startsAt`; the rule limits them to days and hours.
 */
@ObjectType({ description: '轮班 a rotation of people on one post of a unit, with its rule' })
@Entity({ tableName: 'roster_rotation' })
@Index({ properties: ['unit', 'post'] })
export class RosterRotation extends BaseEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'weekdays' | 'days' | 'version';

  @ManyToOne(() => Unit, { deleteRule: 'restrict' })
  unit!: Unit;

  @Field(() => RosterDuty, { description: '岗位 post' })
  @Enum({ items: () => RosterDuty })
  post!: RosterDuty;

  @Field({ description: '名称 name, e.g. 抢修一班' })
  @Property()
  name!: string;

  @Field(() => [RotationMember], { description: '成员 members in turn order' })
  @Property({ type: 'json' })
  members!: RotationMember[];

  @Field({ description: '起始时间 when the first member\'s first turn begins' })
  @Property({ columnType: 'timestamptz' })
  startsAt!: Date;

  @Field(() => Int, { nullable: true, description: '班长(小时) fixed turn length in hours' })
  @Property({ nullable: true })
  shiftHours?: number;

  @Field({ nullable: true, description: '交班时间 local handoff time, e.g. "08:30"' })
  @Property({ nullable: true })
  handoffTime?: string;

  @Field(() => Int, { nullable: true, description: '每班天数 days per turn with a handoff time (7: weekly)' })
  @Property({ nullable: true })
  shiftDays?: number;

  @Field(() => RosterDays, { description: '适用日期 which days the rule applies on' })
  @Enum({ items: () => RosterDays, default: RosterDays.EVERY_DAY })
  days: RosterDays = RosterDays.EVERY_DAY;

  @Field(() => [Int], { description: '星期 ISO weekdays the rule applies on (1 Monday .. 7 Sunday); empty: all' })
  @Property({ type: 'json', default: '[]' })
  weekdays: number[] = [];

  @Field({ nullable: true, description: '每日开始 daily start of the rule, e.g. "18:00"' })
  @Property({ nullable: true })
  timeFrom?: string;

  @Field({ nullable: true, description: '每日结束 daily end of the rule; before the start: the next morning' })
  @Property({ nullable: true })
  timeTo?: string;

  @Property({ version: true, default: 1 })
  version: number = 1;
}

@ObjectType({ description: '临时调整 an override: a person added, removed or replaced for an interval' })
@Entity({ tableName: 'roster_override' })
@Index({ properties: ['unit', 'endsAt'] })
export class RosterOverride extends BaseEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @ManyToOne(() => Unit, { deleteRule: 'restrict' })
  unit!: Unit;

  @Field(() => RosterDuty, { description: '岗位 post' })
  @Enum({ items: () => RosterDuty })
  post!: RosterDuty;

  @Field(() => OverrideKind, { description: '方式 add, remove or replace' })
  @Enum({ items: () => OverrideKind })
  kind!: OverrideKind;

  @Field({ nullable: true, description: '值班人 the person added or standing in' })
  @Property({ nullable: true })
  personName?: string;

  @Field({ nullable: true, description: '电话 their phone' })
  @Property({ nullable: true })
  phone?: string;

  @Field({ nullable: true, description: '被替换人 whom it removes or replaces; empty: whoever is on duty' })
  @Property({ nullable: true })
  replacesName?: string;

  @Field({ description: '开始 start' })
  @Property({ columnType: 'timestamptz' })
  startsAt!: Date;

  @Field({ description: '结束 end' })
  @Property({ columnType: 'timestamptz' })
  endsAt!: Date;

  @Field({ nullable: true, description: '备注 note' })
  @Property({ columnType: 'text', nullable: true })
  note?: string;
}

/** GoAlert's temporary schedule: for its period, its fixed shifts are the roster, gaps included. */
@ObjectType({ description: '临时排班 a temporary roster: fixed shifts that replace the rotation for a period' })
@Entity({ tableName: 'roster_temporary' })
@Index({ properties: ['unit', 'endsAt'] })
export class RosterTemporary extends BaseEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @ManyToOne(() => Unit, { deleteRule: 'restrict' })
  unit!: Unit;

  @Field(() => RosterDuty, { description: '岗位 post' })
  @Enum({ items: () => RosterDuty })
  post!: RosterDuty;

  @Field({ description: '开始 start of the period' })
  @Property({ columnType: 'timestamptz' })
  startsAt!: Date;

  @Field({ description: '结束 end of the period' })
  @Property({ columnType: 'timestamptz' })
  endsAt!: Date;

  @Field({ nullable: true, description: '备注 note, e.g. 国庆假期值班表' })
  @Property({ columnType: 'text', nullable: true })
  note?: string;
}

/** A fixed shift of a temporary roster (imported spreadsheets land here). */
@ObjectType({ description: '值班安排 a fixed shift of a temporary roster' })
@Entity({ tableName: 'roster_shift' })
@Index({ properties: ['unit', 'endsAt'] })
export class RosterShift extends BaseEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @ManyToOne(() => Unit, { deleteRule: 'restrict' })
  unit!: Unit;

  @ManyToOne(() => RosterTemporary, { deleteRule: 'cascade', nullable: true })
  @Index()
  temporary?: RosterTemporary;

  @Field(() => RosterDuty, { description: '岗位 post' })
  @Enum({ items: () => RosterDuty })
  duty!: RosterDuty;

  @Field({ description: '值班人 person on duty' })
  @Property()
  personName!: string;

  @Field({ description: '值班电话 phone to reach them' })
  @Property()
  phone!: string;

  @Field({ description: '开始时间 start' })
  @Property({ columnType: 'timestamptz' })
  startsAt!: Date;

  @Field({ description: '结束时间 end' })
  @Property({ columnType: 'timestamptz' })
  endsAt!: Date;

  @Field({ nullable: true, description: '备注 note' })
  @Property({ columnType: 'text', nullable: true })
  note?: string;
}

/**
 * The rosters module's own change log. Roster and contact changes belong to no incident, so
 * they are not rows of `event` (whose incident is required); they are recorded here with the
 * same actor fields and before/after, and read in `seq` order as the `rosterChanges` feed.
 */
@ObjectType({ description: '值班变更 one recorded change of a roster or contact' })
@Entity({ tableName: 'roster_change' })
@Index({ properties: ['unit', 'seq'] })
export class RosterChange extends BaseEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'seq' | 'recordedAt';

  @Property({ type: 'bigint', columnType: 'bigserial', persist: false, unique: true })
  seq!: string;

  @ManyToOne(() => Unit, { nullable: true, deleteRule: 'restrict' })
  unit?: Unit;

  @Field({ nullable: true, description: '单位代码 unit code, when the change is a unit\'s' })
  @Property({ nullable: true })
  unitCode?: string;

  @Field(() => RosterChangeKind, { description: '变更类型 kind of change' })
  @Enum({ items: () => RosterChangeKind })
  kind!: RosterChangeKind;

  @Field({ description: '操作人 acting user id (or "system")' })
  @Property()
  actorId!: string;

  @Field({ nullable: true, description: '操作人姓名 acting user\'s name' })
  @Property({ nullable: true })
  actorName?: string;

  @Field({ description: '操作人角色 acting role' })
  @Property()
  actorRole!: string;

  @Field({ description: '记录时间 time recorded' })
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

  /** The daily coverage job posts once per unit and day; replicas racing hit this key. */
  @Property({ nullable: true })
  @Unique()
  dedupeKey?: string;
}

/** A revocable secret in a calendar URL; only its hash is kept. */
@Entity({ tableName: 'roster_calendar_token' })
export class RosterCalendarToken extends BaseEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @ManyToOne(() => Unit, { deleteRule: 'restrict' })
  unit!: Unit;

  @Property()
  @Unique()
  tokenHash!: string;

  @Property({ columnType: 'timestamptz', nullable: true })
  revokedAt?: Date;
}
