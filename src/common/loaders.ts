import DataLoader from 'dataloader';
import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/** One `where id in (...)` per tick, whatever the number of rows asking. */
export function byIdLoader<T extends { id: string }>(em: EntityManager, entity: EntityName<T>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await em.find(entity, { id: { $in: [...ids] } } as unknown as FilterQuery<T>);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Children grouped by a foreign key, in one query per tick. */
export function groupedLoader<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  foreignKey: string,
  keyOf: (row: T) => string,
  orderBy: Record<string, 'asc' | 'desc' | Record<string, 'asc' | 'desc'>>,
  extraWhere: Record<string, unknown> = {},
) {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await em.find(entity, { ...extraWhere, [foreignKey]: { $in: [...keys] } } as FilterQuery<T>, {
      orderBy: orderBy as never,
    });
    const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const row of rows) groups.get(keyOf(row))?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}
