import type { MikroORM } from '@mikro-orm/postgresql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { logger } from '../../common/logger';
import { SYSTEM_ACTOR } from '../history/history.actor';
import { RosterService } from '../rosters/roster.service';
import { missedDeadline, missedDeadlineCondition } from './order.deadlines';
import { Order } from './order.entity';
import { OrderWorkflow } from './order.workflow';

const BATCH = 100;

/**
 * Marks orders that missed a deadline and escalates each to its unit's responsible leader
 * (the leader on call in the roster, else the unit's 分管领导), both recorded as events.
 * Which deadline counts in which state is order-deadlines.ts's rule, in SQL and in code alike.
 * Rows are claimed with FOR UPDATE SKIP LOCKED, so replicas sweeping at once split the work
 * and never mark an order twice. Returns the number of orders marked.
 */
export async function sweepOverdueOrders(em: EntityManager, now = new Date()): Promise<number> {
  let marked = 0;
  for (;;) {
    const missed = missedDeadlineCondition(now);
    const batch = await em.transactional(async (tx) => {
      const rows = await tx.getConnection().execute<{ id: string }[]>(
        `select id from "order" where overdue = false and ${missed.sql}
          order by issued_at limit ${BATCH} for update skip locked`,
        missed.params,
        'all',
        tx.getTransactionContext(),
      );
      if (rows.length === 0) return 0;
      const orders = await tx.find(Order, { id: { $in: rows.map((r) => r.id) } }, { populate: ['unit', 'incident'] });
      const workflow = new OrderWorkflow(tx, SYSTEM_ACTOR, { kind: 'all' });
      const rosters = new RosterService(tx);
      for (const order of orders) {
        const leader = await rosters.leaderFor(order.unit, now);
        workflow.markOverdue(order, missedDeadline(order, now) ?? 'feedback', now, leader);
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
