import {
  createSourceEventStream,
  execute,
  GraphQLError,
  print,
  type ExecutionArgs,
  type ExecutionResult,
} from 'graphql';
import { tokenRefusal } from '../modules/access/access.revocations';
import type { FeedItem } from '../modules/feed/feed.hub';
import type { GraphQLContext } from './context';

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
    if (!key || !isFeedItem(payload)) return Promise.resolve(execute({ ...args, rootValue: payload }));
    const denied = stillAllowed(ctx);
    if (denied) return Promise.resolve({ errors: [denied] });
    const eventKey = `${payload.seq}|${key}`;
    let result = shared.get(eventKey);
    if (!result) {
      result = Promise.resolve(execute({ ...args, rootValue: payload }));
      shared.set(eventKey, result);
      setTimeout(() => shared.delete(eventKey), SHARED_RESULT_TTL_MS).unref();
    }
    return result;
  };

  // for await hands an early end (the client unsubscribed) on to the feed stream's return().
  async function* results(): AsyncGenerator<ExecutionResult> {
    for await (const payload of events) yield await resultFor(payload);
  }
  return results();
}
