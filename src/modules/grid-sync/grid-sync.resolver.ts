import { ArrayMaxSize, IsUrl, MaxLength } from 'class-validator';
import { Arg, Authorized, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { GRID_FEEDBACK_KINDS, type GridFeedbackKind } from '../../../integrations/grid';
import { registerEnumType } from 'type-graphql';
import { BadInputError } from '../../common/errors';
import { assertId } from '../../common/ids';
import { requirePrincipal } from '../../graphql/auth';
import type { GraphQLContext } from '../../graphql/context';
import { mutate } from '../../graphql/mutation';
import { ADMIN } from '../../graphql/roles';
import { actorFor } from '../history/actor';
import { MutationInputBase } from '../incidents/incident.mutation-inputs';
import { Order } from '../orders/order.entity';
import { OrderChannel } from '../orders/order.enums';
import { FeedEvent } from '../feed/feed.types';
import { SubjectType } from '../history/event.enums';
import { OutboxStatus } from './grid-sync.entity';
import { applyGridFeedback } from './grid-webhook';

/** The GraphQL enum is the port's list of kinds, so the two cannot drift apart. */
const GridFeedbackKindEnum = Object.fromEntries(GRID_FEEDBACK_KINDS.map((kind) => [kind, kind])) as {
  [K in GridFeedbackKind]: K;
};
registerEnumType(GridFeedbackKindEnum, {
  name: 'GridFeedbackKind',
  description: '网格反馈类型 kind of report from a grid worker (docs/GRID.md)',
  valuesConfig: {
    SIGNED: { description: '签收 signed for' },
    ARRIVED: { description: '到场 arrived on the scene' },
    SCENE_STATUS: { description: '现场现状 scene status' },
    PROGRESS: { description: '处置中 progress' },
    RESULT: { description: '处置结果 result: done' },
    ATTACHMENT: { description: '补充材料 attachments only' },
    RETURNED: { description: '回退 not the unit\'s duty' },
  } satisfies Record<GridFeedbackKind, { description: string }>,
});

@ObjectType({ description: '网格同步 how far an order is mirrored into the grid platform' })
export class GridSyncStatus {
  @Field(() => OutboxStatus, { description: '状态 state of the latest change' })
  state!: OutboxStatus;

  @Field(() => Int, { description: '尝试次数 delivery attempts of the latest change' })
  attempts!: number;

  @Field({ nullable: true, description: '下次尝试 next attempt, while retrying' })
  nextAttemptAt?: Date;

  @Field({ nullable: true, description: '最近错误 last error from the grid platform' })
  lastError?: string;

  @Field({ nullable: true, description: '同步时间 when it was delivered' })
  deliveredAt?: Date;
}

@ObjectType({ description: '网格变更 a page of changes to grid orders, for the grid platform to pull' })
export class GridChangesPage {
  @Field(() => [FeedEvent], { description: '变更 changes in commit order' })
  changes!: FeedEvent[];

  @Field({ nullable: true, description: '游标 pass as after to get the next page' })
  endCursor?: string;

  @Field({ description: '是否还有 whether more changes follow now' })
  hasMore!: boolean;
}

@InputType({ description: '网格反馈 one report from a grid worker, as the webhook carries it' })
export class GridFeedbackInput extends MutationInputBase {
  @Field({ description: '事件标识 the grid platform\'s event id; also the idempotency key' })
  @MaxLength(256, { message: 'eventId may be at most 256 characters' })
  eventId!: string;

  @Field(() => ID, { description: '任务标识 taskId: our order id' })
  taskId!: string;

  @Field(() => GridFeedbackKindEnum, { description: '反馈类型 kind' })
  kind!: GridFeedbackKind;

  @Field({ description: '发生时间 when it happened, per the worker' })
  occurredAt!: Date;

  @Field({ nullable: true, description: '内容 text' })
  @MaxLength(4000, { message: 'text may be at most 4000 characters' })
  text?: string;

  @Field(() => [String], { nullable: true, description: '附件 attachment URLs' })
  @ArrayMaxSize(20, { message: 'attachmentUrls may list at most 20 URLs' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true, require_tld: false }, { each: true, message: 'each attachment URL must be an http(s) URL' })
  attachmentUrls?: string[];

  @Field({ nullable: true, description: '网格员 worker\'s name' })
  @MaxLength(100, { message: 'workerName may be at most 100 characters' })
  workerName?: string;
}

@InputType({ description: '重放死信 send dead-lettered orders to the grid platform again' })
export class ReplayGridDeadLettersInput extends MutationInputBase {
  @Field(() => [ID], { nullable: true, description: '指令 only these orders; all dead letters when omitted' })
  @ArrayMaxSize(100, { message: 'orderIds may list at most 100 orders' })
  orderIds?: string[];
}

interface EventRow {
  seq: string;
  id: string;
  kind: string;
  subject_type: 'INCIDENT' | 'ORDER';
  incident_id: string;
  order_id: string | null;
}

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

  @Authorized(['grid_sync', 'admin'])
  @Query(() => GridChangesPage, {
    description: '网格变更 changes to grid orders after a cursor, oldest first: the grid platform\'s pull feed',
  })
  async gridChanges(
    @Ctx() ctx: GraphQLContext,
    @Arg('after', { nullable: true, description: '游标 the endCursor of the previous page' }) after?: string,
    @Arg('first', () => Int, { defaultValue: 50, description: '条数 page size, 1 to 100' }) first = 50,
  ): Promise<GridChangesPage> {
    if (after !== undefined && after !== null && !/^\d{1,19}$/.test(after)) {
      throw new BadInputError(`"${after}" is not a cursor of this feed.`, { argument: 'after' });
    }
    if (first < 1 || first > 100) throw new BadInputError('first must be between 1 and 100.', { argument: 'first' });
    const rows = await ctx.em.getConnection().execute<EventRow[]>(
      `select e.seq, e.id, e.kind, e.subject_type, e.incident_id, e.order_id
         from event e join "order" o on o.id = e.order_id
        where o.channel = 'GRID' and e.seq > ? order by e.seq limit ?`,
      [after ?? '0', first + 1],
    );
    const page = rows.slice(0, first);
    return {
      changes: page.map((row) =>
        Object.assign(new FeedEvent(), {
          cursor: String(row.seq),
          kind: row.kind,
          subjectType: row.subject_type === 'ORDER' ? SubjectType.ORDER : SubjectType.INCIDENT,
          item: { eventId: row.id, incidentId: row.incident_id, orderId: row.order_id },
        }),
      ),
      endCursor: page.length ? String(page[page.length - 1].seq) : after,
      hasMore: rows.length > first,
    };
  }

  @Authorized(['grid_sync'])
  @Mutation(() => Order, {
    description: '网格反馈 a grid worker\'s report, through the same checks as the unit\'s own action (channel GRID)',
  })
  async submitGridFeedback(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: GridFeedbackInput): Promise<Order> {
    const actor = actorFor(requirePrincipal(ctx), ['grid_sync']);
    const [order] = await mutate(ctx, 'submitGridFeedback', { ...input, idempotencyKey: input.idempotencyKey ?? input.eventId }, Order, async (tx) => [
      await applyGridFeedback(
        tx,
        {
          eventId: input.eventId,
          taskId: assertId(input.taskId, 'task'),
          kind: input.kind,
          occurredAt: input.occurredAt.toISOString(),
          text: input.text,
          attachmentUrls: input.attachmentUrls,
          workerName: input.workerName,
        },
        actor,
      ),
    ]);
    return order;
  }

  @Authorized(ADMIN)
  @Mutation(() => [Order], { description: '重放死信 send dead-lettered orders to the grid platform again, with a fresh retry window' })
  async replayGridDeadLetters(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', { description: '输入 input' }) input: ReplayGridDeadLettersInput,
  ): Promise<Order[]> {
    return mutate(ctx, 'replayGridDeadLetters', input, Order, async (tx) => {
      const ids = input.orderIds?.map((id) => assertId(id, 'order'));
      const rows = await tx.getConnection().execute<{ order_id: string }[]>(
        `update grid_outbox set status = 'PENDING', attempts = 0, next_attempt_at = now(), window_started_at = now(), last_error = null, lease_until = null
          where status = 'DEAD' ${ids?.length ? `and order_id in (${ids.map(() => '?').join(', ')})` : ''}
          returning order_id`,
        ids ?? [],
        'all',
        tx.getTransactionContext(),
      );
      const orderIds = [...new Set(rows.map((row) => row.order_id))];
      return orderIds.length ? tx.find(Order, { id: { $in: orderIds } }) : [];
    });
  }
}

