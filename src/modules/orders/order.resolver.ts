import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { orderScope } from '../../graphql/access';
import { requirePrincipal } from '../../graphql/auth';
import { ORDER_READERS } from '../../graphql/roles';
import { PageArgs } from '../../common/pagination';
import type { GraphQLContext } from '../../graphql/context';
import { HistoryEvent } from '../history/event.entity';
import { Incident } from '../incidents/incident.entity';
import { Unit } from '../units/unit.entity';
import { Feedback, Order } from './order.entity';
import { OrderFilter } from './order.inputs';
import { OrderService } from './order.service';
import { OrderConnection } from './order.types';

@Resolver(() => Order)
export class OrderResolver {
  @Authorized(ORDER_READERS)
  @Query(() => OrderConnection, {
    description: '指令列表 orders, newest first, filtered and paged; a unit operator sees its own unit\'s only',
  })
  async orders(
    @Ctx() ctx: GraphQLContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => OrderFilter, { nullable: true, description: '筛选 filter' }) filter?: OrderFilter,
  ): Promise<OrderConnection> {
    const result = await new OrderService(ctx.em).list(filter, page, orderScope(requirePrincipal(ctx)));
    return OrderConnection.of(result, (order) => ({ at: order.issuedAt, id: order.id }));
  }

  @Authorized(ORDER_READERS)
  @Query(() => Order, { description: '指令 one order by id' })
  order(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: '指令标识 order id' }) id: string): Promise<Order> {
    return new OrderService(ctx.em).byId(id, orderScope(requirePrincipal(ctx)));
  }

  @FieldResolver(() => Unit, { description: '承办单位 the unit the order is addressed to' })
  async unit(@Root() order: Order, @Ctx() ctx: GraphQLContext): Promise<Unit> {
    return (await ctx.loaders.unitById.load(order.unit.id)) as Unit;
  }

  @FieldResolver(() => Incident, { description: '警情 the incident the order belongs to' })
  async incident(@Root() order: Order, @Ctx() ctx: GraphQLContext): Promise<Incident> {
    return (await ctx.loaders.incidentById.load(order.incident.id)) as Incident;
  }

  @FieldResolver(() => [Feedback], { description: '反馈 feedback on the order, oldest first' })
  feedback(@Root() order: Order, @Ctx() ctx: GraphQLContext): Promise<Feedback[]> {
    return ctx.loaders.feedbackByOrderId.load(order.id);
  }

  @FieldResolver(() => [HistoryEvent], { description: '处置记录 every recorded change of the order, in the order written' })
  timeline(@Root() order: Order, @Ctx() ctx: GraphQLContext): Promise<HistoryEvent[]> {
    return ctx.loaders.eventsByOrderId.load(order.id);
  }
}
