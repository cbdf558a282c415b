import { sign, type KeyObject } from 'node:crypto';
import { devTokenParts, type DevTokenClaims } from '../../integrations/keycloak';

/**
 * Test fixtures for tokens. The platform signs with jose (signDevToken, async); tests also need
 * a synchronous minter (`app.token(role)` is used inline everywhere) and tokens jose would refuse
 * to produce (a crit header, odd encodings), to see the verifier refuse them. Every token minted
 * here is still verified by the platform's jose-based verifier.
 */
export function encodeJsonPart(value: object): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

/** An RS256 JWS over exactly this header and payload (alg forced to RS256). */
export function signRs256(header: object, payload: object, privateKey: KeyObject): string {
  const signingInput = `${encodeJsonPart({ ...header, alg: 'RS256' })}.${encodeJsonPart(payload)}`;
  return `${signingInput}.${sign('sha256', Buffer.from(signingInput), privateKey).toString('base64url')}`;
}

/** The development token signDevToken would mint (same header, claims and key), synchronously. */
export function devTokenSync(dataDir: string, claims: DevTokenClaims): string {
  const { header, payload, privateKey } = devTokenParts(dataDir, claims);
  return signRs256(header, payload, privateKey);
}
