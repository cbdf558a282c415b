import { ConflictError } from '../../common/errors';
import { EventKind } from '../history/history.enums';
import { OrderStatus } from './order.enums';

const { ISSUED, SIGNED, ON_SCENE, HANDLING, COMPLETED, DISPUTED, CANCELLED } = OrderStatus;

/** Where a transition leaves the order: a state, the state it had before its dispute, or as it was. */
export const UNCHANGED = 'UNCHANGED';
export const BEFORE_DISPUTE = 'BEFORE_DISPUTE';

export interface OrderTransition {
  /** The states the action may start from; from any other it is a CONFLICT naming the state. */
  from: readonly OrderStatus[];
  to: OrderStatus | typeof UNCHANGED | typeof BEFORE_DISPUTE;
  /** The event the action records. */
  event: EventKind;
  /** What the action is, for the CONFLICT message ("Cannot sign for the order: ..."). */
  words: string;
  /** A record that changes none of the order's columns still moves its version (concurrent changes conflict; the grid platform takes the repair). */
  movesVersion?: true;
}

const OPEN = [ISSUED, SIGNED, ON_SCENE, HANDLING, DISPUTED] as const;
const UNDER_WAY = [ISSUED, SIGNED, ON_SCENE, HANDLING] as const;
const ANY = Object.values(OrderStatus);

/**
 * The order state machine (notice 四): every change of an order's state, and every event
 * recorded on an order, is a row here, and OrderWorkflow.move() is the one function that
 * applies a row. The last six rows are the platform's own (time limits, grid reconciliation).
 */
export const ORDER_TRANSITIONS = {
  sign: { from: [ISSUED], to: SIGNED, event: EventKind.ORDER_SIGNED, words: 'sign for the order' },
  arrive: { from: [SIGNED], to: ON_SCENE, event: EventKind.ORDER_ARRIVED, words: 'record arrival' },
  feedback: { from: [ON_SCENE, HANDLING], to: HANDLING, event: EventKind.FEEDBACK_RECORDED, words: 'record feedback' },
  complete: { from: [ON_SCENE, HANDLING], to: COMPLETED, event: EventKind.ORDER_COMPLETED, words: 'complete the order' },
  dispute: { from: [ISSUED, SIGNED], to: DISPUTED, event: EventKind.ORDER_DISPUTED, words: 'dispute the order' },
  uphold: { from: [DISPUTED], to: CANCELLED, event: EventKind.DISPUTE_UPHELD, words: 'uphold a dispute' },
  reject: { from: [DISPUTED], to: BEFORE_DISPUTE, event: EventKind.DISPUTE_REJECTED, words: 'reject a dispute' },
  cancel: { from: OPEN, to: CANCELLED, event: EventKind.ORDER_CANCELLED, words: 'cancel the order' },
  /** 变更指令: urgency or instructions of an order still under way or disputed. */
  amend: { from: OPEN, to: UNCHANGED, event: EventKind.ORDER_AMENDED, words: 'amend the order', movesVersion: true },
  notifyByPhone: { from: OPEN, to: UNCHANGED, event: EventKind.PHONE_NOTIFICATION_RECORDED, words: 'record a phone notification', movesVersion: true },
  markOverdue: { from: UNDER_WAY, to: UNCHANGED, event: EventKind.ORDER_OVERDUE, words: 'mark the order overdue' },
  escalateToLeader: { from: UNDER_WAY, to: UNCHANGED, event: EventKind.ESCALATED_TO_UNIT_LEADER, words: 'escalate to the unit leader' },
  flagRosterGap: { from: [ISSUED], to: UNCHANGED, event: EventKind.ROSTER_GAP, words: 'flag a roster gap' },
  escalateRosterGap: { from: [ISSUED], to: UNCHANGED, event: EventKind.ESCALATED_FOR_ROSTER_GAP, words: 'escalate a roster gap to the unit leader and liaison' },
  resendToGrid: { from: ANY, to: UNCHANGED, event: EventKind.GRID_RECONCILED, words: 'send the order to the grid platform again', movesVersion: true },
  reportGridDivergence: { from: ANY, to: UNCHANGED, event: EventKind.GRID_DIVERGENCE, words: 'record a grid divergence' },
} as const satisfies Record<string, OrderTransition>;

export type OrderAction = keyof typeof ORDER_TRANSITIONS;

/** An order comes into being ISSUED; its creation is recorded as ORDER_ISSUED. */
export const ORDER_CREATION = { to: ISSUED, event: EventKind.ORDER_ISSUED } as const;

/** Orders in these states hold nothing open: an incident may close, a unit may be ordered again. */
export const TERMINAL_ORDER_STATES = ANY.filter((status) => !OPEN.includes(status as (typeof OPEN)[number]));

/** CONFLICT unless the action may start from the order's state. */
export function assertOrderMay(order: { status: OrderStatus }, action: OrderAction): void {
  const row: OrderTransition = ORDER_TRANSITIONS[action];
  if (!row.from.includes(order.status)) {
    throw new ConflictError(
      `Cannot ${row.words}: the order is ${order.status}; this is possible only when it is ${row.from.join(' or ')}.`,
      { currentStatus: order.status },
    );
  }
}

/** The state an action leaves the order in. */
export function targetStatus(order: { status: OrderStatus; statusBeforeDispute?: OrderStatus }, action: OrderAction): OrderStatus {
  const to: OrderTransition['to'] = ORDER_TRANSITIONS[action].to;
  if (to === UNCHANGED) return order.status;
  if (to === BEFORE_DISPUTE) return order.statusBeforeDispute ?? ISSUED;
  return to;
}
