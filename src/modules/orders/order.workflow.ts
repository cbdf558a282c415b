import type { EntityManager } from '@mikro-orm/postgresql';
import { touch } from '../../common/base.entity';
import { BadInputError, ConflictError, NotFoundError } from '../../common/errors';
import { assertId } from '../../common/ids';
import { reportedTime, requireText } from '../../common/time';
import type { Actor } from '../history/history.actor';
import type { HistoryEvent } from '../history/history.entity';
import { recordEvent } from '../history/history.service';
import type { Incident } from '../incidents/incident.entity';
import { Classification } from '../incidents/incident.enums';
import { assertIncidentMay } from '../incidents/incident.transitions';
import { IncidentWorkflow, lockIncident } from '../incidents/incident.workflow';
import { alreadyOpenConflict } from './order.errors';
import { PolicyService } from '../policies/policy.service';
import { dutyContactFrom, dutyContactWindow, rosterParts, RosterService, specsFrom } from '../rosters/roster.service';
import { learnFromDispatch } from '../routing/routing.learning';
import { VERSIONS_PARAMS, VERSIONS_SQL, versionsFrom } from '../routing/routing.versions';
import { gridMessageFor } from '../grid-sync/grid-sync.outbox.subscriber';
import { TimeLimitPolicy } from '../policies/policy.entity';
import { readInOneStatement, writeInOneStatement } from '../../common/one-statement';
import { Unit } from '../units/unit.entity';
import { PENDING_DEADLINES, type DeadlineKind } from './order.deadlines';
import { Feedback, Order } from './order.entity';
import { DisputeRuling, FeedbackKind, OrderStatus, type Urgency } from './order.enums';
import type {
  AmendOrderInput,
  ArriveOrderInput,
  CancelOrderInput,
  CompleteOrderInput,
  DispatchOrdersInput,
  DisputeOrderInput,
  FeedbackOrderInput,
  OrderDraftInput,
  RecordPhoneNotificationInput,
  RuleDisputeInput,
  SignOrderInput,
} from './order.inputs';
import { assertOrderInScope, type OrderScope } from './order.scope';
import {
  assertOrderMay,
  BEFORE_DISPUTE,
  ORDER_CREATION,
  ORDER_TRANSITIONS,
  TERMINAL_ORDER_STATES,
  targetStatus,
  type OrderAction,
  type OrderTransition,
} from './order.transitions';

export interface OrderChange {
  /** When the change took effect (a reported time); defaults to now. */
  at?: Date;
  note?: string;
  /** What else the event keeps of the state before and after, besides status and version. */
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

const DEADLINE_WORDS: Record<DeadlineKind, string> = { sign: '签收', arrive: '到场', feedback: '反馈', ruling: '裁定' };

/** Order transitions (notice 四): each public method is one action of ORDER_TRANSITIONS. */
export class OrderWorkflow {
  private readonly policies: PolicyService;

  constructor(
    private readonly tx: EntityManager,
    private readonly actor: Actor,
    private readonly scope: OrderScope,
  ) {
    this.policies = new PolicyService(tx);
  }

  private async load(orderId: string, action: OrderAction): Promise<Order> {
    const order = await this.tx.findOne(Order, { id: assertId(orderId, 'order') }, { populate: ['unit', 'incident'] });
    if (!order) throw new NotFoundError(`No order has the id ${orderId}.`, { id: orderId });
    assertOrderInScope(this.scope, order);
    assertOrderMay(order, action);
    return order;
  }

  /**
   * The one function that changes an order's state: checks that the row of ORDER_TRANSITIONS
   * allows the action from the order's state, applies it and records the row's event in this
   * transaction (its outbox message, for a grid order, joins the same flush).
   */
  move(order: Order, action: OrderAction, change: OrderChange = {}): HistoryEvent {
    assertOrderMay(order, action);
    const row: OrderTransition = ORDER_TRANSITIONS[action];
    const before = { status: order.status, version: order.version };
    order.status = targetStatus(order, action);
    // A dispute remembers the state it interrupted; its rejection hands that state back.
    if (row.to === OrderStatus.DISPUTED) order.statusBeforeDispute = before.status;
    if (row.to === BEFORE_DISPUTE) order.statusBeforeDispute = undefined;
    if (row.movesVersion) touch(order);
    return recordEvent(this.tx, {
      incident: order.incident,
      order,
      kind: row.event,
      actor: this.actor,
      occurredAt: change.at,
      before: { ...before, ...change.before },
      after: { status: order.status, ...change.after },
      note: change.note,
    });
  }

  /**
   * Creates the orders of one dispatch, fixing their deadlines from the time-limit policy.
   * Its SQL is fixed whatever the number of orders: the incident's row lock, one read of all it
   * checks (units, the incident's orders, the policies, the routing versions, the units'
   * rosters), and one write of all it records (orders, their events and outbox messages, the
   * learned choice, the incident's move). Only a major dispatch's escalation adds its own.
   */
  async dispatch(input: DispatchOrdersInput): Promise<Order[]> {
    const incident = await lockIncident(this.tx, input.incidentId);
    assertIncidentMay(incident, 'dispatch');
    const codes = input.orders.map((draft) => draft.unitCode);
    const duplicate = codes.find((code, i) => codes.indexOf(code) !== i);
    if (duplicate) throw new BadInputError(`Unit "${duplicate}" is named twice; one order per unit.`, { field: 'orders' });
    const issuedAt = new Date();
    const read = await this.dispatchRead(incident, codes, input.orders.map((draft) => draft.urgency), issuedAt);
    const units = read.units.filter((unit) => codes.includes(unit.code));
    const missing = codes.filter((code) => !units.some((unit) => unit.code === code && unit.active));
    if (missing.length) {
      throw new BadInputError(`No active member unit has the code ${missing.map((c) => `"${c}"`).join(', ')}. The units query lists every code.`, {
        field: 'orders.unitCode',
      });
    }
    const open = read.orders.filter((order) => !TERMINAL_ORDER_STATES.includes(order.status));
    const alreadyOpen = open.filter((order) => codes.includes(order.unit.code));
    if (alreadyOpen.length) {
      throw alreadyOpenConflict(alreadyOpen, incident.status);
    }
    if (incident.classification === Classification.POLICE && codes.some((code) => code !== 'police')) {
      throw new BadInputError('A POLICE incident is handled by the police alone; reclassify it as JOINT or LINKAGE to order other units.', {
        field: 'orders',
      });
    }
    if (incident.classification === Classification.JOINT && !codes.includes('police') && !open.some((o) => o.unit.code === 'police')) {
      throw new BadInputError(
        'A JOINT incident needs the police to respond first: include unit "police" in this dispatch (the other units are ordered at the same time).',
        { field: 'orders' },
      );
    }

    const learned = await learnFromDispatch(this.tx, {
      incident,
      unitCodes: codes,
      orderedBefore: read.orders.map((order) => order.unit.code),
      actor: this.actor,
      versions: versionsFrom(read.versions),
    });
    this.policies.remember(read.policies);
    const orders: Order[] = [];
    const events: HistoryEvent[] = [];
    for (const draft of input.orders) {
      const unit = units.find((u) => u.code === draft.unitCode)!;
      const onDuty = dutyContactFrom(unit, read.rosters.get(unit.id)!, issuedAt);
      const issued = await this.issue(incident, unit, draft, issuedAt, undefined, onDuty);
      orders.push(issued.order);
      events.push(...issued.events);
    }
    const incidents = new IncidentWorkflow(this.tx, this.actor);
    const dispatched = incidents.move(incident, 'dispatch', { at: issuedAt, after: { units: codes } });
    if (dispatched) events.push(dispatched);
    await writeInOneStatement(
      this.tx,
      [...orders, ...(learned ? [learned] : []), ...events, ...events.flatMap((event) => gridMessageFor(event) ?? [])],
      { entity: incident },
    );
    // Notice 四.2: a major case is reported upward at the moment the order is issued.
    if (input.major || incident.major) {
      await incidents.escalate(incident, `重大警情下达指令时同步上报 reported at dispatch to ${codes.join(', ')}`, undefined, issuedAt);
    }
    return orders;
  }

  /** Everything dispatch checks, in one statement; the units come first so the orders' units resolve to them. */
  private async dispatchRead(incident: Incident, codes: string[], urgencies: Urgency[], at: Date) {
    const { from, to } = dutyContactWindow(at);
    // Lists go as JSON: the driver would spread an array binding into a list of values.
    const codeList = JSON.stringify(codes);
    const dispatched = { sql: 'select id from unit where code in (select jsonb_array_elements_text(?::jsonb))', params: [codeList] };
    const read = await readInOneStatement(this.tx, {
      units: {
        entity: Unit,
        where: 't.code in (select jsonb_array_elements_text(?::jsonb)) or t.id in (select unit_id from "order" where incident_id = ?)',
        params: [codeList, incident.id],
      },
      orders: { entity: Order, where: 't.incident_id = ?', params: [incident.id], orderBy: 't.issued_at, t.id' },
      // The rows of the urgencies ordered, for every duty mode (the units' modes are read with them).
      policies: { entity: TimeLimitPolicy, where: 't.urgency in (select jsonb_array_elements_text(?::jsonb))', params: [JSON.stringify(urgencies)] },
      versions: { json: `select to_json(v) from (${VERSIONS_SQL}) v`, params: VERSIONS_PARAMS },
      ...rosterParts(dispatched, from, to),
    });
    return {
      units: read.units,
      orders: read.orders,
      policies: read.policies,
      versions: read.versions as { taxonomy: string; learned: string; catalogue: string },
      rosters: specsFrom(read.units.map((unit) => unit.id), read),
    };
  }

  /** One order and the events it starts with (ORDER_ISSUED, and a roster gap's flag and escalation). */
  private async issue(
    incident: Incident,
    unit: Unit,
    draft: OrderDraftInput,
    issuedAt: Date,
    reassignedFrom?: Order,
    dutyContact?: Awaited<ReturnType<RosterService['dutyContact']>>,
  ): Promise<{ order: Order; events: HistoryEvent[] }> {
    const policy = await this.policies.forOrder(draft.urgency, unit.dutyMode);
    // Whom the desk phones: the person on the unit's required post when the order is issued.
    const onDuty = dutyContact ?? (await new RosterService(this.tx).dutyContact(unit, issuedAt));
    const order = this.tx.create(Order, {
      dutyContact: onDuty.contact,
      rosterGap: onDuty.gap,
      incident,
      unit,
      status: ORDER_CREATION.to,
      channel: draft.channel,
      urgency: draft.urgency,
      instructions: draft.instructions?.trim() || undefined,
      issuedAt,
      reassignedFrom,
      ...this.policies.deadlinesFrom(policy, issuedAt),
    });
    const issuedEvent = recordEvent(this.tx, {
      incident,
      order,
      kind: ORDER_CREATION.event,
      actor: this.actor,
      occurredAt: issuedAt,
      after: {
        status: order.status,
        unit: unit.code,
        channel: order.channel,
        urgency: order.urgency,
        signDeadline: order.signDeadline?.toISOString(),
        reassignedFrom: reassignedFrom?.id ?? null,
        dutyContact: onDuty.contact ?? null,
      },
    });
    return { order, events: [issuedEvent, ...(onDuty.gap ? this.rosterGap(order, unit, issuedAt) : [])] };
  }

  /**
   * A dispatch into a roster gap is not refused (the call still needs an answer): the order is
   * flagged and escalated at once to the unit's responsible leader and liaison, both recorded
   * and both on the escalation feed, so the desk phones them.
   */
  private rosterGap(order: Order, unit: Unit, at: Date): HistoryEvent[] {
    const leader = { name: unit.responsibleLeader.name ?? null, phone: unit.responsibleLeader.phone ?? null };
    const liaison = { name: unit.liaison.name ?? null, phone: unit.liaison.phone ?? null };
    const flagged = this.move(order, 'flagRosterGap', {
      at,
      note: `值班缺口: ${unit.shortName}无人值班 nobody is on duty at ${unit.code}; call the leader or liaison`,
      after: { rosterGap: true, dutyPhone: unit.dutyPhone ?? null },
    });
    const named = [leader, liaison].filter((c) => c.name).map((c) => `${c.name} ${c.phone ?? ''}`.trim());
    const escalated = this.move(order, 'escalateRosterGap', {
      at,
      note: named.length ? `通知分管领导和联络员 ${named.join('; ')}` : '单位未登记分管领导和联络员 the unit has named no leader or liaison',
      after: { unit: unit.code, leader, liaison },
    });
    return [flagged, escalated];
  }

  async sign(input: SignOrderInput): Promise<Order> {
    const order = await this.load(input.orderId, 'sign');
    const at = reportedTime(input.signedAt, 'signedAt', { at: order.issuedAt, what: 'the order was issued' });
    order.signedAt = at;
    this.move(order, 'sign', { at, note: input.note, after: { signedAt: at.toISOString() } });
    return order;
  }

  async arrive(input: ArriveOrderInput): Promise<Order> {
    const order = await this.load(input.orderId, 'arrive');
    const at = reportedTime(input.arrivedAt, 'arrivedAt', {
      at: order.signedAt ?? order.issuedAt,
      what: order.signedAt ? 'the order was signed for' : 'the order was issued',
    });
    order.arrivedAt = at;
    this.recordFeedback(order, FeedbackKind.ARRIVAL, at, input.note);
    this.move(order, 'arrive', { at, note: input.note, after: { arrivedAt: at.toISOString() } });
    return order;
  }

  async feedback(input: FeedbackOrderInput): Promise<Order> {
    if (input.kind === FeedbackKind.ARRIVAL) {
      throw new BadInputError('Arrival is reported with arriveOrder, which records the arrival time.', { field: 'kind' });
    }
    // The result is recorded once, by completeOrder, which also completes the order: a RESULT
    // sent here would be a second result beside it, or a result on an order still open.
    if (input.kind === FeedbackKind.RESULT) {
      throw new BadInputError('A result completes the order: send it with completeOrder (result, attachmentUrls); feedbackOrder takes SCENE_STATUS or PROGRESS.', {
        field: 'kind',
      });
    }
    const order = await this.load(input.orderId, 'feedback');
    const at = reportedTime(input.reportedAt, 'reportedAt', { at: order.arrivedAt ?? order.issuedAt, what: 'arrival on the scene' });
    const text = requireText(input.text, 'text');
    this.recordFeedback(order, input.kind, at, text, input.attachmentUrls);
    this.move(order, 'feedback', { at, note: input.note, after: { kind: input.kind, text, attachments: input.attachmentUrls?.length ?? 0 } });
    return order;
  }

  async complete(input: CompleteOrderInput): Promise<Order> {
    const order = await this.load(input.orderId, 'complete');
    const at = reportedTime(input.completedAt, 'completedAt', { at: order.arrivedAt ?? order.issuedAt, what: 'arrival on the scene' });
    const result = requireText(input.result, 'result');
    order.completedAt = at;
    this.recordFeedback(order, FeedbackKind.RESULT, at, result, input.attachmentUrls);
    this.move(order, 'complete', { at, note: input.note, after: { result } });
    return order;
  }

  private recordFeedback(order: Order, kind: FeedbackKind, reportedAt: Date, text?: string, attachmentUrls?: string[]): void {
    this.tx.create(Feedback, {
      order,
      kind,
      text,
      attachmentUrls: kind === FeedbackKind.ARRIVAL ? undefined : (attachmentUrls ?? []),
      channel: this.actor.channel,
      reportedAt,
      recordedBy: this.actor.id,
    });
  }

  async dispute(input: DisputeOrderInput): Promise<Order> {
    const order = await this.load(input.orderId, 'dispute');
    const now = new Date();
    if (order.disputeDeadline && now > order.disputeDeadline) {
      throw new ConflictError(
        `The time to dispute this order ended at ${order.disputeDeadline.toISOString()}; handle it, or ask the desk to cancel and reassign it.`,
        { currentStatus: order.status, disputeDeadline: order.disputeDeadline.toISOString() },
      );
    }
    order.disputedAt = now;
    order.disputeReason = requireText(input.reason, 'reason');
    // The desk or office rules within the time the unit had to dispute (the policy's dispute window).
    if (order.disputeDeadline) order.rulingDeadline = new Date(now.getTime() + (order.disputeDeadline.getTime() - order.issuedAt.getTime()));
    this.move(order, 'dispute', { at: now, note: input.note, after: { reason: order.disputeReason } });
    return order;
  }

  /** UPHOLD cancels the order and issues new ones to the named units; REJECT hands it back. */
  async rule(input: RuleDisputeInput): Promise<Order[]> {
    const uphold = input.ruling === DisputeRuling.UPHOLD;
    const order = await this.load(input.orderId, uphold ? 'uphold' : 'reject');
    const now = new Date();
    if (!uphold) {
      if (input.reassignTo?.length) throw new BadInputError('reassignTo goes only with an UPHOLD ruling.', { field: 'reassignTo' });
      this.move(order, 'reject', { at: now, note: input.note });
      return [order];
    }
    if (!input.reassignTo?.length) {
      throw new BadInputError('An UPHOLD ruling must name the units to reassign to (reassignTo).', { field: 'reassignTo' });
    }
    if (input.reassignTo.includes(order.unit.code)) {
      throw new BadInputError(`The dispute of "${order.unit.code}" is upheld, so the order cannot go back to it.`, { field: 'reassignTo' });
    }
    const units = await this.tx.find(Unit, { code: { $in: input.reassignTo }, active: true });
    const missing = input.reassignTo.filter((code) => !units.some((u) => u.code === code));
    if (missing.length) throw new BadInputError(`No active member unit has the code ${missing.join(', ')}.`, { field: 'reassignTo' });
    order.cancelledAt = now;
    this.move(order, 'uphold', { at: now, note: input.note, after: { reassignTo: input.reassignTo } });
    const replacements: Order[] = [];
    for (const unit of units) {
      const issued = await this.issue(
        order.incident,
        unit,
        { unitCode: unit.code, channel: order.channel, urgency: order.urgency, instructions: order.instructions },
        now,
        order,
      );
      replacements.push(issued.order);
    }
    return [order, ...replacements];
  }

  async cancel(input: CancelOrderInput): Promise<Order> {
    const order = await this.load(input.orderId, 'cancel');
    const now = new Date();
    order.cancelledAt = now;
    this.move(order, 'cancel', { at: now, note: input.note, after: { reason: requireText(input.reason, 'reason') } });
    return order;
  }

  /**
   * 变更指令: a new urgency, new instructions or both. With a new urgency the deadlines the order
   * still owes in its state (order.deadlines.ts) are set afresh from the time-limit policy for
   * that urgency and the unit's duty mode, counted from now: the unit learns of the change now,
   * so a raised urgency never leaves it overdue for a limit it could not have known. Deadlines
   * already met, and the dispute deadline, stay. The event keeps before and after; the unit's
   * order feed carries it, and a grid order's outbox row sends the new state to the grid platform.
   */
  async amend(input: AmendOrderInput): Promise<Order> {
    if (input.urgency == null && input.instructions == null) {
      throw new BadInputError('Say what changes: urgency, instructions or both.', { field: 'urgency' });
    }
    const order = await this.load(input.orderId, 'amend');
    const urgency = input.urgency ?? order.urgency;
    const instructions = input.instructions == null ? order.instructions : input.instructions.trim() || undefined;
    if (urgency === order.urgency && (instructions ?? null) === (order.instructions ?? null)) {
      throw new BadInputError(`Nothing would change: the order is already ${order.urgency} with these instructions.`, {
        field: input.urgency != null ? 'urgency' : 'instructions',
      });
    }
    const now = new Date();
    const deadlines = () => ({
      signDeadline: order.signDeadline?.toISOString() ?? null,
      arriveDeadline: order.arriveDeadline?.toISOString() ?? null,
      feedbackDeadline: order.feedbackDeadline?.toISOString() ?? null,
    });
    const before = { urgency: order.urgency, instructions: order.instructions ?? null, ...deadlines() };
    if (urgency !== order.urgency) {
      const fresh = this.policies.deadlinesFrom(await this.policies.forOrder(urgency, order.unit.dutyMode), now);
      const owed = new Set(PENDING_DEADLINES[order.status]);
      if (owed.has('sign')) order.signDeadline = fresh.signDeadline;
      if (owed.has('arrive')) order.arriveDeadline = fresh.arriveDeadline;
      if (owed.has('feedback')) order.feedbackDeadline = fresh.feedbackDeadline;
    }
    order.urgency = urgency;
    order.instructions = instructions;
    this.move(order, 'amend', {
      at: now,
      note: input.note,
      before,
      after: { urgency: order.urgency, instructions: order.instructions ?? null, ...deadlines() },
    });
    return order;
  }

  async recordPhoneNotification(input: RecordPhoneNotificationInput): Promise<Order> {
    const order = await this.load(input.orderId, 'notifyByPhone');
    const at = reportedTime(input.notifiedAt, 'notifiedAt', { at: order.issuedAt, what: 'the order was issued' });
    this.move(order, 'notifyByPhone', {
      at,
      note: input.note,
      after: { contactName: requireText(input.contactName, 'contactName'), phone: input.phone ?? null },
    });
    return order;
  }

  /** The platform's own: the order missed `missed`; marked overdue and escalated to `leader`. */
  markOverdue(order: Order, missed: DeadlineKind, now: Date, leader: { name: string | null; phone: string | null; source: string }): void {
    order.overdue = true;
    order.overdueSince = now;
    this.move(order, 'markOverdue', {
      at: now,
      note: `未在时限内${DEADLINE_WORDS[missed]} missed the ${missed} deadline`,
      before: { overdue: false },
      after: { overdue: true, missed },
    });
    this.move(order, 'escalateToLeader', {
      at: now,
      note: leader.name ? `通知分管领导 ${leader.name} ${leader.phone ?? '(无电话 no phone)'}` : '单位未登记分管领导 the unit has no responsible leader on record',
      after: { unit: order.unit.code, leader },
    });
  }
}
