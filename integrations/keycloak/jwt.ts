import { decodeJwt as joseDecodeJwt, decodeProtectedHeader } from 'jose';
import { TokenRejectedError } from './keycloak.errors';

export interface DecodedJwt {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  /** `header.payload` exactly as received: what the signature covers. */
  signingInput: string;
  signature: Buffer;
}

/**
 * Node's HTTP parser caps all headers at 16 KiB, so a longer bearer token never
 * arrives through the server; refusing early keeps JSON.parse off large inputs.
 */
const MAX_TOKEN_LENGTH = 16 * 1024;

/**
 * Strict: keycloak-connect decodes with Buffer's lenient base64, which skips
 * characters it does not know. Accepting only the base64url alphabet here means
 * the claims we read are the bytes its signature check covered.
 */
const BASE64URL = /^[A-Za-z0-9_-]+$/;

export function decodeJwt(token: string): DecodedJwt {
  if (typeof token !== 'string' || token.length === 0) {
    throw new TokenRejectedError('MALFORMED', 'No token was given.');
  }
  if (token.length > MAX_TOKEN_LENGTH) {
    throw new TokenRejectedError('MALFORMED', `The token is ${token.length} characters long; the limit is ${MAX_TOKEN_LENGTH}.`);
  }
  const parts = token.split('.');
  if (parts.length !== 3) {
    throw new TokenRejectedError('MALFORMED', `A JWT has three dot-separated parts; this token has ${parts.length}.`);
  }
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
  if (signaturePart !== '' && !BASE64URL.test(signaturePart)) {
    throw new TokenRejectedError('MALFORMED', 'The token signature is not base64url.');
  }
  const header = decodeJsonPart(headerPart, 'header');
  const payload = decodeJsonPart(payloadPart, 'payload');
  // jose reads them again as the field's library does (a JWE or a header that is not a JWS
  // header is refused); our strict checks above stay in front of it.
  let joseHeader: Record<string, unknown>;
  let joseClaims: Record<string, unknown>;
  try {
    joseHeader = decodeProtectedHeader(token) as Record<string, unknown>;
    joseClaims = joseDecodeJwt(token) as Record<string, unknown>;
  } catch (err) {
    throw new TokenRejectedError('MALFORMED', `The token is not a JWT: ${err instanceof Error ? err.message : String(err)}.`);
  }
  return {
    header: { ...header, ...joseHeader },
    payload: { ...payload, ...joseClaims },
    signingInput: `${headerPart}.${payloadPart}`,
    signature: Buffer.from(signaturePart, 'base64url'),
  };
}

function decodeJsonPart(part: string, name: string): Record<string, unknown> {
  if (!BASE64URL.test(part)) {
    throw new TokenRejectedError('MALFORMED', `The token ${name} is not base64url.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    throw new TokenRejectedError('MALFORMED', `The token ${name} is not JSON.`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TokenRejectedError('MALFORMED', `The token ${name} is not a JSON object.`);
  }
  return value as Record<string, unknown>;
}
