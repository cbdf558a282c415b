import { performance } from 'node:perf_hooks';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, visit, type DocumentNode } from 'graphql';
import { ErrorCode, HTTP_STATUS } from '../common/errors';
import { logger } from '../common/logger';
import { counter, histogram } from '../common/metrics';
import { databaseUnavailable } from '../common/unavailable';
import type { GraphQLContext } from './context';
import { INTERNAL_ERROR_CODE, isClientError } from './errors';

export const operationDuration = histogram(
  'linkage110_graphql_operation_duration_seconds',
  'GraphQL operations over HTTP, from request to response, by operation name and outcome (ok, client_error, unavailable, server_error)',
  ['operation', 'outcome'],
  [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
);
export const errorsByCode = counter('linkage110_graphql_errors_total', 'Errors returned to GraphQL clients, by extensions.code', ['code']);

/** Operation names become label values; past this many distinct names the rest count as "other". */
const MAX_OPERATION_LABELS = 200;
const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const seenOperations = new Set<string>();

function operationLabel(name: string | null | undefined): string {
  if (!name) return 'anonymous';
  if (!OPERATION_NAME.test(name)) return 'other';
  if (seenOperations.has(name)) return name;
  if (seenOperations.size >= MAX_OPERATION_LABELS) return 'other';
  seenOperations.add(name);
  return name;
}

/**
 * One log line and one duration sample per GraphQL operation over HTTP: request id, operation,
 * the caller's roles and unit, duration and outcome, and the error codes sent. A client's
 * mistake (bad variable, syntax error, refused input) is logged at info without a stack; the
 * database failing to serve (SERVICE_UNAVAILABLE) at warn; an unexpected error at error with its
 * stack, and the client gets the request id to quote.
 */
export function operationLoggingPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      const unexpected: unknown[] = [];
      const unavailable: unknown[] = [];
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const cause = error instanceof GraphQLError ? (error.originalError ?? error) : error;
            if (databaseUnavailable(cause)) unavailable.push(cause);
            else if (!isClientError(error)) unexpected.push(cause);
          }
        },
        async willSendResponse({ response, operationName }) {
          response.http.headers.set('x-request-id', contextValue.requestId);
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const codes = errors.map((error) => String(error.extensions?.code ?? INTERNAL_ERROR_CODE));
          for (const error of errors) {
            if (error.extensions?.code === INTERNAL_ERROR_CODE) (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
          }
          for (const code of codes) errorsByCode.inc({ code });
          const outcome = unexpected.length ? 'server_error' : unavailable.length ? 'unavailable' : codes.length ? 'client_error' : 'ok';
          const seconds = (performance.now() - started) / 1000;
          const operation = operationLabel(operationName);
          operationDuration.observe({ operation, outcome }, seconds);
          const line = {
            requestId: contextValue.requestId,
            operation: operationName ?? null,
            roles: contextValue.principal?.roles ?? [],
            unit: contextValue.principal?.unitCode ?? null,
            durationMs: Math.round(seconds * 10_000) / 10,
            outcome,
            ...(codes.length ? { codes } : {}),
          };
          if (unexpected.length) logger.error('graphql operation failed', { ...line, err: unexpected[0], unexpectedErrors: unexpected.length });
          else if (unavailable.length) logger.warn('graphql operation: the database could not serve it', { ...line, err: unavailable[0] });
          else logger.info('graphql operation', line);
        },
      };
    },
  };
}

function asksForSchema(document: DocumentNode): boolean {
  let asks = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') asks = true;
    },
  });
  return asks;
}

/**
 * Schema introspection (`__schema`, `__type`) maps the whole API for a stranger: like every
 * root field it needs a token (`__typename` does not). Where introspection is off it is
 * refused for everyone by Apollo already.
 */
export function introspectionNeedsTokenPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (!contextValue.principal && asksForSchema(document)) {
            // Thrown from a hook, an error is a 500 unless it names its HTTP status.
            throw new GraphQLError('Schema introspection needs a bearer token; sign in first.', {
              extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: HTTP_STATUS[ErrorCode.UNAUTHENTICATED] } },
            });
          }
        },
      };
    },
  };
}

/**
 * SERVICE_UNAVAILABLE is an HTTP 503 with Retry-After, so proxies, load balancers and clients
 * tell "retry later" from a bug without reading the body. When the operation's change had
 * already committed, its errors say so (committed: true with the ids), so a client never
 * reports a saved change as failed.
 */
export function unavailabilityPlugin(retryAfterSeconds: number): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors ?? [];
          const committed = contextValue.committed;
          if (committed) {
            for (const error of errors) {
              const extensions = error.extensions as Record<string, unknown> | undefined;
              if (extensions?.code !== ErrorCode.SERVICE_UNAVAILABLE && extensions?.code !== INTERNAL_ERROR_CODE) continue;
              Object.assign(error, {
                message: `The change was saved (${committed.ids.join(', ')}), but reading it back failed. Do not send it again as new: reload it, or retry with the same idempotencyKey to get this result.`,
              });
              Object.assign(extensions, { code: ErrorCode.SERVICE_UNAVAILABLE, committed: true, ids: committed.ids });
            }
          }
          if (errors.some((error) => error.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(retryAfterSeconds));
          }
        },
      };
    },
  };
}
