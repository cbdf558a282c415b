import { Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { HISTORY_VERIFIERS } from '../../common/roles';
import type { GraphQLContext } from '../../graphql/context';
import { Order } from '../orders/order.entity';
import { Unit } from '../units/unit.entity';
import { HistoryEvent } from './history.entity';
import { HistoryVerification } from './history.types';

/**
 * Which order and unit an event belongs to, so a timeline line such as a sign-for recorded by
 * the desk says for which unit it was. Events reach a caller only through lists already cut to
 * its scope (timelines, feeds), so these fields show nothing the caller could not read.
 */
@Resolver(() => HistoryEvent)
export class HistoryEventResolver {
  @FieldResolver(() => Order, { nullable: true, description: '指令 the order the change belongs to (none for incident-level changes)' })
  order(@Root() event: HistoryEvent, @Ctx() ctx: GraphQLContext): Promise<Order | null> {
    return event.order ? ctx.loaders.orderById.load(event.order.id) : Promise.resolve(null);
  }

  @FieldResolver(() => Unit, { nullable: true, description: '单位 the unit of that order (none for incident-level changes)' })
  async unit(@Root() event: HistoryEvent, @Ctx() ctx: GraphQLContext): Promise<Unit | null> {
    if (!event.order) return null;
    const order = await ctx.loaders.orderById.load(event.order.id);
    return order ? ctx.loaders.unitById.load(order.unit.id) : null;
  }
}

@Resolver()
export class HistoryResolver {
  @Authorized(HISTORY_VERIFIERS)
  @Query(() => HistoryVerification, {
    description: '核验处置记录 checks the hash chain over the whole event history and names the first broken link, if any',
  })
  verifyHistory(@Ctx() ctx: GraphQLContext): Promise<HistoryVerification> {
    return ctx.services.events.verifyChain();
  }
}
