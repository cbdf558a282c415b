import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  OperationTypeNode,
  parse,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { ROLES, type Role } from '../../integrations/keycloak';
import { repoRoot } from '../../src/common/paths';
import { buildAppSchema } from '../../src/graphql/schema';
import { startTestApp, type TestApp } from '../support/app';
import { FeedClient } from '../support/subscriptions';
import { deskSteps } from '../workflow/steps';

/**
 * A subscription goes over WebSocket, from the first change in the history (documentFor asks
 * for `after: "0"`, and beforeAll records a change for every feed): an allowed one answers with
 * that change, a refused one with its error.
 */
async function trySubscription(app: TestApp, document: string, token: string | undefined): Promise<string | undefined> {
  const client = new FeedClient(app.url, token).subscribe(document);
  try {
    const message = await client.next();
    if (message.errors?.[0]?.extensions?.closeCode === 4403 || client.closes.includes(4403)) return 'UNAUTHENTICATED';
    if (message.errors?.length) return String(message.errors[0].extensions?.code ?? message.errors[0].message);
    return undefined;
  } finally {
    await client.close();
  }
}

/**
 * Holds the code to the written permission matrix in docs/SECURITY.md: every root field of
 * the schema must have a row, every row a field, and every role gets exactly what its cell says.
 */
type Matrix = Map<string, Record<Role, string>>;

/** The cell values the legend above the table defines; anything else is a typo that would read as allowed. */
const CELLS = ['yes', 'no', 'own unit', 'grid', 'by phone'];

async function readMatrix(): Promise<{ matrix: Matrix; roles: string[]; duplicates: string[] }> {
  const doc = await fs.readFile(path.join(repoRoot(), 'docs', 'SECURITY.md'), 'utf8');
  const start = doc.indexOf('\n## Permission matrix\n');
  const end = doc.indexOf('\n## ', start + 1);
  const lines = doc.slice(start, end === -1 ? undefined : end).split('\n');
  const header = lines.find((line) => line.startsWith('| operation |'))!;
  const roles = header.split('|').slice(2, -1).map((cell) => cell.trim());
  const matrix: Matrix = new Map();
  const duplicates: string[] = [];
  for (const line of lines) {
    const match = /^\| `(\w+\.\w+)` \|(.*)\|$/.exec(line);
    if (!match) continue;
    if (matrix.has(match[1])) duplicates.push(match[1]);
    const cells = match[2].split('|').map((cell) => cell.trim());
    matrix.set(match[1], Object.fromEntries(roles.map((role, i) => [role, cells[i]])) as Record<Role, string>);
  }
  return { matrix, roles, duplicates };
}

function rootFields(schema: GraphQLSchema): { operation: string; field: GraphQLField<unknown, unknown> }[] {
  return [OperationTypeNode.QUERY, OperationTypeNode.MUTATION, OperationTypeNode.SUBSCRIPTION].flatMap((operation) => {
    const type = schema.getRootType(operation);
    return type ? Object.values(type.getFields()).map((field) => ({ operation, field })) : [];
  });
}

/** How the matrix names a root field: `Query.units`, `Mutation.signOrder`. */
function keyOf(operation: string, field: GraphQLField<unknown, unknown>): string {
  return `${operation[0].toUpperCase()}${operation.slice(1)}.${field.name}`;
}

/** A syntactically valid value for a required input: enough to reach the auth check. */
function sample(type: GraphQLInputType, name: string): string {
  const inner = getNullableType(type);
  if (isListType(inner)) return `[${sample(inner.ofType, name)}]`;
  if (isEnumType(inner)) return inner.getValues()[0].name;
  if (isInputObjectType(inner)) {
    const required = Object.values(inner.getFields()).filter((f) => isNonNullType(f.type) && f.defaultValue === undefined);
    return `{ ${required.map((f) => `${f.name}: ${sample(f.type, f.name)}`).join(', ')} }`;
  }
  switch (getNamedType(inner).name) {
    case 'ID':
      return JSON.stringify(randomUUID());
    case 'Int':
    case 'Float':
      return '1';
    case 'Boolean':
      return 'true';
    case 'DateTime':
      return JSON.stringify(new Date().toISOString());
    default:
      return JSON.stringify(name === 'code' ? 'police' : 'x');
  }
}

function documentFor(operation: string, field: GraphQLField<unknown, unknown>): string {
  const args = field.args
    .filter((a: GraphQLArgument) => isNonNullType(a.type) && a.defaultValue === undefined)
    .map((a) => `${a.name}: ${sample(a.type, a.name)}`);
  if (operation === OperationTypeNode.SUBSCRIPTION && field.args.some((a) => a.name === 'after')) args.push('after: "0"');
  const argText = args.length ? `(${args.join(', ')})` : '';
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${operation} { ${field.name}${argText}${selection} }`;
}

let app: TestApp;
let schema: GraphQLSchema;
let matrix: Matrix;
let documentedRoles: string[];
let duplicateRows: string[];
beforeAll(async () => {
  let read: Awaited<ReturnType<typeof readMatrix>>;
  [app, schema, read] = await Promise.all([startTestApp(), buildAppSchema(), readMatrix()]);
  ({ matrix, roles: documentedRoles, duplicates: duplicateRows } = read);
  // A change for each feed to answer with: an order to the unit the unit operator's token
  // names, and a major incident reported upward.
  const steps = deskSteps(app);
  await steps.orderTo('power', { channel: 'PHONE' });
  const major = await steps.report('薛城镇一化工厂爆炸起火');
  await steps.classify(major.id, 'JOINT');
  await steps.dispatch(major.id, [{ unitCode: 'police', channel: 'PHONE', urgency: 'EMERGENCY' }], true);
});
afterAll(() => app.close());

describe('the permission matrix in docs/SECURITY.md', () => {
  it('has a row for every root field of the schema, and no row for a field that is gone', () => {
    const fields = new Set(rootFields(schema).map(({ operation, field }) => keyOf(operation, field)));
    const rows = new Set(matrix.keys());
    expect([...fields].filter((field) => !rows.has(field))).toEqual([]);
    expect([...rows].filter((row) => !fields.has(row))).toEqual([]);
    expect(duplicateRows).toEqual([]);
  });

  it('has a column for every role and a cell the legend defines in each', () => {
    expect([...documentedRoles].sort()).toEqual([...ROLES].sort());
    const undefinedCells = [...matrix].flatMap(([operation, cells]) =>
      ROLES.filter((role) => !CELLS.includes(cells[role])).map((role) => `${operation} as ${role}: ${JSON.stringify(cells[role])}`),
    );
    expect(undefinedCells).toEqual([]);
  });

  it('is what the server enforces, for every field and every role', async () => {
    const mismatches: string[] = [];
    for (const { operation, field } of rootFields(schema)) {
      const key = keyOf(operation, field);
      const cells = matrix.get(key);
      if (!cells) {
        mismatches.push(`${key}: no row in the matrix`);
        continue;
      }
      const text = documentFor(operation, field);
      const document = parse(text);
      for (const role of ROLES) {
        const token = app.token(role, role === 'unit_operator' ? 'power' : undefined);
        let codes: string[];
        if (operation === OperationTypeNode.SUBSCRIPTION) {
          const code = await trySubscription(app, text, token);
          codes = code ? [code] : [];
        } else {
          const res = await app.gql(document as never, {}, { token });
          codes = (res.errors ?? []).map((e) => String(e.extensions?.code));
        }
        const forbidden = codes.includes('FORBIDDEN');
        const unauthenticated = codes.includes('UNAUTHENTICATED');
        const expectedAllowed = cells[role] !== 'no';
        if (unauthenticated || forbidden === expectedAllowed) {
          mismatches.push(`${key} as ${role}: documented ${cells[role]}, got ${JSON.stringify(codes)}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('lets no root field through without a token', async () => {
    for (const { operation, field } of rootFields(schema)) {
      const code =
        operation === OperationTypeNode.SUBSCRIPTION
          ? await trySubscription(app, documentFor(operation, field), undefined)
          : (await app.gql(parse(documentFor(operation, field)) as never, {}, { token: null })).errors?.[0]?.extensions?.code;
      expect([field.name, code]).toEqual([field.name, 'UNAUTHENTICATED']);
    }
  });
});
