import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError } from './errors';
import { assertId } from './ids';
import { decodeCursor, encodeCursor, type Page, type PageArgs } from './pagination';
import { isoTimeSql, rawSql, sql, type Sql } from './sql';

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

/** One sort key of a list: its SQL, direction, and the type its cursor value is cast back to. */
export interface SortKey {
  sql: string;
  desc: boolean;
  /** Ascending keys that may be null put the nulls last (an incident without a deadline). */
  nullable?: boolean;
  type: 'timestamptz' | 'boolean' | 'uuid';
}

/**
 * A list's sort order and how its cursors are written: the newest-first order keeps the
 * cursor format it always had (`encodeCursor`); other orders carry their name, so a cursor is
 * never read under the wrong order.
 */
export interface ListSort {
  name: string;
  /** The keys in order; the last is the id, which makes the order total. */
  keys: readonly SortKey[];
}

/**
 * A page of a list as SQL: the one query shape both the entity path (`listPage`) and the
 * compiled read path (src/graphql/compiled-read.ts) run, so a filter, a scope or a sort is
 * written once.
 */
export interface ListQuery {
  /** Table and alias the page reads, e.g. `incident` and `i`. */
  table: string;
  alias: string;
  /** What the conditions and keys need joined in (a lateral summary of an incident's orders, say). */
  joins: Sql;
  /** Filter and row scope, without the cursor: what totalCount counts. */
  where: Sql;
  /** The cursor's condition (true without one). */
  after: Sql;
  sort: ListSort;
  first: number;
  /**
   * Lookups the filter needs to exist (a unit code, an area code). The compiled path asks their
   * SQL in its one statement; when one fails, or on the entity path, `refuse()` raises the
   * same error the service always raised.
   */
  checks: { sql: Sql; refuse: () => Promise<unknown> }[];
}

const DEFAULT_SORT_NAME = 'NEWEST';

/** The newest-first order on (sortColumn, id): the platform's default for lists. */
export function newestFirst(alias: string, column: string): ListSort {
  return {
    name: DEFAULT_SORT_NAME,
    keys: [
      { sql: `${alias}.${column}`, desc: true, type: 'timestamptz' },
      { sql: `${alias}.id`, desc: true, type: 'uuid' },
    ],
  };
}

/** Cursor values as SQL returns them to JSON: times as `toISOString` text, ids as text. */
export function keyValueSql(key: SortKey): string {
  return key.type === 'timestamptz' ? isoTimeSql(key.sql) : key.sql;
}

export function encodeListCursor(sort: ListSort, values: readonly unknown[]): string {
  if (sort.name === DEFAULT_SORT_NAME) return encodeCursor({ at: new Date(values[0] as string), id: values[1] as string });
  return Buffer.from(JSON.stringify([sort.name, ...values])).toString('base64url');
}

function refuseCursor(sort: ListSort): never {
  throw new BadInputError(`The cursor in "after" is not one this API gave out for the ${sort.name} order; start again without it.`, {
    argument: 'after',
  });
}

function decodeListCursor(sort: ListSort, cursor: string): unknown[] {
  if (sort.name === DEFAULT_SORT_NAME) {
    const { at, id } = decodeCursor(cursor);
    return [at, id];
  }
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    refuseCursor(sort);
  }
  if (!Array.isArray(decoded) || decoded[0] !== sort.name || decoded.length !== sort.keys.length + 1) refuseCursor(sort);
  return sort.keys.map((key, i) => {
    const value = decoded[i + 1];
    if (value === null && key.nullable) return null;
    if (key.type === 'boolean' && typeof value === 'boolean') return value;
    if (key.type === 'uuid' && typeof value === 'string') return assertId(value, 'cursor');
    if (key.type === 'timestamptz' && typeof value === 'string' && !Number.isNaN(new Date(value).getTime())) return new Date(value);
    return refuseCursor(sort);
  });
}

/** Rows after the cursor's position in the sort order (nulls of a nullable key come last). */
function afterCondition(keys: readonly SortKey[], values: readonly unknown[]): Sql {
  const [key, ...rest] = keys;
  const value = values[0];
  const param = sql`${value}::${rawSql(key.type)}`;
  const column = rawSql(key.sql);
  if (rest.length === 0) return key.desc ? sql`${column} < ${param}` : sql`${column} > ${param}`;
  const tail = afterCondition(rest, values.slice(1));
  if (key.nullable) {
    return value === null
      ? sql`(${column} is null and ${tail})`
      : sql`(${column} > ${param} or ${column} is null or (${column} = ${param} and ${tail}))`;
  }
  return key.desc
    ? sql`(${column} < ${param} or (${column} = ${param} and ${tail}))`
    : sql`(${column} > ${param} or (${column} = ${param} and ${tail}))`;
}

export function listAfter(sort: ListSort, after: string | undefined): Sql {
  return after ? afterCondition(sort.keys, decodeListCursor(sort, after)) : rawSql('true');
}

export function orderBySql(sort: ListSort, alias?: string): string {
  return sort.keys
    .map((key, i) => `${alias ? `${alias}.k${i}` : key.sql} ${key.desc ? 'desc' : 'asc'}${key.nullable ? ' nulls last' : ''}`)
    .join(', ');
}

/**
 * The page's rows with their sort keys as k0, k1, ... and the keys' cursor values as v0, v1, ...
 * (one more row than asked: is there a next page?).
 */
export function pageSql(query: ListQuery, columns: string): Sql {
  const keys = query.sort.keys.map((key, i) => `${key.sql} as k${i}, ${keyValueSql(key)} as v${i}`).join(', ');
  return sql`select ${rawSql(columns)}, ${rawSql(keys)} from ${rawSql(`"${query.table}" ${query.alias}`)} ${query.joins}
    where ${query.where} and ${query.after} order by ${rawSql(orderBySql(query.sort))} limit ${query.first + 1}`;
}

export function countSql(query: ListQuery): Sql {
  return sql`select count(*)::int as n from ${rawSql(`"${query.table}" ${query.alias}`)} ${query.joins} where ${query.where}`;
}

/** A page of entities from a list query: the rows mapped by the ORM, cursors from their keys. */
export async function listPage<T extends object>(em: EntityManager, entity: EntityName<T>, query: ListQuery): Promise<Page<T>> {
  for (const check of query.checks) await check.refuse();
  const page = pageSql(query, `${query.alias}.*`);
  const rows = await em.getConnection().execute<Record<string, unknown>[]>(page.text, page.params);
  const kept = rows.slice(0, query.first);
  const cursors = kept.map((row) => encodeListCursor(query.sort, query.sort.keys.map((_key, i) => row[`v${i}`])));
  for (const row of rows) {
    for (let i = 0; i < query.sort.keys.length; i++) {
      delete row[`k${i}`];
      delete row[`v${i}`];
    }
  }
  return {
    items: kept.map((row) => em.map(entity, row as never)),
    cursors,
    hasNextPage: rows.length > query.first,
    countTotal: async () => {
      const count = countSql(query);
      const [row] = await em.fork().getConnection().execute<{ n: number }[]>(count.text, count.params);
      return row.n;
    },
  };
}
