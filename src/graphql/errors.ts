import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { NotFoundError as OrmNotFoundError, OptimisticLockError } from '@mikro-orm/core';
import type { ValidationError } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';
import { DomainError, ErrorCode } from '../common/errors';
import { databaseUnavailable } from '../common/unavailable';

export const INTERNAL_ERROR_CODE = 'INTERNAL_SERVER_ERROR';

/** Codes whose message is written for clients; everything else is masked. */
const CLIENT_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  // TRUSTED_DOCUMENTS=only refused an operation outside the manifest (src/graphql/trusted-documents.ts).
  'TRUSTED_DOCUMENT_REQUIRED',
]);

function constraintMessages(errors: ValidationError[], prefix = ''): string[] {
  return errors.flatMap((error) => {
    const field = `${prefix}${error.property}`;
    const own = Object.values(error.constraints ?? {}).map((message) =>
      message.startsWith(error.property) ? message : `${field}: ${message}`,
    );
    return [...own, ...constraintMessages(error.children ?? [], `${field}.`)];
  });
}

/** The path of the first field that broke a rule (`place.latitude`), as domain errors name theirs. */
function firstInvalidField(errors: ValidationError[], prefix = ''): string | undefined {
  for (const error of errors) {
    const field = `${prefix}${error.property}`;
    if (Object.keys(error.constraints ?? {}).length) return field;
    const inner = firstInvalidField(error.children ?? [], `${field}.`);
    if (inner) return inner;
  }
  return undefined;
}

/**
 * A domain error wrapped by graphql without a path: thrown by a scalar or the input-hygiene
 * rule during variable coercion (wrapped twice), by a plugin, or ending a subscription's stream.
 */
function domainCause(error: unknown): unknown {
  for (let cause = error; cause instanceof GraphQLError; cause = cause.originalError) {
    if (cause.originalError instanceof DomainError) return cause.originalError;
  }
  return error;
}

/**
 * The one place where errors become what a client sees. Domain errors keep their message and
 * code; input validation is flattened into one readable sentence; anything unexpected is
 * masked (its details are logged with the request id by the error-logging plugin).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = domainCause(unwrapResolverError(error));
  const base = { locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainError) {
    return { ...base, message: original.message, extensions: { ...original.details, code: original.code } };
  }
  if (original instanceof ArgumentValidationError) {
    const errors = (original.extensions.validationErrors ?? []) as ValidationError[];
    const messages = constraintMessages(errors);
    const field = firstInvalidField(errors);
    return {
      ...base,
      message: messages.length ? messages.join('; ') : 'The arguments are not valid.',
      extensions: { code: ErrorCode.BAD_USER_INPUT, ...(field ? { field } : {}) },
    };
  }
  if (original instanceof OrmNotFoundError) {
    return { ...base, message: 'The record asked for does not exist.', extensions: { code: ErrorCode.NOT_FOUND } };
  }
  if (original instanceof OptimisticLockError) {
    return {
      ...base,
      message: 'Someone else changed this record at the same moment; reload it and try again.',
      extensions: { code: ErrorCode.CONFLICT },
    };
  }
  if (databaseUnavailable(original)) {
    return {
      ...base,
      message: 'The database is not answering just now; nothing is wrong with the request. Retry after a moment (with the same idempotencyKey for a change).',
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    return { ...base, message: formatted.message, extensions: { code } };
  }
  // Variable coercion errors ("Variable "$first" got invalid value ...") are the client's.
  if (original instanceof GraphQLError && !original.originalError && !formatted.path) {
    return { ...base, message: formatted.message, extensions: { code: ErrorCode.BAD_USER_INPUT } };
  }
  return { ...base, message: 'Internal server error', extensions: { code: INTERNAL_ERROR_CODE } };
}

/** True for errors the client sees verbatim; the logging plugin logs the rest in full. */
export function isClientError(error: unknown): boolean {
  // Judged on the error as Apollo would format it: its own extensions carry codes such as
  // GRAPHQL_PARSE_FAILED and BAD_USER_INPUT for a syntax error or a bad variable.
  const formatted = error instanceof GraphQLError ? error.toJSON() : { message: '' };
  return formatError(formatted, error).extensions?.code !== INTERNAL_ERROR_CODE;
}

/** True for errors that are not the request's fault (a bug, or the database unavailable): worth trying again. */
export function isServerFault(error: unknown): boolean {
  const code = formatError({ message: '' }, error).extensions?.code;
  return code === INTERNAL_ERROR_CODE || code === ErrorCode.SERVICE_UNAVAILABLE;
}
