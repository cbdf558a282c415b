import { ChangeSetType, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import { HistoryEvent } from '../history/history.entity';
import { ActionChannel } from '../history/history.enums';
import { OrderChannel } from '../orders/order.enums';
import { GridOutboxMessage } from './grid-sync.entity';

/**
 * Notice 四: general orders reach units through the grid platform, so every recorded change of
 * a grid order is mirrored there, except one the grid platform itself reported. The one rule;
 * the flush subscriber below applies it, and so does a writer that records events in one
 * statement of its own (dispatch), with the message in that same statement.
 */
export function gridMessageFor(event: HistoryEvent): GridOutboxMessage | undefined {
  if (event.order?.channel !== OrderChannel.GRID || event.channel === ActionChannel.GRID) return undefined;
  const message = new GridOutboxMessage();
  message.order = event.order;
  message.reason = event.kind;
  return message;
}

/**
 * The outbox message joins the same flush (and so the same transaction) as the event that
 * caused it: a committed change is never missing its message, and the history knows nothing of
 * the grid.
 */
export class GridOutboxSubscriber implements EventSubscriber {
  onFlush(args: FlushEventArgs): void {
    for (const changeSet of args.uow.getChangeSets()) {
      if (changeSet.type !== ChangeSetType.CREATE || !(changeSet.entity instanceof HistoryEvent)) continue;
      const message = gridMessageFor(changeSet.entity);
      if (message) args.uow.computeChangeSet(message);
    }
  }
}
