import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { Incident } from '../incidents/incident.entity';
import { EscalationTarget } from '../leadership/leadership.entity';
import { Escalation } from './escalation.entity';

@Resolver(() => Escalation)
export class EscalationResolver {
  @FieldResolver(() => EscalationTarget, { description: '上报对象 who it was reported to' })
  async target(@Root() escalation: Escalation, @Ctx() ctx: GraphQLContext): Promise<EscalationTarget> {
    return (await ctx.loaders.escalationTargetById.load(escalation.target.id))!;
  }

  @FieldResolver(() => Incident, { description: '警情 the incident reported' })
  async incident(@Root() escalation: Escalation, @Ctx() ctx: GraphQLContext): Promise<Incident> {
    return (await ctx.loaders.incidentById.load(escalation.incident.id))!;
  }
}
