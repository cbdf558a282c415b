import { Writable } from 'node:stream';
import { createLogger, logger, setLogDestination, setLogLevel } from '../../src/common/logger';
import { LeadershipDocument, UnitsDocument } from '../generated/graphql';
import { startTestApp, type TestApp } from '../support/app';
import { deskSteps } from '../workflow/steps';

/**
 * What an operator reads: one log line per GraphQL operation (pino), secrets redacted, and the
 * Prometheus metrics at /metrics (prom-client).
 */
let app: TestApp;
let lines: Record<string, unknown>[] = [];
const capture = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
    done();
  },
});

beforeAll(async () => {
  app = await startTestApp();
  setLogDestination(capture);
  setLogLevel('info');
});
afterAll(async () => {
  setLogLevel('silent');
  await app.close();
});
beforeEach(() => {
  lines = [];
});

async function post(body: unknown, token = app.token('dispatcher')) {
  const res = await fetch(app.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return { status: res.status, requestId: res.headers.get('x-request-id'), body: (await res.json()) as { errors?: { extensions?: Record<string, unknown> }[] } };
}

const operationLines = () => lines.filter((line) => line.msg === 'graphql operation' || line.msg === 'graphql operation failed');

describe('logs', () => {
  it('log an operation once, with request id, name, role, duration and outcome', async () => {
    const token = app.token('dispatcher');
    await post({ query: 'query Units { units { code } }', operationName: 'Units' }, token);
    expect(operationLines()).toEqual([
      expect.objectContaining({
        level: 'info',
        operation: 'Units',
        roles: ['dispatcher'],
        outcome: 'ok',
        requestId: expect.any(String),
        durationMs: expect.any(Number),
      }),
    ]);
    expect(JSON.stringify(lines)).not.toContain(token);
  });

  it('log client mistakes at info without a stack', async () => {
    await post({ query: 'query Broken { units { code }' });
    await post({ query: 'query Page($first: Int) { orders(first: $first) { totalCount } }', variables: { first: 'ten' } });
    const [syntax, variable] = operationLines();
    expect(syntax).toMatchObject({ level: 'info', outcome: 'client_error', codes: ['GRAPHQL_PARSE_FAILED'] });
    expect(variable).toMatchObject({ level: 'info', outcome: 'client_error', codes: ['BAD_USER_INPUT'] });
    expect(JSON.stringify(operationLines())).not.toMatch(/stack/);
  });

  it('log an unexpected failure at error with its stack and the request id the client was given', async () => {
    const connection = app.em().getConnection();
    await connection.execute('alter table leadership_member rename to leadership_member_away');
    try {
      const res = await post({ query: 'query Leadership { leadership { position } }', operationName: 'Leadership' });
      expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', requestId: res.requestId });
      const [line] = operationLines();
      expect(line).toMatchObject({ level: 'error', outcome: 'server_error', requestId: res.requestId, operation: 'Leadership' });
      expect((line.err as { stack: string }).stack).toMatch(/leadership_member/);
    } finally {
      await connection.execute('alter table leadership_member_away rename to leadership_member');
    }
    expect((await app.gql(LeadershipDocument, {}, { token: app.token("dispatcher") })).errors).toBeUndefined();
  });

  it('redact tokens, passwords and secrets wherever a log line carries them', () => {
    const out: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        out.push(chunk.toString());
        done();
      },
    });
    const log = createLogger(sink, 'info');
    log.info({ authorization: 'Bearer eyJhbGciOi.secret.sig', request: { token: 'abc123', password: 'hunter2' }, secret: 'whsec_x' }, 'a line');
    const [line] = out.map((text) => JSON.parse(text) as Record<string, unknown>);
    expect(line).toMatchObject({ authorization: '[redacted]', request: { token: '[redacted]', password: '[redacted]' }, secret: '[redacted]' });
    expect(out.join('')).not.toMatch(/eyJhbGciOi|abc123|hunter2|whsec_x/);
    expect(typeof logger.info).toBe('function');
  });
});

describe('metrics', () => {
  async function metrics(): Promise<string> {
    const res = await fetch(`${app.baseUrl}/metrics`);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    return res.text();
  }
  const value = (text: string, series: string) => {
    const escaped = series.replace(/[{}"=.,]/g, (c) => `\\${c}`);
    const match = new RegExp(`^${escaped} ([0-9.e+-]+)$`, 'm').exec(text);
    return match ? Number(match[1]) : undefined;
  };

  it('count operations by name and outcome, and errors by code', async () => {
    const before = await metrics();
    await app.gql(UnitsDocument, {}, { token: app.token("dispatcher") });
    await post({ query: 'query Broken {' });
    const after = await metrics();
    const ok = 'linkage110_graphql_operation_duration_seconds_count{operation="Units",outcome="ok"}';
    expect(value(after, ok)).toBe((value(before, ok) ?? 0) + 1);
    const parse = 'linkage110_graphql_errors_total{code="GRAPHQL_PARSE_FAILED"}';
    expect(value(after, parse)).toBe((value(before, parse) ?? 0) + 1);
  });

  it('show open, overdue and disputed orders by unit, the grid outbox, the feed and the pool', async () => {
    const steps = deskSteps(app);
    await steps.orderTo('civil-affairs', { channel: 'GRID' });
    await steps.orderTo('civil-affairs', { channel: 'PHONE' });
    const [row] = await app
      .em()
      .getConnection()
      .execute<{ open: string; pending: string }[]>(
        `select (select count(*) from "order" o join unit u on u.id = o.unit_id where u.code = 'civil-affairs' and o.status not in ('COMPLETED', 'CANCELLED')) as open,
                (select count(*) from grid_outbox where status in ('PENDING', 'RETRYING')) as pending`,
      );
    const text = await metrics();
    expect(value(text, 'linkage110_orders_open{unit="civil-affairs"}')).toBe(Number(row.open));
    expect(value(text, 'linkage110_orders_overdue{unit="civil-affairs"}')).toBe(0);
    expect(value(text, 'linkage110_orders_disputed{unit="civil-affairs"}')).toBe(0);
    expect(value(text, 'linkage110_grid_outbox_depth')).toBe(Number(row.pending));
    expect(value(text, 'linkage110_grid_outbox_oldest_age_seconds')).toBeGreaterThanOrEqual(0);
    expect(value(text, 'linkage110_feed_sockets')).toBe(0);
    expect(value(text, 'linkage110_feed_subscriptions')).toBe(0);
    expect(value(text, 'linkage110_db_pool_in_use')).toBeGreaterThanOrEqual(0);
    expect(value(text, 'linkage110_db_pool_waiting')).toBe(0);
    for (const name of ['process_cpu_user_seconds_total', 'process_resident_memory_bytes', 'nodejs_eventloop_lag_seconds']) {
      expect(text).toMatch(new RegExp(`^${name} `, 'm'));
    }
  });
});
