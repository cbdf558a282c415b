import type { EntityClass } from '@mikro-orm/core';
import { OptimisticLockError } from '@mikro-orm/core';
import type { Role } from '../../integrations/keycloak';
import { ConflictError } from '../common/errors';
import { actorFor } from '../modules/history/history.actor';
import { onceForKey } from '../modules/idempotency/idempotency.service';
import { explainOpenOrderViolation } from '../modules/orders/order.errors';
import { orderScope } from '../modules/orders/order.scope';
import { createWorkflows, type Workflows } from '../modules/services';
import { requirePrincipal } from './auth-checker';
import type { GraphQLContext } from './context';

export interface MutationSpec<T> {
  /** The mutation's name: the idempotency key is claimed per caller and operation. */
  operation: string;
  input: { idempotencyKey?: string };
  /** What the mutation returns, reloaded by id when a retry is answered from the key. */
  returns: EntityClass<T>;
  /** The roles the field allows: the change is recorded under the first of the caller's that is one of them. */
  actingAs: readonly Role[];
  /** The desk acting for a unit (its phone answers) is recorded with channel PHONE. */
  onBehalfOfUnit?: boolean;
}

/**
 * Every state-changing operation runs here: one transaction for the change and its events,
 * the caller's idempotency key claimed inside it, and a concurrent change of the same record
 * (the version check at commit) reported as CONFLICT with the record's state now.
 */
export async function mutate<T extends { id: string }>(
  ctx: GraphQLContext,
  spec: MutationSpec<T>,
  work: (w: Workflows) => Promise<T[]>,
): Promise<T[]> {
  const principal = requirePrincipal(ctx);
  const actor = actorFor(principal, spec.actingAs, spec.onBehalfOfUnit);
  const { operation, input, returns } = spec;
  try {
    const rows = await ctx.em.transactional((tx) =>
      onceForKey(
        tx,
        { actorId: principal.subject, key: input.idempotencyKey, operation, input },
        () => work(createWorkflows(tx, actor, () => orderScope(principal))),
        async (ids) => {
          const rows = await tx.find(returns, { id: { $in: ids } } as never);
          return ids.map((id) => rows.find((row) => row.id === id)!).filter(Boolean);
        },
      ),
    );
    ctx.committed = { operation, ids: [...(ctx.committed?.ids ?? []), ...rows.map((row) => row.id)] };
    return rows;
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
    throw await explainOpenOrderViolation(ctx.em, err);
  }
}

/** A mutation that returns one record. */
export async function mutateOne<T extends { id: string }>(
  ctx: GraphQLContext,
  spec: MutationSpec<T>,
  work: (w: Workflows) => Promise<T>,
): Promise<T> {
  const [row] = await mutate(ctx, spec, async (w) => [await work(w)]);
  return row;
}
