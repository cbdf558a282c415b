import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { MikroORM } from '@mikro-orm/postgresql';
import express from 'express';
import { parse, specifiedRules, validate, GraphQLError, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Principal, TokenVerifier } from '../integrations/keycloak';
import type { AppConfig } from './config';
import { logger } from './common/logger';
import { pendingMigrations } from './db/orm';
import { authenticate, createVerifier } from './graphql/auth';
import { createContext, requestIdFrom, type GraphQLContext } from './graphql/context';
import { parseOptions, validationRules } from './graphql/limits';
import { FeedHub } from './modules/feed/feed.hub';
import { subscribeSharingResults } from './graphql/shared-execution';
import { RevocationList } from './modules/access/access.revocations';
import type { WebhookVerifier } from '../integrations/grid';
import { gauge, METRICS_CONTENT_TYPE, renderMetrics } from './common/metrics';
import { bindDomainMetrics } from './modules/metrics';
import { GRID_WEBHOOK_PATH, gridWebhookHandler } from './modules/grid-sync/grid-sync.webhook';
import { CALENDAR_PATH, ROSTER_EXPORT_PATH, ROSTER_IMPORT_PATH, calendarHandler, rosterExportHandler, rosterImportHandlers } from './modules/rosters/roster.http';
import { compiledReadPlugin } from './graphql/compiled-read';
import { formatError } from './graphql/errors';
import { introspectionNeedsTokenPlugin, operationLoggingPlugin, unavailabilityPlugin } from './graphql/plugins';
import { buildAppSchema } from './graphql/schema';
import { TrustedDocuments } from './graphql/trusted-documents';
import { explorerRouter } from './explorer/explorer.http';
import { CONSOLE_PATH, consoleRouter } from './console/console.http';

export const GRAPHQL_PATH = '/graphql';

export interface AppServer {
  httpServer: http.Server;
  /** Starts listening; resolves with the port actually bound (PORT=0 picks a free one). */
  listen(port: number, host?: string): Promise<number>;
  /** Stops taking work and drains what is in flight. The database is the caller's to close. */
  stop(): Promise<void>;
}

export interface AppServerOptions {
  config: Pick<AppConfig, 'nodeEnv' | 'introspection' | 'auth' | 'dataDir'> & Partial<Pick<AppConfig, 'explorer' | 'trustedDocuments'>>;
  orm: MikroORM;
  schema?: GraphQLSchema;
  verifier?: TokenVerifier;
  /** false: no live feed (subscriptions then fail); tools that need only queries skip it. */
  feed?: false;
  feedPollMs?: number;
  /** The live feed's LISTEN connection (config DATABASE_LISTEN_URL); the ORM's URL otherwise. */
  listenUrl?: string;
  /** Verifies the grid platform's webhooks; without it the webhook endpoint is not served. */
  gridWebhook?: WebhookVerifier;
  keepaliveMs?: number;
  connectionInitWaitMs?: number;
  revocationRefreshMs?: number;
  /** Retry-After (seconds) with SERVICE_UNAVAILABLE (config RETRY_AFTER_SECONDS). */
  retryAfterSeconds?: number;
}

const DEFAULT_RETRY_AFTER_SECONDS = 2;
/** /readyz answers within this even when the database does not (a probe's own timeout is often 1 s). */
export const READINESS_TIMEOUT_MS = 800;

/** Request bodies larger than this are refused before parsing (413). */
export const BODY_LIMIT = '256kb';

/** The WebSocket close code for a missing, refused or expired token (graphql-ws: Forbidden). */
export const WS_CLOSE_FORBIDDEN = 4403;

/** setTimeout's longest delay; a later expiry is re-armed when it fires. */
const MAX_TIMER_MS = 2 ** 31 - 1;

type SocketExtra = {
  principal?: Principal;
  expiryTimer?: NodeJS.Timeout;
  /** Ids of the operations running on this socket, for the per-connection cap. */
  operations?: Set<string>;
};

/** Subscriptions one socket may hold: a console needs a handful; more is a leak or abuse. */
export const MAX_OPERATIONS_PER_SOCKET = 20;
/** A socket that has not sent connection_init by then is closed (graphql-ws: 4408). */
export const CONNECTION_INIT_WAIT_MS = 5000;
/** WebSocket ping interval; a peer that misses a whole interval is cut off. */
export const KEEPALIVE_MS = 15000;
/** The close code sent on shutdown: graphql-ws clients reconnect after it (to another replica). */
export const WS_CLOSE_RESTART = 1012;

/** What the process-level gauges read: the server started last in this process. */
let serving: { sockets: () => number; feed?: FeedHub; orm: MikroORM } | undefined;

interface PoolStats {
  numUsed(): number;
  numPendingAcquires(): number;
}
function pool(): PoolStats | undefined {
  return (serving?.orm.em.getConnection().getKnex().client as { pool?: PoolStats } | undefined)?.pool;
}

gauge('linkage110_feed_sockets', 'Open GraphQL WebSocket connections', [], function () {
  this.set(serving?.sockets() ?? 0);
});
gauge('linkage110_feed_subscriptions', 'Live-feed subscriptions caught up and receiving events', [], function () {
  this.set(serving?.feed?.liveSubscriptions ?? 0);
});
gauge('linkage110_db_pool_in_use', 'Database connections of the pool in use', [], function () {
  this.set(pool()?.numUsed() ?? 0);
});
gauge('linkage110_db_pool_waiting', 'Requests waiting for a database connection from the pool', [], function () {
  this.set(pool()?.numPendingAcquires() ?? 0);
});

function closeAtExpiry(socket: WebSocket, extra: SocketExtra, expiresAt: Date): void {
  const wait = expiresAt.getTime() - Date.now();
  extra.expiryTimer = setTimeout(
    () => (wait > MAX_TIMER_MS ? closeAtExpiry(socket, extra, expiresAt) : socket.close(WS_CLOSE_FORBIDDEN, 'Token expired')),
    Math.max(0, Math.min(wait, MAX_TIMER_MS)),
  );
  extra.expiryTimer.unref();
}

function bearerFromConnectionParams(params: Readonly<Record<string, unknown>> | undefined): unknown {
  if (!params) return undefined;
  if (typeof params.authorization === 'string') return params.authorization;
  if (typeof params.Authorization === 'string') return params.Authorization;
  if (typeof params.token === 'string') return `Bearer ${params.token}`;
  return undefined;
}

const INVALID_UTF8 = 'entity.utf8.invalid';
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function refuseInvalidUtf8(_req: unknown, _res: unknown, body: Buffer): void {
  try {
    strictUtf8.decode(body);
  } catch {
    throw Object.assign(new Error('invalid UTF-8'), { status: 400, type: INVALID_UTF8 });
  }
}

export async function createAppServer(options: AppServerOptions): Promise<AppServer> {
  const { config, orm, schema: given, verifier: givenVerifier } = options;
  const schema = given ?? (await buildAppSchema());
  const verifier = givenVerifier ?? createVerifier(config);
  const production = config.nodeEnv === 'production';
  const trusted = config.trustedDocuments?.mode === 'only' ? TrustedDocuments.load(config.trustedDocuments.manifestFile) : undefined;
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  let stopping = false;

  const revocations = new RevocationList(orm, options.revocationRefreshMs);
  await revocations.start();
  const feed = options.feed === false ? undefined : new FeedHub({ orm, pollMs: options.feedPollMs, listenUrl: options.listenUrl });
  await feed?.start();

  const wsServer = new WebSocketServer({ server: httpServer, path: GRAPHQL_PATH });
  // The HTTP server's own errors (a taken port) reach whoever listens; ws would re-emit them as its own.
  wsServer.on('error', () => undefined);
  serving = { sockets: () => wsServer.clients.size, feed, orm };
  bindDomainMetrics(orm);
  // Keep-alive: proxies drop idle sockets, and a dead peer should not hold subscriptions.
  const alive = new WeakMap<WebSocket, boolean>();
  wsServer.on('connection', (socket) => {
    alive.set(socket, true);
    socket.on('pong', () => alive.set(socket, true));
  });
  const keepalive = setInterval(() => {
    for (const socket of wsServer.clients) {
      if (!alive.get(socket)) {
        socket.terminate();
        continue;
      }
      alive.set(socket, false);
      socket.ping();
    }
  }, options.keepaliveMs ?? KEEPALIVE_MS);
  keepalive.unref();
  // The token travels in connection_init; a socket without a valid one is closed with 4403,
  // and a socket whose token expires is closed then too.
  const wsCleanup = useServer<Record<string, unknown>, SocketExtra>(
    {
      schema,
      subscribe: subscribeSharingResults,
      connectionInitWaitTimeout: options.connectionInitWaitMs ?? CONNECTION_INIT_WAIT_MS,
      async onConnect(ctx) {
        const auth = await authenticate(verifier, bearerFromConnectionParams(ctx.connectionParams), revocations);
        if (!auth.principal) return false;
        ctx.extra.principal = auth.principal;
        closeAtExpiry(ctx.extra.socket, ctx.extra, auth.principal.expiresAt);
        return true;
      },
      onClose(ctx) {
        clearTimeout(ctx.extra.expiryTimer);
      },
      onComplete(ctx, id) {
        ctx.extra.operations?.delete(id);
      },
      // The same error mapping as over HTTP: domain codes kept, unexpected errors masked.
      onNext(_ctx, _id, _payload, _args, result) {
        if (!result.errors) return undefined;
        return { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) };
      },
      onError(ctx, id, _payload, errors) {
        ctx.extra.operations?.delete(id);
        return errors.map((error) => formatError(error.toJSON(), error));
      },
      onSubscribe(ctx, id, payload) {
        ctx.extra.operations ??= new Set();
        if (ctx.extra.operations.size >= MAX_OPERATIONS_PER_SOCKET) {
          return [new GraphQLError(`A connection may run at most ${MAX_OPERATIONS_PER_SOCKET} operations at once; complete one first.`, { extensions: { code: 'BAD_REQUEST' } })];
        }
        ctx.extra.operations.add(id);
        let query = payload.query;
        if (trusted) {
          const resolved = trusted.resolve(payload);
          if ('error' in resolved) return [TrustedDocuments.refusal(resolved.error)];
          query = resolved.query;
        }
        let document;
        try {
          document = parse(query, parseOptions);
        } catch (err) {
          return [err instanceof GraphQLError ? err : new GraphQLError('The query could not be parsed.')];
        }
        const errors = validate(schema, document, [...specifiedRules, ...validationRules]);
        if (errors.length > 0) return errors;
        return { schema, document, variableValues: payload.variables, operationName: payload.operationName };
      },
      context: (ctx) =>
        createContext(orm, requestIdFrom(ctx.extra.request.headers['x-request-id']), { principal: ctx.extra.principal }, { feed, revocations }),
    },
    wsServer,
  );

  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: config.introspection,
    // No "Did you mean ...?" hints that map the schema for a stranger in production.
    hideSchemaDetailsFromClientErrors: production,
    validationRules,
    parseOptions,
    csrfPrevention: true,
    // main.ts owns signal handling, so shutdown runs in one order: HTTP, sockets, database.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    // With trusted documents only the manifest's operations run: no client may register its own.
    ...(trusted ? { persistedQueries: false as const } : {}),
    plugins: [
      // No Apollo landing page (it loads Apollo's Sandbox from the internet) and no telemetry to
      // Apollo, whatever APOLLO_KEY says: the platform's own explorer is at /explorer.
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginUsageReportingDisabled(),
      ApolloServerPluginSchemaReportingDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      { async serverWillStart() { return { async drainServer() { await wsCleanup.dispose(); } }; } },
      operationLoggingPlugin(),
      introspectionNeedsTokenPlugin(),
      unavailabilityPlugin(options.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS),
      // No field sets cache hints, and the built-in plugin would wrap every resolver to read them.
      ApolloServerPluginCacheControlDisabled(),
      compiledReadPlugin(),
    ],
  });
  await apollo.start();

  app.get('/metrics', async (_req, res) => {
    res.type(METRICS_CONTENT_TYPE).send(await renderMetrics());
  });
  if (options.gridWebhook) {
    app.post(GRID_WEBHOOK_PATH, express.raw({ type: () => true, limit: BODY_LIMIT }), gridWebhookHandler(orm, options.gridWebhook));
  }
  const rosterAuth = (header: unknown) => authenticate(verifier, header, revocations);
  app.post(ROSTER_IMPORT_PATH, ...rosterImportHandlers(orm, rosterAuth));
  app.get(ROSTER_EXPORT_PATH, rosterExportHandler(orm, rosterAuth));
  app.get(CALENDAR_PATH, calendarHandler(orm));
  app.use(CONSOLE_PATH, consoleRouter());
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    if (stopping) {
      res.status(503).json({ status: 'stopping' });
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`the database did not answer within ${READINESS_TIMEOUT_MS} ms`)), READINESS_TIMEOUT_MS);
    });
    try {
      const pending = await Promise.race([
        orm.em
          .fork()
          .getConnection()
          .execute('select 1')
          .then(() => pendingMigrations(orm)),
        timeout,
      ]).finally(() => clearTimeout(timer));
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
  if (config.explorer ?? !production) {
    // Development tokens only where the server itself accepts them (dev auth mode, never in production).
    const devTokens = config.auth.mode === 'dev' && !production;
    app.use(explorerRouter({ graphqlPath: GRAPHQL_PATH, devTokenDataDir: devTokens ? config.dataDir : null }));
  }
  app.use(
    GRAPHQL_PATH,
    // Invalid UTF-8 would otherwise be stored as U+FFFD without notice: refuse the body instead.
    express.json({ limit: BODY_LIMIT, verify: refuseInvalidUtf8 }),
    ...(trusted ? [trusted.middleware()] : []),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createContext(
          orm,
          requestIdFrom(req.headers['x-request-id']),
          await authenticate(verifier, req.headers.authorization, revocations),
          { feed, revocations },
        ),
    }),
  );
  // Body-parser failures answer in GraphQL's error shape rather than as an HTML page.
  app.use((err: { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (err.type === 'entity.too.large') {
      res.status(413).json({ errors: [{ message: `The request body is larger than ${BODY_LIMIT}.`, extensions: { code: 'BAD_REQUEST' } }] });
    } else if (err.type === INVALID_UTF8) {
      res.status(400).json({ errors: [{ message: 'The request body is not valid UTF-8.', extensions: { code: 'BAD_USER_INPUT' } }] });
    } else if (err.type === 'entity.parse.failed') {
      res.status(400).json({ errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }] });
    } else {
      next(err);
    }
  });

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
      clearInterval(keepalive);
      revocations.stop();
      for (const socket of wsServer.clients) socket.close(WS_CLOSE_RESTART, 'Server restarting');
      await apollo.stop();
      await feed?.stop();
    },
  };
}
