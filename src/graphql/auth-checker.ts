import type { AuthChecker } from 'type-graphql';
import type { Principal, Role } from '../../integrations/keycloak';
import { AuthenticationError, ForbiddenError } from '../common/errors';
import type { GraphQLContext } from './context';

export function requirePrincipal(ctx: Pick<GraphQLContext, 'principal' | 'authRejection'>): Principal {
  if (ctx.principal) return ctx.principal;
  throw new AuthenticationError(
    ctx.authRejection ?? 'Sign in first: send a bearer token in the Authorization header (npm run token in development).',
  );
}

/** The caller may act in one of `roles`, or is told which roles the field needs. */
export function requireRole(ctx: Pick<GraphQLContext, 'principal' | 'authRejection'>, roles: readonly Role[], field: string): Principal {
  const principal = requirePrincipal(ctx);
  if (roles.length === 0 || roles.some((role) => principal.roles.includes(role))) return principal;
  throw new ForbiddenError(
    `${field} needs one of the roles ${roles.join(', ')}; ` +
      `this token has ${principal.roles.length ? principal.roles.join(', ') : 'no platform role'}.`,
    { requiredRoles: roles },
  );
}

/**
 * `@Authorized(...roles)` on every root field; an operation without a rule is refused by the
 * permission-matrix test. Errors name the roles needed, so a console can say why.
 */
export const authChecker: AuthChecker<GraphQLContext, Role> = ({ context, info }, roles) => {
  requireRole(context, roles, `${info.parentType.name}.${info.fieldName}`);
  return true;
};
