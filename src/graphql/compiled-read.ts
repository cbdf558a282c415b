import { HeaderMap, type ApolloServerPlugin, type GraphQLResponse } from '@apollo/server';
import type { EntityMetadata } from '@mikro-orm/core';
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  isEnumType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  Kind,
  OperationTypeNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { countSql, encodeListCursor, orderBySql, pageSql, type ListQuery } from '../common/keyset';
import { isoTimeSql, joinSql, rawSql, sql, type Sql } from '../common/sql';
import type { GraphQLContext } from './context';

/**
 * The compiled read path. A list query (`deskBoard`, `incidents`, `orders`) whose whole
 * selection can be said in SQL is answered by one statement in which PostgreSQL builds the
 * page, its nested objects and its count as JSON, instead of by graphql-js resolving each field
 * of each entity the ORM hydrated.
 *
 * What stays as it was, so the answer and its checks are those of the ordinary path:
 * - the root field's own resolver runs, through type-graphql: `@Authorized` roles, argument
 *   conversion and class-validator rules, the input-hygiene middleware, and the domain
 *   service that builds the list's SQL (`ListQuery`: filter, row scope, sort, cursor);
 * - every nested field is either a column the ORM maps to a `@Field` of the same name with no
 *   resolver, arguments, roles or middlewares of its own, or one registered here beside its
 *   resolver with the same meaning in SQL (`compiledFields`, e.g. `Incident.orders` with the
 *   caller's order scope). Anything else (a new field resolver, an embedded object, a
 *   directive, an argument) sends the whole operation down the ordinary path, unchanged.
 * - any error, from the root resolver or the statement, does the same, so errors are always
 *   the ordinary path's.
 * Nothing is cached but the compiled plan of a document: every request reads the database.
 */

type Ctx = GraphQLContext;
type EntityClass = abstract new (...args: never[]) => object;

/** A field said in SQL, given the alias of its parent's row. */
export type CompiledField =
  | { kind: 'value'; type: 'timestamptz' | 'json'; sql: (parent: string, ctx: Ctx) => Sql }
  | { kind: 'toOne'; entity: EntityClass; column: string }
  | { kind: 'toMany'; entity: EntityClass; where: (parent: string, child: string, ctx: Ctx) => Sql; orderBy: (child: string) => string };

const registered = new Map<EntityClass, Record<string, CompiledField>>();
const compiledRoots = new Set<string>();

/** Registers the SQL twins of an entity's field resolvers (call it beside the resolvers). */
export function compiledFields(entity: EntityClass, fields: Record<string, CompiledField>): void {
  registered.set(entity, { ...registered.get(entity), ...fields });
}

/** Root list fields whose resolvers answer through `listConnection`. */
export function compiledLists(parent: 'Query', fields: string[]): void {
  for (const field of fields) compiledRoots.add(`${parent}.${field}`);
}

export const toOne = (entity: EntityClass, column: string): CompiledField => ({ kind: 'toOne', entity, column });

/** A plan for one root field: SQL for its nodes, and how the connection around them is laid out. */
interface ListPlan {
  node: NodeSql;
  layout: ConnectionLayout;
}

type NodeSql = (alias: string, ctx: Ctx, aliases: () => string) => Sql;

interface ConnectionLayout {
  typename: string;
  fields: { key: string; kind: 'typename' | 'totalCount' | 'pageInfo' | 'edges'; sub?: { key: string; kind: string }[]; subTypename?: string }[];
}

class CompiledAnswer {
  constructor(readonly value: unknown) {}
}

interface CompiledRead {
  plans: Map<FieldNode, ListPlan>;
}

const CONTEXT_KEY = Symbol('compiledRead');

/**
 * What a compiled root list resolver returns: the compiled answer when the plugin planned this
 * field, else the ordinary connection from `ordinary()`.
 */
export async function listConnection<T>(ctx: Ctx, info: GraphQLResolveInfo, query: ListQuery, ordinary: () => Promise<T>): Promise<T> {
  const compiled = (ctx as Ctx & { [CONTEXT_KEY]?: CompiledRead })[CONTEXT_KEY];
  const plan = compiled?.plans.get(info.fieldNodes[0]);
  if (!plan) return ordinary();
  return (await runPlan(ctx, query, plan)) as T;
}

async function runPlan(ctx: Ctx, query: ListQuery, plan: ListPlan): Promise<CompiledAnswer> {
  let n = 0;
  const aliases = () => `c${++n}`;
  const keys = query.sort.keys.map((_key, i) => rawSql(`p.v${i}`));
  const row = sql`json_build_array(${joinSql([...keys, plan.node('p', ctx, aliases)], ', ')})`;
  const wantsCount = plan.layout.fields.some((f) => f.kind === 'totalCount');
  const parts: Sql[] = [
    sql`'rows', (select coalesce(json_agg(${row} order by ${rawSql(orderBySql(query.sort, 'p'))}), '[]'::json) from (${pageSql(query, `${query.alias}.*`)}) p)`,
  ];
  if (wantsCount) parts.push(sql`'total', (${countSql(query)})`);
  if (query.checks.length) parts.push(sql`'checks', json_build_array(${joinSql(query.checks.map((c) => c.sql), ', ')})`);
  const statement = sql`select json_build_object(${joinSql(parts, ', ')}) as answer`;
  const [result] = await runPrepared<{ answer: { rows: unknown[][]; total?: number; checks?: boolean[] } }>(ctx, statement);
  const { rows, total, checks } = result.answer;
  for (const [i, ok] of (checks ?? []).entries()) if (!ok) await query.checks[i].refuse();
  const kept = rows.slice(0, query.first);
  const keyCount = query.sort.keys.length;
  // Cursors are base64 of JSON: written only where the selection asks for them.
  const cursor = (i: number) => (i < 0 ? null : encodeListCursor(query.sort, kept[i].slice(0, keyCount)));
  const out: Record<string, unknown> = {};
  for (const field of plan.layout.fields) {
    switch (field.kind) {
      case 'typename':
        out[field.key] = plan.layout.typename;
        break;
      case 'totalCount':
        out[field.key] = total;
        break;
      case 'pageInfo': {
        const info: Record<string, unknown> = {};
        for (const sub of field.sub!) {
          info[sub.key] =
            sub.kind === 'hasNextPage' ? rows.length > query.first : sub.kind === 'endCursor' ? cursor(kept.length - 1) : 'PageInfo';
        }
        out[field.key] = info;
        break;
      }
      case 'edges':
        out[field.key] = kept.map((r, i) => {
          const edge: Record<string, unknown> = {};
          for (const sub of field.sub!) edge[sub.key] = sub.kind === 'cursor' ? cursor(i) : sub.kind === 'node' ? r[keyCount] : field.subTypename;
          return edge;
        });
        break;
    }
  }
  return new CompiledAnswer(out);
}

/** Statement names by text: a plan's SQL differs only in its parameters, so PostgreSQL plans it once per connection. */
const preparedNames = new Map<string, string>();
const MAX_PREPARED = 500;

interface LoggingConnection {
  executeQuery<T>(query: string, run: () => Promise<T>): Promise<T>;
}

/**
 * One statement as a named prepared statement on a connection of the ORM's pool, logged by the
 * ORM's query logger like any other (statement counts see it). The ORM's `execute` would send it
 * unnamed, and PostgreSQL would plan the page's subqueries again on every request.
 */
async function runPrepared<T>(ctx: Ctx, statement: Sql): Promise<T[]> {
  let n = 0;
  const text = statement.text.replace(/\?/g, () => `$${++n}`);
  let name = preparedNames.get(text);
  if (!name && preparedNames.size < MAX_PREPARED) {
    name = `compiled_read_${preparedNames.size + 1}`;
    preparedNames.set(text, name);
  }
  const connection = ctx.em.getConnection();
  const client = connection.getKnex().client as { acquireConnection(): Promise<PgClient>; releaseConnection(c: PgClient): Promise<unknown> };
  return (connection as unknown as LoggingConnection).executeQuery(text, async () => {
    const pg = await client.acquireConnection();
    try {
      return (await pg.query<T>({ name, text, values: statement.params })).rows;
    } finally {
      await client.releaseConnection(pg);
    }
  });
}

interface PgClient {
  query<T>(config: { name?: string; text: string; values: unknown[] }): Promise<{ rows: T[] }>;
}

// ---------------------------------------------------------------------------------------------
// Planning: from a selection to SQL, or undefined when any part of it is not ours to compile.

class NotCompilable extends Error {}
function refuse(why: string): never {
  throw new NotCompilable(why);
}

interface Planning {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  metadata: (entity: EntityClass) => EntityMetadata;
  entityFor: (target: EntityClass) => boolean;
}

/** The fields of a selection by response key, in order, fragments spread (as graphql-js collects them). */
function collect(planning: Planning, type: GraphQLObjectType, selectionSet: SelectionSetNode, into = new Map<string, FieldNode[]>()): Map<string, FieldNode[]> {
  for (const selection of selectionSet.selections) {
    if (selection.directives?.length) refuse('directives');
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      into.set(key, [...(into.get(key) ?? []), selection]);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (selection.typeCondition && selection.typeCondition.name.value !== type.name) refuse('type condition');
      collect(planning, type, selection.selectionSet, into);
    } else {
      const fragment = planning.fragments[selection.name.value] ?? refuse('unknown fragment');
      if (fragment.typeCondition.name.value !== type.name) refuse('type condition');
      collect(planning, type, fragment.selectionSet, into);
    }
  }
  return into;
}

function merged(nodes: FieldNode[]): SelectionSetNode {
  return { kind: Kind.SELECTION_SET, selections: nodes.flatMap((node) => node.selectionSet?.selections ?? []) };
}

function objectTypeOf(type: GraphQLOutputType): { object: GraphQLObjectType; list: boolean } {
  const nullable = getNullableType(type);
  const list = isListType(nullable);
  const named = getNamedType(type);
  if (!isObjectType(named)) refuse('not an object type');
  if (list && (isListType(getNullableType(nullable.ofType)) || !isNonNullType(nullable.ofType))) refuse('nested or nullable list');
  return { object: named, list };
}

const storage = () => getMetadataStorage();

/** The ORM entity class behind an object type (type-graphql may hold several classes of one name). */
function entityOfType(planning: Planning, type: GraphQLObjectType): EntityClass {
  const candidates = storage().objectTypes.filter((o) => o.name === type.name).map((o) => o.target as EntityClass);
  return candidates.find((target) => planning.entityFor(target)) ?? refuse(`no entity for ${type.name}`);
}

function inChain(target: unknown, entity: EntityClass): boolean {
  for (let proto: unknown = entity; proto && proto !== Function.prototype; proto = Object.getPrototypeOf(proto)) {
    if (proto === target) return true;
  }
  return false;
}

/** A field resolver (in any resolver class) for this entity's field, or roles, middlewares or arguments on the field. */
function hasOwnBehaviour(entity: EntityClass, name: string): boolean {
  const resolvers = storage().fieldResolvers.filter((r) => r.schemaName === name);
  for (const resolver of resolvers) {
    const owner = resolver.getObjectType?.() ?? resolver.resolverClassMetadata?.getObjectType?.();
    if (owner === entity) return true;
  }
  const field = storage().fields.find((f) => f.name === name && inChain(f.target, entity));
  return !field || Boolean(field.roles?.length || field.middlewares?.length || field.params?.length || field.directives?.length);
}

function columnSql(field: GraphQLField<unknown, unknown>, meta: EntityMetadata, alias: string): string {
  const prop = meta.properties[field.name as never] as EntityMetadata['props'][number] | undefined;
  if (!prop || prop.kind !== 'scalar' || prop.persist === false || prop.formula || prop.fieldNames?.length !== 1) refuse(`${field.name} is not a column`);
  const column = `${alias}."${prop.fieldNames[0]}"`;
  const type = getNullableType(field.type);
  if (isListType(type)) refuse('list scalar');
  const columnType = String(prop.columnTypes?.[0] ?? '').toLowerCase();
  if (/bigint|int8|numeric|decimal|json/.test(columnType)) refuse(`column type ${columnType}`);
  if (isEnumType(type)) {
    // Stored values travel as the enum's names only when the two are the same.
    if (type.getValues().some((value) => value.value !== value.name)) refuse('enum values differ from names');
    return column;
  }
  if (!isScalarType(type)) refuse('not a scalar');
  switch (type.name) {
    case 'DateTime':
      if (!columnType.startsWith('timestamp')) refuse('DateTime from a non-timestamp column');
      return isoTimeSql(column);
    case 'String':
    case 'ID':
    case 'Boolean':
    case 'Int':
    case 'Float':
      return column;
    default:
      return refuse(`scalar ${type.name}`);
  }
}

/** SQL building the JSON object of one row of `entity` for this selection. */
function planObject(planning: Planning, type: GraphQLObjectType, selectionSet: SelectionSetNode): NodeSql {
  const entity = entityOfType(planning, type);
  const meta = planning.metadata(entity);
  const extra = registered.get(entity) ?? {};
  const fields = [...collect(planning, type, selectionSet)].map(([key, nodes]): ((alias: string, ctx: Ctx, aliases: () => string) => Sql) => {
    const name = nodes[0].name.value;
    if (nodes.some((node) => node.arguments?.length)) refuse('arguments');
    const label = rawSql(`'${key}'`);
    if (name === '__typename') return () => sql`${label}, ${rawSql(`'${type.name}'`)}`;
    const field = type.getFields()[name] ?? refuse(`no field ${name}`);
    const compiled = extra[name];
    if (compiled) {
      switch (compiled.kind) {
        case 'value':
          return (alias, ctx) => {
            const value = compiled.sql(alias, ctx);
            return sql`${label}, ${compiled.type === 'timestamptz' ? { text: isoTimeSql(value.text), params: value.params } : value}`;
          };
        case 'toOne': {
          const { object, list } = objectTypeOf(field.type);
          if (list) refuse('toOne on a list');
          const child = planObject(planning, object, merged(nodes));
          const table = planning.metadata(compiled.entity).tableName;
          return (alias, ctx, aliases) => {
            const t = aliases();
            return sql`${label}, (select ${child(t, ctx, aliases)} from ${rawSql(`"${table}" ${t} where ${t}.id = ${alias}."${compiled.column}"`)})`;
          };
        }
        case 'toMany': {
          const { object, list } = objectTypeOf(field.type);
          if (!list) refuse('toMany on an object');
          const child = planObject(planning, object, merged(nodes));
          const table = planning.metadata(compiled.entity).tableName;
          return (alias, ctx, aliases) => {
            const t = aliases();
            return sql`${label}, (select coalesce(json_agg(${child(t, ctx, aliases)} order by ${rawSql(compiled.orderBy(t))}), '[]'::json)
              from ${rawSql(`"${table}" ${t}`)} where ${compiled.where(alias, t, ctx)})`;
          };
        }
      }
    }
    if (hasOwnBehaviour(entity, name)) refuse(`${type.name}.${name} has its own resolver or rules`);
    if (nodes.some((node) => node.selectionSet)) refuse('selection on a column');
    return (alias) => sql`${label}, ${rawSql(columnSql(field, meta, alias))}`;
  });
  // json_build_object takes at most 100 arguments.
  if (fields.length === 0 || fields.length > 50) refuse('field count');
  return (alias, ctx, aliases) => sql`json_build_object(${joinSql(fields.map((f) => f(alias, ctx, aliases)), ', ')})`;
}

function planConnection(planning: Planning, type: GraphQLObjectType, selectionSet: SelectionSetNode): ListPlan {
  let node: NodeSql | undefined;
  const layout: ConnectionLayout = { typename: type.name, fields: [] };
  const subKeys = (subType: GraphQLOutputType, nodes: FieldNode[], allowed: string[], onField?: (name: string, nodes: FieldNode[]) => void) => {
    const object = getNamedType(subType) as GraphQLObjectType;
    return [...collect(planning, object, merged(nodes))].map(([key, subNodes]) => {
      const name = subNodes[0].name.value;
      if (name !== '__typename' && !allowed.includes(name)) refuse(`${object.name}.${name}`);
      if (subNodes.some((n) => n.arguments?.length)) refuse('arguments');
      onField?.(name, subNodes);
      return { key, kind: name };
    });
  };
  for (const [key, nodes] of collect(planning, type, selectionSet)) {
    const name = nodes[0].name.value;
    if (nodes.some((n) => n.arguments?.length)) refuse('arguments');
    if (name === '__typename') layout.fields.push({ key, kind: 'typename' });
    else if (name === 'totalCount') layout.fields.push({ key, kind: 'totalCount' });
    else if (name === 'pageInfo') {
      layout.fields.push({ key, kind: 'pageInfo', sub: subKeys(type.getFields().pageInfo.type, nodes, ['hasNextPage', 'endCursor']) });
    } else if (name === 'edges') {
      const edgeType = getNamedType(type.getFields().edges.type) as GraphQLObjectType;
      const sub = subKeys(edgeType, nodes, ['cursor', 'node'], (subName, subNodes) => {
        if (subName !== 'node') return;
        if (node) refuse('node twice');
        node = planObject(planning, getNamedType(edgeType.getFields().node.type) as GraphQLObjectType, merged(subNodes));
      });
      layout.fields.push({ key, kind: 'edges', sub, subTypename: edgeType.name });
    } else refuse(`${type.name}.${name}`);
  }
  return { node: node ?? (() => rawSql('null')), layout };
}

const plansByField = new WeakMap<FieldNode, ListPlan | null>();

function planFor(planning: Planning, parent: GraphQLObjectType, node: FieldNode): ListPlan | null {
  const cached = plansByField.get(node);
  if (cached !== undefined) return cached;
  let plan: ListPlan | null = null;
  try {
    if (!compiledRoots.has(`${parent.name}.${node.name.value}`) || !node.selectionSet) refuse('not a compiled list');
    const field = parent.getFields()[node.name.value] ?? refuse('no such field');
    const type = getNamedType(field.type);
    if (!isObjectType(type)) refuse('not a connection');
    plan = planConnection(planning, type, node.selectionSet);
  } catch (err) {
    if (!(err instanceof NotCompilable)) throw err;
  }
  plansByField.set(node, plan);
  return plan;
}

// ---------------------------------------------------------------------------------------------

/**
 * Answers a query operation whose every root field is a compiled list, from their resolvers'
 * compiled answers; otherwise (or on any error) returns null and Apollo executes it as usual.
 */
export function compiledReadPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ operation, document, request, contextValue, schema }): Promise<GraphQLResponse | null> {
          // Apollo asks even when no operation matched the request's operationName; execution then refuses it.
          if (!operation || operation.operation !== OperationTypeNode.QUERY) return null;
          const queryType = schema.getQueryType();
          if (!queryType) return null;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          const metadata = contextValue.em.getMetadata();
          const planning: Planning = {
            schema,
            fragments,
            metadata: (entity) => metadata.get(entity.name),
            entityFor: (target) => metadata.find(target.name)?.class === target,
          };
          const roots: { key: string; node: FieldNode; plan: ListPlan }[] = [];
          try {
            for (const [key, nodes] of collect(planning, queryType, operation.selectionSet)) {
              const plan = nodes.length === 1 ? planFor(planning, queryType, nodes[0]) : null;
              if (!plan) return null;
              roots.push({ key, node: nodes[0], plan });
            }
          } catch (err) {
            if (err instanceof NotCompilable) return null;
            throw err;
          }
          const variables = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
          if (variables.errors) return null;
          const compiled: CompiledRead = { plans: new Map(roots.map((r) => [r.node, r.plan])) };
          Object.defineProperty(contextValue, CONTEXT_KEY, { value: compiled, configurable: true });
          try {
            const data: Record<string, unknown> = {};
            await Promise.all(
              roots.map(async ({ key, node }) => {
                const field = queryType.getFields()[node.name.value];
                const info: GraphQLResolveInfo = {
                  fieldName: field.name,
                  fieldNodes: [node],
                  returnType: field.type,
                  parentType: queryType,
                  path: { prev: undefined, key, typename: queryType.name },
                  schema,
                  fragments,
                  rootValue: undefined,
                  operation,
                  variableValues: variables.coerced,
                };
                const args = getArgumentValues(field, node, variables.coerced);
                const answer = await field.resolve!(undefined, args, contextValue, info);
                if (!(answer instanceof CompiledAnswer)) throw new NotCompilable('the resolver answered without the plan');
                data[key] = answer.value;
              }),
            );
            // Keys in the order of the selection, as graphql-js writes them.
            const ordered = Object.fromEntries(roots.map((r) => [r.key, data[r.key]]));
            return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data: ordered } } };
          } catch {
            // The ordinary path answers instead, with its own errors and their formatting.
            return null;
          } finally {
            Reflect.deleteProperty(contextValue, CONTEXT_KEY);
          }
        },
      };
    },
  };
}
