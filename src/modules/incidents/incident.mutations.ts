import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { requirePrincipal } from '../../graphql/auth';
import type { GraphQLContext } from '../../graphql/context';
import { mutate } from '../../graphql/mutation';
import { DESK, ESCALATION_RECEIVERS } from '../../graphql/roles';
import { Escalation } from '../escalations/escalation.entity';
import { actorFor } from '../history/actor';
import { Incident } from './incident.entity';
import {
  AcknowledgeEscalationInput,
  ClassifyIncidentInput,
  CloseIncidentInput,
  EscalateIncidentInput,
  ReportIncidentInput,
} from './incident.mutation-inputs';
import { IncidentWorkflow } from './incident.workflow';

@Resolver(() => Incident)
export class IncidentMutationResolver {
  @Authorized(DESK)
  @Mutation(() => Incident, { description: '接警 record a call for help as a new incident' })
  async reportIncident(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: ReportIncidentInput): Promise<Incident> {
    const actor = actorFor(requirePrincipal(ctx), DESK);
    const [incident] = await mutate(ctx, 'reportIncident', input, Incident, async (tx) => [await new IncidentWorkflow(tx, actor).report(input)]);
    return incident;
  }

  @Authorized(DESK)
  @Mutation(() => Incident, { description: '定性 classify an incident; NO_DISPATCH closes it with its reason' })
  async classifyIncident(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: ClassifyIncidentInput): Promise<Incident> {
    const actor = actorFor(requirePrincipal(ctx), DESK);
    const [incident] = await mutate(ctx, 'classifyIncident', input, Incident, async (tx) => [await new IncidentWorkflow(tx, actor).classify(input)]);
    return incident;
  }

  @Authorized(DESK)
  @Mutation(() => [Escalation], {
    description: '上报 report a major incident to the county Party committee, government and leadership group',
  })
  escalateIncident(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: EscalateIncidentInput): Promise<Escalation[]> {
    const actor = actorFor(requirePrincipal(ctx), DESK);
    return mutate(ctx, 'escalateIncident', input, Escalation, (tx) => new IncidentWorkflow(tx, actor).escalateById(input));
  }

  @Authorized(ESCALATION_RECEIVERS)
  @Mutation(() => Escalation, { description: '确认上报 acknowledge a report of a major incident' })
  async acknowledgeEscalation(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: AcknowledgeEscalationInput): Promise<Escalation> {
    const actor = actorFor(requirePrincipal(ctx), ESCALATION_RECEIVERS);
    const [escalation] = await mutate(ctx, 'acknowledgeEscalation', input, Escalation, async (tx) => [
      await new IncidentWorkflow(tx, actor).acknowledge(input),
    ]);
    return escalation;
  }

  @Authorized(DESK)
  @Mutation(() => Incident, { description: '结案 close an incident whose orders are all completed or cancelled' })
  async closeIncident(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: CloseIncidentInput): Promise<Incident> {
    const actor = actorFor(requirePrincipal(ctx), DESK);
    const [incident] = await mutate(ctx, 'closeIncident', input, Incident, async (tx) => [await new IncidentWorkflow(tx, actor).close(input)]);
    return incident;
  }
}
