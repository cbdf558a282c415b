import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';
import { documentId, operationName } from './trusted.js';

/** What a subscription message carries (graphql-ws's FormattedExecutionResult). */
export interface FeedResult<Data> {
  data?: Data | null;
  errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>;
}

/**
 * The part of a graphql-ws `Client` the feed needs; `createClient({ url, connectionParams })`
 * from graphql-ws fits it as it is.
 */
export interface FeedTransport {
  subscribe<Data>(
    payload: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null; extensions?: Record<string, unknown> | null },
    sink: { next(value: FeedResult<Data>): void; error(error: unknown): void; complete(): void },
  ): () => void;
}

/** A feed subscription's variables: the cursor is the feed's to set. */
type FeedVariables<Variables> = Omit<Variables, 'after'>;

/** The data of one feed message: its only root field is the feed event, which has a cursor. */
type FeedData = Record<string, { cursor: string } | null | undefined>;

export interface ResumableFeedOptions<Data extends FeedData, Variables> {
  transport: FeedTransport;
  /** A feed subscription of this package (IncidentFeedDocument, OrderFeedDocument, ...); it must select `cursor`. */
  document: TypedDocumentNode<Data, Variables>;
  variables?: FeedVariables<Variables>;
  /** Start after this cursor (one saved earlier); from now on when absent. */
  after?: string | null;
  /** Every change, once, in commit order. */
  onEvent(event: NonNullable<Data[keyof Data]>, data: Data): void;
  /**
   * A refusal from the server (BAD_USER_INPUT, FORBIDDEN, UNAUTHENTICATED, ...): the feed stops,
   * as retrying cannot help. A lost connection is not an error: the feed reconnects by itself.
   */
  onError?(errors: NonNullable<FeedResult<Data>['errors']>): void;
  /** Called with the attempt number and the delay before each reconnect. */
  onReconnect?(attempt: number, delayMs: number): void;
  /** Send the operation by its trusted-document id as well (needed with TRUSTED_DOCUMENTS=only). */
  trusted?: boolean;
  /** Backoff between reconnects: doubles from minDelayMs up to maxDelayMs (defaults 500 ms and 30 s). */
  minDelayMs?: number;
  maxDelayMs?: number;
}

export interface ResumableFeed {
  /** The cursor of the last change handed to onEvent (null before the first one). */
  readonly cursor: string | null;
  /** Stops the feed; no onEvent after this returns. */
  stop(): void;
}

function later(a: string, b: string | null): boolean {
  return b === null || BigInt(a) > BigInt(b);
}

/**
 * Follows a live feed across lost connections: on a drop it subscribes again with
 * `after: <the last cursor received>`, so the server replays every change missed, and a change
 * seen already (a transport that re-sends the first subscription on its own reconnect) is
 * dropped by its cursor. Each change reaches onEvent once and in commit order.
 */
export function resumableFeed<Data extends FeedData, Variables>(options: ResumableFeedOptions<Data, Variables>): ResumableFeed {
  const document = options.document as DocumentNode;
  const query = print(document);
  const name = operationName(document);
  const id = options.trusted ? documentId(document) : undefined;
  if (options.trusted && !id) throw new Error(`${name} is not in the trusted-documents manifest.`);
  const minDelay = options.minDelayMs ?? 500;
  const maxDelay = options.maxDelayMs ?? 30_000;
  let cursor: string | null = options.after ?? null;
  let stopped = false;
  let attempt = 0;
  let unsubscribe: (() => void) | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const reconnect = () => {
    if (stopped) return;
    attempt += 1;
    const delay = Math.min(maxDelay, minDelay * 2 ** Math.min(attempt - 1, 16));
    options.onReconnect?.(attempt, delay);
    timer = setTimeout(subscribe, delay);
  };

  function subscribe(): void {
    if (stopped) return;
    let ended = false;
    const end = (retry: boolean) => {
      if (ended) return;
      ended = true;
      if (retry) reconnect();
    };
    unsubscribe = options.transport.subscribe<Data>(
      {
        query,
        operationName: name,
        variables: { ...(options.variables ?? {}), after: cursor } as Record<string, unknown>,
        ...(id ? { extensions: { persistedQuery: { version: 1, sha256Hash: id } } } : {}),
      },
      {
        next(result) {
          if (stopped || ended) return;
          if (result.errors?.length) {
            stopped = true;
            end(false);
            options.onError?.(result.errors);
            unsubscribe?.();
            return;
          }
          const data = result.data;
          if (!data) return;
          const event = Object.values(data)[0];
          if (!event) return;
          if (!later(event.cursor, cursor)) return;
          cursor = event.cursor;
          attempt = 0;
          options.onEvent(event as NonNullable<Data[keyof Data]>, data);
        },
        error(error) {
          if (stopped) return;
          // graphql-ws hands a server's refusal over as an array of GraphQL errors.
          if (Array.isArray(error) && error.length > 0 && typeof error[0]?.message === 'string') {
            stopped = true;
            end(false);
            options.onError?.(error);
            return;
          }
          end(true);
        },
        complete() {
          if (!stopped) end(true);
        },
      },
    );
  }

  subscribe();
  return {
    get cursor() {
      return cursor;
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      unsubscribe?.();
    },
  };
}
