import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { orderInScope, orderScope } from '../../graphql/access';
import { requirePrincipal } from '../../graphql/auth';
import { DESK_AND_OVERSIGHT, ORDER_READERS } from '../../graphql/roles';
import { PageArgs } from '../../common/pagination';
import type { GraphQLContext } from '../../graphql/context';
import { Area } from '../areas/area.entity';
import { HistoryEvent } from '../history/event.entity';
import { Order } from '../orders/order.entity';
import { OrderStatus } from '../orders/order.enums';
import { Escalation } from '../escalations/escalation.entity';
import { Incident } from './incident.entity';
import { IncidentFilter } from './incident.inputs';
import { IncidentService } from './incident.service';
import { IncidentConnection } from './incident.types';

@Resolver(() => Incident)
export class IncidentResolver {
  @Authorized(DESK_AND_OVERSIGHT)
  @Query(() => IncidentConnection, { description: '警情列表 incidents, newest first, filtered and paged' })
  async incidents(
    @Ctx() ctx: GraphQLContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => IncidentFilter, { nullable: true, description: '筛选 filter' }) filter?: IncidentFilter,
  ): Promise<IncidentConnection> {
    const result = await new IncidentService(ctx.em).list(filter, page);
    return IncidentConnection.of(result, (incident) => ({ at: incident.receivedAt, id: incident.id }));
  }

  @Authorized(DESK_AND_OVERSIGHT)
  @Query(() => IncidentConnection, {
    description: '警情看板 the desk board: open incidents, newest first, with their orders and next deadline',
  })
  async deskBoard(
    @Ctx() ctx: GraphQLContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => IncidentFilter, { nullable: true, description: '筛选 filter' }) filter?: IncidentFilter,
  ): Promise<IncidentConnection> {
    const result = await new IncidentService(ctx.em).list(filter, page, { openOnly: true });
    return IncidentConnection.of(result, (incident) => ({ at: incident.receivedAt, id: incident.id }));
  }

  @Authorized(ORDER_READERS)
  @Query(() => Incident, {
    description: '警情 one incident by id; a unit operator or the grid platform may read one it holds an order for',
  })
  incident(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: '警情标识 incident id' }) id: string): Promise<Incident> {
    return new IncidentService(ctx.em).byId(id, orderScope(requirePrincipal(ctx)));
  }

  @FieldResolver(() => Area, { nullable: true, description: '所在区域 the area the incident is in' })
  area(@Root() incident: Incident, @Ctx() ctx: GraphQLContext): Promise<Area | null> {
    return incident.area ? ctx.loaders.areaById.load(incident.area.id) : Promise.resolve(null);
  }

  @FieldResolver(() => [Order], { description: '处置指令 orders issued for this incident, oldest first' })
  orders(@Root() incident: Incident, @Ctx() ctx: GraphQLContext): Promise<Order[]> {
    return visibleOrders(incident, ctx);
  }

  @FieldResolver(() => [Escalation], { description: '上报 reports of this incident upward, each with its acknowledgement' })
  escalations(@Root() incident: Incident, @Ctx() ctx: GraphQLContext): Promise<Escalation[]> {
    return ctx.loaders.escalationsByIncidentId.load(incident.id);
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description: '最近时限 the earliest deadline an open order still has to meet (sign, arrive or feed back)',
  })
  async nextDeadline(@Root() incident: Incident, @Ctx() ctx: GraphQLContext): Promise<Date | null> {
    const deadlines = (await visibleOrders(incident, ctx)).flatMap(pendingDeadlines);
    return deadlines.length ? new Date(Math.min(...deadlines.map((d) => d.getTime()))) : null;
  }

  @FieldResolver(() => [HistoryEvent], {
    description: '处置记录 every recorded change of the incident and its orders, in the order written',
  })
  async timeline(@Root() incident: Incident, @Ctx() ctx: GraphQLContext): Promise<HistoryEvent[]> {
    const [events, orders] = await Promise.all([
      ctx.loaders.eventsByIncidentId.load(incident.id),
      visibleOrders(incident, ctx),
    ]);
    const visible = new Set(orders.map((order) => order.id));
    return events.filter((event) => !event.order || visible.has(event.order.id));
  }
}

/** The deadlines an order has not met yet, by what it still has to do. */
export function pendingDeadlines(order: Order): Date[] {
  switch (order.status) {
    case OrderStatus.ISSUED:
      return [order.signDeadline, order.arriveDeadline, order.feedbackDeadline].filter((d): d is Date => !!d);
    case OrderStatus.SIGNED:
      return [order.arriveDeadline, order.feedbackDeadline].filter((d): d is Date => !!d);
    case OrderStatus.ON_SCENE:
    case OrderStatus.HANDLING:
      return order.feedbackDeadline ? [order.feedbackDeadline] : [];
    default:
      return [];
  }
}

/** Another unit's orders stay hidden from a unit operator who reaches the incident through its own. */
async function visibleOrders(incident: Incident, ctx: GraphQLContext): Promise<Order[]> {
  const orders = await ctx.loaders.ordersByIncidentId.load(incident.id);
  const scope = orderScope(requirePrincipal(ctx));
  if (scope.kind === 'all') return orders;
  const units = await Promise.all(orders.map((order) => ctx.loaders.unitById.load(order.unit.id)));
  return orders.filter((order, i) => orderInScope(scope, { channel: order.channel, unitCode: units[i]!.code }));
}
