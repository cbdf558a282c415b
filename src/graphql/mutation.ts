import type { EntityClass } from '@mikro-orm/core';
import { OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError } from '../common/errors';
import { onceForKey } from '../modules/idempotency/idempotency.service';
import { requirePrincipal } from './auth';
import type { GraphQLContext } from './context';

export interface MutationInput {
  idempotencyKey?: string;
}

/**
 * Every state-changing operation runs here: one transaction for the change and its events,
 * the caller's idempotency key claimed inside it, and a concurrent change of the same record
 * (the version check at commit) reported as CONFLICT with the record's state now.
 */
export async function mutate<T extends { id: string }>(
  ctx: GraphQLContext,
  operation: string,
  input: MutationInput,
  entity: EntityClass<T>,
  work: (tx: EntityManager) => Promise<T[]>,
): Promise<T[]> {
  const principal = requirePrincipal(ctx);
  try {
    return await ctx.em.transactional((tx) =>
      onceForKey(tx, { actorId: principal.subject, key: input.idempotencyKey, operation, input }, () => work(tx), async (ids) => {
        const rows = await tx.find(entity, { id: { $in: ids } } as never);
        return ids.map((id) => rows.find((row) => row.id === id)!).filter(Boolean);
      }),
    );
  } catch (err) {
    if (err instanceof OptimisticLockError) {
      const changed = err.getEntity() as { id?: string; constructor: EntityClass<{ status?: string; id: string }> } | undefined;
      const fresh = changed?.id ? await ctx.em.fork().findOne(changed.constructor, { id: changed.id } as never) : null;
      throw new ConflictError(
        `Someone else changed this ${changed?.constructor.name.toLowerCase() ?? 'record'} at the same moment` +
          (fresh?.status ? `; it is now ${fresh.status}` : '') +
          '. Reload it and decide again.',
        { currentStatus: fresh?.status },
      );
    }
    throw err;
  }
}
