import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../common/pagination';
import { DESK, DESK_AND_OVERSIGHT, ESCALATION_RECEIVERS, ORDER_READERS, REOPENERS } from '../../common/roles';
import { requirePrincipal } from '../../graphql/auth-checker';
import type { GraphQLContext } from '../../graphql/context';
import { compiledFields, compiledLists, listConnection, toOne } from '../../graphql/compiled-read';
import { mutate, mutateOne } from '../../graphql/mutation';
import { Area } from '../areas/area.entity';
import { Escalation } from '../escalations/escalation.entity';
import { HistoryEvent } from '../history/history.entity';
import { Order } from '../orders/order.entity';
import { nextDeadline, nextDeadlineSql } from '../orders/order.deadlines';
import { orderInScope, orderScope, orderScopeSql } from '../orders/order.scope';
import { rawSql, sql } from '../../common/sql';
import { Incident } from './incident.entity';
import {
  AcknowledgeEscalationInput,
  ClassifyIncidentInput,
  CloseIncidentInput,
  EscalateIncidentInput,
  IncidentFilter,
  IncidentSearchInput,
  LinkIncidentInput,
  ReopenIncidentInput,
  ReportIncidentInput,
} from './incident.inputs';
import { IncidentSort } from './incident.enums';
import { MAX_SEARCH_HITS } from './incident.service';
import { IncidentConnection, IncidentSearchHit, RelatedCall } from './incident.types';

const DESK_ACTION = { returns: Incident, actingAs: DESK } as const;
const position = (incident: Incident) => ({ at: incident.receivedAt, id: incident.id });

/**
 * The field resolvers below, said in SQL for the compiled read path (src/graphql/compiled-read.ts):
 * the same rows, the same order, the same order scope (`visibleOrders`).
 */
compiledLists('Query', ['incidents', 'deskBoard']);
compiledFields(Incident, {
  area: toOne(Area, 'area_id'),
  orders: {
    kind: 'toMany',
    entity: Order,
    where: (incident, order, ctx) => sql`${rawSql(`${order}.incident_id = ${incident}.id`)} and ${orderScopeSql(orderScope(requirePrincipal(ctx)), order)}`,
    orderBy: (order) => `${order}.issued_at, ${order}.id`,
  },
  nextDeadline: {
    kind: 'value',
    type: 'timestamptz',
    sql: (incident, ctx) =>
      sql`(select min(${rawSql(nextDeadlineSql('d'))}) from "order" d where d.incident_id = ${rawSql(`${incident}.id`)}
        and ${orderScopeSql(orderScope(requirePrincipal(ctx)), 'd')})`,
  },
});

@Resolver(() => Incident)
export class IncidentResolver {
  @Authorized(DESK_AND_OVERSIGHT)
  @Query(() => IncidentConnection, { description: '警情列表 incidents, newest first, filtered and paged' })
  async incidents(
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => IncidentFilter, { nullable: true, description: '筛选 filter' }) filter?: IncidentFilter,
    @Arg('orderBy', () => IncidentSort, { nullable: true, description: '排序 order of the list (default: newest call first)' })
    orderBy?: IncidentSort,
  ): Promise<IncidentConnection> {
    const query = ctx.services.incidents.listQuery(filter, page, { sort: orderBy });
    return listConnection(ctx, info, query, async () => IncidentConnection.of(await ctx.services.incidents.page(query), position));
  }

  @Authorized(DESK_AND_OVERSIGHT)
  @Query(() => IncidentConnection, {
    description: '警情看板 the desk board: open incidents with their orders and next deadline, newest first or by deadline',
  })
  async deskBoard(
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => IncidentFilter, { nullable: true, description: '筛选 filter' }) filter?: IncidentFilter,
    @Arg('orderBy', () => IncidentSort, { nullable: true, description: '排序 order of the board (default: newest call first)' })
    orderBy?: IncidentSort,
  ): Promise<IncidentConnection> {
    const query = ctx.services.incidents.listQuery(filter, page, { openOnly: true, sort: orderBy });
    return listConnection(ctx, info, query, async () => IncidentConnection.of(await ctx.services.incidents.page(query), position));
  }

  @Authorized(DESK_AND_OVERSIGHT)
  @Query(() => [IncidentSearchHit], {
    description: `警情检索 incidents matching every word, best match first (at most ${MAX_SEARCH_HITS}); Chinese words, phone and case numbers alike`,
  })
  searchIncidents(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => IncidentSearchInput, { description: '检索条件 what to search for' }) input: IncidentSearchInput,
    @Arg('first', () => Int, { defaultValue: 20, description: `条数 how many hits, 1 to ${MAX_SEARCH_HITS}` }) first: number,
  ): Promise<IncidentSearchHit[]> {
    return ctx.services.incidents.search(input, first);
  }

  @Authorized(ORDER_READERS)
  @Query(() => Incident, {
    description: '警情 one incident by id; a unit operator or the grid platform may read one it holds an order for',
  })
  incident(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: '警情标识 incident id' }) id: string): Promise<Incident> {
    return ctx.services.incidents.byId(id, orderScope(requirePrincipal(ctx)));
  }

  @FieldResolver(() => Area, { nullable: true, description: '所在区域 the area the incident is in' })
  area(@Root() incident: Incident, @Ctx() ctx: GraphQLContext): Promise<Area | null> {
    return incident.area ? ctx.loaders.areaById.load(incident.area.id) : Promise.resolve(null);
  }

  @Authorized(DESK_AND_OVERSIGHT)
  @FieldResolver(() => [RelatedCall], {
    description:
      '关联来电 other calls from the same callback number within 30 days, and calls about the same place and matter within 6 hours (重复报警), newest first; desk roles only',
  })
  relatedCalls(@Root() incident: Incident, @Ctx() ctx: GraphQLContext): Promise<RelatedCall[]> {
    return ctx.loaders.relatedCallsByIncidentId.load(incident.id);
  }

  @FieldResolver(() => Incident, { nullable: true, description: '重复报警 the open incident this call was linked to as a repeat (linkIncident)' })
  async duplicateOf(@Root() incident: Incident, @Ctx() ctx: GraphQLContext): Promise<Incident | null> {
    return incident.duplicateOf ? ctx.loaders.incidentById.load(incident.duplicateOf.id) : null;
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
    const times = (await visibleOrders(incident, ctx)).flatMap((order) => nextDeadline(order)?.getTime() ?? []);
    return times.length ? new Date(Math.min(...times)) : null;
  }

  @FieldResolver(() => [HistoryEvent], {
    description: '处置记录 every recorded change of the incident and its orders, in the order written',
  })
  async timeline(@Root() incident: Incident, @Ctx() ctx: GraphQLContext): Promise<HistoryEvent[]> {
    const [events, orders] = await Promise.all([ctx.loaders.eventsByIncidentId.load(incident.id), visibleOrders(incident, ctx)]);
    const visible = new Set(orders.map((order) => order.id));
    return events.filter((event) => !event.order || visible.has(event.order.id));
  }

  @Authorized(DESK)
  @Mutation(() => Incident, { description: '接警 record a call for help as a new incident' })
  reportIncident(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: ReportIncidentInput): Promise<Incident> {
    return mutateOne(ctx, { ...DESK_ACTION, operation: 'reportIncident', input }, (w) => w.incidentWorkflow.report(input));
  }

  @Authorized(DESK)
  @Mutation(() => Incident, { description: '定性 classify an incident; NO_DISPATCH closes it with its reason' })
  classifyIncident(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: ClassifyIncidentInput): Promise<Incident> {
    return mutateOne(ctx, { ...DESK_ACTION, operation: 'classifyIncident', input }, (w) => w.incidentWorkflow.classify(input));
  }

  @Authorized(DESK)
  @Mutation(() => [Escalation], {
    description: '上报 report a major incident to the county Party committee, government and leadership group',
  })
  escalateIncident(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: EscalateIncidentInput): Promise<Escalation[]> {
    return mutate(ctx, { operation: 'escalateIncident', input, returns: Escalation, actingAs: DESK }, (w) => w.incidentWorkflow.escalateById(input));
  }

  @Authorized(ESCALATION_RECEIVERS)
  @Mutation(() => Escalation, { description: '确认上报 acknowledge a report of a major incident' })
  acknowledgeEscalation(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', { description: '输入 input' }) input: AcknowledgeEscalationInput,
  ): Promise<Escalation> {
    const spec = { operation: 'acknowledgeEscalation', input, returns: Escalation, actingAs: ESCALATION_RECEIVERS };
    return mutateOne(ctx, spec, (w) => w.incidentWorkflow.acknowledge(input));
  }

  @Authorized(DESK)
  @Mutation(() => Incident, { description: '结案 close an incident whose orders are all completed or cancelled' })
  closeIncident(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: CloseIncidentInput): Promise<Incident> {
    return mutateOne(ctx, { ...DESK_ACTION, operation: 'closeIncident', input }, (w) => w.incidentWorkflow.close(input));
  }

  @Authorized(DESK)
  @Mutation(() => Incident, {
    description:
      '关联重复报警 link a call not yet dispatched to the open incident it repeats: the call is closed as NO_DISPATCH/DUPLICATE with duplicateOf set, and both incidents record the link; returns the call',
  })
  linkIncident(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: LinkIncidentInput): Promise<Incident> {
    return mutateOne(ctx, { ...DESK_ACTION, operation: 'linkIncident', input }, (w) => w.incidentWorkflow.link(input));
  }

  @Authorized(REOPENERS)
  @Mutation(() => Incident, { description: '重办 reopen a closed incident to be handled again, with the reason' })
  reopenIncident(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: ReopenIncidentInput): Promise<Incident> {
    return mutateOne(ctx, { operation: 'reopenIncident', input, returns: Incident, actingAs: REOPENERS }, (w) => w.incidentWorkflow.reopen(input));
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
