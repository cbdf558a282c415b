import { Entity, Enum, OptionalProps, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Urgency } from '../orders/order.enums';
import { DutyMode } from '../units/unit.enums';

/**
 * How long a unit has to sign for, reach the scene of, and feed back on an order, by urgency
 * and duty mode (notice 五.二: 24-hour teams answer faster than phone-duty units). Editable by
 * an administrator; deadlines are fixed on an order when it is issued.
 */
@ObjectType({ description: '处置时限 time limits for one urgency and duty mode' })
@Entity({ tableName: 'time_limit_policy' })
@Unique({ properties: ['urgency', 'dutyMode'] })
export class TimeLimitPolicy extends BaseEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @Field(() => Urgency, { description: '紧急程度 urgency' })
  @Enum({ items: () => Urgency })
  urgency!: Urgency;

  @Field(() => DutyMode, { description: '值班模式 duty mode (UNSPECIFIED units follow PHONE_DUTY)' })
  @Enum({ items: () => DutyMode })
  dutyMode!: DutyMode;

  @Field(() => Int, { description: '签收时限 minutes to sign for the order' })
  @Property()
  signWithinMinutes!: number;

  @Field(() => Int, { description: '到场时限 minutes to reach the scene' })
  @Property()
  arriveWithinMinutes!: number;

  @Field(() => Int, { description: '反馈时限 minutes to feed back a result' })
  @Property()
  feedbackWithinMinutes!: number;

  @Field(() => Int, { description: '异议时限 minutes within which the unit may dispute the order' })
  @Property()
  disputeWithinMinutes!: number;
}
