import type { EntityManager } from '@mikro-orm/postgresql';
import type { Incident } from '../incidents/incident.entity';
import type { Order } from '../orders/order.entity';
import type { Unit } from '../units/unit.entity';
import type { Actor } from './history.actor';
import { HistoryEvent } from './history.entity';
import { SubjectType, type EventKind } from './history.enums';

export type EventInput = IncidentEventInput | UnitEventInput;

interface EventFields {
  kind: EventKind;
  actor: Actor;
  /** When the change took effect (a reported arrival time); defaults to now. */
  occurredAt?: Date;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
  note?: string;
}

/** A unit-level event: about a member unit, no incident (subject UNIT). */
export interface UnitEventInput extends EventFields {
  unit: Unit;
  incident?: never;
  order?: never;
}

export interface IncidentEventInput extends EventFields {
  incident: Incident;
  order?: Order;
  unit?: never;
}

/**
 * Adds one event to the history. Called inside the transaction of the change it records, so
 * the change and its record commit together or not at all. What else an event sets off (the
 * grid outbox message of a grid order) is done by flush subscribers, not here.
 */
export function recordEvent(em: EntityManager, input: EventInput): HistoryEvent {
  const event = em.create(HistoryEvent, {
    subjectType: input.unit ? SubjectType.UNIT : input.order ? SubjectType.ORDER : SubjectType.INCIDENT,
    incident: input.incident,
    order: input.order,
    unit: input.unit,
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
