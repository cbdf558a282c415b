import type { DecodedJwt } from './jwt';
import { TokenRejectedError } from './keycloak.errors';
import { isRole, type Principal, type Role } from './principal';

export interface TokenExpectations {
  issuer: string;
  /** Our API's client id: it must be in `aud`, or be the `azp`. */
  audience: string;
  algorithms: readonly string[];
  clockSkewSeconds: number;
}

/**
 * The claim checks both verifiers apply before any signature work, and the
 * mapping from claims to a Principal. Checking claims first means a token
 * from another realm or client never makes the JWKS cache go to the network.
 *
 * keycloak-connect 26 lets through a token without `exp` (NaN compares false
 * in its expiry check) and never looks at `nbf`, so those two live here.
 */
export function checkToken(decoded: DecodedJwt, expect: TokenExpectations, nowMs: number = Date.now()): Principal {
  checkAlgorithm(decoded.header, expect.algorithms);
  const claims = decoded.payload;
  checkType(claims);
  checkIssuer(claims, expect.issuer);
  checkAudience(claims, expect.audience);
  const expiresAt = checkLifetime(claims, expect.clockSkewSeconds, nowMs / 1000);
  return principalFrom(claims, expiresAt);
}

function checkAlgorithm(header: Record<string, unknown>, allowed: readonly string[]): void {
  const alg = header.alg;
  if (typeof alg !== 'string') {
    throw new TokenRejectedError('MALFORMED', 'The token header names no signing algorithm (alg).');
  }
  if (alg.toLowerCase() === 'none') {
    throw new TokenRejectedError('UNSUPPORTED_ALG', 'Unsigned tokens (alg "none") are refused.');
  }
  if (/^HS/i.test(alg)) {
    // Keycloak signs access tokens with the realm's private key. Accepting an
    // HMAC token would let anyone who knows the public key forge one with it.
    throw new TokenRejectedError('UNSUPPORTED_ALG', `HMAC-signed tokens (${alg}) are refused; access tokens must be signed with the realm's key pair.`);
  }
  if (!allowed.includes(alg)) {
    throw new TokenRejectedError('UNSUPPORTED_ALG', `Tokens signed with ${quote(alg)} are not accepted; expected ${allowed.join(' or ')}.`);
  }
  if (header.crit !== undefined) {
    throw new TokenRejectedError('UNSUPPORTED_ALG', 'The token header has critical extensions (crit), which are not supported.');
  }
}

function checkType(claims: Record<string, unknown>): void {
  // ID tokens ("ID") and refresh tokens ("Refresh") are signed by the same
  // realm; only access tokens may call the API.
  if (claims.typ !== undefined && claims.typ !== 'Bearer') {
    throw new TokenRejectedError('WRONG_TYPE', `This is a ${quote(claims.typ)} token; only access tokens (typ "Bearer") are accepted.`);
  }
}

function checkIssuer(claims: Record<string, unknown>, issuer: string): void {
  if (claims.iss !== issuer) {
    throw new TokenRejectedError('WRONG_ISSUER', `The token was issued by ${quote(claims.iss)}, not by "${issuer}".`);
  }
}

function checkAudience(claims: Record<string, unknown>, audience: string): void {
  const aud = claims.aud;
  let audiences: string[];
  if (aud === undefined) {
    audiences = [];
  } else if (typeof aud === 'string') {
    audiences = [aud];
  } else if (Array.isArray(aud) && aud.every((entry) => typeof entry === 'string')) {
    audiences = aud;
  } else {
    throw new TokenRejectedError('INVALID_CLAIM', 'The token audience (aud) must be a string or a list of strings.');
  }
  // Keycloak lists a client in `aud` only through an audience mapper; a token
  // the client obtained for itself names it in `azp` instead.
  if (!audiences.includes(audience) && claims.azp !== audience) {
    const named = audiences.length > 0 ? audiences.map(quote).join(', ') : 'no audience';
    throw new TokenRejectedError('WRONG_AUDIENCE', `The token is meant for ${named}, not for "${audience}".`);
  }
}

function checkLifetime(claims: Record<string, unknown>, skew: number, now: number): Date {
  const { exp, nbf, iat } = claims;
  if (exp === undefined || exp === null) {
    throw new TokenRejectedError('NO_EXPIRY', 'The token has no expiry time (exp); tokens that never expire are refused.');
  }
  if (!isNumericDate(exp)) {
    throw new TokenRejectedError('INVALID_CLAIM', 'The token expiry (exp) must be a number of seconds since 1970.');
  }
  if (now >= exp + skew) {
    throw new TokenRejectedError('EXPIRED', `The token expired at ${isoTime(exp)}.`);
  }
  if (nbf !== undefined) {
    if (!isNumericDate(nbf)) {
      throw new TokenRejectedError('INVALID_CLAIM', 'The token start time (nbf) must be a number of seconds since 1970.');
    }
    if (now + skew < nbf) {
      throw new TokenRejectedError('NOT_YET_VALID', `The token is not valid before ${isoTime(nbf)}.`);
    }
  }
  if (iat !== undefined && !isNumericDate(iat)) {
    throw new TokenRejectedError('INVALID_CLAIM', 'The token issue time (iat) must be a number of seconds since 1970.');
  }
  return new Date(exp * 1000);
}

function principalFrom(claims: Record<string, unknown>, expiresAt: Date): Principal {
  const subject = nonEmptyString(claims.sub);
  if (subject === undefined) {
    throw new TokenRejectedError(
      'MISSING_SUBJECT',
      'The token has no subject (sub). Since Keycloak 25 `sub` comes from the "basic" client scope; give the client that scope.',
    );
  }
  const roles = realmRoles(claims.realm_access);
  const unitCode = unitFrom(claims.unit);
  if (roles.includes('unit_operator') && unitCode === undefined) {
    throw new TokenRejectedError(
      'MISSING_UNIT',
      'A unit_operator token must name the operator\'s member unit (claim "unit"); set the user\'s "unit" attribute in Keycloak.',
    );
  }
  const principal: Principal = {
    subject,
    username: nonEmptyString(claims.preferred_username) ?? subject,
    roles,
    expiresAt,
  };
  const displayName = nonEmptyString(claims.name);
  if (displayName !== undefined) principal.displayName = displayName;
  if (unitCode !== undefined) principal.unitCode = unitCode;
  const tokenId = nonEmptyString(claims.jti);
  if (tokenId !== undefined) principal.tokenId = tokenId;
  if (isNumericDate(claims.iat)) principal.issuedAt = new Date(claims.iat * 1000);
  return principal;
}

/** Realm roles outside our six (offline_access, default-roles-*, ...) are dropped. */
function realmRoles(realmAccess: unknown): Role[] {
  if (realmAccess === undefined) return [];
  const roles = typeof realmAccess === 'object' && realmAccess !== null ? (realmAccess as { roles?: unknown }).roles : null;
  if (roles === undefined) return [];
  if (!Array.isArray(roles) || !roles.every((role) => typeof role === 'string')) {
    throw new TokenRejectedError('INVALID_CLAIM', 'The token realm roles (realm_access.roles) must be a list of strings.');
  }
  return [...new Set(roles.filter(isRole))];
}

function unitFrom(unit: unknown): string | undefined {
  if (unit === undefined || unit === null) return undefined;
  const code = nonEmptyString(unit);
  if (code === undefined) {
    throw new TokenRejectedError(
      'INVALID_CLAIM',
      'The token "unit" claim must be one unit code; check that the Keycloak mapper is not multivalued.',
    );
  }
  return code;
}

function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function isNumericDate(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isoTime(seconds: number): string {
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? `${seconds}s after 1970` : date.toISOString();
}

/** Claim values come from the caller: quote and bound them before they reach a message. */
function quote(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
