/**
 * Whether an error means the database could not serve the request just now (unreachable,
 * restarting, the pool exhausted, a statement timed out or the connection was cut), as
 * opposed to a bug or a refused request. Such errors reach clients as SERVICE_UNAVAILABLE,
 * HTTP 503 with Retry-After: the request itself was fine.
 */
export function databaseUnavailable(err: unknown): boolean {
  for (let cause = err as Cause | undefined, depth = 0; cause && depth < 5; cause = cause.originalError ?? cause.cause, depth++) {
    if (typeof cause !== 'object') return false;
    if (cause.name === 'ConnectionException' || cause.name === 'KnexTimeoutError' || cause.name === 'LockWaitTimeoutException') return true;
    const code = typeof cause.code === 'string' ? cause.code : undefined;
    if (code && (UNAVAILABLE_SQLSTATES.has(code) || code.startsWith('08') || NETWORK_CODES.has(code))) return true;
    if (typeof cause.message === 'string' && UNAVAILABLE_MESSAGES.some((re) => re.test(cause!.message!))) return true;
  }
  return false;
}

interface Cause {
  name?: string;
  code?: unknown;
  message?: string;
  originalError?: Cause;
  cause?: Cause;
}

/** SQLSTATEs of a server that is shutting down, starting, overloaded, or cancelled the statement on its timeout. */
const UNAVAILABLE_SQLSTATES = new Set([
  '57014', // query_canceled: statement_timeout
  '57P01', // admin_shutdown: backend terminated
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up or shutting down
  '53300', // too_many_connections
  '55P03', // lock_not_available: lock_timeout
  '40001', // serialization_failure under failover
]);

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/** What pg and knex say when the connection is cut or never made, without a code. */
const UNAVAILABLE_MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Query read timeout/i,
  /Timeout acquiring a connection/i,
  /Client has encountered a connection error/i,
  /Connection ended unexpectedly/i,
  /terminating connection due to/i,
];
