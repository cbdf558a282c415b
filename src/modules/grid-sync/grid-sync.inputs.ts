import { ArrayMaxSize, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import type { GridFeedbackKind } from '../../../integrations/grid';
import { AttachmentUrlsField, MutationInputBase } from '../../common/inputs';
import { GridFeedbackKindEnum } from './grid-sync.types';

@InputType({ description: '网格反馈 one report from a grid worker, as the webhook carries it' })
export class GridFeedbackInput extends MutationInputBase {
  @Field({ description: '事件标识 the grid platform\'s event id; also the idempotency key' })
  @MaxLength(256, { message: 'eventId may be at most 256 characters' })
  eventId!: string;

  @Field(() => ID, { description: '任务标识 taskId: our order id' })
  taskId!: string;

  @Field(() => GridFeedbackKindEnum, { description: '反馈类型 kind' })
  kind!: GridFeedbackKind;

  @Field({ description: '发生时间 when it happened, per the worker' })
  occurredAt!: Date;

  @Field({ nullable: true, description: '内容 text' })
  @MaxLength(4000, { message: 'text may be at most 4000 characters' })
  text?: string;

  @AttachmentUrlsField('附件 attachment URLs')
  attachmentUrls?: string[];

  @Field({ nullable: true, description: '网格员 worker\'s name' })
  @MaxLength(100, { message: 'workerName may be at most 100 characters' })
  workerName?: string;
}

@InputType({ description: '重放死信 send dead-lettered orders to the grid platform again' })
export class ReplayGridDeadLettersInput extends MutationInputBase {
  @Field(() => [ID], { nullable: true, description: '指令 only these orders; all dead letters when omitted' })
  @ArrayMaxSize(100, { message: 'orderIds may list at most 100 orders' })
  orderIds?: string[];
}
