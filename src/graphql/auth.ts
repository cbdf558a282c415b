import {
  createDevVerifier,
  createKeycloakVerifier,
  TokenRejectedError,
  type Principal,
  type TokenVerifier,
} from '../../integrations/keycloak';
import type { AppConfig } from '../config';
import { logger } from '../common/logger';
import { revokedMessage, type RevocationList } from '../modules/access/access.revocations';

export function createVerifier(config: Pick<AppConfig, 'auth' | 'dataDir'>): TokenVerifier {
  return rememberingVerifier(config.auth.mode === 'keycloak' ? createKeycloakVerifier(config.auth.keycloak) : createDevVerifier(config.dataDir));
}

/** Tokens verified lately, and for how long each is taken without checking it again. */
export const VERIFIED_TOKENS = { maxEntries: 2_000, maxAgeMs: 60_000 } as const;

/**
 * A console sends the same token with every request for the token's life (minutes), and its
 * verification (decoding, the claim checks, the RS256 signature) is the same work each time.
 * A token the verifier accepted is taken again, without that work, until the sooner of its
 * expiry and maxAgeMs after it was checked; a refused token is checked every time. So an
 * expired token is refused at its `exp` as before, and a key the realm stops publishing is
 * trusted at most maxAgeMs longer (keys are refetched only every jwksCacheSeconds anyway).
 * Revocations are checked per request by authenticate, outside this. Bounded: the oldest
 * entry goes first.
 */
export function rememberingVerifier(verifier: TokenVerifier, limits: { maxEntries: number; maxAgeMs: number } = VERIFIED_TOKENS): TokenVerifier {
  const verified = new Map<string, { principal: Principal; until: number }>();
  return {
    async verify(token: string): Promise<Principal> {
      const now = Date.now();
      const known = verified.get(token);
      if (known && now < known.until) return copyOf(known.principal);
      if (known) verified.delete(token);
      const principal = await verifier.verify(token);
      if (verified.size >= limits.maxEntries) verified.delete(verified.keys().next().value as string);
      verified.set(token, { principal: copyOf(principal), until: Math.min(principal.expiresAt.getTime(), now + limits.maxAgeMs) });
      return principal;
    },
  };
}

/** Each request gets its own principal: nothing one request does to it reaches another. */
function copyOf(principal: Principal): Principal {
  return { ...principal, roles: [...principal.roles] };
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
