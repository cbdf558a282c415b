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
