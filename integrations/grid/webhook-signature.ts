import { randomBytes, timingSafeEqual } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/**
 * Standard Webhooks (https://www.standardwebhooks.com) signatures: HMAC-SHA256 over
 * `${webhook-id}.${webhook-timestamp}.${body}` with a `whsec_<base64>` secret, sent as
 * `v1,<base64>`; several space-separated signatures so either side can rotate secrets. Chosen
 * because the county's integrator can verify it with an off-the-shelf library in any language.
 */

export const WEBHOOK_ID_HEADER = 'webhook-id';
export const WEBHOOK_TIMESTAMP_HEADER = 'webhook-timestamp';
export const WEBHOOK_SIGNATURE_HEADER = 'webhook-signature';
export const DEFAULT_WEBHOOK_TOLERANCE_SECONDS = 300;

const SECRET_PREFIX = 'whsec_';
const SIGNATURE_VERSION = 'v1';
const HMAC_BYTES = 32;
// A dot in the id would let one signed string be split into a different id and timestamp.
const WEBHOOK_ID = /^[\x21-\x2d\x2f-\x7e]{1,256}$/u;
const TIMESTAMP = /^\d{1,12}$/u;

export class WebhookSecretError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WebhookSecretError';
  }
}

export type WebhookRejectionReason =
  | 'MISSING_HEADER'
  | 'MALFORMED_HEADER'
  | 'TIMESTAMP_TOO_OLD'
  | 'TIMESTAMP_TOO_NEW'
  | 'MALFORMED_BODY'
  | 'BAD_SIGNATURE'
  | 'REPLAYED';

/**
 * Every reason but REPLAYED should be answered 401 and logged. REPLAYED carries a valid
 * signature: it is the sender retrying a delivery whose answer it did not get (or a captured
 * request sent again), so answer 2xx without applying it, or the sender keeps retrying.
 */
export class WebhookVerificationError extends Error {
  constructor(
    readonly reason: WebhookRejectionReason,
    message: string,
  ) {
    super(message);
    this.name = 'WebhookVerificationError';
  }
}

/** A new random secret in the `whsec_` form, to give to the grid platform. */
export function generateWebhookSecret(bytes = 32): string {
  return `${SECRET_PREFIX}${randomBytes(bytes).toString('base64')}`;
}

/** The HMAC key inside a `whsec_<base64>` secret. */
export function decodeWebhookSecret(secret: string): Buffer {
  if (!secret.startsWith(SECRET_PREFIX)) {
    throw new WebhookSecretError(`a webhook secret starts with "${SECRET_PREFIX}" followed by base64`);
  }
  const encoded = secret.slice(SECRET_PREFIX.length);
  if (!/^[A-Za-z0-9+/]+={0,2}$/u.test(encoded)) {
    throw new WebhookSecretError(`the part after "${SECRET_PREFIX}" is not base64`);
  }
  const key = Buffer.from(encoded, 'base64');
  if (key.length < 24 || key.length > 64) {
    throw new WebhookSecretError(`a webhook secret holds 24 to 64 random bytes; this one holds ${key.length}`);
  }
  return key;
}

export type WebhookBody = string | Uint8Array;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The body as the text the signature covers. The standardwebhooks package signs text (a
 * Buffer is decoded as UTF-8), so a body that is not valid UTF-8 would be signed as other
 * bytes than were sent: it is refused instead (MALFORMED_BODY), never verified loosely.
 */
function bodyText(body: WebhookBody): string {
  if (typeof body === 'string') return body;
  try {
    return strictUtf8.decode(body);
  } catch {
    throw new WebhookVerificationError('MALFORMED_BODY', 'the webhook body is not valid UTF-8');
  }
}

/** The standardwebhooks signer for one key (raw bytes, already taken out of `whsec_`). */
function signerFor(key: Buffer): Webhook {
  return new Webhook(new Uint8Array(key), { format: 'raw' });
}

/**
 * base64 HMAC-SHA256 of `${id}.${timestamp}.${body}`, computed by the standardwebhooks package
 * (the Standard Webhooks reference implementation).
 */
export function computeWebhookSignature(key: Buffer, id: string, timestampSeconds: number, body: WebhookBody, signer = signerFor(key)): string {
  const versioned = signer.sign(id, new Date(timestampSeconds * 1000), bodyText(body));
  return versioned.slice(versioned.indexOf(',') + 1);
}

// A type rather than an interface, so it passes wherever a header record is expected.
export type SignedWebhookHeaders = {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
};

/**
 * Signs with every secret given, so a receiver still on the old secret and one already on the
 * new one both accept the message during a rotation.
 */
export function signWebhook(input: { id: string; timestamp: Date; body: WebhookBody; secrets: string | readonly string[] }): SignedWebhookHeaders {
  if (!WEBHOOK_ID.test(input.id)) throw new RangeError(`webhook id "${input.id}" must be 1-256 visible ASCII characters without "."`);
  const keys = toList(input.secrets).map(decodeWebhookSecret);
  if (keys.length === 0) throw new WebhookSecretError('at least one webhook secret is needed to sign');
  const timestampSeconds = Math.floor(input.timestamp.getTime() / 1000);
  return {
    'webhook-id': input.id,
    'webhook-timestamp': String(timestampSeconds),
    'webhook-signature': keys
      .map((key) => `${SIGNATURE_VERSION},${computeWebhookSignature(key, input.id, timestampSeconds, input.body)}`)
      .join(' '),
  };
}

/**
 * Remembers webhook ids already accepted. An id only needs keeping while a message carrying it
 * could still pass the timestamp check; older ones are refused as stale anyway.
 */
export interface SeenWebhookIds {
  /** Records the id with its webhook timestamp; false when the id was recorded before. */
  markSeen(id: string, at: Date): Promise<boolean>;
}

/**
 * For development and tests. In production the mark must be written in the same transaction
 * as the feedback it guards: marked here and then lost in a crash, a retried delivery would be
 * acknowledged as a replay and the feedback never applied.
 */
export class InMemorySeenWebhookIds implements SeenWebhookIds {
  private readonly seen = new Map<string, number>();
  private readonly retentionMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;
  private lastPruneAt = 0;

  constructor(options: { retentionMs?: number; maxEntries?: number; now?: () => Date | number } = {}) {
    // The tolerance plus a minute, so clock drift between the checks never reopens a window.
    this.retentionMs = options.retentionMs ?? (DEFAULT_WEBHOOK_TOLERANCE_SECONDS + 60) * 1000;
    this.maxEntries = options.maxEntries ?? 100_000;
    const clock = options.now;
    this.now = clock ? () => toMillis(clock()) : Date.now;
  }

  async markSeen(id: string, at: Date): Promise<boolean> {
    this.prune();
    if (this.seen.has(id)) return false;
    this.seen.set(id, at.getTime());
    if (this.seen.size > this.maxEntries) {
      const oldest = this.seen.keys().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
    return true;
  }

  get size(): number {
    return this.seen.size;
  }

  private prune(): void {
    const now = this.now();
    if (now - this.lastPruneAt < 10_000) return;
    this.lastPruneAt = now;
    for (const [id, at] of this.seen) {
      if (at + this.retentionMs < now) this.seen.delete(id);
    }
  }
}

/** Node's IncomingHttpHeaders, a plain record in any letter case, or a fetch Headers. */
export type WebhookHeaderSource = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

export interface WebhookRequest {
  headers: WebhookHeaderSource;
  /** The raw body exactly as received: re-serialised JSON would not verify. */
  body: WebhookBody;
}

export interface VerifiedWebhook {
  id: string;
  timestamp: Date;
  body: string;
}

export interface WebhookVerifierOptions {
  /** Every secret currently accepted: the new one and, during a rotation, the old one. */
  secrets: string | readonly string[];
  toleranceSeconds?: number;
  now?: () => Date | number;
}

export interface WebhookVerifier {
  /** Headers, timestamp window and signature; no replay check. */
  verifySignature(request: WebhookRequest): VerifiedWebhook;
  /** verifySignature, then marks the id seen; a repeat is refused as REPLAYED. */
  verify(request: WebhookRequest, seen: SeenWebhookIds): Promise<VerifiedWebhook>;
}

/** Decodes the secrets once, so a bad secret stops the process at start-up. */
export function createWebhookVerifier(options: WebhookVerifierOptions): WebhookVerifier {
  const keys = toList(options.secrets).map(decodeWebhookSecret);
  if (keys.length === 0) throw new WebhookSecretError('at least one webhook secret is needed to verify');
  const signers = keys.map((key) => ({ key, signer: signerFor(key) }));
  const toleranceSeconds = options.toleranceSeconds ?? DEFAULT_WEBHOOK_TOLERANCE_SECONDS;
  const clock = options.now;
  const now = clock ? () => toMillis(clock()) : Date.now;

  function verifySignature(request: WebhookRequest): VerifiedWebhook {
    const id = header(request.headers, WEBHOOK_ID_HEADER);
    const timestampText = header(request.headers, WEBHOOK_TIMESTAMP_HEADER);
    const signatures = header(request.headers, WEBHOOK_SIGNATURE_HEADER);
    if (!WEBHOOK_ID.test(id)) {
      throw new WebhookVerificationError('MALFORMED_HEADER', `${WEBHOOK_ID_HEADER} must be 1-256 visible ASCII characters without "."`);
    }
    if (!TIMESTAMP.test(timestampText)) {
      throw new WebhookVerificationError('MALFORMED_HEADER', `${WEBHOOK_TIMESTAMP_HEADER} must be whole seconds since 1970-01-01T00:00:00Z`);
    }
    const timestampSeconds = Number(timestampText);
    const nowSeconds = Math.floor(now() / 1000);
    if (nowSeconds - timestampSeconds > toleranceSeconds) {
      throw new WebhookVerificationError('TIMESTAMP_TOO_OLD', `${WEBHOOK_TIMESTAMP_HEADER} is ${nowSeconds - timestampSeconds} s old; at most ${toleranceSeconds} s is accepted`);
    }
    if (timestampSeconds - nowSeconds > toleranceSeconds) {
      throw new WebhookVerificationError('TIMESTAMP_TOO_NEW', `${WEBHOOK_TIMESTAMP_HEADER} is ${timestampSeconds - nowSeconds} s in the future; at most ${toleranceSeconds} s is accepted`);
    }

    const offered = signatures
      .split(' ')
      .filter((entry) => entry.startsWith(`${SIGNATURE_VERSION},`))
      .map((entry) => Buffer.from(entry.slice(SIGNATURE_VERSION.length + 1), 'base64'))
      .filter((signature) => signature.length === HMAC_BYTES);
    if (offered.length === 0) {
      throw new WebhookVerificationError('MALFORMED_HEADER', `${WEBHOOK_SIGNATURE_HEADER} holds no "${SIGNATURE_VERSION},<base64 HMAC-SHA256>" signature`);
    }
    const text = bodyText(request.body);
    const matches = signers.some(({ key, signer }) => {
      const expected = Buffer.from(computeWebhookSignature(key, id, timestampSeconds, text, signer), 'base64');
      return offered.some((signature) => timingSafeEqual(expected, signature));
    });
    if (!matches) {
      throw new WebhookVerificationError('BAD_SIGNATURE', 'no signature matches the body with any configured secret');
    }
    return {
      id,
      timestamp: new Date(timestampSeconds * 1000),
      body: text,
    };
  }

  return {
    verifySignature,
    async verify(request, seen) {
      const verified = verifySignature(request);
      if (!(await seen.markSeen(verified.id, verified.timestamp))) {
        throw new WebhookVerificationError('REPLAYED', `webhook ${verified.id} was already received`);
      }
      return verified;
    },
  };
}

function header(headers: WebhookHeaderSource, name: string): string {
  let value: string | string[] | null | undefined;
  if (typeof headers.get === 'function') {
    value = (headers as { get(name: string): string | null }).get(name);
  } else {
    const record = headers as Record<string, string | string[] | undefined>;
    const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === name);
    value = key === undefined ? undefined : record[key];
  }
  if (value === undefined || value === null || value === '') {
    throw new WebhookVerificationError('MISSING_HEADER', `the ${name} header is missing`);
  }
  if (Array.isArray(value)) {
    throw new WebhookVerificationError('MALFORMED_HEADER', `the ${name} header appears more than once`);
  }
  return value;
}

function toList(secrets: string | readonly string[]): string[] {
  return typeof secrets === 'string' ? secrets.split(/\s+/u).filter(Boolean) : [...secrets];
}

function toMillis(value: Date | number): number {
  return typeof value === 'number' ? value : value.getTime();
}
