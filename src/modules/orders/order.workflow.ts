import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError, ConflictError, NotFoundError } from '../../common/errors';
import { assertId } from '../../common/ids';
import { reportedTime, requireText } from '../../common/time';
import { ForbiddenError } from '../../graphql/auth';
import { describeScope, orderInScope, type OrderScope } from '../../graphql/access';
import type { Actor } from '../history/actor';
import { recordEvent } from '../history/history.service';
import { Incident } from '../incidents/incident.entity';
import { Classification, IncidentStatus } from '../incidents/incident.enums';
import type { DispatchOrdersInput, OrderDraftInput } from '../incidents/incident.mutation-inputs';
import { IncidentWorkflow, lockIncident, TERMINAL_ORDER_STATES } from '../incidents/incident.workflow';
import { deadlinesFrom, effectiveDutyMode, policyFor } from '../policies/policy.service';
import type { TimeLimitPolicy } from '../policies/time-limit-policy.entity';
import { learnFromDispatch } from '../routing/routing.learning';
import { Unit } from '../units/unit.entity';
import { Feedback, Order } from './order.entity';
import { FeedbackKind, OrderStatus } from './order.enums';
import {
  DisputeRuling,
  type ArriveOrderInput,
  type CancelOrderInput,
  type CompleteOrderInput,
  type DisputeOrderInput,
  type FeedbackOrderInput,
  type RecordPhoneNotificationInput,
  type RuleDisputeInput,
  type SignOrderInput,
} from './order.mutation-inputs';

const { ISSUED, SIGNED, ON_SCENE, HANDLING, COMPLETED, DISPUTED, CANCELLED } = OrderStatus;

/**
 * The order state machine: which states each action may start from. An action from any
 * other state is a CONFLICT that names the state the order is in.
 */
export const ORDER_TRANSITIONS = {
  sign: { from: [ISSUED], to: SIGNED },
  arrive: { from: [SIGNED], to: ON_SCENE },
  feedback: { from: [ON_SCENE, HANDLING], to: HANDLING },
  complete: { from: [ON_SCENE, HANDLING], to: COMPLETED },
  dispute: { from: [ISSUED, SIGNED], to: DISPUTED },
  rule: { from: [DISPUTED], to: undefined },
  cancel: { from: [ISSUED, SIGNED, ON_SCENE, HANDLING, DISPUTED], to: CANCELLED },
  notifyByPhone: { from: [ISSUED, SIGNED, ON_SCENE, HANDLING, DISPUTED], to: undefined },
} as const satisfies Record<string, { from: readonly OrderStatus[]; to: OrderStatus | undefined }>;

export type OrderAction = keyof typeof ORDER_TRANSITIONS;

const ACTION_WORDS: Record<OrderAction, string> = {
  sign: 'sign for the order',
  arrive: 'record arrival',
  feedback: 'record feedback',
  complete: 'complete the order',
  dispute: 'dispute the order',
  rule: 'rule on a dispute',
  cancel: 'cancel the order',
  notifyByPhone: 'record a phone notification',
};

function snapshot(order: Order): Record<string, unknown> {
  return { status: order.status, version: order.version };
}

export class OrderWorkflow {
  /** Policies read during this transaction: a dispatch to several units reads each once. */
  private readonly policies = new Map<string, TimeLimitPolicy>();

  constructor(
    private readonly tx: EntityManager,
    private readonly actor: Actor,
    private readonly scope: OrderScope,
  ) {}

  private async load(orderId: string, action: OrderAction): Promise<Order> {
    const order = await this.tx.findOne(Order, { id: assertId(orderId, 'order') }, { populate: ['unit', 'incident'] });
    if (!order) throw new NotFoundError(`No order has the id ${orderId}.`, { id: orderId });
    if (!orderInScope(this.scope, { channel: order.channel, unitCode: order.unit.code })) {
      throw new ForbiddenError(`Order ${orderId} is outside what this token may act on (${describeScope(this.scope)}).`);
    }
    const from: readonly OrderStatus[] = ORDER_TRANSITIONS[action].from;
    if (!from.includes(order.status)) {
      throw new ConflictError(
        `Cannot ${ACTION_WORDS[action]}: the order is ${order.status}; this is possible only when it is ${from.join(' or ')}.`,
        { currentStatus: order.status },
      );
    }
    return order;
  }

  private move(order: Order, action: OrderAction, kind: string, occurredAt: Date, note?: string, after: Record<string, unknown> = {}) {
    const before = snapshot(order);
    const to = ORDER_TRANSITIONS[action].to;
    if (to) order.status = to;
    recordEvent(this.tx, {
      incident: order.incident,
      order,
      kind,
      actor: this.actor,
      occurredAt,
      before,
      after: { status: order.status, ...after },
      note,
    });
  }

  /** Creates the orders of one dispatch, fixing their deadlines from the time-limit policy. */
  async dispatch(input: DispatchOrdersInput): Promise<Order[]> {
    const incident = await lockIncident(this.tx, input.incidentId);
    const dispatchable = [IncidentStatus.CLASSIFIED, IncidentStatus.DISPATCHED];
    if (!dispatchable.includes(incident.status) || incident.classification === Classification.NO_DISPATCH) {
      throw new ConflictError(
        incident.status === IncidentStatus.RECEIVED
          ? 'Cannot dispatch: classify the incident first.'
          : `Cannot dispatch: the incident is ${incident.status}${incident.classification ? ` (${incident.classification})` : ''}.`,
        { currentStatus: incident.status },
      );
    }
    const codes = input.orders.map((draft) => draft.unitCode);
    const duplicate = codes.find((code, i) => codes.indexOf(code) !== i);
    if (duplicate) throw new BadInputError(`Unit "${duplicate}" is named twice; one order per unit.`, { field: 'orders' });
    const units = await this.tx.find(Unit, { code: { $in: codes } });
    const missing = codes.filter((code) => !units.some((unit) => unit.code === code && unit.active));
    if (missing.length) {
      throw new BadInputError(`No active member unit has the code ${missing.map((c) => `"${c}"`).join(', ')}. The units query lists every code.`, {
        field: 'orders.unitCode',
      });
    }
    const open = await this.tx.find(Order, { incident, status: { $nin: TERMINAL_ORDER_STATES } }, { populate: ['unit'] });
    const alreadyOpen = open.filter((order) => codes.includes(order.unit.code));
    if (alreadyOpen.length) {
      throw new ConflictError(`Unit ${alreadyOpen.map((o) => `"${o.unit.code}"`).join(', ')} already holds an open order for this incident.`, {
        currentStatus: incident.status,
      });
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

    await learnFromDispatch(this.tx, { incident, unitCodes: codes, actor: this.actor });
    const issuedAt = new Date();
    const orders: Order[] = [];
    for (const draft of input.orders) {
      orders.push(await this.issue(incident, units.find((unit) => unit.code === draft.unitCode)!, draft, issuedAt));
    }
    const incidentBefore = incident.status;
    incident.status = IncidentStatus.DISPATCHED;
    if (incidentBefore !== IncidentStatus.DISPATCHED) {
      recordEvent(this.tx, {
        incident,
        kind: 'INCIDENT_DISPATCHED',
        actor: this.actor,
        occurredAt: issuedAt,
        before: { status: incidentBefore },
        after: { status: incident.status, units: codes },
      });
    }
    // Notice 四.2: a major case is reported upward at the moment the order is issued.
    if (input.major || incident.major) {
      await new IncidentWorkflow(this.tx, this.actor).escalate(
        incident,
        `重大警情下达指令时同步上报 reported at dispatch to ${codes.join(', ')}`,
        undefined,
        issuedAt,
      );
    }
    return orders;
  }

  private async issue(incident: Incident, unit: Unit, draft: OrderDraftInput, issuedAt: Date, reassignedFrom?: Order): Promise<Order> {
    const policyKey = `${draft.urgency}|${effectiveDutyMode(unit.dutyMode)}`;
    let policy = this.policies.get(policyKey);
    if (!policy) {
      policy = await policyFor(this.tx, draft.urgency, unit.dutyMode);
      this.policies.set(policyKey, policy);
    }
    const order = this.tx.create(Order, {
      incident,
      unit,
      channel: draft.channel,
      urgency: draft.urgency,
      instructions: draft.instructions?.trim() || undefined,
      issuedAt,
      reassignedFrom,
      ...deadlinesFrom(policy, issuedAt),
    });
    recordEvent(this.tx, {
      incident,
      order,
      kind: 'ORDER_ISSUED',
      actor: this.actor,
      occurredAt: issuedAt,
      after: {
        status: order.status,
        unit: unit.code,
        channel: order.channel,
        urgency: order.urgency,
        signDeadline: order.signDeadline?.toISOString(),
        reassignedFrom: reassignedFrom?.id ?? null,
      },
    });
    return order;
  }

  async sign(input: SignOrderInput): Promise<Order> {
    const order = await this.load(input.orderId, 'sign');
    const at = reportedTime(input.signedAt, 'signedAt', { at: order.issuedAt, what: 'the order was issued' });
    order.signedAt = at;
    this.move(order, 'sign', 'ORDER_SIGNED', at, input.note, { signedAt: at.toISOString() });
    return order;
  }

  async arrive(input: ArriveOrderInput): Promise<Order> {
    const order = await this.load(input.orderId, 'arrive');
    const at = reportedTime(input.arrivedAt, 'arrivedAt', { at: order.signedAt ?? order.issuedAt, what: order.signedAt ? 'the order was signed for' : 'the order was issued' });
    order.arrivedAt = at;
    this.tx.create(Feedback, {
      order,
      kind: FeedbackKind.ARRIVAL,
      text: input.note,
      channel: this.actor.channel,
      reportedAt: at,
      recordedBy: this.actor.id,
    });
    this.move(order, 'arrive', 'ORDER_ARRIVED', at, input.note, { arrivedAt: at.toISOString() });
    return order;
  }

  async feedback(input: FeedbackOrderInput): Promise<Order> {
    if (input.kind === FeedbackKind.ARRIVAL) {
      throw new BadInputError('Arrival is reported with arriveOrder, which records the arrival time.', { field: 'kind' });
    }
    const order = await this.load(input.orderId, 'feedback');
    const at = reportedTime(input.reportedAt, 'reportedAt', { at: order.arrivedAt ?? order.issuedAt, what: 'arrival on the scene' });
    const text = requireText(input.text, 'text');
    this.tx.create(Feedback, {
      order,
      kind: input.kind,
      text,
      attachmentUrls: input.attachmentUrls ?? [],
      channel: this.actor.channel,
      reportedAt: at,
      recordedBy: this.actor.id,
    });
    this.move(order, 'feedback', 'FEEDBACK_RECORDED', at, input.note, { kind: input.kind, text, attachments: input.attachmentUrls?.length ?? 0 });
    return order;
  }

  async complete(input: CompleteOrderInput): Promise<Order> {
    const order = await this.load(input.orderId, 'complete');
    const at = reportedTime(input.completedAt, 'completedAt', { at: order.arrivedAt ?? order.issuedAt, what: 'arrival on the scene' });
    const result = requireText(input.result, 'result');
    order.completedAt = at;
    this.tx.create(Feedback, {
      order,
      kind: FeedbackKind.RESULT,
      text: result,
      attachmentUrls: input.attachmentUrls ?? [],
      channel: this.actor.channel,
      reportedAt: at,
      recordedBy: this.actor.id,
    });
    this.move(order, 'complete', 'ORDER_COMPLETED', at, input.note, { result });
    return order;
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
    order.statusBeforeDispute = order.status;
    order.disputedAt = now;
    order.disputeReason = requireText(input.reason, 'reason');
    this.move(order, 'dispute', 'ORDER_DISPUTED', now, input.note, { reason: order.disputeReason });
    return order;
  }

  /** UPHOLD cancels the order and issues new ones to the named units; REJECT hands it back. */
  async rule(input: RuleDisputeInput): Promise<Order[]> {
    const order = await this.load(input.orderId, 'rule');
    const now = new Date();
    if (input.ruling === DisputeRuling.REJECT) {
      if (input.reassignTo?.length) throw new BadInputError('reassignTo goes only with an UPHOLD ruling.', { field: 'reassignTo' });
      const before = snapshot(order);
      order.status = order.statusBeforeDispute ?? ISSUED;
      order.statusBeforeDispute = undefined;
      recordEvent(this.tx, {
        incident: order.incident,
        order,
        kind: 'DISPUTE_REJECTED',
        actor: this.actor,
        before,
        after: { status: order.status },
        note: input.note,
      });
      return [order];
    }
    if (!input.reassignTo?.length) {
      throw new BadInputError('An UPHOLD ruling must name the units to reassign to (reassignTo).', { field: 'reassignTo' });
    }
    if (input.reassignTo.includes(order.unit.code)) {
      throw new BadInputError(`The dispute of "${order.unit.code}" is upheld, so the order cannot go back to it.`, { field: 'reassignTo' });
    }
    const before = snapshot(order);
    order.status = CANCELLED;
    order.cancelledAt = now;
    recordEvent(this.tx, {
      incident: order.incident,
      order,
      kind: 'DISPUTE_UPHELD',
      actor: this.actor,
      before,
      after: { status: order.status, reassignTo: input.reassignTo },
      note: input.note,
    });
    const units = await this.tx.find(Unit, { code: { $in: input.reassignTo }, active: true });
    const missing = input.reassignTo.filter((code) => !units.some((u) => u.code === code));
    if (missing.length) throw new BadInputError(`No active member unit has the code ${missing.join(', ')}.`, { field: 'reassignTo' });
    const replacements: Order[] = [];
    for (const unit of units) {
      replacements.push(
        await this.issue(order.incident, unit, { unitCode: unit.code, channel: order.channel, urgency: order.urgency, instructions: order.instructions }, now, order),
      );
    }
    return [order, ...replacements];
  }

  async cancel(input: CancelOrderInput): Promise<Order> {
    const order = await this.load(input.orderId, 'cancel');
    const now = new Date();
    order.cancelledAt = now;
    this.move(order, 'cancel', 'ORDER_CANCELLED', now, input.note, { reason: requireText(input.reason, 'reason') });
    return order;
  }

  async recordPhoneNotification(input: RecordPhoneNotificationInput): Promise<Order> {
    const order = await this.load(input.orderId, 'notifyByPhone');
    const at = reportedTime(input.notifiedAt, 'notifiedAt', { at: order.issuedAt, what: 'the order was issued' });
    // The order itself does not change; its version moves so the record orders with it.
    order.updatedAt = new Date();
    this.move(order, 'notifyByPhone', 'PHONE_NOTIFICATION_RECORDED', at, input.note, {
      contactName: requireText(input.contactName, 'contactName'),
      phone: input.phone ?? null,
    });
    return order;
  }
}

