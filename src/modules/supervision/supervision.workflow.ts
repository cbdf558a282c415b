import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '../../common/errors';
import { assertId } from '../../common/ids';
import { reportedTime, requireText } from '../../common/time';
import type { Actor } from '../history/history.actor';
import type { HistoryEvent } from '../history/history.entity';
import { EventKind } from '../history/history.enums';
import { recordEvent } from '../history/history.service';
import { lockIncident } from '../incidents/incident.workflow';
import { Order } from '../orders/order.entity';
import { Unit } from '../units/unit.entity';
import { AccountabilityRule, JointMeeting, MeetingFollowUp, PublishedBulletin, ScoringScheme } from './supervision.entity';
import { KpiMetric, PeriodKind } from './supervision.enums';
import type {
  CompleteFollowUpInput,
  PublishBulletinInput,
  RecordCallbackInput,
  RecordComplaintInput,
  RecordJointMeetingInput,
  SaveScoringSchemeInput,
  UpdateAccountabilityRuleInput,
} from './supervision.inputs';
import { METRICS } from './supervision.metrics';
import { resolvePeriod } from './supervision.period';
import type { CaseScope } from './supervision.service';
import { SupervisionService } from './supervision.service';

/**
 * The facts the office assesses that are not order transitions: callbacks (回访) and complaints
 * (投诉, 媒体曝光, 领导批示). Each is one event in the incident's history, on the order it is
 * about, with the unit it counts against kept in `after.unitCode`.
 */
/** An id argument checked with the field named, so a bad one says which input was wrong. */
export function idIn(id: string, field: string): string {
  try {
    return assertId(id, field);
  } catch {
    throw new BadInputError(`${field} "${id}" is not a valid id.`, { field });
  }
}

export class SupervisionWorkflow {
  constructor(
    private readonly tx: EntityManager,
    private readonly actor: Actor,
  ) {}

  private async order(id: string, field: string): Promise<Order> {
    const order = await this.tx.findOne(Order, { id: idIn(id, field) }, { populate: ['unit', 'incident'] });
    if (!order) throw new NotFoundError(`No order has the id ${id}.`, { id });
    return order;
  }

  async recordCallback(input: RecordCallbackInput): Promise<HistoryEvent> {
    const order = await this.order(input.orderId, 'orderId');
    if (!order.completedAt) {
      throw new ConflictError(`A callback is about a completed order; this order is ${order.status}.`, { currentStatus: order.status });
    }
    const at = reportedTime(input.calledAt, 'calledAt', { at: order.completedAt, what: 'completion of the order' });
    return recordEvent(this.tx, {
      incident: order.incident,
      order,
      kind: EventKind.CALLBACK_RECORDED,
      actor: this.actor,
      occurredAt: at,
      after: { unitCode: order.unit.code, satisfaction: input.satisfaction, resolved: input.resolved },
      note: input.note?.trim() || undefined,
    });
  }

  async recordComplaint(input: RecordComplaintInput): Promise<HistoryEvent> {
    const text = requireText(input.text, 'text');
    let order: Order | undefined;
    if (input.orderId) {
      order = await this.order(input.orderId, 'orderId');
      if (input.incidentId && input.incidentId !== order.incident.id) {
        throw new BadInputError('incidentId is not the incident of the order named by orderId.', { field: 'incidentId' });
      }
      if (input.unitCode && input.unitCode !== order.unit.code) {
        throw new BadInputError(`unitCode ${input.unitCode} is not the unit of the order (${order.unit.code}).`, { field: 'unitCode' });
      }
    } else if (!input.incidentId) {
      throw new BadInputError('A complaint is about an incident or an order: give incidentId or orderId.', { field: 'incidentId' });
    }
    const incident = order?.incident ?? (await lockIncident(this.tx, idIn(input.incidentId!, 'incidentId')));
    if (!order && input.unitCode) {
      // The unit's latest order on the incident carries the complaint, so it links to the orders behind it.
      order =
        (await this.tx.findOne(Order, { incident, unit: { code: input.unitCode } }, { populate: ['unit'], orderBy: { issuedAt: 'desc' } })) ??
        undefined;
      if (!order) {
        throw new BadInputError(`No order of this incident went to unit ${input.unitCode}.`, { field: 'unitCode' });
      }
    }
    const at = reportedTime(input.receivedAt, 'receivedAt');
    return recordEvent(this.tx, {
      incident,
      order,
      kind: EventKind.COMPLAINT_RECORDED,
      actor: this.actor,
      occurredAt: at,
      after: { unitCode: order?.unit.code ?? null, source: input.source },
      note: text,
    });
  }

  /** Saves the next version of the scoring scheme; earlier versions stay as they were. */
  async saveScheme(input: SaveScoringSchemeInput): Promise<ScoringScheme> {
    const name = requireText(input.name, 'name');
    if (input.metrics.length === 0) throw new BadInputError('A scheme scores at least one metric.', { field: 'metrics' });
    const seen = new Set<string>();
    input.metrics.forEach((m, i) => {
      const field = `metrics.${i}`;
      if (METRICS[m.metric].kind !== 'rate') throw new BadInputError(`${m.metric} is a count, not a rate; only rates are scored on a curve.`, { field: `${field}.metric` });
      if (seen.has(m.metric)) throw new BadInputError(`${m.metric} is listed twice.`, { field: `${field}.metric` });
      seen.add(m.metric);
      if (!(m.weight > 0)) throw new BadInputError('weight must be more than 0.', { field: `${field}.weight` });
      if (!(m.floor >= 0 && m.floor <= 100)) throw new BadInputError('floor is a percentage, 0 to 100.', { field: `${field}.floor` });
      if (!(m.slope >= 0)) throw new BadInputError('slope must not be negative.', { field: `${field}.slope` });
      if (!(m.cap >= 0)) throw new BadInputError('cap must not be negative.', { field: `${field}.cap` });
    });
    input.deductions.forEach((d, i) => {
      if (!(d.points >= 0)) throw new BadInputError('points must not be negative.', { field: `deductions.${i}.points` });
    });
    if (!(input.blackListBelowScore <= input.redListMinScore)) {
      throw new BadInputError('blackListBelowScore must not be above redListMinScore.', { field: 'blackListBelowScore' });
    }
    const latest = await this.tx.findOne(ScoringScheme, { version: { $gt: 0 } }, { orderBy: { version: 'desc' } });
    const scheme = this.tx.create(ScoringScheme, {
      version: (latest?.version ?? 0) + 1,
      name,
      metrics: input.metrics.map((m) => ({ metric: m.metric as KpiMetric, weight: m.weight, floor: m.floor, slope: m.slope, cap: m.cap })),
      deductions: input.deductions.map((d) => ({ kind: d.kind, points: d.points })),
      redListMinScore: input.redListMinScore,
      blackListBelowScore: input.blackListBelowScore,
      savedBy: this.actor.name ?? this.actor.id,
    });
    this.tx.persist(scheme);
    return scheme;
  }

  /** Freezes the period's bulletin as computed now with the current scheme: the next version of that period. */
  async publishBulletin(input: PublishBulletinInput): Promise<PublishedBulletin> {
    const period = resolvePeriod(input.period);
    const asOf = new Date();
    const bulletin = await new SupervisionService(this.tx).bulletin(period, undefined, asOf);
    const latest = await this.tx.findOne(PublishedBulletin, { periodKey: period.key }, { orderBy: { version: 'desc' } });
    const published = this.tx.create(PublishedBulletin, {
      periodKey: period.key,
      version: (latest?.version ?? 0) + 1,
      schemeVersion: bulletin.schemeVersion,
      asOf,
      content: JSON.parse(JSON.stringify(bulletin)) as Record<string, unknown>,
      publishedBy: this.actor.name ?? this.actor.id,
      note: input.note?.trim() || undefined,
    });
    this.tx.persist(published);
    return published;
  }

  async updateRule(input: UpdateAccountabilityRuleInput): Promise<AccountabilityRule> {
    const rule = await this.tx.findOne(AccountabilityRule, { code: input.code });
    if (!rule) throw new BadInputError(`No accountability rule has the code ${input.code}.`, { field: 'code' });
    if (!(input.threshold >= 0)) throw new BadInputError('threshold must not be negative.', { field: 'threshold' });
    rule.enabled = input.enabled;
    rule.threshold = input.threshold;
    return rule;
  }

  async recordMeeting(input: RecordJointMeetingInput): Promise<JointMeeting> {
    const title = requireText(input.title, 'title');
    const units = await this.tx.find(Unit, { code: { $in: input.followUps.map((f) => f.unitCode) } });
    input.followUps.forEach((f, i) => {
      if (!units.some((u) => u.code === f.unitCode)) {
        throw new BadInputError(`No member unit has the code "${f.unitCode}".`, { field: `followUps.${i}.unitCode` });
      }
      if (f.dueOn < input.heldOn) throw new BadInputError('dueOn is before the meeting.', { field: `followUps.${i}.dueOn` });
      requireText(f.item, `followUps.${i}.item`);
    });
    resolvePeriod({ kind: PeriodKind.DAY, date: input.heldOn }, 'heldOn');
    const meeting = this.tx.create(JointMeeting, {
      heldOn: input.heldOn,
      title,
      attendees: input.attendees.map((a) => ({ position: requireText(a.position, 'attendees.position'), name: a.name, unitCode: a.unitCode })),
      topics: input.topics.map((t) => t.trim()).filter(Boolean),
      decisions: input.decisions.map((t) => t.trim()).filter(Boolean),
      recordedBy: this.actor.name ?? this.actor.id,
    });
    for (const f of input.followUps) {
      this.tx.create(MeetingFollowUp, { meeting, unit: units.find((u) => u.code === f.unitCode)!, item: f.item.trim(), dueOn: f.dueOn });
    }
    return meeting;
  }

  async completeFollowUp(input: CompleteFollowUpInput, scope: CaseScope): Promise<MeetingFollowUp> {
    const item = await this.tx.findOne(MeetingFollowUp, { id: idIn(input.followUpId, 'followUpId') }, { populate: ['unit'] });
    if (!item) throw new NotFoundError(`No follow-up item has the id ${input.followUpId}.`);
    if (scope.kind === 'unit' && item.unit.code !== scope.unitCode) {
      throw new ForbiddenError(`This token may report follow-ups of unit ${scope.unitCode} only.`);
    }
    if (item.completedAt) throw new ConflictError(`This item was reported done at ${item.completedAt.toISOString()}.`);
    item.completedAt = new Date();
    item.completionNote = requireText(input.note, 'note');
    item.completedBy = this.actor.name ?? this.actor.id;
    return item;
  }
}
