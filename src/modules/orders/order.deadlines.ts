import { OrderStatus } from './order.enums';

/**
 * The deadlines an order can still owe. `ruling` is the desk's or the office's: a disputed
 * order waits for a ruling, due by the order's ruling deadline (set when the unit disputes).
 * The dispute deadline itself only bounds disputeOrder: it is a right of the unit, not a duty.
 */
export type DeadlineKind = 'sign' | 'arrive' | 'feedback' | 'ruling';

/**
 * Who owes each deadline. A unit that misses its own is marked overdue and escalated to its
 * responsible leader; a late ruling is the desk's, so it shows on the board as the order's next
 * deadline but never marks the unit overdue.
 */
export const DEADLINE_OWER: Readonly<Record<DeadlineKind, 'unit' | 'desk'>> = {
  sign: 'unit',
  arrive: 'unit',
  feedback: 'unit',
  ruling: 'desk',
};

/**
 * The one rule of which deadlines an order still has to meet in each state: the overdue sweep
 * (its SQL condition included), `Incident.nextDeadline`, the board's deadline sort and filters
 * (their SQL generated here too) and the benches all read this table. An order waiting for its
 * sign-for still owes arrival and feedback; one on the scene owes only its feedback; a disputed
 * one owes a ruling; a finished or cancelled order owes nothing.
 */
export const PENDING_DEADLINES: Readonly<Record<OrderStatus, readonly DeadlineKind[]>> = {
  [OrderStatus.ISSUED]: ['sign', 'arrive', 'feedback'],
  [OrderStatus.SIGNED]: ['arrive', 'feedback'],
  [OrderStatus.ON_SCENE]: ['feedback'],
  [OrderStatus.HANDLING]: ['feedback'],
  [OrderStatus.COMPLETED]: [],
  [OrderStatus.DISPUTED]: ['ruling'],
  [OrderStatus.CANCELLED]: [],
};

export interface OrderDeadlines {
  status: OrderStatus;
  signDeadline?: Date | null;
  arriveDeadline?: Date | null;
  feedbackDeadline?: Date | null;
  rulingDeadline?: Date | null;
}

const PROPERTY = { sign: 'signDeadline', arrive: 'arriveDeadline', feedback: 'feedbackDeadline', ruling: 'rulingDeadline' } as const;
const COLUMN: Record<DeadlineKind, string> = {
  sign: 'sign_deadline',
  arrive: 'arrive_deadline',
  feedback: 'feedback_deadline',
  ruling: 'ruling_deadline',
};

/** The deadlines an order has not met yet, by what it still has to do (earliest kind first). */
export function pendingDeadlines(order: OrderDeadlines): { kind: DeadlineKind; at: Date }[] {
  return PENDING_DEADLINES[order.status].flatMap((kind) => {
    const at = order[PROPERTY[kind]];
    return at ? [{ kind, at }] : [];
  });
}

/** The earliest deadline the order still has to meet, if any (the unit's or a ruling). */
export function nextDeadline(order: OrderDeadlines): Date | undefined {
  const times = pendingDeadlines(order).map((d) => d.at.getTime());
  return times.length ? new Date(Math.min(...times)) : undefined;
}

/** Which of its own deadlines the unit has missed at `now`, if any (sign before arrive before feedback). */
export function missedDeadline(order: OrderDeadlines, now: Date): DeadlineKind | undefined {
  return pendingDeadlines(order).find((d) => DEADLINE_OWER[d.kind] === 'unit' && d.at < now)?.kind;
}

/** The order states in which an order still owes a deadline: "open" for the board's filters. */
export const STATES_OWING_DEADLINES: readonly OrderStatus[] = (Object.keys(PENDING_DEADLINES) as OrderStatus[]).filter(
  (status) => PENDING_DEADLINES[status].length > 0,
);

/**
 * The SQL form of `missedDeadline(order, now) !== undefined`, built from the same table, for
 * rows of "order" (optionally aliased), with its `?` parameters.
 */
export function missedDeadlineCondition(now: Date, alias = ''): { sql: string; params: Date[] } {
  const col = (name: string) => (alias ? `${alias}.${name}` : name);
  const params: Date[] = [];
  const byStatus = Object.entries(PENDING_DEADLINES)
    .map(([status, kinds]) => [status, kinds.filter((kind) => DEADLINE_OWER[kind] === 'unit')] as const)
    .filter(([, kinds]) => kinds.length > 0)
    .map(([status, kinds]) => {
      const missed = kinds.map((kind) => {
        params.push(now);
        return `${col(COLUMN[kind])} < ?`;
      });
      return `(${col('status')} = '${status}' and (${missed.join(' or ')}))`;
    });
  return { sql: `(${byStatus.join(' or ')})`, params };
}

/**
 * The SQL form of `nextDeadline(order)` for a row of "order" aliased `alias` (null when the
 * order owes nothing): `least` skips nulls as `pendingDeadlines` skips unset deadlines.
 */
export function nextDeadlineSql(alias: string): string {
  const arms = Object.entries(PENDING_DEADLINES)
    .filter(([, kinds]) => kinds.length > 0)
    .map(([status, kinds]) => `when '${status}' then least(${kinds.map((kind) => `${alias}.${COLUMN[kind]}`).join(', ')})`);
  return `(case ${alias}.status ${arms.join(' ')} end)`;
}
