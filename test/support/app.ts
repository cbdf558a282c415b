import 'reflect-metadata';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { print, type ExecutionResult } from 'graphql';
import { initOrm } from '../../src/db/orm';
import { createAppServer, GRAPHQL_PATH, type AppServer } from '../../src/server';
import { createTestDatabase } from './database';

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
  databaseUrl: string;
  /** A fresh EntityManager for arranging data and checking what was stored. */
  em(): EntityManager;
  /** Sends one operation to the real /graphql endpoint. */
  gql<TData, TVars extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVars>,
    variables?: TVars,
    options?: { token?: string; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<TData>>;
  /** Counts SQL statements the app sends while `work` runs. */
  countStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: string[] }>;
  close(): Promise<void>;
}

/** Boots the real server on a free port against its own freshly cloned database. */
export async function startTestApp(): Promise<TestApp> {
  const database = await createTestDatabase();
  let recording: string[] | undefined;
  const orm = await initOrm({
    databaseUrl: database.url,
    onQuery: (message) => {
      if (recording && message.includes('[query]')) recording.push(message);
    },
  });
  let server: AppServer | undefined;
  try {
    server = await createAppServer({ config: { nodeEnv: 'test' }, orm });
    const port = await server.listen(0, '127.0.0.1');
    const baseUrl = `http://127.0.0.1:${port}`;
    const url = `${baseUrl}${GRAPHQL_PATH}`;
    const running = server;
    return {
      url,
      baseUrl,
      orm,
      databaseUrl: database.url,
      em: () => orm.em.fork(),
      async gql(document, variables, options = {}) {
        const res = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
            ...options.headers,
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
        await running.stop();
        await orm.close();
        await database.drop();
      },
    };
  } catch (err) {
    await server?.stop();
    await orm.close();
    await database.drop();
    throw err;
  }
}
