import { ArrayMaxSize, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { MutationInputBase } from '../../common/inputs';
import { OverrideKind, RosterDays, RosterDuty } from './roster.enums';

/** A roster or shift list longer than this is a spreadsheet: import it. */
export const MAX_ROSTER_ITEMS = 500;

@InputType({ description: '联系人 a named contact with a phone' })
export class ContactInput {
  @Field({ nullable: true, description: '姓名 name' })
  @MaxLength(100, { message: 'name may be at most 100 characters' })
  name?: string;

  @Field({ nullable: true, description: '职务 position' })
  @MaxLength(100, { message: 'position may be at most 100 characters' })
  position?: string;

  @Field({ nullable: true, description: '电话 phone (mobile, landline with area code, or internal short number)' })
  @MaxLength(40, { message: 'phone may be at most 40 characters' })
  phone?: string;
}

@InputType({ description: '设置单位联系人 set a unit\'s responsible leader, liaison and duty phone; a field left out is kept' })
export class SetUnitContactsInput extends MutationInputBase {
  @Field({ description: '单位代码 unit code' })
  unitCode!: string;

  @Field(() => ContactInput, { nullable: true, description: '分管领导 responsible leader' })
  @ValidateNested()
  responsibleLeader?: ContactInput;

  @Field(() => ContactInput, { nullable: true, description: '联络员 liaison' })
  @ValidateNested()
  liaison?: ContactInput;

  @Field({ nullable: true, description: '值班电话 the unit\'s duty phone, answered around the clock' })
  @MaxLength(40, { message: 'dutyPhone may be at most 40 characters' })
  dutyPhone?: string;
}

@InputType({ description: '设置领导小组联系人 name the person and phone of a leadership position' })
export class SetLeadershipContactInput extends MutationInputBase {
  @Field(() => ID, { description: '职位 the leadership position' })
  memberId!: string;

  @Field({ description: '姓名 the person now in the position' })
  @MaxLength(100, { message: 'personName may be at most 100 characters' })
  personName!: string;

  @Field({ description: '电话 phone' })
  @MaxLength(40, { message: 'phone may be at most 40 characters' })
  phone!: string;
}

@InputType({ description: '设置上报对象电话 set the phone of an escalation target (县委, 县政府, 领导小组)' })
export class SetEscalationTargetContactInput extends MutationInputBase {
  @Field({ description: '代码 escalation target code' })
  code!: string;

  @Field({ description: '电话 phone' })
  @MaxLength(40, { message: 'phone may be at most 40 characters' })
  phone!: string;
}

@InputType({ description: '轮班成员 a member of a rotation' })
export class MemberInput {
  @Field({ description: '姓名 name' })
  @MaxLength(100, { message: 'name may be at most 100 characters' })
  name!: string;

  @Field({ description: '电话 phone' })
  @MaxLength(40, { message: 'phone may be at most 40 characters' })
  phone!: string;
}

@InputType({ description: '保存轮班 create a rotation, or change one (id); give shiftHours or handoffTime' })
export class SaveRotationInput extends MutationInputBase {
  @Field(() => ID, { nullable: true, description: '轮班 the rotation to change; empty: a new one' })
  id?: string;

  @Field({ description: '单位代码 unit code' })
  unitCode!: string;

  @Field(() => RosterDuty, { description: '岗位 post' })
  post!: RosterDuty;

  @Field({ description: '名称 name' })
  @MaxLength(100, { message: 'name may be at most 100 characters' })
  name!: string;

  @Field(() => [MemberInput], { description: '成员 members in turn order' })
  @ArrayMaxSize(100, { message: 'members may list at most $constraint1 people' })
  @ValidateNested()
  members!: MemberInput[];

  @Field({ description: '起始时间 when the first member\'s first turn begins' })
  startsAt!: Date;

  @Field(() => Int, { nullable: true, description: '班长(小时) fixed turn length in hours (1-168)' })
  shiftHours?: number;

  @Field({ nullable: true, description: '交班时间 local daily handoff time "HH:MM"' })
  handoffTime?: string;

  @Field(() => Int, { nullable: true, description: '每班天数 days per turn with a handoff time (default 1)' })
  shiftDays?: number;

  @Field(() => RosterDays, { nullable: true, description: '适用日期 which days (default every day)' })
  days?: RosterDays;

  @Field(() => [Int], { nullable: true, description: '星期 ISO weekdays 1-7; empty: all' })
  @ArrayMaxSize(7, { message: 'weekdays may list at most 7 days' })
  weekdays?: number[];

  @Field({ nullable: true, description: '每日开始 daily start "HH:MM"' })
  timeFrom?: string;

  @Field({ nullable: true, description: '每日结束 daily end "HH:MM" (before the start: next morning)' })
  timeTo?: string;
}

@InputType({ description: '删除 delete a roster item by id' })
export class DeleteRosterItemInput extends MutationInputBase {
  @Field(() => ID, { description: '标识 id' })
  id!: string;
}

@InputType({ description: '临时调整 add, remove or replace a person on a post for an interval' })
export class AddOverrideInput extends MutationInputBase {
  @Field({ description: '单位代码 unit code' })
  unitCode!: string;

  @Field(() => RosterDuty, { description: '岗位 post' })
  post!: RosterDuty;

  @Field(() => OverrideKind, { description: '方式 add, remove or replace' })
  kind!: OverrideKind;

  @Field({ nullable: true, description: '值班人 the person added or standing in (ADD, REPLACE)' })
  @MaxLength(100, { message: 'personName may be at most 100 characters' })
  personName?: string;

  @Field({ nullable: true, description: '电话 their phone (ADD, REPLACE)' })
  @MaxLength(40, { message: 'phone may be at most 40 characters' })
  phone?: string;

  @Field({ nullable: true, description: '被替换人 whom it removes or replaces; empty: whoever is on duty' })
  @MaxLength(100, { message: 'replacesName may be at most 100 characters' })
  replacesName?: string;

  @Field({ description: '开始 start' })
  startsAt!: Date;

  @Field({ description: '结束 end' })
  endsAt!: Date;

  @Field({ nullable: true, description: '备注 note' })
  @MaxLength(500, { message: 'note may be at most 500 characters' })
  note?: string;
}

@InputType({ description: '固定班次 a fixed shift' })
export class FixedShiftInput {
  @Field({ description: '值班人 person' })
  @MaxLength(100, { message: 'personName may be at most 100 characters' })
  personName!: string;

  @Field({ description: '电话 phone' })
  @MaxLength(40, { message: 'phone may be at most 40 characters' })
  phone!: string;

  @Field({ description: '开始 start' })
  startsAt!: Date;

  @Field({ description: '结束 end' })
  endsAt!: Date;
}

@InputType({ description: '临时排班 fixed shifts that replace the rotation of a post for a period' })
export class SaveTemporaryRosterInput extends MutationInputBase {
  @Field({ description: '单位代码 unit code' })
  unitCode!: string;

  @Field(() => RosterDuty, { description: '岗位 post' })
  post!: RosterDuty;

  @Field({ description: '开始 start of the period' })
  startsAt!: Date;

  @Field({ description: '结束 end of the period' })
  endsAt!: Date;

  @Field(() => [FixedShiftInput], { description: '班次 the shifts; time in the period not covered is a gap' })
  @ArrayMaxSize(MAX_ROSTER_ITEMS, { message: 'shifts may list at most $constraint1 shifts; import a spreadsheet for more' })
  @ValidateNested()
  shifts!: FixedShiftInput[];

  @Field({ nullable: true, description: '备注 note' })
  @MaxLength(500, { message: 'note may be at most 500 characters' })
  note?: string;
}

@InputType({ description: '日历订阅 issue a calendar feed URL for a unit' })
export class IssueCalendarTokenInput extends MutationInputBase {
  @Field({ description: '单位代码 unit code' })
  unitCode!: string;
}
