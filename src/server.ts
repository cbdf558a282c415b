import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { AppConfig } from './config';
import { logger } from './common/logger';
import { pendingMigrations } from './db/orm';
import { createContext, requestIdFrom, type GraphQLContext } from './graphql/context';
import { formatError } from './graphql/errors';
import { errorLoggingPlugin } from './graphql/plugins';
import { buildAppSchema } from './graphql/schema';

export const GRAPHQL_PATH = '/graphql';

export interface AppServer {
  httpServer: http.Server;
  /** Starts listening; resolves with the port actually bound (PORT=0 picks a free one). */
  listen(port: number, host?: string): Promise<number>;
  /** Stops taking work and drains what is in flight. The database is the caller's to close. */
  stop(): Promise<void>;
}

export interface AppServerOptions {
  config: Pick<AppConfig, 'nodeEnv'>;
  orm: MikroORM;
  schema?: GraphQLSchema;
}

export async function createAppServer({ config, orm, schema: given }: AppServerOptions): Promise<AppServer> {
  const schema = given ?? (await buildAppSchema());
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  let stopping = false;

  const wsServer = new WebSocketServer({ server: httpServer, path: GRAPHQL_PATH });
  const wsCleanup = useServer<Record<string, unknown>>(
    {
      schema,
      context: (ctx) => createContext(orm, requestIdFrom(ctx.extra.request.headers['x-request-id'])),
    },
    wsServer,
  );

  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: config.nodeEnv !== 'production',
    csrfPrevention: true,
    // main.ts owns signal handling, so shutdown runs in one order: HTTP, sockets, database.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      { async serverWillStart() { return { async drainServer() { await wsCleanup.dispose(); } }; } },
      errorLoggingPlugin(),
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    if (stopping) {
      res.status(503).json({ status: 'stopping' });
      return;
    }
    try {
      await orm.em.fork().getConnection().execute('select 1');
      const pending = await pendingMigrations(orm);
      if (pending > 0) {
        res.status(503).json({ status: 'migrations pending', pending });
        return;
      }
      res.json({ status: 'ready' });
    } catch (err) {
      logger.warn('readiness check failed', { err });
      res.status(503).json({ status: 'database unreachable' });
    }
  });
  app.use(
    GRAPHQL_PATH,
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => createContext(orm, requestIdFrom(req.headers['x-request-id'])),
    }),
  );

  return {
    httpServer,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => resolve((httpServer.address() as AddressInfo).port));
      });
    },
    async stop() {
      stopping = true;
      await apollo.stop();
    },
  };
}
