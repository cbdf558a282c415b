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
