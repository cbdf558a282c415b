import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError } from '../../common/errors';
import { assertId } from '../../common/ids';
import { EventLog, parseEventCursor, type EventLogEntry } from '../history/history.log';
import { Order } from '../orders/order.entity';
import { OrderChannel } from '../orders/order.enums';

export const GRID_CHANGES_MAX_PAGE = 100;

export interface GridChanges {
  changes: EventLogEntry[];
  endCursor?: string;
  hasMore: boolean;
}

/** What the grid platform reads of us (its pull feed) and what an administrator does to its queue. */
export class GridSyncService {
  constructor(private readonly em: EntityManager) {}

  /** Changes of grid orders after a cursor, oldest first, from the one event log the live feeds read too. */
  async changes(after: string | undefined, first: number): Promise<GridChanges> {
    const from = parseEventCursor(after) ?? 0n;
    if (first < 1 || first > GRID_CHANGES_MAX_PAGE) {
      throw new BadInputError(`first must be between 1 and ${GRID_CHANGES_MAX_PAGE}.`, { argument: 'first' });
    }
    const entries = await new EventLog(this.em).page({ after: from, limit: first + 1, orderChannel: OrderChannel.GRID });
    const page = entries.slice(0, first);
    return {
      changes: page,
      endCursor: page.length ? page[page.length - 1].seq.toString() : (after ?? undefined),
      hasMore: entries.length > first,
    };
  }

  /** Puts dead-lettered messages (all, or those of the orders named) back in the queue with a fresh retry window. */
  async replayDeadLetters(orderIds?: string[]): Promise<Order[]> {
    const ids = orderIds?.map((id) => assertId(id, 'order'));
    const rows = await this.em.getConnection().execute<{ order_id: string }[]>(
      `update grid_outbox set status = 'PENDING', attempts = 0, next_attempt_at = now(), window_started_at = now(), last_error = null, lease_until = null
        where status = 'DEAD' ${ids?.length ? `and order_id in (${ids.map(() => '?').join(', ')})` : ''}
        returning order_id`,
      ids ?? [],
      'all',
      this.em.getTransactionContext(),
    );
    const replayed = [...new Set(rows.map((row) => row.order_id))];
    return replayed.length ? this.em.find(Order, { id: { $in: replayed } }) : [];
  }
}
