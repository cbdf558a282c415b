import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError } from '../../common/errors';
import { Order } from './order.entity';
import { TERMINAL_ORDER_STATES } from './order.transitions';

/**
 * The partial unique index (migration Migration20261201120000_reliability) that holds at most
 * one open order per (incident, unit), whatever the interleaving of dispatches.
 */
export const ONE_OPEN_ORDER_PER_UNIT = 'order_one_open_per_incident_unit';

/** CONFLICT for a dispatch of units that already hold an open order: names the orders, so the desk can open them. */
export function alreadyOpenConflict(open: Order[], incidentStatus?: string): ConflictError {
  return new ConflictError(
    `Unit ${open.map((o) => `"${o.unit.code}"`).join(', ')} already holds an open order for this incident: ` +
      `${open.map((o) => o.id).join(', ')}.`,
    { currentStatus: incidentStatus, openOrderIds: open.map((o) => o.id) },
  );
}

/**
 * When the unique index refused a second open order (the row lock should have made this
 * impossible; the index is the guarantee), the same CONFLICT as the workflow's own check,
 * read from what the winner committed. Anything else is returned unchanged.
 */
export async function explainOpenOrderViolation(em: EntityManager, err: unknown): Promise<unknown> {
  if (!(err instanceof UniqueConstraintViolationException)) return err;
  if ((err as { constraint?: string }).constraint !== ONE_OPEN_ORDER_PER_UNIT) return err;
  // The detail reads: Key (incident_id, unit_id)=(<uuid>, <uuid>) already exists.
  const ids = /=\(([0-9a-f-]{36}), ([0-9a-f-]{36})\)/.exec((err as { detail?: string }).detail ?? '');
  if (!ids) return new ConflictError('The unit already holds an open order for this incident.', {});
  const open = await em
    .fork()
    .find(Order, { incident: ids[1], unit: ids[2], status: { $nin: TERMINAL_ORDER_STATES } }, { populate: ['unit', 'incident'] });
  return alreadyOpenConflict(open, open[0]?.incident.status);
}
