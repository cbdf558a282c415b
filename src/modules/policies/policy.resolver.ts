import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ADMIN, EVERYONE } from '../../common/roles';
import type { GraphQLContext } from '../../graphql/context';
import { mutateOne } from '../../graphql/mutation';
import { UpdateTimeLimitPolicyInput } from './policy.inputs';
import { TimeLimitPolicy } from './policy.entity';

@Resolver(() => TimeLimitPolicy)
export class PolicyResolver {
  @Authorized(EVERYONE)
  @Query(() => [TimeLimitPolicy], { description: '处置时限 the time-limit policy table' })
  timeLimitPolicies(@Ctx() ctx: GraphQLContext): Promise<TimeLimitPolicy[]> {
    return ctx.services.policies.list();
  }

  @Authorized(ADMIN)
  @Mutation(() => TimeLimitPolicy, { description: '修改处置时限 change time limits; applies to orders issued afterwards' })
  updateTimeLimitPolicy(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: UpdateTimeLimitPolicyInput): Promise<TimeLimitPolicy> {
    return mutateOne(ctx, { operation: 'updateTimeLimitPolicy', input, returns: TimeLimitPolicy, actingAs: ADMIN }, (w) => w.policies.update(input));
  }
}
