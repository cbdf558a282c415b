import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError } from './errors';
import { decodeCursor, type Page, type PageArgs } from './pagination';

/**
 * Newest-first keyset pagination on (sortField, id): stable while rows are added, and one
 * indexed range scan per page however deep the client pages.
 */
export async function keysetPage<T extends { id: string }>(
  em: EntityManager,
  entity: EntityName<T>,
  /** A factory, because raw SQL fragments in a filter may be used by one query only. */
  where: () => FilterQuery<T>,
  sortField: keyof T & string,
  args: PageArgs,
): Promise<Page<T>> {
  const conditions: unknown[] = [where()];
  if (args.after) {
    const { at, id } = decodeCursor(args.after);
    conditions.push({ $or: [{ [sortField]: { $lt: at } }, { [sortField]: at, id: { $lt: id } }] });
  }
  const rows = await em.find(entity, { $and: conditions } as FilterQuery<T>, {
    orderBy: { [sortField]: 'desc', id: 'desc' } as never,
    limit: args.first + 1,
  });
  return {
    items: rows.slice(0, args.first),
    hasNextPage: rows.length > args.first,
    countTotal: () => em.fork().count(entity, where()),
  };
}

export function assertRange(from: Date | undefined, to: Date | undefined, what: string): void {
  if (from && to && from > to) {
    throw new BadInputError(`${what}: the start (${from.toISOString()}) is after the end (${to.toISOString()}).`);
  }
}
