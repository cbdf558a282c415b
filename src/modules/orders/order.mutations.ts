import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { orderScope } from '../../graphql/access';
import { requirePrincipal } from '../../graphql/auth';
import type { GraphQLContext } from '../../graphql/context';
import { mutate } from '../../graphql/mutation';
import { DESK, DISPUTE_JUDGES, ORDER_HANDLERS } from '../../graphql/roles';
import type { Role } from '../../../integrations/keycloak';
import { actorFor } from '../history/actor';
import { DispatchOrdersInput } from '../incidents/incident.mutation-inputs';
import { Order } from './order.entity';
import {
  ArriveOrderInput,
  CancelOrderInput,
  CompleteOrderInput,
  DisputeOrderInput,
  FeedbackOrderInput,
  RecordPhoneNotificationInput,
  RuleDisputeInput,
  SignOrderInput,
} from './order.mutation-inputs';
import { OrderWorkflow } from './order.workflow';

function workflow(ctx: GraphQLContext, roles: readonly Role[], onBehalfOfUnit: boolean) {
  const principal = requirePrincipal(ctx);
  const actor = actorFor(principal, roles, onBehalfOfUnit);
  const scope = orderScope(principal);
  return (tx: EntityManager) => new OrderWorkflow(tx, actor, scope);
}

async function one(ctx: GraphQLContext, operation: string, input: { idempotencyKey?: string }, roles: readonly Role[], onBehalf: boolean, act: (w: OrderWorkflow) => Promise<Order>) {
  const make = workflow(ctx, roles, onBehalf);
  const [order] = await mutate(ctx, operation, input, Order, async (tx) => [await act(make(tx))]);
  return order;
}

/**
 * Order transitions. Units act on their own orders (UNIT_CONSOLE), the grid platform on grid
 * orders (GRID), and the desk records a unit's phone answers on its behalf (PHONE).
 */
@Resolver(() => Order)
export class OrderMutationResolver {
  @Authorized(DESK)
  @Mutation(() => [Order], { description: '下达指令 order one or more units to handle an incident' })
  dispatchOrders(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: DispatchOrdersInput): Promise<Order[]> {
    const make = workflow(ctx, DESK, false);
    return mutate(ctx, 'dispatchOrders', input, Order, (tx) => make(tx).dispatch(input));
  }

  @Authorized(DESK)
  @Mutation(() => Order, { description: '电话通知 record that the unit was told by phone' })
  recordPhoneNotification(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: RecordPhoneNotificationInput): Promise<Order> {
    return one(ctx, 'recordPhoneNotification', input, DESK, false, (w) => w.recordPhoneNotification(input));
  }

  @Authorized(ORDER_HANDLERS)
  @Mutation(() => Order, { description: '签收 sign for an order' })
  signOrder(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: SignOrderInput): Promise<Order> {
    return one(ctx, 'signOrder', input, ORDER_HANDLERS, true, (w) => w.sign(input));
  }

  @Authorized(ORDER_HANDLERS)
  @Mutation(() => Order, { description: '到场 report arrival on the scene' })
  arriveOrder(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: ArriveOrderInput): Promise<Order> {
    return one(ctx, 'arriveOrder', input, ORDER_HANDLERS, true, (w) => w.arrive(input));
  }

  @Authorized(ORDER_HANDLERS)
  @Mutation(() => Order, { description: '反馈 feed back scene status or progress (may repeat)' })
  feedbackOrder(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: FeedbackOrderInput): Promise<Order> {
    return one(ctx, 'feedbackOrder', input, ORDER_HANDLERS, true, (w) => w.feedback(input));
  }

  @Authorized(ORDER_HANDLERS)
  @Mutation(() => Order, { description: '办结 complete an order with its result' })
  completeOrder(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: CompleteOrderInput): Promise<Order> {
    return one(ctx, 'completeOrder', input, ORDER_HANDLERS, true, (w) => w.complete(input));
  }

  @Authorized(ORDER_HANDLERS)
  @Mutation(() => Order, { description: '异议 say the order is not the unit\'s duty, within the dispute time limit' })
  disputeOrder(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: DisputeOrderInput): Promise<Order> {
    return one(ctx, 'disputeOrder', input, ORDER_HANDLERS, true, (w) => w.dispute(input));
  }

  @Authorized(DISPUTE_JUDGES)
  @Mutation(() => [Order], {
    description: '裁定异议 rule on a dispute: UPHOLD cancels and reassigns (returns the order and its replacements), REJECT hands it back',
  })
  ruleDispute(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: RuleDisputeInput): Promise<Order[]> {
    const make = workflow(ctx, DISPUTE_JUDGES, false);
    return mutate(ctx, 'ruleDispute', input, Order, (tx) => make(tx).rule(input));
  }

  @Authorized(DESK)
  @Mutation(() => Order, { description: '撤销 cancel an order' })
  cancelOrder(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: CancelOrderInput): Promise<Order> {
    return one(ctx, 'cancelOrder', input, DESK, false, (w) => w.cancel(input));
  }
}
