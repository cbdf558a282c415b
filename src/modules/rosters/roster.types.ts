import { Field, ObjectType } from 'type-graphql';
import { MissingContact, RosterDuty, ShiftSource } from './roster.enums';
import type { Shift } from './roster.engine';

@ObjectType({ description: '班次 an expanded shift: who holds a post from when until when, and why' })
export class DutyShift {
  @Field(() => RosterDuty, { description: '岗位 post' })
  post!: RosterDuty;

  @Field({ description: '值班人 person on duty' })
  personName!: string;

  @Field({ description: '电话 phone' })
  phone!: string;

  @Field({ description: '开始 from' })
  from!: Date;

  @Field({ description: '结束 until' })
  until!: Date;

  @Field(() => ShiftSource, { description: '来源 rotation, override or temporary roster' })
  source!: ShiftSource;

  static of(s: Shift): DutyShift {
    return Object.assign(new DutyShift(), { post: s.post, personName: s.personName, phone: s.phone, from: s.startsAt, until: s.endsAt, source: s.source });
  }
}

/** Flat (one row per unit and post) so a console asking for all 24 units stays within the query cost limit. */
@ObjectType({ description: '岗位值班 who holds one post of a unit at a moment' })
export class PostOnDuty {
  unitId!: string;

  @Field({ description: '时刻 the moment asked about' })
  at!: Date;

  @Field(() => RosterDuty, { description: '岗位 post' })
  post!: RosterDuty;

  @Field({ description: '是否必需 the notice requires this post around the clock for this unit' })
  required!: boolean;

  @Field(() => [DutyShift], { description: '在岗 everyone on the post now (empty: a gap)' })
  onDuty!: DutyShift[];

  @Field({ nullable: true, description: '值班人 the (first) person on duty; empty: a gap' })
  personName?: string;

  @Field({ nullable: true, description: '电话 their phone' })
  phone?: string;

  @Field({ nullable: true, description: '开始 on duty from' })
  from?: Date;

  @Field({ nullable: true, description: '结束 on duty until' })
  until?: Date;

  @Field(() => ShiftSource, { nullable: true, description: '来源 rotation, override or temporary roster' })
  source?: ShiftSource;

  @Field({ nullable: true, description: '下次交班 when who is on duty next changes' })
  nextHandoff?: Date;
}

/** A unit's posts at one moment (internal: onDuty answers them flat). */
export class UnitOnDuty {
  unitId!: string;
  at!: Date;
  posts!: PostOnDuty[];
}

@ObjectType({ description: '值班缺口 an interval with nobody on a required post' })
export class RosterGap {
  @Field(() => RosterDuty, { description: '岗位 post' })
  post!: RosterDuty;

  @Field({ description: '开始 from' })
  from!: Date;

  @Field({ description: '结束 until' })
  until!: Date;
}

@ObjectType({ description: '单位值班缺口 a unit\'s roster gaps and missing contacts in a window' })
export class UnitRosterGaps {
  unitId!: string;

  @Field({ description: '单位代码 unit code' })
  unitCode!: string;

  @Field(() => [RosterGap], { description: '缺口 intervals with nobody on a required post' })
  gaps!: RosterGap[];

  @Field(() => [MissingContact], { description: '缺少 contacts the unit has not named' })
  missing!: MissingContact[];
}

@ObjectType({ description: '日历订阅 a calendar feed URL; keep it secret, revoke it when it leaks' })
export class CalendarFeed {
  @Field({ description: '标识 id, to revoke it' })
  id!: string;

  @Field({ description: '地址 the .ics path to subscribe to (prefix the server\'s address)' })
  path!: string;
}

