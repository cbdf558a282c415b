import { ArrayMaxSize } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { MAX_LIST_ARGUMENT } from '../../common/pagination';
import { OrderChannel, OrderStatus, Urgency } from './order.enums';

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
