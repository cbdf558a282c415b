import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: '记录完整性核验 whether the event history is as it was written: each event\'s hash follows from the one before' })
export class HistoryVerification {
  @Field({ description: '完整 true when every link of the chain holds' })
  intact!: boolean;

  @Field(() => Int, { description: '已核验条数 events checked' })
  eventsChecked!: number;

  @Field({ nullable: true, description: '首个断点游标 seq of the first event whose hash does not follow (changed, or the one before it removed)' })
  firstBrokenSeq?: string;

  @Field({ nullable: true, description: '首个断点记录 id of that event' })
  firstBrokenEventId?: string;

  @Field({ nullable: true, description: '原因 what is wrong there' })
  reason?: string;
}
