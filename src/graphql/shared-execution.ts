import {
  createSourceEventStream,
  execute,
  GraphQLError,
  print,
  type ExecutionArgs,
  type ExecutionResult,
} from 'graphql';
import { FeedInterruptedError } from '../common/errors';
import { logger } from '../common/logger';
import { tokenRefusal } from '../modules/access/access.revocations';
import type { FeedItem } from '../modules/feed/feed.hub';
import type { GraphQLContext } from './context';
import { isServerFault } from './errors';

/**
 * Waits before each new try of an event whose resolution failed (a database error, not a
 * refusal): together about 3 s, enough for a backend terminated or a failover in progress.
 * After the last, the subscription ends with FeedInterruptedError instead of skipping the event.
 */
export const FEED_RETRY_DELAYS_MS = [100, 400, 1000, 1500];

/** The results that end a stream: the event could not be read, the client resumes from the cursor it carries. */
const interrupted = new WeakSet<ExecutionResult>();

/** How long a shared result stays available to subscriptions that reach the event later. */
const SHARED_RESULT_TTL_MS = 30_000;

const shared = new Map<string, Promise<ExecutionResult>>();

function isFeedItem(value: unknown): value is FeedItem {
  return typeof value === 'object' && value !== null && typeof (value as FeedItem).seq === 'bigint';
}

/**
 * The key of subscriptions that see an event identically: the same document, operation and
 * variables, for callers with the same roles and unit (row-level scope depends on nothing else).
 */
function groupKey(args: ExecutionArgs): string | undefined {
  const principal = (args.contextValue as GraphQLContext | undefined)?.principal;
  if (!principal) return undefined;
  return JSON.stringify([
    print(args.document),
    args.operationName ?? null,
    args.variableValues ?? null,
    [...principal.roles].sort(),
    principal.unitCode ?? null,
  ]);
}

/** Per subscription, before a shared result is handed over: the token must still hold. */
function stillAllowed(ctx: GraphQLContext): GraphQLError | undefined {
  const refusal = ctx.principal ? tokenRefusal(ctx.principal, ctx.revocations) : 'Sign in first.';
  return refusal ? new GraphQLError(refusal, { extensions: { code: 'UNAUTHENTICATED' } }) : undefined;
}

/**
 * graphql-ws's `subscribe`: like graphql's, except that subscriptions in the same group execute
 * each feed event once and share the result. With a thousand consoles on one unit's feed, an
 * event costs one execution and a thousand socket writes instead of a thousand executions. Each
 * subscription still gets only the events its own stream passed (scope filter), and its token
 * is checked again for every event.
 */
export async function subscribeSharingResults(
  args: ExecutionArgs,
): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in (source as object))) return source as ExecutionResult;
  const events = source as AsyncIterableIterator<unknown>;
  const key = groupKey(args);
  const ctx = args.contextValue as GraphQLContext;

  const resultFor = (payload: unknown): Promise<ExecutionResult> => {
    if (!isFeedItem(payload)) return Promise.resolve(execute({ ...args, rootValue: payload }));
    if (!key) return resolveEvent(args, payload);
    const denied = stillAllowed(ctx);
    if (denied) return Promise.resolve({ errors: [denied] });
    const eventKey = `${payload.seq}|${key}`;
    let result = shared.get(eventKey);
    if (!result) {
      result = resolveEvent(args, payload);
      shared.set(eventKey, result);
      // An interrupted result is not shared with later subscriptions: one resuming from it reads the event again.
      void result.then((done) => interrupted.has(done) && shared.get(eventKey) === result && shared.delete(eventKey));
      setTimeout(() => shared.delete(eventKey), SHARED_RESULT_TTL_MS).unref();
    }
    return result;
  };

  // for await hands an early end (the client unsubscribed) on to the feed stream's return().
  async function* results(): AsyncGenerator<ExecutionResult> {
    for await (const payload of events) {
      const result = await resultFor(payload);
      yield result;
      if (interrupted.has(result)) return;
    }
  }
  return results();
}

/**
 * Executes one feed event for a subscription (or its group). A failure that is not the client's
 * (the database refused or did not answer) is logged and tried again with a fresh scope; when it
 * keeps failing, the result says where to resume and the stream ends: an event is never skipped.
 */
async function resolveEvent(args: ExecutionArgs, item: FeedItem): Promise<ExecutionResult> {
  for (let attempt = 0; ; attempt++) {
    const result = await execute({ ...args, rootValue: item });
    const failure = result.errors?.find((error) => isServerFault(error));
    if (!failure) return result;
    const last = attempt >= FEED_RETRY_DELAYS_MS.length;
    logger.error(last ? 'feed event could not be resolved; ending the subscriptions at it' : 'feed event could not be resolved; trying again', {
      seq: item.seq.toString(),
      kind: item.kind,
      attempt: attempt + 1,
      err: failure.originalError ?? failure,
    });
    if (last) {
      const ended: ExecutionResult = { errors: [new GraphQLError('feed interrupted', { originalError: new FeedInterruptedError((item.seq - 1n).toString()) })] };
      interrupted.add(ended);
      return ended;
    }
    await new Promise((resolve) => setTimeout(resolve, FEED_RETRY_DELAYS_MS[attempt]));
    item.renew();
  }
}
