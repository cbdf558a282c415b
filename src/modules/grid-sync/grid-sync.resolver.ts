import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { assertId } from '../../common/ids';
import { ADMIN, GRID_CLIENT, GRID_FEED_READERS } from '../../common/roles';
import type { GraphQLContext } from '../../graphql/context';
import { mutate, mutateOne } from '../../graphql/mutation';
import { FeedEvent } from '../feed/feed.types';
import { Order } from '../orders/order.entity';
import { OrderChannel } from '../orders/order.enums';
import { OutboxStatus } from './grid-sync.entity';
import { GridFeedbackInput, ReplayGridDeadLettersInput } from './grid-sync.inputs';
import { GridChangesPage, GridSyncStatus } from './grid-sync.types';
import { applyGridFeedback } from './grid-sync.webhook';

@Resolver(() => Order)
export class GridSyncResolver {
  @FieldResolver(() => GridSyncStatus, {
    nullable: true,
    description: '网格同步 mirroring into the grid platform (grid orders only)',
  })
  async gridSync(@Root() order: Order, @Ctx() ctx: GraphQLContext): Promise<GridSyncStatus | null> {
    if (order.channel !== OrderChannel.GRID) return null;
    const latest = (await ctx.loaders.gridMessagesByOrderId.load(order.id))[0];
    if (!latest) return null;
    return {
      state: latest.status,
      attempts: latest.attempts,
      nextAttemptAt: latest.status === OutboxStatus.RETRYING ? latest.nextAttemptAt : undefined,
      lastError: latest.lastError,
      deliveredAt: latest.deliveredAt,
    };
  }

  @Authorized(GRID_FEED_READERS)
  @Query(() => GridChangesPage, {
    description: '网格变更 changes to grid orders after a cursor, oldest first: the grid platform\'s pull feed',
  })
  async gridChanges(
    @Ctx() ctx: GraphQLContext,
    @Arg('after', { nullable: true, description: '游标 the endCursor of the previous page' }) after?: string,
    @Arg('first', () => Int, { defaultValue: 50, description: '条数 page size, 1 to 100' }) first = 50,
  ): Promise<GridChangesPage> {
    const page = await ctx.services.grid.changes(after ?? undefined, first);
    return { ...page, changes: page.changes.map((entry) => FeedEvent.of(entry)) };
  }

  @Authorized(GRID_CLIENT)
  @Mutation(() => Order, {
    description: '网格反馈 a grid worker\'s report, through the same checks as the unit\'s own action (channel GRID)',
  })
  submitGridFeedback(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: GridFeedbackInput): Promise<Order> {
    const spec = { operation: 'submitGridFeedback', input: { ...input, idempotencyKey: input.idempotencyKey ?? input.eventId }, returns: Order, actingAs: GRID_CLIENT };
    return mutateOne(ctx, spec, (w) =>
      applyGridFeedback(
        w.tx,
        {
          eventId: input.eventId,
          taskId: assertId(input.taskId, 'task'),
          kind: input.kind,
          occurredAt: input.occurredAt.toISOString(),
          text: input.text,
          attachmentUrls: input.attachmentUrls,
          workerName: input.workerName,
        },
        w.actor,
      ),
    );
  }

  @Authorized(ADMIN)
  @Mutation(() => [Order], { description: '重放死信 send dead-lettered orders to the grid platform again, with a fresh retry window' })
  replayGridDeadLetters(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: ReplayGridDeadLettersInput): Promise<Order[]> {
    return mutate(ctx, { operation: 'replayGridDeadLetters', input, returns: Order, actingAs: ADMIN }, (w) => w.grid.replayDeadLetters(input.orderIds));
  }
}
