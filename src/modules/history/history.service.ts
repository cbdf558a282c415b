import type { EntityManager } from '@mikro-orm/postgresql';
import type { Incident } from '../incidents/incident.entity';
import type { Order } from '../orders/order.entity';
import type { Actor } from './history.actor';
import { HistoryEvent } from './history.entity';
import { SubjectType, type EventKind } from './history.enums';

export interface EventInput {
  incident: Incident;
  order?: Order;
  kind: EventKind;
  actor: Actor;
  /** When the change took effect (a reported arrival time); defaults to now. */
  occurredAt?: Date;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
  note?: string;
}

/**
 * Adds one event to the history. Called inside the transaction of the change it records, so
 * the change and its record commit together or not at all. What else an event sets off (the
 * grid outbox message of a grid order) is done by flush subscribers, not here.
 */
export function recordEvent(em: EntityManager, input: EventInput): HistoryEvent {
  const event = em.create(HistoryEvent, {
    subjectType: input.order ? SubjectType.ORDER : SubjectType.INCIDENT,
    incident: input.incident,
    order: input.order,
    kind: input.kind,
    actorId: input.actor.id,
    actorName: input.actor.name,
    actorRole: input.actor.role,
    actorUnit: input.actor.unit,
    channel: input.actor.channel,
    occurredAt: input.occurredAt ?? new Date(),
    before: input.before,
    after: input.after,
    note: input.note,
  });
  em.persist(event);
  return event;
}
