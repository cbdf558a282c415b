import { createPublicKey, type KeyObject } from 'node:crypto';
import KeycloakConnect from 'keycloak-connect';
import { decodeJwt } from './jwt';
import { KeycloakSettingsError, TokenRejectedError, type TokenRejectionReason } from './keycloak.errors';
import type { Principal, TokenVerifier } from './principal';
import { RealmKeySet } from './realm-keys';
import { checkToken, type TokenExpectations } from './token-checks';

export interface KeycloakSettings {
  /** Keycloak's base URL, e.g. https://sso.example.gov.cn (no /realms/...). */
  url: string;
  realm: string;
  /** Our API's client id; tokens must carry it in `aud` (or as `azp`). */
  clientId: string;
  /**
   * The realm's RS256 public key, as the admin console shows it (Realm settings,
   * Keys, Public key: base64 DER) or as PEM. With it, no request ever goes to
   * Keycloak; without it, keys are fetched from the realm's certs endpoint.
   */
  realmPublicKey?: string;
  /**
   * Leeway against Keycloak's clock, default 30. It widens `nbf`; keycloak-connect's
   * own expiry check has no leeway, so a token still ends at its `exp`.
   */
  clockSkewSeconds?: number;
  /** How long fetched keys are trusted before the set is fetched again. Default 600. */
  jwksCacheSeconds?: number;
  /** Minimum time between fetches caused by an unknown kid. Default 10 (keycloak-connect's own default). */
  jwksMinRefetchSeconds?: number;
  /** Timeout of one certs request. Default 5000. */
  jwksTimeoutMs?: number;
}

/**
 * keycloak-connect verifies only RSA-SHA256 (it hard-codes `createVerify('RSA-SHA256')`
 * whatever the token's alg says), so RS256 is the one algorithm accepted here;
 * Keycloak's realms sign access tokens with RS256 unless told otherwise.
 */
const KEYCLOAK_ALGORITHMS = ['RS256'] as const;

type GrantManager = KeycloakConnect.GrantManager;

export function createKeycloakVerifier(settings: KeycloakSettings): TokenVerifier {
  const url = checkUrl(settings.url);
  const realm = checkName('realm', settings.realm);
  const clientId = checkName('clientId', settings.clientId);
  const issuer = `${url}/realms/${realm}`;
  const expectations: TokenExpectations = {
    issuer,
    audience: clientId,
    algorithms: KEYCLOAK_ALGORITHMS,
    clockSkewSeconds: checkNonNegative('clockSkewSeconds', settings.clockSkewSeconds, 30),
  };
  const grantManagerFor = (key: KeyObject): GrantManager => bearerOnlyGrantManager(url, realm, clientId, key);

  let grantManagerForToken: (kid: unknown) => Promise<GrantManager>;
  if (settings.realmPublicKey !== undefined && settings.realmPublicKey.trim() !== '') {
    // The console shows one key and tokens name it by kid; the configured key is
    // used whatever the kid, and a mismatch fails as a bad signature.
    const grantManager = grantManagerFor(parseRealmPublicKey(settings.realmPublicKey));
    grantManagerForToken = async () => grantManager;
  } else {
    const keys = new RealmKeySet(
      {
        certsUrl: `${issuer}/protocol/openid-connect/certs`,
        cacheSeconds: checkNonNegative('jwksCacheSeconds', settings.jwksCacheSeconds, 600),
        minRefetchSeconds: checkNonNegative('jwksMinRefetchSeconds', settings.jwksMinRefetchSeconds, 10),
        timeoutMs: checkNonNegative('jwksTimeoutMs', settings.jwksTimeoutMs, 5000, 1),
      },
      grantManagerFor,
    );
    grantManagerForToken = (kid) => {
      if (typeof kid !== 'string' || kid === '') {
        return Promise.reject(new TokenRejectedError('UNKNOWN_KEY', 'The token header names no key (kid), so the realm key to check it with is unknown.'));
      }
      return keys.forKid(kid);
    };
  }

  return {
    async verify(token: string): Promise<Principal> {
      const decoded = decodeJwt(token);
      const principal = checkToken(decoded, expectations);
      const grantManager = await grantManagerForToken(decoded.header.kid);
      await validateWithKeycloakConnect(grantManager, token);
      return principal;
    },
  };
}

/**
 * A grant manager set up as for a bearer-only resource server holding exactly
 * one realm public key, so keycloak-connect never fetches keys itself.
 * Audience checking is left to checkToken: keycloak-connect's would refuse the
 * `azp` case.
 */
function bearerOnlyGrantManager(url: string, realm: string, clientId: string, key: KeyObject): GrantManager {
  const config: KeycloakConnect.KeycloakConfig & Record<string, unknown> = {
    realm,
    'auth-server-url': url,
    resource: clientId,
    'bearer-only': true,
    'ssl-required': 'external',
    'confidential-port': 0,
    'realm-public-key': key.export({ type: 'spki', format: 'der' }).toString('base64'),
    'verify-token-audience': false,
  };
  return new KeycloakConnect({}, config).grantManager;
}

/**
 * The path keycloak-connect's own middleware takes for an `Authorization: Bearer`
 * header (BearerStore, then createGrant): in bearer-only mode it validates the
 * access token's expiry, signature, typ "Bearer", iss and its not-before policy.
 */
async function validateWithKeycloakConnect(grantManager: GrantManager, token: string): Promise<void> {
  try {
    await grantManager.createGrant(JSON.stringify({ access_token: token }));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new TokenRejectedError(reasonFromKeycloakConnect(message), `keycloak-connect refused the token: ${message}`);
  }
}

/** keycloak-connect reports its reasons only as text ("Grant validation failed. Reason: invalid token (expired)"). */
const KEYCLOAK_CONNECT_REASONS: ReadonlyArray<readonly [RegExp, TokenRejectionReason]> = [
  [/\(expired\)/, 'EXPIRED'],
  [/signature\)/, 'BAD_SIGNATURE'],
  [/\(wrong type\)/, 'WRONG_TYPE'],
  [/\(wrong ISS\)/, 'WRONG_ISSUER'],
  [/\(wrong audience\)/, 'WRONG_AUDIENCE'],
  [/\(not signed\)/, 'MALFORMED'],
];

function reasonFromKeycloakConnect(message: string): TokenRejectionReason {
  return KEYCLOAK_CONNECT_REASONS.find(([pattern]) => pattern.test(message))?.[1] ?? 'VERIFICATION_FAILED';
}

function parseRealmPublicKey(text: string): KeyObject {
  const trimmed = text.trim();
  let key: KeyObject;
  try {
    key = trimmed.startsWith('-----BEGIN')
      ? createPublicKey(trimmed)
      : createPublicKey({ key: Buffer.from(trimmed.replace(/\s+/g, ''), 'base64'), format: 'der', type: 'spki' });
  } catch (error) {
    throw new KeycloakSettingsError(
      'realmPublicKey',
      `not a public key (${error instanceof Error ? error.message : String(error)}); paste the RS256 "Public key" from the realm's Keys tab`,
    );
  }
  if (key.asymmetricKeyType !== 'rsa') {
    throw new KeycloakSettingsError('realmPublicKey', `an ${key.asymmetricKeyType ?? 'unknown'} key was given; keycloak-connect verifies RS256 only`);
  }
  return key;
}

function checkUrl(value: string): string {
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new KeycloakSettingsError('url', `${JSON.stringify(value)} is not a URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new KeycloakSettingsError('url', 'must be an http or https URL');
  }
  // keycloak-connect strips trailing slashes the same way when it builds the issuer.
  return value.replace(/\/+$/, '');
}

function checkName(setting: string, value: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new KeycloakSettingsError(setting, 'must not be empty');
  }
  return value;
}

function checkNonNegative(setting: string, value: number | undefined, fallback: number, minimum = 0): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < minimum) {
    throw new KeycloakSettingsError(setting, `must be a number, ${minimum} or more`);
  }
  return value;
}
