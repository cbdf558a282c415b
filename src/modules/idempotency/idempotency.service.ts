import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError } from '../../common/errors';
import { IdempotencyRecord } from './idempotency.entity';

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key, v]) => key !== 'idempotencyKey' && v !== undefined)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, v]) => [key, canonical(v)]),
    );
  }
  return value;
}

export function fingerprint(operation: string, input: unknown): string {
  return createHash('sha256').update(JSON.stringify([operation, canonical(input)])).digest('hex');
}

/**
 * Runs `work` once per (caller, key). Inside the caller's transaction the key row is claimed
 * first, so a concurrent retry waits on it and then finds the stored result. Without a key
 * the work simply runs.
 */
export async function onceForKey<T extends { id: string }>(
  tx: EntityManager,
  request: { actorId: string; key?: string; operation: string; input: unknown },
  work: () => Promise<T[]>,
  reload: (ids: string[]) => Promise<T[]>,
): Promise<T[]> {
  if (!request.key) return work();
  const inputHash = fingerprint(request.operation, request.input);
  const claimed = await tx.getConnection().execute<{ key: string }[]>(
    `insert into idempotency_key (actor_id, key, operation, input_hash, result_ids)
     values (?, ?, ?, ?, '[]') on conflict do nothing returning key`,
    [request.actorId, request.key, request.operation, inputHash],
    'all',
    tx.getTransactionContext(),
  );
  if (claimed.length === 0) {
    const first = await tx.findOneOrFail(IdempotencyRecord, { actorId: request.actorId, key: request.key });
    if (first.operation !== request.operation || first.inputHash !== inputHash) {
      throw new ConflictError(
        `The idempotency key "${request.key}" was already used for a different request (${first.operation}); use a new key for a new request.`,
        { idempotencyKey: request.key },
      );
    }
    return reload(first.resultIds);
  }
  const results = await work();
  await tx.getConnection().execute(
    'update idempotency_key set result_ids = ? where actor_id = ? and key = ?',
    [JSON.stringify(results.map((r) => r.id)), request.actorId, request.key],
    'run',
    tx.getTransactionContext(),
  );
  return results;
}
