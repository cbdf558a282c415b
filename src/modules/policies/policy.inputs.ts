import { Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { MutationInputBase, NotLessThan } from '../../common/inputs';
import { Urgency } from '../orders/order.enums';
import { DutyMode } from '../units/unit.enums';
import { ValidateBy } from 'class-validator';

/**
 * UNSPECIFIED units answer by PHONE_DUTY's limits, and that is the row they read; an update
 * naming UNSPECIFIED would silently edit PHONE_DUTY for every phone-duty unit, so it is refused.
 */
function NotUnspecified(): PropertyDecorator {
  const message = 'dutyMode UNSPECIFIED has no time limits of its own (its units follow PHONE_DUTY); update dutyMode PHONE_DUTY to change them';
  return ValidateBy({ name: 'notUnspecified', validator: { validate: (value) => value !== DutyMode.UNSPECIFIED, defaultMessage: () => message } }, { message });
}

const WEEK = 7 * 24 * 60;

@InputType({ description: '修改处置时限 change the time limits of one urgency and duty mode' })
export class UpdateTimeLimitPolicyInput extends MutationInputBase {
  @Field(() => Urgency, { description: '紧急程度 urgency' })
  urgency!: Urgency;

  @Field(() => DutyMode, { description: '值班模式 duty mode (UNSPECIFIED has no row of its own: its units follow PHONE_DUTY)' })
  @NotUnspecified()
  dutyMode!: DutyMode;

  @Field(() => Int, { description: '签收时限 minutes to sign' })
  @Min(1, { message: 'signWithinMinutes must be at least 1' })
  @Max(WEEK, { message: 'signWithinMinutes may be at most a week' })
  signWithinMinutes!: number;

  @Field(() => Int, { description: '到场时限 minutes to arrive' })
  @Min(1, { message: 'arriveWithinMinutes must be at least 1' })
  @Max(WEEK, { message: 'arriveWithinMinutes may be at most a week' })
  @NotLessThan('signWithinMinutes', 'arriveWithinMinutes may not be shorter than signWithinMinutes: a unit signs for an order before it arrives')
  arriveWithinMinutes!: number;

  @Field(() => Int, { description: '反馈时限 minutes to feed back a result' })
  @Min(1, { message: 'feedbackWithinMinutes must be at least 1' })
  @Max(WEEK, { message: 'feedbackWithinMinutes may be at most a week' })
  @NotLessThan('arriveWithinMinutes', 'feedbackWithinMinutes may not be shorter than arriveWithinMinutes: a unit feeds back its result after it arrives')
  feedbackWithinMinutes!: number;

  @Field(() => Int, { description: '异议时限 minutes to dispute' })
  @Min(1, { message: 'disputeWithinMinutes must be at least 1' })
  @Max(WEEK, { message: 'disputeWithinMinutes may be at most a week' })
  disputeWithinMinutes!: number;
}
