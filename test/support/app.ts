import 'reflect-metadata';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { print, type ExecutionResult } from 'graphql';
import type { Role } from '../../integrations/keycloak';
import { initOrm, type OrmOptions } from '../../src/db/orm';
import { createAppServer, GRAPHQL_PATH, type AppServer, type AppServerOptions } from '../../src/server';
import { createTestDatabase, ENV_KEYS_DIR } from './database';
import { startDbProxy, type DbProxy } from './db-proxy';
import { devTokenSync } from './jwt';

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown>; path?: (string | number)[] }[];
  headers: Headers;
}

export interface TestApp {
  url: string;
  baseUrl: string;
  orm: MikroORM;
  /** The database itself (not through the proxy). */
  databaseUrl: string;
  /** With `throughProxy`: the connection between the app and its database, to cut or freeze. */
  proxy?: DbProxy;
  /** A fresh EntityManager for arranging data and checking what was stored. */
  em(): EntityManager;
  /** Sends one operation to the real /graphql endpoint. */
  gql<TData, TVars extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVars>,
    variables?: TVars,
    options?: { token?: string | null; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<TData>>;
  /** A development token for the role (a unit operator needs its unit code). */
  token(role: Role | Role[], unit?: string, ttlSeconds?: number): string;
  /** Counts SQL statements the app sends while `work` runs. */
  countStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }>;
  close(): Promise<void>;
}

/**
 * Boots the real server on a free port against its own freshly cloned database. Operations
 * carry a token of `defaultRole` unless a test passes its own (`token: null` sends none).
 */
export async function startTestApp(
  options: {
    defaultRole?: Role;
    defaultUnit?: string;
    config?: Partial<AppServerOptions['config']>;
    gridWebhook?: AppServerOptions['gridWebhook'];
    server?: Pick<AppServerOptions, 'keepaliveMs' | 'connectionInitWaitMs' | 'retryAfterSeconds' | 'feed'>;
    /** Pool and time bounds of the app's database connections (src/db/orm.ts defaults otherwise). */
    orm?: Pick<OrmOptions, 'poolMax' | 'statementTimeoutMs' | 'acquireTimeoutMs'>;
    /** The app reaches its database through a proxy the test can cut or freeze (`app.proxy`). */
    throughProxy?: boolean;
  } = {},
): Promise<TestApp> {
  const keysDir = process.env[ENV_KEYS_DIR]!;
  const database = await createTestDatabase();
  const proxy = options.throughProxy ? await startDbProxy(database.url) : undefined;
  let recording: string[] | undefined;
  const orm = await initOrm({
    ...options.orm,
    databaseUrl: proxy?.url ?? database.url,
    onQuery: (message) => {
      if (recording && message.includes('[query]')) recording.push(message);
    },
  });
  let server: AppServer | undefined;
  try {
    server = await createAppServer({
      config: { nodeEnv: 'test', introspection: true, auth: { mode: 'dev' }, dataDir: keysDir, ...options.config },
      orm,
      gridWebhook: options.gridWebhook,
      // NOTIFY wakes the feed; its safety-net poll would only add stray statements to the
      // statement counts tests take.
      feedPollMs: 60 * 60_000,
      revocationRefreshMs: 60 * 60_000,
      ...options.server,
    });
    const port = await server.listen(0, '127.0.0.1');
    const baseUrl = `http://127.0.0.1:${port}`;
    const url = `${baseUrl}${GRAPHQL_PATH}`;
    const running = server;
    return {
      url,
      baseUrl,
      orm,
      databaseUrl: database.url,
      proxy,
      em: () => orm.em.fork(),
      token: (role, unit, ttlSeconds) => devTokenSync(keysDir, { role, unit, ttlSeconds }),
      async gql(document, variables, requestOptions = {}) {
        const token =
          requestOptions.token === undefined && options.defaultRole
            ? devTokenSync(keysDir, { role: options.defaultRole, unit: options.defaultUnit })
            : requestOptions.token;
        const res = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(token ? { authorization: `Bearer ${token}` } : {}),
            ...requestOptions.headers,
          },
          body: JSON.stringify({ query: print(document), variables }),
        });
        const body = (await res.json()) as ExecutionResult;
        return { status: res.status, data: body.data as never, errors: body.errors as never, headers: res.headers };
      },
      async countStatements(work) {
        recording = [];
        try {
          const result = await work();
          return { result, statements: recording };
        } finally {
          recording = undefined;
        }
      },
      async close() {
        proxy?.restore();
        await running.stop();
        await orm.close();
        await proxy?.close();
        await database.drop();
      },
    };
  } catch (err) {
    await server?.stop();
    await orm.close();
    await proxy?.close();
    await database.drop();
    throw err;
  }
}
