import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import type { Role } from '../../../integrations/keycloak';
import { AuthenticationError, ForbiddenError } from '../../common/errors';
import { ESCALATION_FEED_READERS, INCIDENT_FEED_READERS, ORDER_FEED_READERS } from '../../common/roles';
import { requirePrincipal, requireRole } from '../../graphql/auth-checker';
import type { GraphQLContext } from '../../graphql/context';
import { tokenRefusal } from '../access/access.revocations';
import { HistoryEvent } from '../history/history.entity';
import { EventKind } from '../history/history.enums';
import { parseEventCursor } from '../history/history.log';
import { Incident } from '../incidents/incident.entity';
import { Order } from '../orders/order.entity';
import { Unit } from '../units/unit.entity';
import type { FeedFilter, FeedItem } from './feed.hub';
import { FeedEvent } from './feed.types';

/** Changes the leadership office watches: reports upward and orders escalated for lateness. */
export const ESCALATION_KINDS: ReadonlySet<EventKind> = new Set([
  EventKind.INCIDENT_ESCALATED,
  EventKind.ESCALATION_ACKNOWLEDGED,
  EventKind.ORDER_OVERDUE,
  EventKind.ESCALATED_TO_UNIT_LEADER,
  EventKind.ROSTER_GAP,
  EventKind.ESCALATED_FOR_ROSTER_GAP,
  EventKind.ROSTER_COVERAGE_GAPS,
]);

/** Subscribe-time check: type-graphql's @Authorized guards each event, not the subscribe call. */
function allowed(ctx: GraphQLContext, roles: Role[], field: string) {
  const principal = requireRole(ctx, roles, `Subscription.${field}`);
  if (!ctx.feed) throw new Error('live feed not running');
  return { principal, feed: ctx.feed };
}

/** The unit an order feed is limited to: a unit operator's own, or the one a desk role names. */
function orderFeedUnit(ctx: GraphQLContext, unit: string | undefined): string | undefined {
  const principal = requirePrincipal(ctx);
  const desk = principal.roles.some((role) => role !== 'unit_operator' && ORDER_FEED_READERS.includes(role));
  if (desk) return unit;
  if (unit !== undefined && unit !== principal.unitCode) {
    throw new ForbiddenError(`This token may follow the orders of unit "${principal.unitCode}" only, not "${unit}".`);
  }
  return principal.unitCode;
}

function orderFilter(unitCode: string | undefined): FeedFilter {
  return (item) => item.subjectType === 'ORDER' && (unitCode === undefined || item.unitCode === unitCode);
}

/**
 * Per event: the token must still be valid and the event within the caller's scope (checked
 * again, not only at subscribe time), and the event is resolved with its own EntityManager
 * fork and loaders.
 */
async function deliver(item: FeedItem, ctx: GraphQLContext, filter: FeedFilter): Promise<FeedEvent> {
  const refusal = tokenRefusal(requirePrincipal(ctx), ctx.revocations);
  if (refusal) throw new AuthenticationError(refusal);
  if (!filter(item)) throw new ForbiddenError('This change is outside what this token may follow.');
  Object.assign(ctx, item.scope());
  return FeedEvent.of(item);
}

type Args = { unit?: string; after?: string };

/** The desk's feed: changes of incidents and orders (unit-level events go to the escalation feed). */
const incidentChanges: FeedFilter = (item) => item.subjectType !== 'UNIT';

@Resolver(() => FeedEvent)
export class FeedResolver {
  @Authorized(ORDER_FEED_READERS)
  @Subscription(() => FeedEvent, {
    description:
      '指令动态 live changes of orders: a unit operator gets its own unit\'s; desk roles any unit (unit) or all. Resume with after',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, Args, GraphQLContext>) => {
      const { feed } = allowed(context, ORDER_FEED_READERS, 'orderFeed');
      const { unit, after } = args;
      return feed.stream(parseEventCursor(after), orderFilter(orderFeedUnit(context, unit)));
    },
  })
  orderFeed(
    @Root() item: FeedItem,
    @Ctx() ctx: GraphQLContext,
    @Arg('unit', { nullable: true, description: '单位代码 follow this unit\'s orders only' }) unit?: string,
    @Arg('after', { nullable: true, description: '游标 resume after this cursor' }) _after?: string,
  ): Promise<FeedEvent> {
    return deliver(item, ctx, orderFilter(orderFeedUnit(ctx, unit)));
  }

  @Authorized(INCIDENT_FEED_READERS)
  @Subscription(() => FeedEvent, {
    description: '警情动态 every change of every incident and order, for the 110 desk. Resume with after',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, Args, GraphQLContext>) => {
      const { feed } = allowed(context, INCIDENT_FEED_READERS, 'incidentFeed');
      return feed.stream(parseEventCursor(args.after), incidentChanges);
    },
  })
  incidentFeed(
    @Root() item: FeedItem,
    @Ctx() ctx: GraphQLContext,
    @Arg('after', { nullable: true, description: '游标 resume after this cursor' }) _after?: string,
  ): Promise<FeedEvent> {
    return deliver(item, ctx, incidentChanges);
  }

  @Authorized(ESCALATION_FEED_READERS)
  @Subscription(() => FeedEvent, {
    description: '上报动态 reports of major incidents, their acknowledgements, and orders escalated for lateness. Resume with after',
    subscribe: ({ args, context }: SubscribeResolverData<unknown, Args, GraphQLContext>) => {
      const { feed } = allowed(context, ESCALATION_FEED_READERS, 'escalationFeed');
      return feed.stream(parseEventCursor(args.after), (item) => ESCALATION_KINDS.has(item.kind));
    },
  })
  escalationFeed(
    @Root() item: FeedItem,
    @Ctx() ctx: GraphQLContext,
    @Arg('after', { nullable: true, description: '游标 resume after this cursor' }) _after?: string,
  ): Promise<FeedEvent> {
    return deliver(item, ctx, (i) => ESCALATION_KINDS.has(i.kind));
  }

  @FieldResolver(() => HistoryEvent, { description: '变更记录 the recorded change' })
  async event(@Root() feedEvent: FeedEvent, @Ctx() ctx: GraphQLContext): Promise<HistoryEvent> {
    return (await ctx.loaders.eventById.load(feedEvent.item.eventId))!;
  }

  @FieldResolver(() => Incident, {
    nullable: true,
    description: '警情 the incident, as it is now; null only for a unit-level event (subjectType UNIT, e.g. the daily roster coverage report)',
  })
  async incident(@Root() feedEvent: FeedEvent, @Ctx() ctx: GraphQLContext): Promise<Incident | null> {
    return feedEvent.item.incidentId ? (await ctx.loaders.incidentById.load(feedEvent.item.incidentId))! : null;
  }

  @FieldResolver(() => Unit, { nullable: true, description: '单位 the unit: of the order, or the one a unit-level event is about; null for incident changes' })
  unit(@Root() feedEvent: FeedEvent, @Ctx() ctx: GraphQLContext): Promise<Unit | null> {
    return feedEvent.item.unitId ? ctx.loaders.unitById.load(feedEvent.item.unitId).then((u) => u ?? null) : Promise.resolve(null);
  }

  @FieldResolver(() => Order, { nullable: true, description: '指令 the order, as it is now (for order changes)' })
  order(@Root() feedEvent: FeedEvent, @Ctx() ctx: GraphQLContext): Promise<Order | null> {
    return feedEvent.item.orderId ? ctx.loaders.orderById.load(feedEvent.item.orderId) : Promise.resolve(null);
  }
}
