import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars';
import { authChecker } from './auth';
import { AreaResolver } from '../modules/areas/area.resolver';
import { IncidentResolver } from '../modules/incidents/incident.resolver';
import { LeadershipResolver } from '../modules/leadership/leadership.resolver';
import { OrderResolver } from '../modules/orders/order.resolver';
import { UnitResolver } from '../modules/units/unit.resolver';
import { EscalationResolver } from '../modules/escalations/escalation.resolver';
import { IncidentMutationResolver } from '../modules/incidents/incident.mutations';
import { OrderMutationResolver } from '../modules/orders/order.mutations';
import { PolicyResolver } from '../modules/policies/policy.resolver';

export const resolvers = [
  UnitResolver,
  AreaResolver,
  LeadershipResolver,
  IncidentResolver,
  IncidentMutationResolver,
  OrderResolver,
  OrderMutationResolver,
  EscalationResolver,
  PolicyResolver,
] as const;

export function buildAppSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: { forbidUnknownValues: false },
  });
}
