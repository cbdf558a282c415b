import { OrderStatus } from './order.enums';

/** The deadlines an order is given at issue (the dispute deadline only bounds disputeOrder). */
export type DeadlineKind = 'sign' | 'arrive' | 'feedback';

/**
 * The one rule of which deadlines an order still has to meet in each state: the overdue sweep
 * (its SQL condition included), `Incident.nextDeadline` and the benches all read this table.
 * An order waiting for its sign-for still owes arrival and feedback; one on the scene owes
 * only its feedback; a finished, cancelled or disputed order owes nothing.
 */
export const PENDING_DEADLINES: Readonly<Record<OrderStatus, readonly DeadlineKind[]>> = {
  [OrderStatus.ISSUED]: ['sign', 'arrive', 'feedback'],
  [OrderStatus.SIGNED]: ['arrive', 'feedback'],
  [OrderStatus.ON_SCENE]: ['feedback'],
  [OrderStatus.HANDLING]: ['feedback'],
  [OrderStatus.COMPLETED]: [],
  [OrderStatus.DISPUTED]: [],
  [OrderStatus.CANCELLED]: [],
};

export interface OrderDeadlines {
  status: OrderStatus;
  signDeadline?: Date | null;
  arriveDeadline?: Date | null;
  feedbackDeadline?: Date | null;
}

const PROPERTY = { sign: 'signDeadline', arrive: 'arriveDeadline', feedback: 'feedbackDeadline' } as const;
const COLUMN: Record<DeadlineKind, string> = { sign: 'sign_deadline', arrive: 'arrive_deadline', feedback: 'feedback_deadline' };

/** The deadlines an order has not met yet, by what it still has to do (earliest kind first). */
export function pendingDeadlines(order: OrderDeadlines): { kind: DeadlineKind; at: Date }[] {
  return PENDING_DEADLINES[order.status].flatMap((kind) => {
    const at = order[PROPERTY[kind]];
    return at ? [{ kind, at }] : [];
  });
}

/** The earliest deadline the order still has to meet, if any. */
export function nextDeadline(order: OrderDeadlines): Date | undefined {
  const times = pendingDeadlines(order).map((d) => d.at.getTime());
  return times.length ? new Date(Math.min(...times)) : undefined;
}

/** Which deadline an order has missed at `now`, if any (sign before arrive before feedback). */
export function missedDeadline(order: OrderDeadlines, now: Date): DeadlineKind | undefined {
  return pendingDeadlines(order).find((d) => d.at < now)?.kind;
}

/**
 * The SQL form of `missedDeadline(order, now) !== undefined`, built from the same table, for
 * rows of "order" (optionally aliased), with its `?` parameters.
 */
export function missedDeadlineCondition(now: Date, alias = ''): { sql: string; params: Date[] } {
  const col = (name: string) => (alias ? `${alias}.${name}` : name);
  const params: Date[] = [];
  const byStatus = Object.entries(PENDING_DEADLINES)
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
