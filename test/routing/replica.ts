import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type ExecutionResult } from 'graphql';
import { initOrm } from '../../src/db/orm';
import { createAppServer, GRAPHQL_PATH } from '../../src/server';
import type { GraphQLResponse, TestApp } from '../support/app';
import { ENV_KEYS_DIR } from '../support/database';

export interface Replica {
  gql<TData, TVars extends Record<string, unknown>>(
    document: TypedDocumentNode<TData, TVars>,
    variables: TVars,
    options: { token: string },
  ): Promise<GraphQLResponse<TData>>;
  close(): Promise<void>;
}

/**
 * A second server process in all but name: its own ORM, connection pool and routing-engine
 * cache, on the same database as `app`. What one replica writes, the other must see.
 */
export async function startReplica(app: TestApp): Promise<Replica> {
  const orm = await initOrm({ databaseUrl: app.databaseUrl });
  const server = await createAppServer({
    config: { nodeEnv: 'test', introspection: true, auth: { mode: 'dev' }, dataDir: process.env[ENV_KEYS_DIR]! },
    orm,
  });
  const port = await server.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}${GRAPHQL_PATH}`;
  return {
    async gql(document, variables, { token }) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: print(document), variables }),
      });
      const body = (await res.json()) as ExecutionResult;
      return { status: res.status, data: body.data as never, errors: body.errors as never, headers: res.headers };
    },
    async close() {
      await server.stop();
      await orm.close();
    },
  };
}
