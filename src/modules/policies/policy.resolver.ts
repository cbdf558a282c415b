import { Max, Min } from 'class-validator';
import { Arg, Authorized, Ctx, Field, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import { requirePrincipal } from '../../graphql/auth';
import type { GraphQLContext } from '../../graphql/context';
import { mutate } from '../../graphql/mutation';
import { ADMIN, EVERYONE } from '../../graphql/roles';
import { MutationInputBase } from '../incidents/incident.mutation-inputs';
import { Urgency } from '../orders/order.enums';
import { DutyMode } from '../units/unit.enums';
import { effectiveDutyMode, policyFor } from './policy.service';
import { TimeLimitPolicy } from './time-limit-policy.entity';

const WEEK = 7 * 24 * 60;

@InputType({ description: '修改处置时限 change the time limits of one urgency and duty mode' })
export class UpdateTimeLimitPolicyInput extends MutationInputBase {
  @Field(() => Urgency, { description: '紧急程度 urgency' })
  urgency!: Urgency;

  @Field(() => DutyMode, { description: '值班模式 duty mode' })
  dutyMode!: DutyMode;

  @Field(() => Int, { description: '签收时限 minutes to sign' })
  @Min(1, { message: 'signWithinMinutes must be at least 1' })
  @Max(WEEK, { message: 'signWithinMinutes may be at most a week' })
  signWithinMinutes!: number;

  @Field(() => Int, { description: '到场时限 minutes to arrive' })
  @Min(1, { message: 'arriveWithinMinutes must be at least 1' })
  @Max(WEEK, { message: 'arriveWithinMinutes may be at most a week' })
  arriveWithinMinutes!: number;

  @Field(() => Int, { description: '反馈时限 minutes to feed back a result' })
  @Min(1, { message: 'feedbackWithinMinutes must be at least 1' })
  @Max(WEEK, { message: 'feedbackWithinMinutes may be at most a week' })
  feedbackWithinMinutes!: number;

  @Field(() => Int, { description: '异议时限 minutes to dispute' })
  @Min(1, { message: 'disputeWithinMinutes must be at least 1' })
  @Max(WEEK, { message: 'disputeWithinMinutes may be at most a week' })
  disputeWithinMinutes!: number;
}

@Resolver(() => TimeLimitPolicy)
export class PolicyResolver {
  @Authorized(EVERYONE)
  @Query(() => [TimeLimitPolicy], { description: '处置时限 the time-limit policy table' })
  timeLimitPolicies(@Ctx() ctx: GraphQLContext): Promise<TimeLimitPolicy[]> {
    return ctx.em.find(TimeLimitPolicy, {}, { orderBy: { urgency: 'asc', dutyMode: 'asc' } });
  }

  @Authorized(ADMIN)
  @Mutation(() => TimeLimitPolicy, { description: '修改处置时限 change time limits; applies to orders issued afterwards' })
  async updateTimeLimitPolicy(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: UpdateTimeLimitPolicyInput): Promise<TimeLimitPolicy> {
    requirePrincipal(ctx);
    const [policy] = await mutate(ctx, 'updateTimeLimitPolicy', input, TimeLimitPolicy, async (tx) => {
      const row = await policyFor(tx, input.urgency, effectiveDutyMode(input.dutyMode));
      tx.assign(row, {
        signWithinMinutes: input.signWithinMinutes,
        arriveWithinMinutes: input.arriveWithinMinutes,
        feedbackWithinMinutes: input.feedbackWithinMinutes,
        disputeWithinMinutes: input.disputeWithinMinutes,
      });
      return [row];
    });
    return policy;
  }
}
