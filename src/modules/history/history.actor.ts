import type { Principal, Role } from '../../../integrations/keycloak';
import { DESK } from '../../common/roles';
import { ActionChannel } from './history.enums';

/** Who made a change, in which role and through which channel: what every event records. */
export interface Actor {
  id: string;
  name?: string;
  role: string;
  unit?: string;
  channel: ActionChannel;
}

export const SYSTEM_ACTOR: Actor = { id: 'system', name: '系统', role: 'system', channel: ActionChannel.SYSTEM };

/**
 * The role a change is recorded under is the first of the caller's roles that the operation
 * allows. A unit's own action is UNIT_CONSOLE, the grid platform's GRID; the desk acting for
 * a unit (phone feedback in an emergency) is PHONE, and its own actions DESK.
 */
export function actorFor(principal: Principal, allowed: readonly Role[], onBehalfOfUnit = false): Actor {
  const role = principal.roles.find((r) => allowed.includes(r)) ?? principal.roles[0] ?? 'unknown';
  let channel: ActionChannel;
  if (role === 'unit_operator') channel = ActionChannel.UNIT_CONSOLE;
  else if (role === 'grid_sync') channel = ActionChannel.GRID;
  else if (onBehalfOfUnit && DESK.includes(role as Role)) channel = ActionChannel.PHONE;
  else channel = ActionChannel.DESK;
  return {
    id: principal.subject,
    name: principal.displayName ?? principal.username,
    role,
    unit: role === 'unit_operator' ? principal.unitCode : undefined,
    channel,
  };
}
