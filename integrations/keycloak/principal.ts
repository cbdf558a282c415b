/**
 * What the rest of the platform knows about a caller. Nothing here depends on
 * keycloak-connect, so the library behind `TokenVerifier` can be replaced
 * without touching resolvers or the auth checker.
 */

export const ROLES = ['dispatcher', 'commander', 'unit_operator', 'leadership', 'grid_sync', 'admin'] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export interface Principal {
  /** The token's `sub`: stable across renames, unlike the username. */
  subject: string;
  username: string;
  displayName?: string;
  roles: Role[];
  /** Member unit code (units.json) for unit staff; always set for unit_operator. */
  unitCode?: string;
  expiresAt: Date;
  /** From `iat`: lets the platform refuse tokens issued before an access revocation. */
  issuedAt?: Date;
  tokenId?: string;
}

export interface TokenVerifier {
  /** Resolves to the caller, or rejects with a `TokenRejectedError`. */
  verify(token: string): Promise<Principal>;
}
