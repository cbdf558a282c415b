import { wrap } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../common/pagination';
import { DESK, DISPUTE_JUDGES, ORDER_HANDLERS, ORDER_READERS } from '../../common/roles';
import { requirePrincipal } from '../../graphql/auth-checker';
import type { GraphQLContext } from '../../graphql/context';
import { compiledFields, compiledLists, listConnection, toOne } from '../../graphql/compiled-read';
import { mutate, mutateOne } from '../../graphql/mutation';
import { HistoryEvent } from '../history/history.entity';
import { Incident } from '../incidents/incident.entity';
import { Unit } from '../units/unit.entity';
import { Feedback, Order } from './order.entity';
import {
  AmendOrderInput,
  ArriveOrderInput,
  CancelOrderInput,
  CompleteOrderInput,
  DispatchOrdersInput,
  DisputeOrderInput,
  FeedbackOrderInput,
  OrderFilter,
  RecordPhoneNotificationInput,
  RuleDisputeInput,
  SignOrderInput,
} from './order.inputs';
import { OrderSort } from './order.enums';
import { orderScope } from './order.scope';
import { OrderConnection } from './order.types';

/** The unit's own actions on an order: a unit operator, the grid platform for it, or the desk recording its phone answer. */
const UNIT_ACTION = { returns: Order, actingAs: ORDER_HANDLERS, onBehalfOfUnit: true } as const;
const DESK_ACTION = { returns: Order, actingAs: DESK } as const;

/** The unit and incident resolvers below, said in SQL for the compiled read path (src/graphql/compiled-read.ts). */
compiledLists('Query', ['orders']);
compiledFields(Order, { unit: toOne(Unit, 'unit_id'), incident: toOne(Incident, 'incident_id') });

/**
 * Orders: the lists and fields units, the desk and the grid platform read, and the transitions.
 * Units act on their own orders (UNIT_CONSOLE), the grid platform on grid orders (GRID), and the
 * desk records a unit's phone answers on its behalf (PHONE).
 */
@Resolver(() => Order)
export class OrderResolver {
  @Authorized(ORDER_READERS)
  @Query(() => OrderConnection, {
    description: '指令列表 orders, newest first, filtered and paged; a unit operator sees its own unit\'s only',
  })
  async orders(
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => OrderFilter, { nullable: true, description: '筛选 filter' }) filter?: OrderFilter,
    @Arg('orderBy', () => OrderSort, { nullable: true, description: '排序 order of the list (default: newest order first)' })
    orderBy?: OrderSort,
  ): Promise<OrderConnection> {
    const query = ctx.services.orders.listQuery(filter, page, orderScope(requirePrincipal(ctx)), orderBy);
    return listConnection(ctx, info, query, async () =>
      OrderConnection.of(await ctx.services.orders.page(query), (order) => ({ at: order.issuedAt, id: order.id })),
    );
  }

  @Authorized(ORDER_READERS)
  @Query(() => Order, { description: '指令 one order by id' })
  order(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: '指令标识 order id' }) id: string): Promise<Order> {
    return ctx.services.orders.byId(id, orderScope(requirePrincipal(ctx)));
  }

  @FieldResolver(() => Unit, { description: '承办单位 the unit the order is addressed to' })
  async unit(@Root() order: Order, @Ctx() ctx: GraphQLContext): Promise<Unit> {
    // A mutation's answer already holds the unit it read in its transaction: no second read.
    if (wrap(order.unit).isInitialized()) return order.unit;
    return (await ctx.loaders.unitById.load(order.unit.id)) as Unit;
  }

  @FieldResolver(() => Incident, { description: '警情 the incident the order belongs to' })
  async incident(@Root() order: Order, @Ctx() ctx: GraphQLContext): Promise<Incident> {
    return (await ctx.loaders.incidentById.load(order.incident.id)) as Incident;
  }

  @FieldResolver(() => String, { nullable: true, description: '警情编号 the case number of the order\'s incident' })
  async caseNumber(@Root() order: Order, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    return (await ctx.loaders.incidentById.load(order.incident.id))?.caseNumber ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: '网格案件编号 the grid platform\'s own case number, once it has taken the order (grid orders only)',
  })
  async gridCaseNumber(@Root() order: Order, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    return (await ctx.loaders.gridTaskByOrderId.load(order.id))?.gridCaseId ?? null;
  }

  @FieldResolver(() => [Feedback], { description: '反馈 feedback on the order, oldest first' })
  feedback(@Root() order: Order, @Ctx() ctx: GraphQLContext): Promise<Feedback[]> {
    return ctx.loaders.feedbackByOrderId.load(order.id);
  }

  @FieldResolver(() => [HistoryEvent], { description: '处置记录 every recorded change of the order, in the order written' })
  timeline(@Root() order: Order, @Ctx() ctx: GraphQLContext): Promise<HistoryEvent[]> {
    return ctx.loaders.eventsByOrderId.load(order.id);
  }

  @Authorized(DESK)
  @Mutation(() => [Order], { description: '下达指令 order one or more units to handle an incident' })
  dispatchOrders(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: DispatchOrdersInput): Promise<Order[]> {
    return mutate(ctx, { ...DESK_ACTION, operation: 'dispatchOrders', input }, (w) => w.orderWorkflow.dispatch(input));
  }

  @Authorized(DESK)
  @Mutation(() => Order, { description: '电话通知 record that the unit was told by phone' })
  recordPhoneNotification(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: RecordPhoneNotificationInput): Promise<Order> {
    return mutateOne(ctx, { ...DESK_ACTION, operation: 'recordPhoneNotification', input }, (w) => w.orderWorkflow.recordPhoneNotification(input));
  }

  @Authorized(ORDER_HANDLERS)
  @Mutation(() => Order, { description: '签收 sign for an order' })
  signOrder(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: SignOrderInput): Promise<Order> {
    return mutateOne(ctx, { ...UNIT_ACTION, operation: 'signOrder', input }, (w) => w.orderWorkflow.sign(input));
  }

  @Authorized(ORDER_HANDLERS)
  @Mutation(() => Order, { description: '到场 report arrival on the scene' })
  arriveOrder(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: ArriveOrderInput): Promise<Order> {
    return mutateOne(ctx, { ...UNIT_ACTION, operation: 'arriveOrder', input }, (w) => w.orderWorkflow.arrive(input));
  }

  @Authorized(ORDER_HANDLERS)
  @Mutation(() => Order, { description: '反馈 feed back scene status or progress (may repeat)' })
  feedbackOrder(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: FeedbackOrderInput): Promise<Order> {
    return mutateOne(ctx, { ...UNIT_ACTION, operation: 'feedbackOrder', input }, (w) => w.orderWorkflow.feedback(input));
  }

  @Authorized(ORDER_HANDLERS)
  @Mutation(() => Order, { description: '办结 complete an order with its result' })
  completeOrder(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: CompleteOrderInput): Promise<Order> {
    return mutateOne(ctx, { ...UNIT_ACTION, operation: 'completeOrder', input }, (w) => w.orderWorkflow.complete(input));
  }

  @Authorized(ORDER_HANDLERS)
  @Mutation(() => Order, { description: '异议 say the order is not the unit\'s duty, within the dispute time limit' })
  disputeOrder(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: DisputeOrderInput): Promise<Order> {
    return mutateOne(ctx, { ...UNIT_ACTION, operation: 'disputeOrder', input }, (w) => w.orderWorkflow.dispute(input));
  }

  @Authorized(DISPUTE_JUDGES)
  @Mutation(() => [Order], {
    description: '裁定异议 rule on a dispute: UPHOLD cancels and reassigns (returns the order and its replacements), REJECT hands it back',
  })
  ruleDispute(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: RuleDisputeInput): Promise<Order[]> {
    return mutate(ctx, { operation: 'ruleDispute', input, returns: Order, actingAs: DISPUTE_JUDGES }, (w) => w.orderWorkflow.rule(input));
  }

  @Authorized(DESK)
  @Mutation(() => Order, {
    description:
      '变更指令 change an open order\'s urgency or instructions; a new urgency sets the deadlines still owed afresh from the time-limit policy, counted from now; the unit and the grid platform are told',
  })
  amendOrder(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: AmendOrderInput): Promise<Order> {
    return mutateOne(ctx, { ...DESK_ACTION, operation: 'amendOrder', input }, (w) => w.orderWorkflow.amend(input));
  }

  @Authorized(DESK)
  @Mutation(() => Order, { description: '撤销 cancel an order' })
  cancelOrder(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: CancelOrderInput): Promise<Order> {
    return mutateOne(ctx, { ...DESK_ACTION, operation: 'cancelOrder', input }, (w) => w.orderWorkflow.cancel(input));
  }
}
