import { ArrayMaxSize, IsLatitude, IsLongitude, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { MutationInputBase, RequiredWith } from '../../common/inputs';
import { MAX_LIST_ARGUMENT } from '../../common/pagination';
import { OrderChannel } from '../orders/order.enums';
import { Classification, IncidentStatus, IntakeChannel, NoDispatchReason } from './incident.enums';

@InputType({ description: '警情筛选 incident list filter; all given conditions must hold' })
export class IncidentFilter {
  @Field(() => [IncidentStatus], { nullable: true, description: '状态 any of these states' })
  @ArrayMaxSize(MAX_LIST_ARGUMENT, { message: 'statuses may list at most $constraint1 values' })
  statuses?: IncidentStatus[];

  @Field(() => [Classification], { nullable: true, description: '定性 any of these classifications' })
  @ArrayMaxSize(MAX_LIST_ARGUMENT, { message: 'classifications may list at most $constraint1 values' })
  classifications?: Classification[];

  @Field({ nullable: true, description: '区域代码 in this area or any area below it' })
  areaCode?: string;

  @Field({ nullable: true, description: '单位代码 only incidents with an order to this unit' })
  unitCode?: string;

  @Field({
    nullable: true,
    description: '搜索 words separated by spaces, all of which must match description, address, caller, callback number or case number (newest first; searchIncidents ranks best match first)',
  })
  @MaxLength(100, { message: 'search may be at most 100 characters' })
  search?: string;

  @Field({ nullable: true, description: '重大警情 only major (true) or only ordinary (false) incidents' })
  major?: boolean;

  @Field({ nullable: true, description: '接警时间起 received at or after' })
  receivedFrom?: Date;

  @Field({ nullable: true, description: '接警时间止 received before' })
  receivedTo?: Date;

  @Field(() => IntakeChannel, { nullable: true, description: '报警方式 only calls that came in through this intake channel' })
  intakeChannel?: IntakeChannel;

  @Field(() => OrderChannel, { nullable: true, description: '下达渠道 only incidents with an order sent through this channel' })
  orderChannel?: OrderChannel;

  @Field({ nullable: true, description: '超时 only incidents with (true) or without (false) an overdue open order' })
  overdue?: boolean;

  @Field({ nullable: true, description: '有异议 only incidents with (true) or without (false) an order disputed and waiting for a ruling' })
  disputed?: boolean;

  @Field(() => [ID], { nullable: true, description: '标识 only these incidents' })
  @ArrayMaxSize(MAX_LIST_ARGUMENT, { message: 'ids may list at most $constraint1 values' })
  ids?: string[];
}

@InputType({ description: '报警地点 where it happened' })
export class PlaceInput {
  @Field({ nullable: true, description: '区域代码 area (township, village, community or grid cell) code' })
  areaCode?: string;

  @Field({ nullable: true, description: '详细地址 address as the caller told it' })
  @MaxLength(500, { message: 'address may be at most 500 characters' })
  address?: string;

  @Field(() => Float, { nullable: true, description: '纬度 latitude (WGS-84)' })
  @IsLatitude({ message: 'latitude must be between -90 and 90' })
  @RequiredWith('longitude', 'latitude needs its longitude: give both coordinates or neither')
  latitude?: number;

  @Field(() => Float, { nullable: true, description: '经度 longitude (WGS-84)' })
  @IsLongitude({ message: 'longitude must be between -180 and 180' })
  @RequiredWith('latitude', 'longitude needs its latitude: give both coordinates or neither')
  longitude?: number;
}

@InputType({ description: '接警 a call for help as the desk takes it' })
export class ReportIncidentInput extends MutationInputBase {
  @Field({ nullable: true, description: '报警人 caller\'s name' })
  @MaxLength(100, { message: 'callerName may be at most 100 characters' })
  callerName?: string;

  @Field({ nullable: true, description: '回拨电话 callback number' })
  @Matches(/^\+?[0-9][0-9 -]{2,19}$/, { message: 'callbackNumber must be a phone number (digits, spaces, dashes, optional +)' })
  callbackNumber?: string;

  @Field(() => PlaceInput, { description: '地点 place' })
  @ValidateNested()
  place!: PlaceInput;

  @Field({ description: '警情描述 what happened' })
  @MaxLength(4000, { message: 'description may be at most 4000 characters' })
  description!: string;

  @Field({ nullable: true, description: '接警时间 time the call was received (default: now)' })
  receivedAt?: Date;

  @Field(() => IntakeChannel, { description: '报警方式 intake channel' })
  intakeChannel!: IntakeChannel;
}

@InputType({ description: '定性 classification of an incident (notice section 四)' })
export class ClassifyIncidentInput extends MutationInputBase {
  @Field(() => ID, { description: '警情标识 incident id' })
  incidentId!: string;

  @Field(() => Classification, { description: '定性 classification' })
  classification!: Classification;

  @Field(() => NoDispatchReason, { nullable: true, description: '无需派警原因 required with NO_DISPATCH' })
  noDispatchReason?: NoDispatchReason;

  @Field({ nullable: true, description: '重大警情 a major case, event or accident' })
  major?: boolean;

  @Field({ nullable: true, description: '说明 note' })
  @MaxLength(2000, { message: 'note may be at most 2000 characters' })
  note?: string;
}

@InputType({ description: '上报 report a major incident upward' })
export class EscalateIncidentInput extends MutationInputBase {
  @Field(() => ID, { description: '警情标识 incident id' })
  incidentId!: string;

  @Field({ description: '上报事由 why it is reported' })
  @MaxLength(2000, { message: 'reason may be at most 2000 characters' })
  reason!: string;

  @Field(() => [String], { nullable: true, description: '上报对象 target codes; all targets when omitted' })
  @ArrayMaxSize(10, { message: 'targetCodes may list at most 10 targets' })
  targetCodes?: string[];
}

@InputType({ description: '确认上报 a target acknowledges a report' })
export class AcknowledgeEscalationInput extends MutationInputBase {
  @Field(() => ID, { description: '上报标识 escalation id' })
  escalationId!: string;

  @Field({ nullable: true, description: '说明 note' })
  @MaxLength(2000, { message: 'note may be at most 2000 characters' })
  note?: string;
}

@InputType({ description: '结案 close an incident' })
export class CloseIncidentInput extends MutationInputBase {
  @Field(() => ID, { description: '警情标识 incident id' })
  incidentId!: string;

  @Field({ description: '结案说明 closing note' })
  @MaxLength(2000, { message: 'note may be at most 2000 characters' })
  note!: string;
}

@InputType({ description: '重办 reopen a closed incident to be handled again' })
export class ReopenIncidentInput extends MutationInputBase {
  @Field(() => ID, { description: '警情标识 incident id' })
  incidentId!: string;

  @Field({ description: '重办原因 why it must be handled again (caller unsatisfied, problem came back, ...)' })
  @MaxLength(2000, { message: 'reason may be at most 2000 characters' })
  reason!: string;
}

@InputType({ description: '关联重复报警 link a new call to the open incident it repeats, instead of dispatching twice' })
export class LinkIncidentInput extends MutationInputBase {
  @Field(() => ID, { description: '重复来电 the new call (not yet dispatched); it is closed as a repeat (NO_DISPATCH, DUPLICATE)' })
  incidentId!: string;

  @Field(() => ID, { description: '原警情 the open incident it repeats; it keeps being handled and records the link' })
  repeatOfId!: string;

  @Field({ nullable: true, description: '说明 note' })
  @MaxLength(2000, { message: 'note may be at most 2000 characters' })
  note?: string;
}

@InputType({ description: '警情检索 a search of incidents, best match first' })
export class IncidentSearchInput {
  @Field({
    description: '检索词 words separated by spaces, all of which must match description, address, caller, callback number or case number',
  })
  @MaxLength(100, { message: 'text may be at most 100 characters' })
  text!: string;

  @Field({ nullable: true, description: '接警时间起 received at or after' })
  receivedFrom?: Date;

  @Field({ nullable: true, description: '接警时间止 received before' })
  receivedTo?: Date;

  @Field({ nullable: true, description: '仅未结案 only incidents not yet closed' })
  openOnly?: boolean;
}
