import type { Principal } from '../../../integrations/keycloak';
import { ForbiddenError } from '../../common/errors';
import type { CaseScope } from './supervision.service';

/**
 * Who sees which unit's figures and cases. The office and admin see every unit's figures and
 * cases; the desk every unit's figures but no case; a unit operator its own unit's only.
 */
export function assessmentScope(principal: Principal): CaseScope {
  if (principal.roles.some((r) => r === 'leadership' || r === 'admin' || r === 'dispatcher' || r === 'commander')) return { kind: 'all' };
  if (principal.roles.includes('unit_operator') && principal.unitCode) return { kind: 'unit', unitCode: principal.unitCode };
  throw new ForbiddenError('This token may not read assessments.');
}

export function caseScope(principal: Principal): CaseScope {
  if (principal.roles.some((r) => r === 'leadership' || r === 'admin')) return { kind: 'all' };
  if (principal.roles.includes('unit_operator') && principal.unitCode) return { kind: 'unit', unitCode: principal.unitCode };
  throw new ForbiddenError('This token may not read accountability cases.');
}

export function assertUnitInScope(scope: CaseScope, unitCode: string, what: string): void {
  if (scope.kind === 'unit' && scope.unitCode !== unitCode) {
    throw new ForbiddenError(`This token may read ${what} of unit ${scope.unitCode} only, not of "${unitCode}".`);
  }
}
