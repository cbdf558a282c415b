import { createPublicKey, type JsonWebKey, type KeyObject } from 'node:crypto';
import { TokenRejectedError } from './keycloak.errors';

export interface RealmKeySetOptions {
  certsUrl: string;
  /** After this long the set is fetched again even if every kid is known, so a key removed in Keycloak stops being trusted. */
  cacheSeconds: number;
  /** Fetches caused by unknown kids are at most this often: forged kids must not turn us into a load generator against Keycloak. */
  minRefetchSeconds: number;
  timeoutMs: number;
}

/**
 * The realm's signing keys by kid, fetched from Keycloak's certs endpoint.
 *
 * keycloak-connect has its own rotation cache (middleware/auth-utils/rotation.js)
 * but it cannot be used as is: it never expires a key (a key removed from the
 * realm stays trusted until some unknown kid happens to force a refetch), it
 * starts one request per concurrent verification while the first is in flight,
 * it has no request timeout, and when its rate limit bites it returns undefined,
 * which surfaces as a TypeError. So the fetching and caching are done here; each
 * key is then handed to keycloak-connect as a realm public key (see
 * keycloak.verifier.ts), and it verifies the token.
 *
 * `T` is whatever the caller builds per key (a keycloak-connect grant manager).
 */
export class RealmKeySet<T> {
  private entries = new Map<string, T>();
  private fetchedAt: number | undefined;
  private lastAttemptAt = Number.NEGATIVE_INFINITY;
  private lastError: string | undefined;
  private inFlight: Promise<void> | undefined;

  constructor(
    private readonly options: RealmKeySetOptions,
    private readonly build: (key: KeyObject, kid: string) => T,
  ) {}

  async forKid(kid: string): Promise<T> {
    const stale = this.fetchedAt === undefined || Date.now() - this.fetchedAt >= this.options.cacheSeconds * 1000;
    if (stale || !this.entries.has(kid)) {
      try {
        await this.refresh();
      } catch {
        // Recorded in lastError. Keys fetched before stay in use: a Keycloak
        // restart should not log out every user of the 110 desk.
      }
    }
    if (this.fetchedAt === undefined) {
      throw new TokenRejectedError(
        'KEYS_UNAVAILABLE',
        `The realm signing keys could not be fetched from ${this.options.certsUrl}: ${this.lastError ?? 'not tried yet'}.`,
      );
    }
    const entry = this.entries.get(kid);
    if (entry === undefined) {
      throw new TokenRejectedError('UNKNOWN_KEY', `No signing key with kid ${JSON.stringify(kid).slice(0, 80)} is published by the realm.`);
    }
    return entry;
  }

  private refresh(): Promise<void> {
    if (this.inFlight !== undefined) return this.inFlight;
    if (Date.now() - this.lastAttemptAt < this.options.minRefetchSeconds * 1000) return Promise.resolve();
    this.lastAttemptAt = Date.now();
    this.inFlight = this.fetchEntries()
      .then(
        (entries) => {
          this.entries = entries;
          this.fetchedAt = Date.now();
          this.lastError = undefined;
        },
        (error: unknown) => {
          this.lastError = error instanceof Error ? error.message : String(error);
          throw error;
        },
      )
      .finally(() => {
        this.inFlight = undefined;
      });
    return this.inFlight;
  }

  private async fetchEntries(): Promise<Map<string, T>> {
    const response = await fetch(this.options.certsUrl, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(this.options.timeoutMs),
    });
    if (!response.ok) {
      throw new Error(`HTTP ${response.status}`);
    }
    const body = (await response.json()) as { keys?: unknown };
    if (!Array.isArray(body.keys)) {
      throw new Error('the response has no "keys" list');
    }
    const entries = new Map<string, T>();
    for (const jwk of body.keys as JsonWebKey[]) {
      // The set also carries the realm's encryption key (use "enc", RSA-OAEP)
      // and keys for other algorithms; only RS256 signing keys verify our tokens.
      if (typeof jwk.kid !== 'string' || jwk.kty !== 'RSA') continue;
      if (jwk.use !== undefined && jwk.use !== 'sig') continue;
      if (jwk.alg !== undefined && jwk.alg !== 'RS256') continue;
      let key: KeyObject;
      try {
        key = createPublicKey({ key: { kty: jwk.kty, n: jwk.n, e: jwk.e }, format: 'jwk' });
      } catch {
        continue;
      }
      entries.set(jwk.kid, this.build(key, jwk.kid));
    }
    if (entries.size === 0) {
      throw new Error('the realm publishes no RS256 signing key');
    }
    return entries;
  }
}
