import { ArrayMaxSize, ArrayMinSize, IsUrl, MaxLength } from 'class-validator';
import { Field, ID, InputType, registerEnumType } from 'type-graphql';
import { MutationInputBase } from '../incidents/incident.mutation-inputs';
import { FeedbackKind } from './order.enums';

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
  @Field(() => FeedbackKind, { description: '反馈类型 SCENE_STATUS, PROGRESS or RESULT' })
  kind!: FeedbackKind;

  @Field({ description: '反馈内容 what the unit reports' })
  @MaxLength(4000, { message: 'text may be at most 4000 characters' })
  text!: string;

  @Field(() => [String], { nullable: true, description: '附件 attachment URLs (http or https)' })
  @ArrayMaxSize(20, { message: 'attachmentUrls may list at most 20 URLs' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { each: true, message: 'each attachment URL must be an http(s) URL' })
  attachmentUrls?: string[];

  @Field({ nullable: true, description: '反馈时间 time the feedback is for (default: now)' })
  reportedAt?: Date;
}

@InputType({ description: '办结 complete an order with its result' })
export class CompleteOrderInput extends OrderActionInput {
  @Field({ description: '处置结果 result' })
  @MaxLength(4000, { message: 'result may be at most 4000 characters' })
  result!: string;

  @Field(() => [String], { nullable: true, description: '附件 attachment URLs (http or https)' })
  @ArrayMaxSize(20, { message: 'attachmentUrls may list at most 20 URLs' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { each: true, message: 'each attachment URL must be an http(s) URL' })
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

export enum DisputeRuling {
  UPHOLD = 'UPHOLD',
  REJECT = 'REJECT',
}

registerEnumType(DisputeRuling, {
  name: 'DisputeRuling',
  description: '裁定 ruling on a dispute',
  valuesConfig: {
    UPHOLD: { description: '异议成立 the unit is right: cancel and reassign to the named units' },
    REJECT: { description: '异议不成立 the order goes back to the unit' },
  },
});

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
