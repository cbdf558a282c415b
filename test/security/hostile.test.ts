import { UnitsDocument } from '../generated/graphql';
import { startTestApp, type TestApp } from '../support/app';

/**
 * Requests built to hurt the server. Each is refused before execution (no SQL statement is
 * sent), with a code a client can act on, and the server goes on serving normal requests.
 */
let app: TestApp;
let token: string;
beforeAll(async () => {
  app = await startTestApp({ defaultRole: 'dispatcher' });
  token = app.token('dispatcher');
});
afterAll(() => app.close());

async function raw(body: string, headers: Record<string, string> = {}) {
  const res = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
    body,
  });
  const text = await res.text();
  let json: { errors?: { message: string; extensions?: { code?: string } }[] } | undefined;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, json, text };
}

const query = (q: string, variables?: unknown) => JSON.stringify({ query: q, variables });

const nested = (depth: number) => `{ areas { ${'parent { '.repeat(depth)}code${' }'.repeat(depth)} } }`;

const cases: [string, () => Promise<{ status: number; json?: { errors?: { message: string; extensions?: { code?: string } }[] } }>, number, string, RegExp][] = [
  ['deep nesting', () => raw(query(nested(12))), 400, 'GRAPHQL_VALIDATION_FAILED', /nested 13 levels deep; the limit is 10/],
  [
    '1,000 aliases',
    () => raw(query(`{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ')} }`)),
    400,
    'GRAPHQL_VALIDATION_FAILED',
    /more than 30 aliases/,
  ],
  [
    'a query that would resolve too many fields',
    () => raw(query('{ orders(first: 100) { edges { node { incident { orders { unit { duties { item text } } } } } } } }')),
    400,
    'GRAPHQL_VALIDATION_FAILED',
    /would resolve about \d+ fields; the limit is 20000/,
  ],
  [
    'a page of 10,000 written in the query',
    () => raw(query('{ orders(first: 10000) { edges { cursor } } }')),
    400,
    'GRAPHQL_VALIDATION_FAILED',
    /would resolve about 20001 fields/,
  ],
  [
    'a page of 10,000 passed as a variable',
    () => raw(query('query Q($n: Int) { orders(first: $n) { edges { cursor } } }', { n: 10000 })),
    200,
    'BAD_USER_INPUT',
    /first may be at most 100/,
  ],
  [
    'a list argument of 5,000 values',
    () =>
      raw(
        query('query Q($s: [OrderStatus!]) { orders(first: 5, filter: { statuses: $s }) { edges { cursor } } }', {
          s: Array.from({ length: 5000 }, () => 'ISSUED'),
        }),
      ),
    200,
    'BAD_USER_INPUT',
    /statuses may list at most 100 values/,
  ],
  [
    'a document of too many tokens',
    () => raw(query(`{ units { ${'code '.repeat(6000)} } }`)),
    400,
    'GRAPHQL_PARSE_FAILED',
    /more that 5000 tokens/,
  ],
  ['a batched array', () => raw(JSON.stringify([{ query: '{ units { code } }' }, { query: '{ units { code } }' }])), 400, 'BAD_REQUEST', /batch/i],
  [
    'a text/plain POST (CSRF)',
    () => raw(query('{ units { code } }'), { 'content-type': 'text/plain' }),
    400,
    'BAD_REQUEST',
    /CSRF/,
  ],
  [
    'an oversized body',
    () => raw(query(`{ units { code } } # ${'x'.repeat(300_000)}`)),
    413,
    'BAD_REQUEST',
    /larger than 256kb/,
  ],
  ['malformed JSON', () => raw('{"query": "{ units { code } }"'), 400, 'BAD_REQUEST', /not valid JSON/],
  [
    'an unknown operation name',
    () => raw(JSON.stringify({ query: 'query A { units { code } }', operationName: 'B' })),
    400,
    'OPERATION_RESOLUTION_FAILURE',
    /Unknown operation named "B"/,
  ],
  ['an unknown field', () => raw(query('{ dropAllTables }')), 400, 'GRAPHQL_VALIDATION_FAILED', /Cannot query field "dropAllTables"/],
];

describe('hostile requests', () => {
  it.each(cases)('refuses %s before execution', async (_name, send, status, code, message) => {
    const { result, statements } = await app.countStatements(send);
    expect(result.status).toBe(status);
    expect(result.json?.errors?.[0]?.extensions?.code).toBe(code);
    expect(result.json?.errors?.[0]?.message).toMatch(message);
    expect(statements).toEqual([]);
  });

  it('keeps serving normal requests afterwards', async () => {
    const res = await app.gql(UnitsDocument, {});
    expect(res.errors).toBeUndefined();
    expect(res.data!.units).toHaveLength(24);
  });

  it('accepts the deepest query the consoles need', async () => {
    const res = await raw(query(nested(8)));
    expect(res.status).toBe(200);
    expect(res.json?.errors).toBeUndefined();
  });
});
