import type { ApolloServerPlugin } from '@apollo/server';
import { visit, type DocumentNode } from 'graphql';
import { AuthenticationError, ErrorCode } from '../common/errors';
import { logger } from '../common/logger';
import { databaseUnavailable } from '../common/unavailable';
import type { GraphQLContext } from './context';
import { INTERNAL_ERROR_CODE, isClientError } from './errors';

/**
 * Logs every unexpected error in full with its request id, and gives the client that id
 * (header and masked error) so a report from a console can be traced to the log line.
 */
export function errorLoggingPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            if (databaseUnavailable(error.originalError ?? error)) {
              logger.warn('the database could not serve an operation', { requestId: contextValue.requestId, operationName, err: error.originalError ?? error });
              continue;
            }
            if (isClientError(error)) continue;
            logger.error('unexpected error in a GraphQL operation', {
              requestId: contextValue.requestId,
              operationName,
              path: error.path,
              err: error.originalError ?? error,
            });
          }
        },
        async willSendResponse({ response }) {
          response.http.headers.set('x-request-id', contextValue.requestId);
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            if (error.extensions?.code === INTERNAL_ERROR_CODE) {
              (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
            }
          }
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
            throw new AuthenticationError('Schema introspection needs a bearer token; sign in first.');
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
