/**
 * Domain errors carry a code from this enum; src/graphql/errors.ts maps them once to GraphQL
 * errors with `extensions.code`. Messages are written for the person at the console: they say
 * what was wrong and what to do.
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  /** The database did not answer in time or at all: nothing is wrong with the request; retry later (Retry-After). */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
}

/** The HTTP status of each code, for the plain HTTP endpoints (webhook, uploads) and GraphQL's 503 alike. */
export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
};

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class BadInputError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(ErrorCode.BAD_USER_INPUT, message, details);
  }
}

export class NotFoundError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(ErrorCode.NOT_FOUND, message, details);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(ErrorCode.CONFLICT, message, details);
  }
}

export class AuthenticationError extends DomainError {
  constructor(message: string) {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(ErrorCode.FORBIDDEN, message, details);
  }
}

export class ServiceUnavailableError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(ErrorCode.SERVICE_UNAVAILABLE, message, details);
  }
}

/**
 * A live feed ends because one change could not be read after retries: the stream stops there
 * rather than skip it, and `resumeAfter` is the cursor to subscribe again with.
 */
export class FeedInterruptedError extends ServiceUnavailableError {
  constructor(resumeAfter: string) {
    super(`A change could not be read just now, so this feed stops before it; subscribe again with after: "${resumeAfter}" to get it and every later one.`, {
      resumeAfter,
    });
  }
}
