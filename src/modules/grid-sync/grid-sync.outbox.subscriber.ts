import { ChangeSetType, type EventSubscriber, type FlushEventArgs } from '@mikro-orm/core';
import { HistoryEvent } from '../history/history.entity';
import { OrderChannel } from '../orders/order.enums';
import { GridOutboxMessage } from './grid-sync.entity';

/**
 * Notice 四: general orders reach units through the grid platform, so every recorded change of
 * a grid order is mirrored there. That includes a change the grid platform itself reported: it
 * moves the order to a new version and often to a stage of ours the grid did not set (RESULT is
 * its FEEDBACK stage, our COMPLETED is CLOSED), so sending it back makes both sides agree at
 * once instead of at the next reconciliation, which would otherwise find the grid behind. The
 * outbox message joins the same flush (and so the same transaction) as the event that caused
 * it: a committed change is never missing its message, and the history knows nothing of the grid.
 */
export function gridMessageFor(event: HistoryEvent): GridOutboxMessage | undefined {
  if (event.order?.channel !== OrderChannel.GRID) return undefined;
  const message = new GridOutboxMessage();
  message.order = event.order;
  message.reason = event.kind;
  return message;
}

/**
 * The rule above, applied to every flush; a writer that records events in one statement of its
 * own (dispatch) applies it too, with the message in that same statement.
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
