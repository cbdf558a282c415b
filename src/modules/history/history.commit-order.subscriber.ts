import type { EventSubscriber, FlushEventArgs } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { HistoryEvent } from './history.entity';

/** Transaction-scoped advisory lock that orders event writes. */
export const EVENT_WRITE_LOCK = 110_0002;

/**
 * Feed cursors are event seq numbers, and a cursor must never skip an event that commits
 * later with a lower seq. A transaction that writes events therefore takes this lock before
 * its first event row gets its seq and holds it until commit: seqs are handed out in commit
 * order. The lock covers only the flush and the commit, not the work before them.
 */
export class CommitOrderSubscriber implements EventSubscriber {
  async onFlush(args: FlushEventArgs): Promise<void> {
    const writesEvents = args.uow.getChangeSets().some((changeSet) => changeSet.entity instanceof HistoryEvent);
    if (!writesEvents) return;
    const em = args.em as EntityManager;
    if (!em.isInTransaction()) {
      throw new Error('History events must be written inside a transaction (use em.transactional), so their order is commit order.');
    }
    await em.getConnection().execute('select pg_advisory_xact_lock(?)', [EVENT_WRITE_LOCK], 'run', em.getTransactionContext());
  }
}
