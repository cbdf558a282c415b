import type { KeyObject } from 'node:crypto';
import { createLocalJWKSet, createRemoteJWKSet, errors as joseErrors, type JSONWebKeySet, type JWSHeaderParameters } from 'jose';
import { TokenRejectedError } from './keycloak.errors';

export interface RealmKeySetOptions {
  certsUrl: string;
  /** After this long the set is fetched again even if every kid is known, so a key removed in Keycloak stops being trusted. */
  cacheSeconds: number;
  /** Fetches caused by unknown kids are at most this often: forged kids must not turn us into a load generator against Keycloak. */
  minRefetchSeconds: number;
  timeoutMs: number;
}

type LocalSet = ReturnType<typeof createLocalJWKSet>;
type RemoteSet = ReturnType<typeof createRemoteJWKSet>;

/**
 * The realm's signing keys, fetched from Keycloak's certs endpoint with jose.
 *
 * jose's remote set does the fetching (one request shared by every verification
 * that waits for it, a request timeout, the JSON and JWK Set checks) and its
 * local set picks the key for a token header (kid, kty from alg, alg, use "sig",
 * key_ops "verify"; a set with two matching keys is refused) and imports it.
 *
 * What jose's remote set does not do is kept here, as one rule about when to
 * fetch: it drops every key once a refetch after `cacheMaxAge` fails, so a
 * Keycloak restart would log out every user of the 110 desk; here keys fetched
 * before stay in use while the certs endpoint is down. And fetches, stale or for
 * an unknown kid, are at most one per `minRefetchSeconds`.
 *
 * keycloak-connect has its own rotation cache (middleware/auth-utils/rotation.js)
 * but it never expires a key, starts one request per concurrent verification, has
 * no timeout, and returns undefined when its rate limit bites. So each key jose
 * picks is handed to keycloak-connect as a realm public key (see
 * keycloak.verifier.ts), and it verifies the token.
 *
 * `T` is whatever the caller builds per key (a keycloak-connect grant manager).
 */
export class RealmKeySet<T> {
  private readonly remote: RemoteSet;
  /** The fetched set, with the keys built from it; replaced whole on each successful fetch. */
  private current: { local: LocalSet; keys: string; kids: ReadonlySet<unknown>; built: Map<string, T> } | undefined;
  private lastAttemptAt = Number.NEGATIVE_INFINITY;
  private lastError: string | undefined;

  constructor(
    private readonly options: RealmKeySetOptions,
    private readonly build: (key: KeyObject, kid: string) => T,
  ) {
    this.remote = createRemoteJWKSet(new URL(options.certsUrl), {
      timeoutDuration: options.timeoutMs,
      cacheMaxAge: options.cacheSeconds * 1000,
      headers: { accept: 'application/json' },
    });
  }

  async forKid(kid: string): Promise<T> {
    const header: JWSHeaderParameters = { alg: 'RS256', kid };
    if (!this.remote.fresh || !this.publishes(kid)) {
      await this.refresh();
    }
    const current = this.current;
    if (current === undefined) {
      throw new TokenRejectedError(
        'KEYS_UNAVAILABLE',
        `The realm signing keys could not be fetched from ${this.options.certsUrl}: ${this.lastError ?? 'not tried yet'}.`,
      );
    }
    const cached = current.built.get(kid);
    if (cached !== undefined) return cached;
    let key: KeyObject;
    try {
      key = (await current.local(header)) as KeyObject;
    } catch (error) {
      if (error instanceof joseErrors.JWKSMultipleMatchingKeys) {
        throw new TokenRejectedError('UNKNOWN_KEY', `The realm publishes more than one RS256 signing key with kid ${quoted(kid)}, so the token's key is ambiguous.`);
      }
      if (error instanceof joseErrors.JWKSNoMatchingKey) {
        throw new TokenRejectedError('UNKNOWN_KEY', `No signing key with kid ${quoted(kid)} is published by the realm.`);
      }
      throw new TokenRejectedError('UNKNOWN_KEY', `The realm's key with kid ${quoted(kid)} cannot be used: ${describe(error)}.`);
    }
    const entry = this.build(key, kid);
    current.built.set(kid, entry);
    return entry;
  }

  private publishes(kid: string): boolean {
    return this.current?.kids.has(kid) ?? false;
  }

  /**
   * Fetches the set again unless a fetch was tried less than minRefetchSeconds
   * ago; joins the fetch in flight if there is one. A failed fetch keeps the keys
   * of the last good one.
   */
  private async refresh(): Promise<void> {
    if (!this.remote.reloading) {
      if (Date.now() - this.lastAttemptAt < this.options.minRefetchSeconds * 1000) return;
      this.lastAttemptAt = Date.now();
    }
    try {
      await this.remote.reload();
    } catch (error) {
      this.lastError = describe(error);
      return;
    }
    const jwks = this.remote.jwks();
    if (jwks === undefined) return;
    if (!jwks.keys.some(isRs256SigningKey)) {
      // Keep the keys of the last good fetch: a realm caught half way through a
      // key change must not leave us with nothing to check tokens with.
      this.lastError = 'the realm publishes no RS256 signing key';
      return;
    }
    const keys = JSON.stringify(jwks.keys);
    if (this.current?.keys !== keys) {
      this.current = { local: createLocalJWKSet(jwks), keys, kids: new Set(jwks.keys.map((jwk) => jwk.kid)), built: new Map() };
    }
    this.lastError = undefined;
  }
}

function isRs256SigningKey(jwk: JSONWebKeySet['keys'][number]): boolean {
  return jwk.kty === 'RSA' && (jwk.use === undefined || jwk.use === 'sig') && (jwk.alg === undefined || jwk.alg === 'RS256');
}

function describe(error: unknown): string {
  if (error instanceof joseErrors.JWKSTimeout) return 'no answer within the request timeout';
  return error instanceof Error ? error.message : String(error);
}

function quoted(kid: string): string {
  return JSON.stringify(kid).slice(0, 80);
}
