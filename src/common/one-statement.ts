import { helper, OptimisticLockError, ReferenceKind, type AnyEntity, type EntityClass, type EntityDictionary, type EntityMetadata, type EntityProperty } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Reads and writes of a transaction in one SQL statement each, for the hot paths whose cost is
 * mostly round trips and per-statement work (dispatch: one read for everything it checks, one
 * write for everything it records). The entities stay MikroORM's: reads are hydrated with
 * em.map into the transaction's identity map, and written entities are registered as managed
 * and clean, so the flush at commit has nothing left to send for them, and a later change to
 * them is flushed as usual.
 */

/** One part of a combined read: the rows of an entity's table that satisfy `where` (SQL over alias `t`). */
export interface EntityPart<T extends object = object> {
  entity: EntityClass<T>;
  where: string;
  params?: unknown[];
  orderBy?: string;
}

/** A part that is any SQL returning one JSON value. */
export interface JsonPart {
  json: string;
  params?: unknown[];
}

type Part = EntityPart | JsonPart;
type Result<P> = { [K in keyof P]: P[K] extends EntityPart<infer T> ? T[] : unknown };

function isEntityPart(part: Part): part is EntityPart {
  return 'entity' in part;
}

/**
 * Several reads in one statement: each entity part's rows come back as one JSON array and are
 * hydrated with em.map (which also puts them in the identity map); a JSON part comes back as is.
 * Parts are hydrated in the order given, so a part whose rows reference another part's entities
 * (orders and their units) should come after it.
 */
export async function readInOneStatement<P extends Record<string, Part>>(em: EntityManager, parts: P): Promise<Result<P>> {
  const columns: string[] = [];
  const params: unknown[] = [];
  for (const [name, part] of Object.entries(parts)) {
    if (isEntityPart(part)) {
      const meta = em.getMetadata().get(part.entity.name);
      columns.push(
        `(select coalesce(json_agg(to_jsonb(t)${part.orderBy ? ` order by ${part.orderBy}` : ''}), '[]'::json) ` +
          `from ${quote(meta.tableName)} t where ${part.where}) as ${quote(name)}`,
      );
    } else {
      columns.push(`(${part.json}) as ${quote(name)}`);
    }
    params.push(...(part.params ?? []));
  }
  const [row] = await em.execute<Record<string, unknown>[]>(`select ${columns.join(', ')}`, params, 'all');
  const result: Record<string, unknown> = {};
  for (const [name, part] of Object.entries(parts)) {
    result[name] = isEntityPart(part) ? (row[name] as Record<string, unknown>[]).map((data) => em.map(part.entity, data)) : row[name];
  }
  return result as Result<P>;
}

/**
 * One row by primary key, locked FOR UPDATE until the transaction ends, hydrated with em.map
 * (which refreshes an entity already in the identity map with the row as the lock holder left
 * it). What findOne with a pessimistic lock and refresh does, without building the query through
 * the query builder on every call: the statement per entity is made once. Lazy properties stay
 * unloaded, and changes of this entity type not yet flushed are flushed first, as with findOne.
 */
export async function lockInOneStatement<T extends object>(em: EntityManager, entity: EntityClass<T>, id: string): Promise<T | null> {
  const meta = em.getMetadata().get<T>(entity.name);
  let sql = lockStatements.get(meta);
  if (sql === undefined) {
    const columns = meta.props.filter((prop) => persisted(prop) && !prop.lazy).flatMap((prop) => prop.fieldNames.map(quote));
    const [pk] = meta.primaryKeys;
    sql = `select ${columns.join(', ')} from ${quote(meta.tableName)} where ${quote(meta.properties[pk].fieldNames[0])} = ? for update`;
    lockStatements.set(meta, sql);
  }
  await em.tryFlush(entity, {});
  const [row] = await em.execute<Record<string, unknown>[]>(sql, [id], 'all');
  return row === undefined ? null : em.map(entity, row as EntityDictionary<T>);
}

const lockStatements = new WeakMap<EntityMetadata, string>();

/** A versioned entity the write changes: its changed columns, checked against the version read. */
interface VersionedUpdate {
  entity: AnyEntity;
}

/**
 * Inserts new entities (in the order given: event seqs follow it) and updates one versioned
 * entity, all in one statement; the update checks the version as MikroORM's flush does, and a
 * concurrent change raises the same OptimisticLockError. Triggers fire as for any insert.
 */
export async function writeInOneStatement(em: EntityManager, inserts: AnyEntity[], update?: VersionedUpdate): Promise<void> {
  const parts: string[] = [];
  const params: unknown[] = [];
  const byClass = new Map<string, AnyEntity[]>();
  for (const entity of inserts) {
    const name = helper(entity).__meta.className;
    byClass.set(name, [...(byClass.get(name) ?? []), entity]);
  }
  let n = 0;
  for (const [className, entities] of byClass) {
    const meta = em.getMetadata().get(className);
    const rows = entities.map((entity) => rowOf(em, meta, entity));
    const fields = [...new Set(rows.flatMap((row) => Object.keys(row)))];
    for (const field of fields) {
      const prop = propOfField(meta, field);
      if (hasDatabaseDefault(prop) && rows.some((row) => !(field in row))) {
        throw new Error(`${className}.${prop.name} is set on some rows of one write and left to its default on others`);
      }
    }
    const table = quote(meta.tableName);
    const list = fields.map(quote).join(', ');
    parts.push(
      `w${n++} as (insert into ${table} (${list}) select ${list} from jsonb_populate_recordset(null::${table}, ?::jsonb) with ordinality r ` +
        `order by r.ordinality returning 1)`,
    );
    params.push(JSON.stringify(rows));
  }
  const change = update ? updateOf(em, update.entity) : undefined;
  if (change) {
    parts.push(`u as (${change.sql})`);
    params.push(...change.values);
  }
  if (parts.length === 0) return;
  // Each part runs to completion whether or not the main query reads it.
  const [row] = await em.execute<{ version: number | null }[]>(
    `with ${parts.join(', ')} select ${change ? '(select version from u)' : 'null'} as version`,
    params,
    'all',
  );
  const uow = em.getUnitOfWork();
  for (const entity of inserts) {
    uow.getPersistStack().delete(entity);
    helper(entity).__managed = true;
    uow.merge(entity);
  }
  if (update && change) {
    if (row.version === null) throw OptimisticLockError.lockFailed(update.entity);
    const meta = helper(update.entity).__meta;
    (update.entity as Record<string, unknown>)[meta.versionProperty] = row.version;
    uow.merge(update.entity);
  }
}

function rowOf(em: EntityManager, meta: EntityMetadata, entity: AnyEntity): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  const values = entity as Record<string, unknown>;
  for (const prop of persistedProps(meta)) {
    let value = prop.embedded ? (values[prop.embedded[0]] as Record<string, unknown> | undefined)?.[prop.embedded[1]] : values[prop.name];
    if (value === undefined && prop.version) value = values[prop.name] = 1;
    if (value === undefined && prop.onCreate) value = values[prop.name] = prop.onCreate(entity, em);
    if (value === undefined) continue;
    row[prop.fieldNames[0]] = toJson(prop, value);
  }
  return row;
}

/**
 * A column's value from its JSON parameter: a scalar from its text, an array column (text[],
 * uuid[], ...) from the JSON array's elements (a JSON array's text is not an array literal),
 * NULL from JSON null.
 */
function fromJson(columnType: string): string {
  if (!columnType.endsWith('[]')) return `(?::jsonb #>> '{}')::${columnType}`;
  return `(select case when jsonb_typeof(j) = 'array' then array(select jsonb_array_elements_text(j))::${columnType} end from (select ?::jsonb as j) p)`;
}

/** The versioned UPDATE of the entity's changed columns; undefined when nothing changed. */
function updateOf(em: EntityManager, entity: AnyEntity): { sql: string; values: unknown[] } | undefined {
  const wrapped = helper(entity);
  const meta = wrapped.__meta;
  if (!meta.versionProperty) throw new Error(`${meta.className} has no version to check`);
  const current = em.getComparator().prepareEntity(entity);
  const changed = Object.keys(em.getComparator().diffEntities(meta.className, wrapped.__originalEntityData ?? {}, current));
  if (changed.length === 0) return undefined;
  const values = entity as Record<string, unknown>;
  const sets: string[] = [];
  const params: unknown[] = [];
  for (const prop of meta.props) {
    if (!persisted(prop) || prop.primary || prop.version || prop.embedded) continue;
    if (prop.onUpdate) values[prop.name] = prop.onUpdate(entity, em);
    else if (!changed.includes(prop.name)) continue;
    sets.push(`${quote(prop.fieldNames[0])} = ${fromJson(prop.columnTypes[0])}`);
    params.push(JSON.stringify(toJson(prop, values[prop.name] ?? null)));
  }
  const version = quote(meta.properties[meta.versionProperty].fieldNames[0]);
  const [pk] = meta.primaryKeys;
  return {
    sql:
      `update ${quote(meta.tableName)} set ${sets.join(', ')}, ${version} = ${version} + 1 ` +
      `where ${quote(meta.properties[pk].fieldNames[0])} = ? and ${version} = ? returning ${version} as version`,
    values: [...params, values[pk], values[meta.versionProperty]],
  };
}

const persistedByMeta = new WeakMap<EntityMetadata, EntityProperty[]>();

/** The entity's properties that have a column of their own, worked out once per entity. */
function persistedProps(meta: EntityMetadata): EntityProperty[] {
  let props = persistedByMeta.get(meta);
  if (props === undefined) {
    props = meta.props.filter(persisted);
    persistedByMeta.set(meta, props);
  }
  return props;
}

function persisted(prop: EntityProperty): boolean {
  if (prop.persist === false || prop.formula) return false;
  if (prop.kind === ReferenceKind.SCALAR) return true;
  if (prop.kind === ReferenceKind.MANY_TO_ONE || (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)) return true;
  // An inline embeddable's columns are its own props (prop.embedded); the embeddable itself has none.
  return false;
}

function hasDatabaseDefault(prop: EntityProperty): boolean {
  return prop.default !== undefined || prop.defaultRaw !== undefined || prop.autoincrement === true;
}

function propOfField(meta: EntityMetadata, field: string): EntityProperty {
  return meta.props.find((prop) => prop.fieldNames?.[0] === field)!;
}

/** The value as jsonb_populate_recordset reads it into the column's type. */
function toJson(prop: EntityProperty, value: unknown): unknown {
  if (value === null) return null;
  if (prop.kind === ReferenceKind.MANY_TO_ONE || prop.kind === ReferenceKind.ONE_TO_ONE) {
    return helper(value as AnyEntity).getPrimaryKey();
  }
  if (value instanceof Date) return value.toISOString();
  return value;
}

function quote(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
