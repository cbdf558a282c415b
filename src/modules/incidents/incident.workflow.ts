import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError, ConflictError, NotFoundError } from '../../common/errors';
import { assertId } from '../../common/ids';
import { reportedTime, requireText } from '../../common/time';
import { Area } from '../areas/area.entity';
import { Escalation } from '../escalations/escalation.entity';
import type { Actor } from '../history/actor';
import { recordEvent } from '../history/history.service';
import { EscalationTarget } from '../leadership/leadership.entity';
import { Order } from '../orders/order.entity';
import { OrderStatus } from '../orders/order.enums';
import { Incident } from './incident.entity';
import { Classification, IncidentStatus } from './incident.enums';
import type {
  AcknowledgeEscalationInput,
  ClassifyIncidentInput,
  CloseIncidentInput,
  EscalateIncidentInput,
  ReportIncidentInput,
} from './incident.mutation-inputs';

export const TERMINAL_ORDER_STATES = [OrderStatus.COMPLETED, OrderStatus.CANCELLED];

export async function lockIncident(tx: EntityManager, id: string): Promise<Incident> {
  const incident = await tx.findOne(Incident, { id: assertId(id, 'incident') });
  if (!incident) throw new NotFoundError(`No incident has the id ${id}.`, { id });
  return incident;
}

function conflict(incident: Incident, action: string, allowed: IncidentStatus[]): ConflictError {
  return new ConflictError(
    `Cannot ${action}: the incident is ${incident.status}; this is possible only when it is ${allowed.join(' or ')}.`,
    { currentStatus: incident.status },
  );
}

/** Incident transitions (notice section 四): receive, classify, escalate, close. */
export class IncidentWorkflow {
  constructor(
    private readonly tx: EntityManager,
    private readonly actor: Actor,
  ) {}

  async report(input: ReportIncidentInput): Promise<Incident> {
    const description = requireText(input.description, 'description');
    const area = input.place.areaCode ? await this.tx.findOne(Area, { code: input.place.areaCode }) : undefined;
    if (input.place.areaCode && !area) {
      throw new BadInputError(`No area has the code "${input.place.areaCode}". The areas query lists every code.`, {
        field: 'place.areaCode',
      });
    }
    const incident = this.tx.create(Incident, {
      callerName: input.callerName?.trim() || undefined,
      callbackNumber: input.callbackNumber,
      area: area ?? undefined,
      address: input.place.address?.trim() || undefined,
      latitude: input.place.latitude,
      longitude: input.place.longitude,
      description,
      receivedAt: reportedTime(input.receivedAt, 'receivedAt'),
      intakeChannel: input.intakeChannel,
    });
    recordEvent(this.tx, {
      incident,
      kind: 'INCIDENT_REPORTED',
      actor: this.actor,
      occurredAt: incident.receivedAt,
      after: { status: incident.status, description, areaCode: area?.code ?? null },
    });
    return incident;
  }

  async classify(input: ClassifyIncidentInput): Promise<Incident> {
    const incident = await lockIncident(this.tx, input.incidentId);
    const allowed = [IncidentStatus.RECEIVED, IncidentStatus.CLASSIFIED];
    if (!allowed.includes(incident.status)) throw conflict(incident, 'classify the incident', allowed);
    const noDispatch = input.classification === Classification.NO_DISPATCH;
    if (noDispatch && !input.noDispatchReason) {
      throw new BadInputError('A NO_DISPATCH classification needs a noDispatchReason (advice given, misdial, nuisance, ...).', {
        field: 'noDispatchReason',
      });
    }
    if (!noDispatch && input.noDispatchReason) {
      throw new BadInputError('noDispatchReason goes only with the NO_DISPATCH classification.', { field: 'noDispatchReason' });
    }
    const before = { status: incident.status, classification: incident.classification ?? null };
    const now = new Date();
    incident.classification = input.classification;
    incident.noDispatchReason = input.noDispatchReason;
    incident.classifiedAt = now;
    if (input.major !== undefined) incident.major = input.major;
    // A call that needs no dispatch is finished the moment the desk says so.
    incident.status = noDispatch ? IncidentStatus.CLOSED : IncidentStatus.CLASSIFIED;
    if (noDispatch) {
      incident.closedAt = now;
      incident.closingNote = input.note;
    }
    recordEvent(this.tx, {
      incident,
      kind: 'INCIDENT_CLASSIFIED',
      actor: this.actor,
      before,
      after: {
        status: incident.status,
        classification: incident.classification,
        noDispatchReason: incident.noDispatchReason ?? null,
        major: incident.major,
      },
      note: input.note,
    });
    return incident;
  }

  /**
   * Reports the incident to each target not yet reported to (县委, 县政府, 领导小组 by
   * default), each with its own acknowledgement. Used by escalateIncident and at dispatch.
   */
  async escalate(incident: Incident, reason: string, targetCodes?: string[], at = new Date()): Promise<Escalation[]> {
    const targets = targetCodes?.length
      ? await this.tx.find(EscalationTarget, { code: { $in: targetCodes } }, { orderBy: { rank: 'asc' } })
      : await this.tx.find(EscalationTarget, {}, { orderBy: { rank: 'asc' } });
    const unknown = (targetCodes ?? []).filter((code) => !targets.some((t) => t.code === code));
    if (unknown.length) {
      throw new BadInputError(`Unknown escalation target ${unknown.join(', ')}; the escalationTargets query lists them.`, {
        field: 'targetCodes',
      });
    }
    const already = await this.tx.find(Escalation, { incident });
    const fresh = targets.filter((target) => !already.some((e) => e.target.id === target.id));
    if (!incident.major) {
      incident.major = true;
    }
    return fresh.map((target) => {
      const escalation = this.tx.create(Escalation, { incident, target, reason, reportedAt: at });
      recordEvent(this.tx, {
        incident,
        kind: 'INCIDENT_ESCALATED',
        actor: this.actor,
        occurredAt: at,
        after: { target: target.code, targetName: target.name },
        note: reason,
      });
      return escalation;
    });
  }

  async escalateById(input: EscalateIncidentInput): Promise<Escalation[]> {
    const incident = await lockIncident(this.tx, input.incidentId);
    if (incident.status === IncidentStatus.CLOSED) {
      throw conflict(incident, 'escalate the incident', [IncidentStatus.RECEIVED, IncidentStatus.CLASSIFIED, IncidentStatus.DISPATCHED]);
    }
    const created = await this.escalate(incident, requireText(input.reason, 'reason'), input.targetCodes);
    if (created.length === 0) {
      throw new ConflictError('The incident has already been reported to every target named.', { currentStatus: incident.status });
    }
    // The incident's version moves with every escalation so concurrent reports conflict.
    incident.updatedAt = new Date();
    return created;
  }

  async acknowledge(input: AcknowledgeEscalationInput): Promise<Escalation> {
    const escalation = await this.tx.findOne(Escalation, { id: assertId(input.escalationId, 'escalation') }, { populate: ['incident', 'target'] });
    if (!escalation) throw new NotFoundError(`No escalation has the id ${input.escalationId}.`);
    if (escalation.acknowledgedAt) {
      throw new ConflictError(
        `${escalation.target.name} already acknowledged this report at ${escalation.acknowledgedAt.toISOString()}.`,
      );
    }
    escalation.acknowledgedAt = new Date();
    escalation.acknowledgedBy = this.actor.name ?? this.actor.id;
    recordEvent(this.tx, {
      incident: escalation.incident,
      kind: 'ESCALATION_ACKNOWLEDGED',
      actor: this.actor,
      after: { target: escalation.target.code },
      note: input.note,
    });
    return escalation;
  }

  async close(input: CloseIncidentInput): Promise<Incident> {
    const incident = await lockIncident(this.tx, input.incidentId);
    const allowed = [IncidentStatus.CLASSIFIED, IncidentStatus.DISPATCHED];
    if (!allowed.includes(incident.status)) throw conflict(incident, 'close the incident', allowed);
    const open = await this.tx.find(Order, { incident, status: { $nin: TERMINAL_ORDER_STATES } }, { populate: ['unit'] });
    if (open.length > 0) {
      throw new ConflictError(
        `Cannot close: ${open.length} order(s) are still open (${open.map((o) => `${o.unit.code} ${o.status}`).join(', ')}). Complete or cancel them first.`,
        { currentStatus: incident.status, openOrders: open.map((o) => o.id) },
      );
    }
    const before = { status: incident.status };
    incident.status = IncidentStatus.CLOSED;
    incident.closedAt = new Date();
    incident.closingNote = requireText(input.note, 'note');
    recordEvent(this.tx, { incident, kind: 'INCIDENT_CLOSED', actor: this.actor, before, after: { status: incident.status }, note: incident.closingNote });
    return incident;
  }
}
