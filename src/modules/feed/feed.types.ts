import { Field, ObjectType } from 'type-graphql';
import { HistoryEvent } from '../history/history.entity';
import { EventKind, SubjectType } from '../history/history.enums';
import type { EventLogEntry } from '../history/history.log';

@ObjectType({ description: '实时变更 one change pushed to a live feed' })
export class FeedEvent {
  @Field({
    description:
      '游标 increases in commit order; reconnect with after: <the last cursor received> to get every change missed, once',
  })
  cursor!: string;

  @Field(() => EventKind, { description: '变更类型 kind of change' })
  kind!: EventKind;

  @Field(() => SubjectType, { description: '记录对象 incident, order or unit (a unit-level event has no incident)' })
  subjectType!: SubjectType;

  @Field(() => HistoryEvent, { description: '变更记录 the recorded change: actor, channel, time, before and after' })
  event!: HistoryEvent;

  /** What the change refers to; its fields are resolved with the request's (or event's) loaders. */
  item!: Pick<EventLogEntry, 'eventId' | 'incidentId' | 'orderId' | 'unitId'>;

  /** A feed event for an entry of the event log: the live feeds and the grid platform's pull feed say it alike. */
  static of(entry: EventLogEntry): FeedEvent {
    return Object.assign(new FeedEvent(), {
      cursor: entry.seq.toString(),
      kind: entry.kind,
      subjectType: SubjectType[entry.subjectType],
      item: entry,
    });
  }
}
