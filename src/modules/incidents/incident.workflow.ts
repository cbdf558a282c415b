import type { EntityManager } from '@mikro-orm/postgresql';
import { touch } from '../../common/base.entity';
import { BadInputError, ConflictError, NotFoundError } from '../../common/errors';
import { assertId } from '../../common/ids';
import { lockInOneStatement } from '../../common/one-statement';
import { reportedTime, requireText } from '../../common/time';
import { AreaService } from '../areas/area.service';
import { Escalation } from '../escalations/escalation.entity';
import type { Actor } from '../history/history.actor';
import type { HistoryEvent } from '../history/history.entity';
import { recordEvent } from '../history/history.service';
import { EscalationTarget } from '../leadership/leadership.entity';
import { Order } from '../orders/order.entity';
import { TERMINAL_ORDER_STATES } from '../orders/order.transitions';
import { Incident } from './incident.entity';
import { nextCaseNumber } from './incident.case-number';
import { Classification, NoDispatchReason } from './incident.enums';
import {
  assertIncidentMay,
  INCIDENT_CREATION,
  INCIDENT_TRANSITIONS,
  UNCHANGED,
  type IncidentAction,
  type IncidentTransition,
} from './incident.transitions';
import type {
  AcknowledgeEscalationInput,
  ClassifyIncidentInput,
  CloseIncidentInput,
  EscalateIncidentInput,
  LinkIncidentInput,
  ReopenIncidentInput,
  ReportIncidentInput,
} from './incident.inputs';

/**
 * Reads the incident a change is about, locked for the rest of the transaction: concurrent
 * changes of one incident (two dispatches, a dispatch and a close) run one after the other and
 * each sees what the other committed.
 */
export async function lockIncident(tx: EntityManager, id: string): Promise<Incident> {
  // SELECT ... FOR UPDATE, and a row already in this transaction's identity map is read again
  // as the lock holder committed it.
  const incident = await lockInOneStatement(tx, Incident, assertId(id, 'incident'));
  if (!incident) throw new NotFoundError(`No incident has the id ${id}.`, { id });
  return incident;
}

export interface IncidentChange {
  at?: Date;
  note?: string;
  /** What else the event keeps of the state before and after, besides the status. */
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

/** Incident transitions (notice section 四): receive, classify, dispatch, escalate, close. */
export class IncidentWorkflow {
  constructor(
    private readonly tx: EntityManager,
    private readonly actor: Actor,
  ) {}

  /**
   * The one function that changes an incident's state: checks the row of INCIDENT_TRANSITIONS
   * allows it from the state the incident is in, applies it and records its event in this
   * transaction. Returns the event, or undefined for a row recorded only on a change of state.
   */
  move(incident: Incident, action: IncidentAction, change: IncidentChange = {}): HistoryEvent | undefined {
    assertIncidentMay(incident, action);
    const row: IncidentTransition = INCIDENT_TRANSITIONS[action];
    const before = incident.status;
    if (row.to !== UNCHANGED) incident.status = row.to;
    if (row.onlyWhenChanged && incident.status === before) return undefined;
    if (row.movesVersion) touch(incident);
    return recordEvent(this.tx, {
      incident,
      kind: row.event,
      actor: this.actor,
      occurredAt: change.at,
      before: row.to === UNCHANGED ? change.before : { status: before, ...change.before },
      after: row.to === UNCHANGED ? change.after : { status: incident.status, ...change.after },
      note: change.note,
    });
  }

  async report(input: ReportIncidentInput): Promise<Incident> {
    const description = requireText(input.description, 'description');
    const area = await new AreaService(this.tx).placeOf(input.place);
    const receivedAt = reportedTime(input.receivedAt, 'receivedAt');
    const incident = this.tx.create(Incident, {
      caseNumber: await nextCaseNumber(this.tx, receivedAt),
      status: INCIDENT_CREATION.to,
      callerName: input.callerName?.trim() || undefined,
      callbackNumber: input.callbackNumber,
      area: area ?? undefined,
      address: input.place.address?.trim() || undefined,
      latitude: input.place.latitude,
      longitude: input.place.longitude,
      description,
      receivedAt,
      intakeChannel: input.intakeChannel,
    });
    recordEvent(this.tx, {
      incident,
      kind: INCIDENT_CREATION.event,
      actor: this.actor,
      occurredAt: incident.receivedAt,
      after: { status: incident.status, caseNumber: incident.caseNumber, description, areaCode: area?.code ?? null },
    });
    return incident;
  }

  async classify(input: ClassifyIncidentInput): Promise<Incident> {
    const incident = await lockIncident(this.tx, input.incidentId);
    const noDispatch = input.classification === Classification.NO_DISPATCH;
    const action = noDispatch ? 'classifyNoDispatch' : 'classify';
    assertIncidentMay(incident, action);
    if (noDispatch && !input.noDispatchReason) {
      throw new BadInputError('A NO_DISPATCH classification needs a noDispatchReason (advice given, misdial, nuisance, ...).', {
        field: 'noDispatchReason',
      });
    }
    if (!noDispatch && input.noDispatchReason) {
      throw new BadInputError('noDispatchReason goes only with the NO_DISPATCH classification.', { field: 'noDispatchReason' });
    }
    const classificationBefore = incident.classification ?? null;
    const now = new Date();
    incident.classification = input.classification;
    incident.noDispatchReason = input.noDispatchReason;
    incident.classifiedAt = now;
    if (input.major !== undefined) incident.major = input.major;
    if (noDispatch) {
      incident.closedAt = now;
      incident.closingNote = input.note;
    }
    this.move(incident, action, {
      at: now,
      note: input.note,
      before: { classification: classificationBefore },
      after: { classification: incident.classification, noDispatchReason: incident.noDispatchReason ?? null, major: incident.major },
    });
    return incident;
  }

  /**
   * Reports the incident to each target not yet reported to (县委, 县政府, 领导小组 by
   * default), each with its own acknowledgement. Used by escalateIncident and at dispatch.
   */
  async escalate(incident: Incident, reason: string, targetCodes?: string[], at = new Date()): Promise<Escalation[]> {
    assertIncidentMay(incident, 'escalate');
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
    incident.major = true;
    return fresh.map((target) => {
      const escalation = this.tx.create(Escalation, { incident, target, reason, reportedAt: at });
      this.move(incident, 'escalate', { at, note: reason, after: { target: target.code, targetName: target.name } });
      return escalation;
    });
  }

  async escalateById(input: EscalateIncidentInput): Promise<Escalation[]> {
    const incident = await lockIncident(this.tx, input.incidentId);
    assertIncidentMay(incident, 'escalate');
    const created = await this.escalate(incident, requireText(input.reason, 'reason'), input.targetCodes);
    if (created.length === 0) {
      throw new ConflictError('The incident has already been reported to every target named.', { currentStatus: incident.status });
    }
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
    this.move(escalation.incident, 'acknowledgeEscalation', { note: input.note, after: { target: escalation.target.code } });
    return escalation;
  }

  async close(input: CloseIncidentInput): Promise<Incident> {
    const incident = await lockIncident(this.tx, input.incidentId);
    assertIncidentMay(incident, 'close');
    const open = await this.tx.find(Order, { incident, status: { $nin: TERMINAL_ORDER_STATES } }, { populate: ['unit'] });
    if (open.length > 0) {
      throw new ConflictError(
        `Cannot close: ${open.length} order(s) are still open (${open.map((o) => `${o.unit.code} ${o.status}`).join(', ')}). Complete or cancel them first.`,
        { currentStatus: incident.status, openOrders: open.map((o) => o.id) },
      );
    }
    incident.closedAt = new Date();
    incident.closingNote = requireText(input.note, 'note');
    this.move(incident, 'close', { at: incident.closedAt, note: incident.closingNote });
    return incident;
  }

  /**
   * 重复报警: the call `incidentId` (not yet dispatched) repeats the open incident `repeatOf`.
   * The call is closed as NO_DISPATCH / DUPLICATE with the link kept (Incident.duplicateOf), and
   * both incidents record the link with the actor and channel. Both rows are locked in id order,
   * so two desks linking crosswise cannot deadlock or leave a cycle.
   */
  async link(input: LinkIncidentInput): Promise<Incident> {
    const callId = assertId(input.incidentId, 'incident');
    const targetId = assertId(input.repeatOfId, 'incident');
    if (callId === targetId) {
      throw new BadInputError('A call cannot be linked to itself: repeatOfId must name the open incident it repeats.', { field: 'repeatOfId' });
    }
    const [first, second] = [callId, targetId].sort();
    const locked = [await lockIncident(this.tx, first!), await lockIncident(this.tx, second!)];
    const call = locked.find((i) => i.id === callId)!;
    const target = locked.find((i) => i.id === targetId)!;
    if (target.duplicateOf) {
      throw new BadInputError(
        `Incident ${target.caseNumber ?? target.id} is itself a repeat call; link to the incident it repeats (${target.duplicateOf.id}).`,
        { field: 'repeatOfId' },
      );
    }
    assertIncidentMay(call, 'linkAsRepeat');
    assertIncidentMay(target, 'takeRepeatCall');
    const note = input.note?.trim() || undefined;
    const now = new Date();
    const classificationBefore = call.classification ?? null;
    call.classification = Classification.NO_DISPATCH;
    call.noDispatchReason = NoDispatchReason.DUPLICATE;
    call.classifiedAt ??= now;
    call.closedAt = now;
    call.closingNote = note ?? `重复报警 repeat of ${target.caseNumber ?? target.id}`;
    call.duplicateOf = target;
    this.move(call, 'linkAsRepeat', {
      at: now,
      note,
      before: { classification: classificationBefore },
      after: { classification: call.classification, noDispatchReason: call.noDispatchReason, repeatOf: target.id, repeatOfCaseNumber: target.caseNumber ?? null },
    });
    this.move(target, 'takeRepeatCall', {
      at: now,
      note,
      after: { repeatCall: call.id, repeatCallCaseNumber: call.caseNumber ?? null, callbackNumber: call.callbackNumber ?? null },
    });
    return call;
  }

  /**
   * 重办: the incident goes back to CLASSIFIED for the desk to dispatch again. The event keeps
   * which completed orders are being redone, so the units' reopen rate is read from history.
   */
  async reopen(input: ReopenIncidentInput): Promise<Incident> {
    const incident = await lockIncident(this.tx, input.incidentId);
    assertIncidentMay(incident, 'reopen');
    const reason = requireText(input.reason, 'reason');
    const completed = await this.tx.find(Order, { incident, completedAt: { $ne: null } }, { populate: ['unit'], orderBy: { issuedAt: 'asc' } });
    const closedAt = incident.closedAt?.toISOString() ?? null;
    incident.closedAt = undefined;
    incident.closingNote = undefined;
    this.move(incident, 'reopen', {
      note: reason,
      before: { closedAt },
      after: { redoneOrders: completed.map((o) => o.id), units: [...new Set(completed.map((o) => o.unit.code))] },
    });
    return incident;
  }
}
