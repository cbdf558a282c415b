import type { ApolloServerPlugin } from '@apollo/server';
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
