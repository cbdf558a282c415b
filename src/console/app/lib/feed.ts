import { resumableFeed } from '@linkage110/client';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createClient, type Client } from 'graphql-ws';
import { GRAPHQL_URL, errorOf, type ServerError } from './gql';

export type FeedStatus = 'connecting' | 'live' | 'reconnecting';

/** One WebSocket per token, shared by a screen's feeds and closed when the last one stops. */
const clients = new Map<string, { client: Client; users: number }>();
const statusListeners = new Set<(status: FeedStatus) => void>();
let status: FeedStatus = 'connecting';

function setStatus(next: FeedStatus): void {
  status = next;
  for (const listener of statusListeners) listener(next);
}

export function onFeedStatus(listener: (status: FeedStatus) => void): () => void {
  statusListeners.add(listener);
  listener(status);
  return () => statusListeners.delete(listener);
}

function clientFor(token: string): Client {
  let entry = clients.get(token);
  if (!entry) {
    const url = new URL(GRAPHQL_URL, location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    const client = createClient({
      url: url.toString(),
      connectionParams: { authorization: `Bearer ${token}` },
      // Reconnecting is the resume helper's: it subscribes again after the last cursor.
      retryAttempts: 0,
      lazy: true,
      on: {
        connected: () => setStatus('live'),
        closed: () => setStatus('reconnecting'),
      },
    });
    entry = { client, users: 0 };
    clients.set(token, entry);
  }
  entry.users += 1;
  return entry.client;
}

function release(token: string): void {
  const entry = clients.get(token);
  if (!entry || --entry.users > 0) return;
  clients.delete(token);
  void entry.client.dispose();
}

type FeedData = Record<string, { cursor: string } | null | undefined>;

/**
 * Follows one of the platform's live feeds with the typed client's resume helper: after a lost
 * connection it subscribes again with `after: <last cursor>`, so no change is skipped or repeated.
 */
export function follow<TData extends FeedData, TVars>(
  token: string,
  document: TypedDocumentNode<TData, TVars>,
  onEvent: (event: NonNullable<TData[keyof TData]>) => void,
  onError: (error: ServerError) => void,
): () => void {
  const feed = resumableFeed<TData, TVars>({
    transport: clientFor(token),
    document,
    onEvent: (event) => onEvent(event),
    onError: (errors) => onError(errorOf(errors)),
    onReconnect: () => setStatus('reconnecting'),
  });
  return () => {
    feed.stop();
    release(token);
  };
}

/**
 * A live list: follow the feed first, then load the first page, so a change made while the page
 * loads still arrives. A row the feed already delivered is newer than the page's copy of it and
 * is kept. `onRow` gets each row the feed names (and the event), `onPage` the page's rows the
 * feed has not delivered yet.
 */
export function followThenLoad<TData extends FeedData, TVars, TRow extends { id: string }>(
  token: string,
  feed: {
    document: TypedDocumentNode<TData, TVars>;
    row: (event: NonNullable<TData[keyof TData]>) => TRow | null | undefined;
    onRow: (row: TRow, event: NonNullable<TData[keyof TData]>) => void;
  },
  load: () => Promise<TRow[]>,
  onPage: (rows: TRow[]) => void,
  onError: (error: unknown) => void,
): () => void {
  const seen = new Set<string>();
  const stop = follow(
    token,
    feed.document,
    (event) => {
      const row = feed.row(event);
      if (!row) return;
      seen.add(row.id);
      feed.onRow(row, event);
    },
    onError,
  );
  load().then((rows) => onPage(rows.filter((row) => !seen.has(row.id))), onError);
  return stop;
}
