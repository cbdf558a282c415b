import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Kind, print, type DocumentNode, type FragmentDefinitionNode } from 'graphql';

export const GRAPHQL_URL = '/graphql';

/** A server error as the console shows it: extensions.code and the message, next to the action. */
export class ServerError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly path?: readonly (string | number)[],
  ) {
    super(message);
    this.name = 'ServerError';
  }
}

const printed = new WeakMap<object, string>();

/**
 * The operation's text exactly as schema/trusted-documents.json holds it (the operation, then
 * its fragments by name, printed by graphql-js), so a server with TRUSTED_DOCUMENTS=only knows
 * it by its hash and one without runs it as any query.
 */
export function queryText(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) {
    const operations = document.definitions.filter((d) => d.kind !== Kind.FRAGMENT_DEFINITION);
    const fragments = document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .sort((a, b) => (a.name.value < b.name.value ? -1 : a.name.value > b.name.value ? 1 : 0));
    text = [...operations, ...fragments].map((node) => print(node)).join('\n\n');
    printed.set(document, text);
  }
  return text;
}

interface Body<T> {
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
}

export function errorOf(errors: Body<unknown>['errors'] | readonly { message: string; extensions?: { code?: unknown } }[]): ServerError {
  const first = errors?.[0];
  return new ServerError(String(first?.extensions?.code ?? 'INTERNAL_SERVER_ERROR'), first?.message ?? 'Unknown error');
}

/** How often a request the server could not serve just now (503 SERVICE_UNAVAILABLE) is sent again. */
const RETRIES = 3;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One query or mutation over HTTP; rejects with the first GraphQL error as a ServerError. When the
 * database cannot serve it just now (503, SERVICE_UNAVAILABLE) it is sent again after the server's
 * Retry-After, a few times: every mutation carries an idempotency key, so a retry never acts twice.
 */
export async function request<TData, TVars>(token: string | undefined, document: TypedDocumentNode<TData, TVars>, variables?: TVars): Promise<TData> {
  for (let attempt = 0; ; attempt++) {
    let res: Response;
    try {
      res = await fetch(GRAPHQL_URL, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query: queryText(document as DocumentNode), variables: variables ?? {} }),
      });
    } catch (err) {
      throw new ServerError('NETWORK_ERROR', err instanceof Error ? err.message : String(err));
    }
    let body: Body<TData>;
    try {
      body = (await res.json()) as Body<TData>;
    } catch {
      throw new ServerError(`HTTP_${res.status}`, res.statusText || 'The server did not answer with JSON.');
    }
    if (res.status === 503 && attempt < RETRIES && body.errors?.[0]?.extensions?.code === 'SERVICE_UNAVAILABLE') {
      await wait(1000 * Math.min(Number(res.headers.get('retry-after')) || 1, 10));
      continue;
    }
    if (body.errors?.length) throw errorOf(body.errors);
    if (!body.data) throw new ServerError(`HTTP_${res.status}`, 'The server sent no data.');
    return body.data;
  }
}

/** A fresh idempotency key per user action, so a retried click does not act twice. */
export function idempotencyKey(): string {
  return crypto.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}
