import type { EntityManager } from '@mikro-orm/postgresql';
import type { Incident } from '../incidents/incident.entity';
import type { Order } from '../orders/order.entity';
import type { Actor } from './actor';
import { HistoryEvent } from './event.entity';
import { ActionChannel, SubjectType } from './event.enums';
import { OrderChannel } from '../orders/order.enums';
import { GridOutboxMessage } from '../grid-sync/grid-sync.entity';

export interface EventInput {
  incident: Incident;
  order?: Order;
  kind: string;
  actor: Actor;
  /** When the change took effect (a reported arrival time); defaults to now. */
  occurredAt?: Date;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
  note?: string;
}

/**
 * Adds one event to the history. Called inside the transaction of the change it records, so
 * the change and its record commit together or not at all.
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
  // Notice 四: general orders reach units through the grid platform. Every change of a grid
  // order is mirrored there, except one the grid platform itself reported.
  if (input.order?.channel === OrderChannel.GRID && input.actor.channel !== ActionChannel.GRID) {
    em.persist(em.create(GridOutboxMessage, { order: input.order, reason: input.kind }));
  }
  return event;
}
