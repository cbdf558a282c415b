import type { MikroORM } from '@mikro-orm/postgresql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { logger } from '../../common/logger';
import { SYSTEM_ACTOR } from '../history/actor';
import { recordEvent } from '../history/history.service';
import { RosterShift } from '../rosters/roster-shift.entity';
import { RosterDuty } from '../rosters/roster.enums';
import { Order } from './order.entity';

const BATCH = 100;

/** Which deadline an order has missed at `now`, if any. */
export function missedDeadline(order: Order, now: Date): 'sign' | 'arrive' | 'feedback' | undefined {
  if (order.status === 'ISSUED' && order.signDeadline && order.signDeadline < now) return 'sign';
  if ((order.status === 'ISSUED' || order.status === 'SIGNED') && order.arriveDeadline && order.arriveDeadline < now) return 'arrive';
  if (order.feedbackDeadline && order.feedbackDeadline < now) return 'feedback';
  return undefined;
}

/**
 * Marks orders that missed a deadline and escalates each to its unit's responsible leader
 * (the leader on call in the roster, else the unit's 分管领导), both recorded as events.
 * Rows are claimed with FOR UPDATE SKIP LOCKED, so replicas sweeping at once split the work
 * and never mark an order twice. Returns the number of orders marked.
 */
export async function sweepOverdueOrders(em: EntityManager, now = new Date()): Promise<number> {
  let marked = 0;
  for (;;) {
    const batch = await em.transactional(async (tx) => {
      const rows = await tx.getConnection().execute<{ id: string }[]>(
        `select id from "order"
          where overdue = false and status in ('ISSUED', 'SIGNED', 'ON_SCENE', 'HANDLING')
            and ((status = 'ISSUED' and sign_deadline < ?)
              or (status in ('ISSUED', 'SIGNED') and arrive_deadline < ?)
              or feedback_deadline < ?)
          order by issued_at limit ${BATCH} for update skip locked`,
        [now, now, now],
        'all',
        tx.getTransactionContext(),
      );
      if (rows.length === 0) return 0;
      const orders = await tx.find(Order, { id: { $in: rows.map((r) => r.id) } }, { populate: ['unit', 'incident'] });
      for (const order of orders) {
        const missed = missedDeadline(order, now) ?? 'feedback';
        const before = { status: order.status, overdue: false };
        order.overdue = true;
        order.overdueSince = now;
        recordEvent(tx, {
          incident: order.incident,
          order,
          kind: 'ORDER_OVERDUE',
          actor: SYSTEM_ACTOR,
          occurredAt: now,
          before,
          after: { status: order.status, overdue: true, missed },
          note: `未在时限内${missed === 'sign' ? '签收' : missed === 'arrive' ? '到场' : '反馈'} missed the ${missed} deadline`,
        });
        const onCall = await tx.findOne(
          RosterShift,
          { unit: order.unit, duty: RosterDuty.RESPONSIBLE_LEADER, startsAt: { $lte: now }, endsAt: { $gt: now } },
          { orderBy: { startsAt: 'desc' } },
        );
        const leader = onCall
          ? { name: onCall.personName, phone: onCall.phone, source: 'roster' }
          : { name: order.unit.responsibleLeader.name ?? null, phone: order.unit.responsibleLeader.phone ?? null, source: 'unit' };
        recordEvent(tx, {
          incident: order.incident,
          order,
          kind: 'ESCALATED_TO_UNIT_LEADER',
          actor: SYSTEM_ACTOR,
          occurredAt: now,
          after: { unit: order.unit.code, leader },
          note: leader.name ? `通知分管领导 ${leader.name}` : '单位未登记分管领导 the unit has no responsible leader on record',
        });
      }
      return orders.length;
    });
    marked += batch;
    if (batch < BATCH) return marked;
  }
}

/** Runs the sweep every `intervalMs` in this process; safe to run in every replica. */
export function startOverdueScheduler(orm: MikroORM, intervalMs: number): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = sweepOverdueOrders(orm.em.fork())
      .then((count) => count > 0 && logger.info('orders marked overdue', { count }))
      .catch((err: unknown) => logger.error('overdue sweep failed', { err }));
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
