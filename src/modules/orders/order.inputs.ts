import { ArrayMaxSize, ArrayMinSize, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { AttachmentUrlsField, MutationInputBase } from '../../common/inputs';
import { MAX_LIST_ARGUMENT } from '../../common/pagination';
import { DisputeRuling, FeedbackKind, OrderChannel, OrderStatus, Urgency } from './order.enums';

@InputType({ description: '指令筛选 order list filter; all given conditions must hold' })
export class OrderFilter {
  @Field(() => [OrderStatus], { nullable: true, description: '状态 any of these states' })
  @ArrayMaxSize(MAX_LIST_ARGUMENT, { message: 'statuses may list at most $constraint1 values' })
  statuses?: OrderStatus[];

  @Field({ nullable: true, description: '单位代码 orders to this unit' })
  unitCode?: string;

  @Field(() => ID, { nullable: true, description: '警情 orders of this incident' })
  incidentId?: string;

  @Field(() => OrderChannel, { nullable: true, description: '渠道 sent through this channel' })
  channel?: OrderChannel;

  @Field(() => [Urgency], { nullable: true, description: '紧急程度 any of these urgencies' })
  @ArrayMaxSize(MAX_LIST_ARGUMENT, { message: 'urgencies may list at most $constraint1 values' })
  urgencies?: Urgency[];

  @Field({ nullable: true, description: '超时 only overdue (true) or only on-time (false) orders' })
  overdue?: boolean;

  @Field({ nullable: true, description: '下达时间起 issued at or after' })
  issuedFrom?: Date;

  @Field({ nullable: true, description: '下达时间止 issued before' })
  issuedTo?: Date;
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

@InputType()
export class OrderActionInput extends MutationInputBase {
  @Field(() => ID, { description: '指令标识 order id' })
  orderId!: string;

  @Field({ nullable: true, description: '说明 note' })
  @MaxLength(2000, { message: 'note may be at most 2000 characters' })
  note?: string;
}

@InputType({ description: '签收 sign for an order' })
export class SignOrderInput extends OrderActionInput {
  @Field({ nullable: true, description: '签收时间 time signed (default: now)' })
  signedAt?: Date;
}

@InputType({ description: '到场 report arrival on the scene' })
export class ArriveOrderInput extends OrderActionInput {
  @Field({ description: '到场时间 time of arrival' })
  arrivedAt!: Date;
}

@InputType({ description: '反馈 feed back scene status, progress or result (may repeat)' })
export class FeedbackOrderInput extends OrderActionInput {
  @Field(() => FeedbackKind, { description: '反馈类型 SCENE_STATUS or PROGRESS (a RESULT is sent with completeOrder, which completes the order)' })
  kind!: FeedbackKind;

  @Field({ description: '反馈内容 what the unit reports' })
  @MaxLength(4000, { message: 'text may be at most 4000 characters' })
  text!: string;

  @AttachmentUrlsField()
  attachmentUrls?: string[];

  @Field({ nullable: true, description: '反馈时间 time the feedback is for (default: now)' })
  reportedAt?: Date;
}

@InputType({ description: '办结 complete an order with its result' })
export class CompleteOrderInput extends OrderActionInput {
  @Field({ description: '处置结果 result' })
  @MaxLength(4000, { message: 'result may be at most 4000 characters' })
  result!: string;

  @AttachmentUrlsField()
  attachmentUrls?: string[];

  @Field({ nullable: true, description: '办结时间 time completed (default: now)' })
  completedAt?: Date;
}

@InputType({ description: '异议 the unit says the order is not its duty' })
export class DisputeOrderInput extends OrderActionInput {
  @Field({ description: '异议理由 why it is not the unit\'s duty' })
  @MaxLength(2000, { message: 'reason may be at most 2000 characters' })
  reason!: string;
}

@InputType({ description: '裁定异议 rule on a disputed order' })
export class RuleDisputeInput extends OrderActionInput {
  @Field(() => DisputeRuling, { description: '裁定 ruling' })
  ruling!: DisputeRuling;

  @Field(() => [String], { nullable: true, description: '改派单位 units to reassign to (with UPHOLD)' })
  @ArrayMinSize(1, { message: 'reassignTo must name at least one unit' })
  @ArrayMaxSize(24, { message: 'reassignTo may name at most 24 units' })
  reassignTo?: string[];
}

@InputType({ description: '撤销 cancel an order' })
export class CancelOrderInput extends OrderActionInput {
  @Field({ description: '撤销原因 why' })
  @MaxLength(2000, { message: 'reason may be at most 2000 characters' })
  reason!: string;
}

@InputType({ description: '电话通知 record that the unit was notified by phone' })
export class RecordPhoneNotificationInput extends OrderActionInput {
  @Field({ description: '接听人 who took the call at the unit' })
  @MaxLength(100, { message: 'contactName may be at most 100 characters' })
  contactName!: string;

  @Field({ nullable: true, description: '通知电话 number called' })
  @MaxLength(40, { message: 'phone may be at most 40 characters' })
  phone?: string;

  @Field({ nullable: true, description: '通知时间 time of the call (default: now)' })
  notifiedAt?: Date;
}

@InputType({ description: '变更指令 change an open order\'s urgency or instructions (at least one)' })
export class AmendOrderInput extends OrderActionInput {
  @Field(() => Urgency, { nullable: true, description: '紧急程度 the new urgency; the deadlines still owed follow it' })
  urgency?: Urgency;

  @Field({ nullable: true, description: '处置要求 the new instructions to the unit (an empty text removes them)' })
  @MaxLength(2000, { message: 'instructions may be at most 2000 characters' })
  instructions?: string;
}
