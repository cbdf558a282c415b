import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { EVERYONE } from '../../common/roles';
import type { GraphQLContext } from '../../graphql/context';
import { Unit } from '../units/unit.entity';
import { EscalationTarget, LeadershipMember } from './leadership.entity';

@Resolver(() => LeadershipMember)
export class LeadershipResolver {
  @Authorized(EVERYONE)
  @Query(() => [LeadershipMember], {
    description: '领导小组 the leadership group and its office by position, in the notice\'s order',
  })
  leadership(@Ctx() ctx: GraphQLContext): Promise<LeadershipMember[]> {
    return ctx.services.leadership.members();
  }

  @Authorized(EVERYONE)
  @Query(() => [EscalationTarget], { description: '上报对象 where major incidents are reported (县委, 县政府, 领导小组)' })
  escalationTargets(@Ctx() ctx: GraphQLContext): Promise<EscalationTarget[]> {
    return ctx.services.leadership.escalationTargets();
  }

  @FieldResolver(() => Unit, { nullable: true, description: '所在单位 the member unit the position belongs to' })
  unit(@Root() member: LeadershipMember, @Ctx() ctx: GraphQLContext): Promise<Unit | null> {
    return member.unit ? ctx.loaders.unitById.load(member.unit.id) : Promise.resolve(null);
  }
}
