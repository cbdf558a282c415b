import { Field, Int, ObjectType } from 'type-graphql';
import { GRID_FEEDBACK_KINDS, type GridFeedbackKind } from '../../../integrations/grid';
import { registerBilingualEnum } from '../../common/enums';
import { FeedEvent } from '../feed/feed.types';
import { OutboxStatus } from './grid-sync.entity';

/** The GraphQL enum is the port's list of kinds, so the two cannot drift apart. */
export const GridFeedbackKindEnum = Object.fromEntries(GRID_FEEDBACK_KINDS.map((kind) => [kind, kind])) as {
  [K in GridFeedbackKind]: K;
};
registerBilingualEnum(GridFeedbackKindEnum, 'GridFeedbackKind', '网格反馈类型 kind of report from a grid worker (docs/GRID.md)', {
  SIGNED: '签收 signed for',
  ARRIVED: '到场 arrived on the scene',
  SCENE_STATUS: '现场现状 scene status',
  PROGRESS: '处置中 progress',
  RESULT: '处置结果 result: done',
  ATTACHMENT: '补充材料 attachments only',
  RETURNED: '回退 not the unit\'s duty',
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
