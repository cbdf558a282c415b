import type { Role } from '../../integrations/keycloak';

/**
 * Role groups used in `@Authorized`; docs/SECURITY.md is the written matrix and the
 * permission-matrix test holds the code to it.
 */
export const EVERYONE: Role[] = ['dispatcher', 'commander', 'unit_operator', 'leadership', 'grid_sync', 'admin'];
/** The 110 desk and those who oversee it. */
export const DESK_AND_OVERSIGHT: Role[] = ['dispatcher', 'commander', 'leadership', 'admin'];
/** Who may read orders: the desk and oversight in full, units and the grid platform in their scope. */
export const ORDER_READERS: Role[] = [...DESK_AND_OVERSIGHT, 'unit_operator', 'grid_sync'];
/** The 110 desk: receives, classifies, dispatches, escalates, closes. */
export const DESK: Role[] = ['dispatcher', 'commander'];
/** Who acts on an order as the unit: the unit itself, the grid platform for it, or the desk by phone. */
export const ORDER_HANDLERS: Role[] = ['unit_operator', 'grid_sync', 'dispatcher', 'commander'];
/** Who rules on disputes (notice: the desk or the office rules). */
export const DISPUTE_JUDGES: Role[] = ['commander', 'leadership'];
/** Who acknowledges reports of major incidents on behalf of the targets. */
export const ESCALATION_RECEIVERS: Role[] = ['leadership'];
export const ADMIN: Role[] = ['admin'];
