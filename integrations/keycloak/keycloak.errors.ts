export const TOKEN_REJECTION_REASONS = [
  'MALFORMED',
  'UNSUPPORTED_ALG',
  'BAD_SIGNATURE',
  'UNKNOWN_KEY',
  'KEYS_UNAVAILABLE',
  'NO_EXPIRY',
  'EXPIRED',
  'NOT_YET_VALID',
  'WRONG_ISSUER',
  'WRONG_AUDIENCE',
  'WRONG_TYPE',
  'INVALID_CLAIM',
  'MISSING_SUBJECT',
  'MISSING_UNIT',
  'VERIFICATION_FAILED',
] as const;

export type TokenRejectionReason = (typeof TOKEN_REJECTION_REASONS)[number];

/**
 * The one error a `TokenVerifier` throws. The reason is for code (map it to
 * UNAUTHENTICATED); the message is for a person reading logs or a client error.
 * KEYS_UNAVAILABLE means Keycloak could not be reached rather than a bad token:
 * worth logging as an operational fault.
 */
export class TokenRejectedError extends Error {
  constructor(
    readonly reason: TokenRejectionReason,
    message: string,
  ) {
    super(message);
    this.name = 'TokenRejectedError';
  }
}

/** Thrown at start-up, so a misconfigured verifier fails before it serves anyone. */
export class KeycloakSettingsError extends Error {
  readonly reason = 'INVALID_SETTING';

  constructor(
    readonly setting: string,
    message: string,
  ) {
    super(`${setting}: ${message}`);
    this.name = 'KeycloakSettingsError';
  }
}

export type DevModeErrorReason = 'PRODUCTION' | 'UNKNOWN_ROLE' | 'MISSING_UNIT' | 'INVALID_TTL' | 'INVALID_KEY_FILE';

export class DevModeError extends Error {
  constructor(
    readonly reason: DevModeErrorReason,
    message: string,
  ) {
    super(message);
    this.name = 'DevModeError';
  }
}
