import type { AuthChecker } from 'type-graphql';
import {
  createDevVerifier,
  createKeycloakVerifier,
  TokenRejectedError,
  type Principal,
  type Role,
  type TokenVerifier,
} from '../../integrations/keycloak';
import type { AppConfig } from '../config';
import { DomainError, ErrorCode } from '../common/errors';
import { logger } from '../common/logger';
import type { GraphQLContext } from './context';
import type { RevocationList } from '../modules/access/access-revocation.service';

export function createVerifier(config: Pick<AppConfig, 'auth' | 'dataDir'>): TokenVerifier {
  return config.auth.mode === 'keycloak' ? createKeycloakVerifier(config.auth.keycloak) : createDevVerifier(config.dataDir);
}

export interface Authentication {
  principal?: Principal;
  /** Why a presented token was refused; reported when an operation needs a caller. */
  rejection?: string;
}

const BEARER = /^Bearer\s+(\S+)$/i;

/**
 * Reads `Bearer <token>` (from a header or a connection_init payload), verifies it and checks
 * that its user's access has not been revoked since it was issued.
 */
export async function authenticate(
  verifier: TokenVerifier,
  authorization: unknown,
  revocations?: RevocationList,
): Promise<Authentication> {
  if (typeof authorization !== 'string' || authorization.trim() === '') return {};
  const match = BEARER.exec(authorization.trim());
  if (!match) return { rejection: 'The Authorization header must be "Bearer <token>".' };
  try {
    const principal = await verifier.verify(match[1]);
    const revokedAt = revocations?.revokedAt(principal);
    if (revokedAt) return { rejection: revokedMessage(revokedAt) };
    return { principal };
  } catch (err) {
    if (err instanceof TokenRejectedError) {
      if (err.reason === 'KEYS_UNAVAILABLE') logger.error('Keycloak keys unavailable', { err });
      return { rejection: `The token was refused: ${err.message}` };
    }
    throw err;
  }
}

export function revokedMessage(revokedAt: Date): string {
  return `The token was refused: access was revoked at ${revokedAt.toISOString()}; sign in again.`;
}

export class AuthenticationError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(ErrorCode.FORBIDDEN, message, details);
  }
}

export function requirePrincipal(ctx: Pick<GraphQLContext, 'principal' | 'authRejection'>): Principal {
  if (ctx.principal) return ctx.principal;
  throw new AuthenticationError(
    ctx.authRejection ?? 'Sign in first: send a bearer token in the Authorization header (npm run token in development).',
  );
}

/**
 * `@Authorized(...roles)` on every root field; an operation without a rule is refused by the
 * permission-matrix test. Errors name the roles needed, so a console can say why.
 */
export const authChecker: AuthChecker<GraphQLContext, Role> = ({ context, info }, roles) => {
  const principal = requirePrincipal(context);
  if (roles.length === 0 || roles.some((role) => principal.roles.includes(role))) return true;
  throw new ForbiddenError(
    `${info.parentType.name}.${info.fieldName} needs one of the roles ${roles.join(', ')}; ` +
      `this token has ${principal.roles.length ? principal.roles.join(', ') : 'no platform role'}.`,
    { requiredRoles: roles },
  );
};
