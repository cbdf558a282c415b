import {
  ArrayMaxSize,
  ArrayMinSize,
  IsLatitude,
  IsLongitude,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { Field, Float, ID, InputType } from 'type-graphql';
import { OrderChannel, Urgency } from '../orders/order.enums';
import { Classification, IntakeChannel, NoDispatchReason } from './incident.enums';

@InputType()
export class MutationInputBase {
  @Field({ nullable: true, description: '幂等键 client idempotency key: a retry with the same key returns the first result' })
  @MaxLength(200, { message: 'idempotencyKey may be at most 200 characters' })
  idempotencyKey?: string;
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
  latitude?: number;

  @Field(() => Float, { nullable: true, description: '经度 longitude (WGS-84)' })
  @IsLongitude({ message: 'longitude must be between -180 and 180' })
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

@InputType({ description: '派单 one order to one unit' })
export class OrderDraftInput {
  @Field({ description: '单位代码 unit code' })
  unitCode!: string;

  @Field(() => OrderChannel, { description: '下达渠道 GRID for general matters, PHONE in emergencies' })
  channel!: OrderChannel;

  @Field(() => Urgency, { description: '紧急程度 urgency' })
  urgency!: Urgency;

  @Field({ nullable: true, description: '处置要求 instructions' })
  @MaxLength(2000, { message: 'instructions may be at most 2000 characters' })
  instructions?: string;
}

@InputType({ description: '下达指令 orders to one or more units for an incident' })
export class DispatchOrdersInput extends MutationInputBase {
  @Field(() => ID, { description: '警情标识 incident id' })
  incidentId!: string;

  @Field(() => [OrderDraftInput], { description: '指令 one entry per unit' })
  @ArrayMinSize(1, { message: 'orders must name at least one unit' })
  @ArrayMaxSize(24, { message: 'orders may name at most 24 units' })
  @ValidateNested({ each: true })
  orders!: OrderDraftInput[];

  @Field({ nullable: true, description: '重大警情 major: reported upward at the moment of dispatch' })
  major?: boolean;
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
