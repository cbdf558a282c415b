import { Field, ObjectType } from 'type-graphql';
import { HistoryEvent } from '../history/event.entity';
import { SubjectType } from '../history/event.enums';
import type { FeedItem } from './feed.hub';

@ObjectType({ description: '实时变更 one change pushed to a live feed' })
export class FeedEvent {
  @Field({
    description:
      '游标 increases in commit order; reconnect with after: <the last cursor received> to get every change missed, once',
  })
  cursor!: string;

  @Field({ description: '变更类型 kind of change, e.g. ORDER_ISSUED, ORDER_SIGNED, INCIDENT_ESCALATED' })
  kind!: string;

  @Field(() => SubjectType, { description: '记录对象 incident or order' })
  subjectType!: SubjectType;

  @Field(() => HistoryEvent, { description: '变更记录 the recorded change: actor, channel, time, before and after' })
  event!: HistoryEvent;

  /** What the change refers to; its fields are resolved with the request's (or event's) loaders. */
  item!: Pick<FeedItem, 'eventId' | 'incidentId' | 'orderId'>;
}
