import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  randomUUID,
  type KeyObject,
} from 'node:crypto';
import { SignJWT, compactVerify, errors as joseErrors } from 'jose';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { decodeJwt } from './jwt';
import { DevModeError, TokenRejectedError } from './keycloak.errors';
import { isRole, type Principal, type Role, type TokenVerifier } from './principal';
import { checkToken, type TokenExpectations } from './token-checks';

export const DEV_ISSUER = 'linkage110-dev';
export const DEV_AUDIENCE = 'linkage110-api';
const DEV_KEY_FILE = 'signing-key.pem';
const DEV_TTL_SECONDS = 3600;

/** Where the dev signing key lives; the server and `npm run token` must agree on it. */
export function devKeyDir(dataDir: string): string {
  return path.join(dataDir, 'dev-keys');
}

/**
 * The exact command that mints a development token the server with this DATA_DIR accepts:
 * `DATA_DIR=...` is spelled out unless it is the default ./.data of the working directory.
 */
export function devTokenCommand(dataDir: string, args = '--role dispatcher', cwd = process.cwd()): string {
  const prefix = path.resolve(dataDir) === path.resolve(cwd, '.data') ? '' : `DATA_DIR=${JSON.stringify(path.resolve(dataDir))} `;
  return `${prefix}npm run -s token -- ${args}`;
}

interface DevKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  kid: string;
}

/**
 * Development mode: trust tokens signed with a key kept under DATA_DIR instead
 * of a Keycloak realm. The same claim checks apply as for Keycloak tokens;
 * only the issuer, the audience and the key differ.
 */
export function createDevVerifier(dataDir: string): TokenVerifier {
  refuseInProduction('a development token verifier');
  const key = loadOrCreateDevKey(dataDir);
  const expectations: TokenExpectations = {
    issuer: DEV_ISSUER,
    audience: DEV_AUDIENCE,
    algorithms: ['RS256'],
    clockSkewSeconds: 30,
  };
  return {
    async verify(token: string): Promise<Principal> {
      const decoded = decodeJwt(token);
      const principal = checkToken(decoded, expectations);
      if (decoded.header.kid !== undefined && decoded.header.kid !== key.kid) {
        throw new TokenRejectedError(
          'UNKNOWN_KEY',
          `The token was signed with another dev key than the one in ${devKeyDir(dataDir)}; mint a new one with \`${devTokenCommand(dataDir)}\`.`,
        );
      }
      await verifyWithJose(token, key.publicKey);
      return principal;
    },
  };
}

/**
 * The signature, by jose: RS256 only, and what jose adds to our checks: a header naming
 * critical parameters (crit) it does not understand is refused, as RFC 7515 requires.
 */
async function verifyWithJose(token: string, publicKey: KeyObject): Promise<void> {
  try {
    await compactVerify(token, publicKey, { algorithms: ['RS256'] });
  } catch (err) {
    if (err instanceof joseErrors.JWSSignatureVerificationFailed) {
      throw new TokenRejectedError('BAD_SIGNATURE', 'The token signature does not match the dev signing key.');
    }
    if (err instanceof joseErrors.JOSEAlgNotAllowed) {
      throw new TokenRejectedError('UNSUPPORTED_ALG', 'Only RS256 tokens are accepted.');
    }
    if (err instanceof joseErrors.JWSInvalid && /signature/i.test(err.message)) {
      throw new TokenRejectedError('BAD_SIGNATURE', 'The token signature does not match the dev signing key.');
    }
    throw new TokenRejectedError('MALFORMED', `The token is refused: ${err instanceof Error ? err.message : String(err)}.`);
  }
}

export interface DevTokenClaims {
  role: Role | Role[];
  /** Member unit code; required with unit_operator. */
  unit?: string;
  ttlSeconds?: number;
  subject?: string;
  name?: string;
}

/** Mints an access token shaped like Keycloak's, signed by jose with the dev key (created if missing). */
export async function signDevToken(dataDir: string, claims: DevTokenClaims): Promise<string> {
  const { header, payload, privateKey } = devTokenParts(dataDir, claims);
  return new SignJWT(payload).setProtectedHeader(header).sign(privateKey);
}

/**
 * What signDevToken signs: the protected header, the claims and the key. Checked and built
 * synchronously (a bad role or a missing unit throws at once); the signature is jose's.
 */
export function devTokenParts(
  dataDir: string,
  claims: DevTokenClaims,
): { header: { alg: 'RS256'; typ: 'JWT'; kid: string }; payload: Record<string, unknown>; privateKey: KeyObject } {
  refuseInProduction('a development token');
  const roles = [...new Set(Array.isArray(claims.role) ? claims.role : [claims.role])];
  const unknown = roles.filter((role) => !isRole(role));
  if (roles.length === 0 || unknown.length > 0) {
    throw new DevModeError('UNKNOWN_ROLE', `Unknown role ${unknown.map((role) => JSON.stringify(role)).join(', ') || '(none given)'}.`);
  }
  const unit = claims.unit?.trim() || undefined;
  if (roles.includes('unit_operator') && unit === undefined) {
    throw new DevModeError('MISSING_UNIT', 'A unit_operator token needs a unit code (e.g. --unit city-management).');
  }
  const ttlSeconds = claims.ttlSeconds ?? DEV_TTL_SECONDS;
  if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0) {
    throw new DevModeError('INVALID_TTL', `The token lifetime must be a whole number of seconds above zero, not ${ttlSeconds}.`);
  }
  const key = loadOrCreateDevKey(dataDir);
  const subject = claims.subject?.trim() || ['dev', roles[0], unit].filter(Boolean).join('-');
  const issuedAt = Math.floor(Date.now() / 1000);
  const payload = {
    iss: DEV_ISSUER,
    aud: DEV_AUDIENCE,
    azp: DEV_AUDIENCE,
    typ: 'Bearer',
    sub: subject,
    preferred_username: subject,
    ...(claims.name ? { name: claims.name } : {}),
    realm_access: { roles },
    ...(unit ? { unit } : {}),
    iat: issuedAt,
    exp: issuedAt + ttlSeconds,
    jti: randomUUID(),
  };
  return { header: { alg: 'RS256', typ: 'JWT', kid: key.kid }, payload, privateKey: key.privateKey };
}

function refuseInProduction(what: string): void {
  if (process.env.NODE_ENV === 'production') {
    throw new DevModeError('PRODUCTION', `Refusing to use ${what} with NODE_ENV=production; configure Keycloak instead.`);
  }
}

/**
 * The key is created once and then reused, so tokens minted by `npm run token`
 * stay valid across server restarts. It is written to a temporary file and
 * hard-linked into place: link() fails if the file exists, so two processes
 * starting together end up with one key, and nobody reads a half-written file.
 */
function loadOrCreateDevKey(dataDir: string): DevKey {
  const dir = devKeyDir(dataDir);
  const file = path.join(dir, DEV_KEY_FILE);
  let pem: string;
  try {
    pem = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const temporary = `${file}.${process.pid}.${randomUUID()}.tmp`;
    writeFileSync(temporary, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
    try {
      linkSync(temporary, file);
    } catch (linkError) {
      if ((linkError as NodeJS.ErrnoException).code !== 'EEXIST') throw linkError;
    } finally {
      unlinkSync(temporary);
    }
    pem = readFileSync(file, 'utf8');
  }
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(pem);
  } catch {
    throw new DevModeError('INVALID_KEY_FILE', `${file} is not a private key; delete it and a new one will be created.`);
  }
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, kid: thumbprint(publicKey) };
}

/** RFC 7638 thumbprint, so the kid changes whenever the key does. */
function thumbprint(publicKey: KeyObject): string {
  const { e, kty, n } = publicKey.export({ format: 'jwk' });
  return createHash('sha256').update(JSON.stringify({ e, kty, n })).digest('base64url');
}
