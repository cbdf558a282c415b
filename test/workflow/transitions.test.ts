import {
  AmendOrderDocument,
  ArriveOrderDocument,
  CancelOrderDocument,
  ClassifyIncidentDocument,
  CloseIncidentDocument,
  CompleteOrderDocument,
  DispatchOrdersDocument,
  DisputeOrderDocument,
  EscalateIncidentDocument,
  FeedbackOrderDocument,
  OrderTimelineDocument,
  RecordPhoneNotificationDocument,
  ReopenIncidentDocument,
  RuleDisputeDocument,
  SignOrderDocument,
  type IncidentStatus,
  type OrderStatus,
} from '../generated/graphql';
import { IncidentStatus as IncidentStatusValue } from '../../src/modules/incidents/incident.enums';
import { INCIDENT_TRANSITIONS, type IncidentTransition } from '../../src/modules/incidents/incident.transitions';
import { OrderStatus as OrderStatusValue } from '../../src/modules/orders/order.enums';
import { ORDER_TRANSITIONS, targetStatus, type OrderTransition } from '../../src/modules/orders/order.transitions';
import { startTestApp, type GraphQLResponse, type TestApp } from '../support/app';
import { counts, deskSteps } from './steps';

/**
 * Walks every (state, action) pair of the order and incident state machines through /graphql:
 * each pair starts from a fresh order or incident brought to its state by the desk and the
 * units, then tries the action with valid input as the role that would take it.
 */
let app: TestApp;
let steps: ReturnType<typeof deskSteps>;
beforeAll(async () => {
  app = await startTestApp();
  steps = deskSteps(app);
});
afterAll(() => app.close());

const REFUSED = 'CONFLICT';
type Outcome<S> = S | typeof REFUSED;

// ---------------------------------------------------------------------------------------------
// Orders
// ---------------------------------------------------------------------------------------------

const ORDER_ACTIONS = ['sign', 'arrive', 'feedback', 'complete', 'dispute', 'uphold', 'reject', 'cancel', 'notifyByPhone', 'amend'] as const;
type OrderAction = (typeof ORDER_ACTIONS)[number];

/**
 * The order state machine as documented: the state each action leads to from each state, or
 * CONFLICT. A rejected dispute hands the order back in the state it was disputed from; the
 * DISPUTED orders here are disputed after signing, so they go back to SIGNED. An upheld dispute
 * cancels the order and issues a replacement to another unit.
 */
const ORDER_MATRIX: Record<OrderStatus, Record<OrderAction, Outcome<OrderStatus>>> = {
  ISSUED: {
    sign: 'SIGNED', arrive: REFUSED, feedback: REFUSED, complete: REFUSED, dispute: 'DISPUTED',
    uphold: REFUSED, reject: REFUSED, cancel: 'CANCELLED', notifyByPhone: 'ISSUED', amend: 'ISSUED',
  },
  SIGNED: {
    sign: REFUSED, arrive: 'ON_SCENE', feedback: REFUSED, complete: REFUSED, dispute: 'DISPUTED',
    uphold: REFUSED, reject: REFUSED, cancel: 'CANCELLED', notifyByPhone: 'SIGNED', amend: 'SIGNED',
  },
  ON_SCENE: {
    sign: REFUSED, arrive: REFUSED, feedback: 'HANDLING', complete: 'COMPLETED', dispute: REFUSED,
    uphold: REFUSED, reject: REFUSED, cancel: 'CANCELLED', notifyByPhone: 'ON_SCENE', amend: 'ON_SCENE',
  },
  HANDLING: {
    sign: REFUSED, arrive: REFUSED, feedback: 'HANDLING', complete: 'COMPLETED', dispute: REFUSED,
    uphold: REFUSED, reject: REFUSED, cancel: 'CANCELLED', notifyByPhone: 'HANDLING', amend: 'HANDLING',
  },
  COMPLETED: {
    sign: REFUSED, arrive: REFUSED, feedback: REFUSED, complete: REFUSED, dispute: REFUSED,
    uphold: REFUSED, reject: REFUSED, cancel: REFUSED, notifyByPhone: REFUSED, amend: REFUSED,
  },
  DISPUTED: {
    sign: REFUSED, arrive: REFUSED, feedback: REFUSED, complete: REFUSED, dispute: REFUSED,
    uphold: 'CANCELLED', reject: 'SIGNED', cancel: 'CANCELLED', notifyByPhone: 'DISPUTED', amend: 'DISPUTED',
  },
  CANCELLED: {
    sign: REFUSED, arrive: REFUSED, feedback: REFUSED, complete: REFUSED, dispute: REFUSED,
    uphold: REFUSED, reject: REFUSED, cancel: REFUSED, notifyByPhone: REFUSED, amend: REFUSED,
  },
};

/** The one event an allowed action records on the order. */
const ORDER_EVENT: Record<OrderAction, string> = {
  sign: 'ORDER_SIGNED',
  arrive: 'ORDER_ARRIVED',
  feedback: 'FEEDBACK_RECORDED',
  complete: 'ORDER_COMPLETED',
  dispute: 'ORDER_DISPUTED',
  uphold: 'DISPUTE_UPHELD',
  reject: 'DISPUTE_REJECTED',
  cancel: 'ORDER_CANCELLED',
  notifyByPhone: 'PHONE_NOTIFICATION_RECORDED',
  amend: 'ORDER_AMENDED',
};

/** How a fresh order reaches each state, every step itself a pair of the matrix. */
const ORDER_PATH: Record<OrderStatus, OrderAction[]> = {
  ISSUED: [],
  SIGNED: ['sign'],
  ON_SCENE: ['sign', 'arrive'],
  HANDLING: ['sign', 'arrive', 'feedback'],
  COMPLETED: ['sign', 'arrive', 'complete'],
  DISPUTED: ['sign', 'dispute'],
  CANCELLED: ['cancel'],
};

/** Orders go to this unit through the grid platform, so every change is also mirrored there. */
const UNIT = 'civil-affairs';
/** The unit an upheld dispute reassigns to. */
const REASSIGNED_TO = 'price';

function actOnOrder(action: OrderAction, orderId: string): Promise<GraphQLResponse<unknown>> {
  const unit = steps.unit(UNIT);
  switch (action) {
    case 'sign':
      return app.gql(SignOrderDocument, { input: { orderId } }, unit);
    case 'arrive':
      return app.gql(ArriveOrderDocument, { input: { orderId, arrivedAt: new Date().toISOString() } }, unit);
    case 'feedback':
      return app.gql(FeedbackOrderDocument, { input: { orderId, kind: 'PROGRESS', text: '已联系救助站，正在安置' } }, unit);
    case 'complete':
      return app.gql(CompleteOrderDocument, { input: { orderId, result: '已送救助站安置' } }, unit);
    case 'dispute':
      return app.gql(DisputeOrderDocument, { input: { orderId, reason: '价格问题属于物价局职责' } }, unit);
    case 'uphold':
      return app.gql(RuleDisputeDocument, { input: { orderId, ruling: 'UPHOLD', reassignTo: [REASSIGNED_TO] } }, { token: app.token('commander') });
    case 'reject':
      return app.gql(RuleDisputeDocument, { input: { orderId, ruling: 'REJECT' } }, { token: app.token('leadership') });
    case 'cancel':
      return app.gql(CancelOrderDocument, { input: { orderId, reason: '报警人已自行解决' } }, steps.desk);
    case 'notifyByPhone':
      return app.gql(RecordPhoneNotificationDocument, { input: { orderId, contactName: '民政局值班员王芳', phone: '0837-6822345' } }, steps.desk);
    case 'amend':
      return app.gql(AmendOrderDocument, { input: { orderId, urgency: 'EMERGENCY', instructions: '老人独居，优先处理' } }, steps.desk);
  }
}

async function orderStatus(orderId: string): Promise<OrderStatus> {
  const res = await app.gql(OrderTimelineDocument, { id: orderId }, steps.desk);
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.order.status;
}

/** A fresh order, brought to `state` along ORDER_PATH. */
async function orderIn(state: OrderStatus): Promise<string> {
  const { order } = await steps.orderTo(UNIT, { channel: 'GRID', urgency: 'URGENT' });
  let reached: OrderStatus = 'ISSUED';
  for (const action of ORDER_PATH[state]) {
    const res = await actOnOrder(action, order.id);
    if (res.errors) throw new Error(`arranging ${state}: ${action} from ${reached} failed: ${JSON.stringify(res.errors)}`);
    reached = ORDER_MATRIX[reached][action] as OrderStatus;
  }
  expect(reached).toBe(state);
  expect(await orderStatus(order.id)).toBe(state);
  return order.id;
}

// ---------------------------------------------------------------------------------------------
// Incidents
// ---------------------------------------------------------------------------------------------

const INCIDENT_ACTIONS = ['classify', 'classifyNoDispatch', 'dispatch', 'escalate', 'close', 'reopen'] as const;
type IncidentAction = (typeof INCIDENT_ACTIONS)[number];

/**
 * The incident state machine as documented. Classifying again before dispatch is allowed;
 * NO_DISPATCH closes the call. Dispatching again adds orders to a DISPATCHED incident.
 * Escalation reports upward without moving the incident. Closing a DISPATCHED incident needs
 * all its orders completed or cancelled, which the DISPATCHED incidents here have. Reopening
 * (重办) takes a CLOSED incident back to CLASSIFIED, to be dispatched again.
 */
const INCIDENT_MATRIX: Record<IncidentStatus, Record<IncidentAction, Outcome<IncidentStatus>>> = {
  RECEIVED: { classify: 'CLASSIFIED', classifyNoDispatch: 'CLOSED', dispatch: REFUSED, escalate: 'RECEIVED', close: REFUSED, reopen: REFUSED },
  CLASSIFIED: {
    classify: 'CLASSIFIED', classifyNoDispatch: 'CLOSED', dispatch: 'DISPATCHED', escalate: 'CLASSIFIED', close: 'CLOSED', reopen: REFUSED,
  },
  DISPATCHED: { classify: REFUSED, classifyNoDispatch: REFUSED, dispatch: 'DISPATCHED', escalate: 'DISPATCHED', close: 'CLOSED', reopen: REFUSED },
  CLOSED: { classify: REFUSED, classifyNoDispatch: REFUSED, dispatch: REFUSED, escalate: REFUSED, close: REFUSED, reopen: 'CLASSIFIED' },
};

/** The one event an allowed action records on the incident itself (not on any of its orders). */
const INCIDENT_EVENT: Record<IncidentAction, string> = {
  classify: 'INCIDENT_CLASSIFIED',
  classifyNoDispatch: 'INCIDENT_CLASSIFIED',
  dispatch: 'INCIDENT_DISPATCHED',
  escalate: 'INCIDENT_ESCALATED',
  close: 'INCIDENT_CLOSED',
  reopen: 'INCIDENT_REOPENED',
};

/** The unit the DISPATCHED incidents were first ordered to; a dispatch in the walk orders UNIT. */
const FIRST_UNIT = 'power';

function actOnIncident(action: IncidentAction, incidentId: string): Promise<GraphQLResponse<unknown>> {
  const desk = steps.desk;
  switch (action) {
    case 'classify':
      return app.gql(ClassifyIncidentDocument, { input: { incidentId, classification: 'LINKAGE' } }, desk);
    case 'classifyNoDispatch':
      return app.gql(ClassifyIncidentDocument, { input: { incidentId, classification: 'NO_DISPATCH', noDispatchReason: 'ADVICE_GIVEN' } }, desk);
    case 'dispatch':
      return app.gql(DispatchOrdersDocument, { input: { incidentId, orders: [{ unitCode: UNIT, channel: 'GRID', urgency: 'URGENT' }] } }, desk);
    case 'escalate':
      return app.gql(EscalateIncidentDocument, { input: { incidentId, reason: '群众聚集，可能扩大', targetCodes: ['leadership-group'] } }, desk);
    case 'close':
      return app.gql(CloseIncidentDocument, { input: { incidentId, note: '已处置完毕' } }, desk);
    case 'reopen':
      return app.gql(ReopenIncidentDocument, { input: { incidentId, reason: '回访群众不满意，问题仍未解决' } }, desk);
  }
}

async function incidentStatus(incidentId: string): Promise<IncidentStatus> {
  return (await steps.detail(incidentId)).status;
}

/** A fresh incident in `state`; a DISPATCHED one has its only order completed by the unit. */
async function incidentIn(state: IncidentStatus): Promise<string> {
  const incident = await steps.report('商场门口有人摔倒，地面结冰');
  if (state !== 'RECEIVED') await steps.classify(incident.id, 'LINKAGE');
  if (state === 'DISPATCHED') {
    const [order] = await steps.dispatch(incident.id, [{ unitCode: FIRST_UNIT, channel: 'PHONE', urgency: 'URGENT' }]);
    const unit = steps.unit(FIRST_UNIT);
    for (const res of [
      await app.gql(SignOrderDocument, { input: { orderId: order.id } }, unit),
      await app.gql(ArriveOrderDocument, { input: { orderId: order.id, arrivedAt: new Date().toISOString() } }, unit),
      await app.gql(CompleteOrderDocument, { input: { orderId: order.id, result: '已撒盐除冰，伤者已送医' } }, unit),
    ]) {
      if (res.errors) throw new Error(`arranging DISPATCHED: ${JSON.stringify(res.errors)}`);
    }
  }
  if (state === 'CLOSED') {
    const res = await actOnIncident('close', incident.id);
    if (res.errors) throw new Error(`arranging CLOSED: ${JSON.stringify(res.errors)}`);
  }
  expect(await incidentStatus(incident.id)).toBe(state);
  return incident.id;
}

// ---------------------------------------------------------------------------------------------
// The walk
// ---------------------------------------------------------------------------------------------

/** Kinds of the events that belong to the order, oldest first. */
async function eventsOfOrder(orderId: string): Promise<string[]> {
  const rows = await app.em().getConnection().execute<{ kind: string }[]>('select kind from event where order_id = ? order by seq', [orderId]);
  return rows.map((row) => row.kind);
}

/** Kinds of the events of the incident itself, oldest first: its orders' events belong to them. */
async function eventsOfIncident(incidentId: string): Promise<string[]> {
  const rows = await app
    .em()
    .getConnection()
    .execute<{ kind: string }[]>('select kind from event where incident_id = ? and order_id is null order by seq', [incidentId]);
  return rows.map((row) => row.kind);
}

/**
 * Allowed pairs that record no event on the subject itself: a further dispatch of a DISPATCHED
 * incident records only the ORDER_ISSUED of its new orders (INCIDENT_TRANSITIONS.dispatch is
 * recorded only when the state changes).
 */
const NO_EVENT_ON_SUBJECT = new Set(['incident DISPATCHED × dispatch']);
interface Case<S extends string, A extends string> {
  pair: string;
  name: string;
  state: S;
  action: A;
  outcome: Outcome<S>;
}

function cases<S extends string, A extends string>(subject: string, matrix: Record<S, Record<A, Outcome<S>>>, actions: readonly A[]): Case<S, A>[] {
  return (Object.keys(matrix) as S[]).flatMap((state) =>
    actions.map((action) => {
      const outcome = matrix[state][action];
      const pair = `${subject} ${state} × ${action}`;
      const name = `${pair} → ${outcome}`;
      return { pair, name, state, action, outcome };
    }),
  );
}

interface Subject<S extends string, A extends string> {
  kind: 'order' | 'incident';
  arrange(state: S): Promise<string>;
  act(action: A, id: string): Promise<GraphQLResponse<unknown>>;
  status(id: string): Promise<S>;
  events(id: string): Promise<string[]>;
  eventOf: Record<A, string>;
}

function walk<S extends string, A extends string>(subject: Subject<S, A>, all: Case<S, A>[]) {
  it.each(all)('$name', async ({ pair, state, action, outcome }) => {
    const id = await subject.arrange(state);
    const eventsBefore = await subject.events(id);
    const rowsBefore = await counts(app);

    const res = await subject.act(action, id);

    if (outcome === REFUSED) {
      expect(res.data ?? null).toBeNull();
      expect(res.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(res.errors?.[0].extensions?.currentStatus).toBe(state);
      expect(res.errors?.[0].message).toMatch(new RegExp(`\\b${subject.kind} is ${state}\\b`));
      expect(await counts(app)).toEqual(rowsBefore);
      expect(await subject.status(id)).toBe(state);
    } else {
      expect(res.errors).toBeUndefined();
      expect(await subject.status(id)).toBe(outcome);
      const recorded = NO_EVENT_ON_SUBJECT.has(pair) ? [] : [subject.eventOf[action]];
      expect(await subject.events(id)).toEqual([...eventsBefore, ...recorded]);
    }
  });
}

const ORDER_CASES = cases('order', ORDER_MATRIX, ORDER_ACTIONS);
const INCIDENT_CASES = cases('incident', INCIDENT_MATRIX, INCIDENT_ACTIONS);

describe('the transition tables of the code', () => {
  it('allow exactly the order pairs of the documented machine, to the same states, recording the same events', () => {
    for (const c of ORDER_CASES) {
      const row: OrderTransition = ORDER_TRANSITIONS[c.action];
      const state = c.state as OrderStatusValue;
      const to = row.from.includes(state) ? targetStatus({ status: state, statusBeforeDispute: OrderStatusValue.SIGNED }, c.action) : REFUSED;
      expect({ pair: c.pair, to, event: row.event }).toEqual({ pair: c.pair, to: c.outcome, event: ORDER_EVENT[c.action] });
    }
  });

  it('allow exactly the incident pairs of the documented machine, to the same states, recording the same events', () => {
    for (const c of INCIDENT_CASES) {
      const row: IncidentTransition = INCIDENT_TRANSITIONS[c.action];
      const to = !row.from.includes(c.state as IncidentStatusValue) ? REFUSED : row.to === 'UNCHANGED' ? c.state : row.to;
      expect({ pair: c.pair, to, event: row.event }).toEqual({ pair: c.pair, to: c.outcome, event: INCIDENT_EVENT[c.action] });
    }
  });
});

describe('every order action from every order state', () => {
  walk(
    { kind: 'order', arrange: orderIn, act: actOnOrder, status: orderStatus, events: eventsOfOrder, eventOf: ORDER_EVENT },
    ORDER_CASES,
  );
});

describe('every incident action from every incident state', () => {
  walk(
    { kind: 'incident', arrange: incidentIn, act: actOnIncident, status: incidentStatus, events: eventsOfIncident, eventOf: INCIDENT_EVENT },
    INCIDENT_CASES,
  );
});
