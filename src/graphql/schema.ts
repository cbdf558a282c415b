import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { DateTimeScalar } from '../common/scalars';
import { authChecker } from './auth-checker';
import { applyInputHygieneToSubscriptions, inputHygiene } from './input-hygiene';
import { AreaResolver } from '../modules/areas/area.resolver';
import { IncidentResolver } from '../modules/incidents/incident.resolver';
import { LeadershipResolver } from '../modules/leadership/leadership.resolver';
import { OrderResolver } from '../modules/orders/order.resolver';
import { UnitResolver } from '../modules/units/unit.resolver';
import { EscalationResolver } from '../modules/escalations/escalation.resolver';
import { PolicyResolver } from '../modules/policies/policy.resolver';
import { FeedResolver } from '../modules/feed/feed.resolver';
import { AccessResolver } from '../modules/access/access.resolver';
import { GridSyncResolver } from '../modules/grid-sync/grid-sync.resolver';
import { HistoryEventResolver, HistoryResolver } from '../modules/history/history.resolver';
import { RosterChangeResolver, RosterResolver, UnitDutyResolver, UnitOnDutyResolver, UnitRosterGapsResolver } from '../modules/rosters/roster.resolver';
import { RoutingCategoryResolver, RoutingCategoryUnitResolver, RoutingResolver } from '../modules/routing/routing.resolver';
import {
  AccountabilityCaseResolver,
  JointMeetingResolver,
  MeetingFollowUpResolver,
  SupervisionResolver,
} from '../modules/supervision/supervision.resolver';

export const resolvers = [
  UnitResolver,
  AreaResolver,
  LeadershipResolver,
  IncidentResolver,
  OrderResolver,
  EscalationResolver,
  PolicyResolver,
  FeedResolver,
  AccessResolver,
  GridSyncResolver,
  HistoryEventResolver,
  HistoryResolver,
  RoutingResolver,
  RoutingCategoryResolver,
  RoutingCategoryUnitResolver,
  SupervisionResolver,
  AccountabilityCaseResolver,
  JointMeetingResolver,
  MeetingFollowUpResolver,
  RosterResolver,
  RosterChangeResolver,
  UnitDutyResolver,
  UnitOnDutyResolver,
  UnitRosterGapsResolver,
] as const;

/**
 * type-graphql insists on a PubSub once a schema has subscriptions. Ours never publish to
 * topics: each subscription streams from the process's FeedHub, which reads the committed
 * event history, so this one refuses use.
 */
const noTopics = {
  publish(): void {
    throw new Error('subscriptions stream from the FeedHub; there are no topics to publish to');
  },
  subscribe(): AsyncIterable<unknown> {
    throw new Error('subscriptions stream from the FeedHub; there are no topics to subscribe to');
  },
};

export async function buildAppSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    authChecker,
    globalMiddlewares: [inputHygiene],
    pubSub: noTopics,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: { forbidUnknownValues: false },
  });
  return applyInputHygieneToSubscriptions(schema);
}
