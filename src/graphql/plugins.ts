import type { ApolloServerPlugin } from '@apollo/server';
import { visit, type DocumentNode } from 'graphql';
import { AuthenticationError } from '../common/errors';
import { logger } from '../common/logger';
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
