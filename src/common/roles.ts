import type { Role } from '../../integrations/keycloak';

/**
 * Every role group of the platform, in one place: `@Authorized` on root fields, the live feeds'
 * subscribe-time checks, row-level scope and the channel an actor is recorded under all read
 * these. docs/SECURITY.md is the written matrix and the permission-matrix test holds the code to it.
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
/** Who may check that the event history is untouched (accountability rests on it). */
export const HISTORY_VERIFIERS: Role[] = ['admin', 'leadership'];
/** Who reads and edits the routing taxonomy's categories. */
export const TAXONOMY_READERS: Role[] = [...DESK, ...ADMIN];
/** The grid platform's machine client. */
export const GRID_CLIENT: Role[] = ['grid_sync'];
/** Who may pull the grid platform's change feed: the platform itself, and an administrator checking it. */
export const GRID_FEED_READERS: Role[] = [...GRID_CLIENT, ...ADMIN];

/** Live feeds: who may follow orders (a unit operator its own unit's), every change, or escalations. */
export const ORDER_FEED_READERS: Role[] = [...DESK_AND_OVERSIGHT, 'unit_operator'];
export const INCIDENT_FEED_READERS: Role[] = DESK_AND_OVERSIGHT;
export const ESCALATION_FEED_READERS: Role[] = ['leadership', 'commander', 'admin'];
