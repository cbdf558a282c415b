import { Client } from 'pg';
import { IncidentsDocument, ReportIncidentDocument, type ReportIncidentMutationVariables } from '../generated/graphql';
import { startTestApp, type TestApp } from '../support/app';
import { parse } from 'graphql';

const report = (idempotencyKey?: string): ReportIncidentMutationVariables['input'] => ({
  description: '村道塌方',
  place: { areaCode: 'zagunao', address: '朝阳村' },
  intakeChannel: 'CALL_110',
  idempotencyKey,
});

/** A connection of the test's own, straight to the app's database (not through the proxy). */
async function direct(app: TestApp): Promise<Client> {
  const client = new Client({ connectionString: app.databaseUrl });
  await client.connect();
  return client;
}

async function expectUnavailable(res: { status: number; headers: Headers; errors?: { extensions?: Record<string, unknown> }[] }) {
  expect(res.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
  expect(res.status).toBe(503);
  expect(res.headers.get('retry-after')).toBe('2');
}

describe('when the database cannot serve a request', () => {
  let app: TestApp;
  let db: Client;
  beforeAll(async () => {
    app = await startTestApp({ throughProxy: true, orm: { poolMax: 1, statementTimeoutMs: 400, acquireTimeoutMs: 300 } });
    db = await direct(app);
  });
  afterAll(async () => {
    await db.end();
    await app.close();
  });
  const desk = () => ({ token: app.token('dispatcher') });

  it('a statement that runs past the statement timeout is SERVICE_UNAVAILABLE with 503 and Retry-After', async () => {
    await db.query('begin');
    await db.query('lock table incident in access exclusive mode');
    try {
      await expectUnavailable(await app.gql(IncidentsDocument, {}, desk()));
    } finally {
      await db.query('rollback');
    }
    expect((await app.gql(IncidentsDocument, {}, desk())).errors).toBeUndefined();
  });

  it('a request that waits past the pool acquire timeout is SERVICE_UNAVAILABLE too', async () => {
    await db.query('begin');
    await db.query('lock table incident in access exclusive mode');
    try {
      // The pool holds one connection: the first request keeps it (waiting on the lock), the second cannot get one.
      const [holding, waiting] = await Promise.all([app.gql(IncidentsDocument, {}, desk()), app.gql(IncidentsDocument, {}, desk())]);
      await expectUnavailable(holding);
      await expectUnavailable(waiting);
    } finally {
      await db.query('rollback');
    }
  });

  it('an unreachable database is SERVICE_UNAVAILABLE, and service resumes when it is back', async () => {
    app.proxy!.refuse();
    try {
      await expectUnavailable(await app.gql(IncidentsDocument, {}, desk()));
      await expectUnavailable(await app.gql(ReportIncidentDocument, { input: report() }, desk()));
    } finally {
      app.proxy!.restore();
    }
    expect((await app.gql(IncidentsDocument, {}, desk())).errors).toBeUndefined();
  });

  it('a database that does not answer at all (frozen) still answers requests within the bounds, and /readyz with 503 within 1 s', async () => {
    await app.gql(IncidentsDocument, {}, desk());
    app.proxy!.freeze();
    try {
      await expectUnavailable(await app.gql(IncidentsDocument, {}, desk()));
      const started = Date.now();
      const ready = await fetch(`${app.baseUrl}/readyz`);
      expect(ready.status).toBe(503);
      expect(Date.now() - started).toBeLessThan(1000);
    } finally {
      app.proxy!.restore();
    }
  });

  it('a change that committed is never reported as failed: a read after commit that fails says it was saved, with the ids', async () => {
    await db.query(`alter table escalation rename to escalation_real`);
    // Every read of escalation fails as a statement timeout would; reporting an incident writes none.
    await db.query(`create function fault_read() returns setof escalation_real language plpgsql volatile as $$
      begin raise exception 'injected: canceling statement due to statement timeout' using errcode = '57014'; end $$`);
    await db.query(`create view escalation as select * from fault_read()`);
    let res;
    try {
      const mutation = parse('mutation ($input: ReportIncidentInput!) { reportIncident(input: $input) { id escalations { id } } }');
      res = await app.gql(mutation as never, { input: report('committed-then-unreadable') }, desk());
    } finally {
      await db.query(`drop view escalation; alter table escalation_real rename to escalation; drop function fault_read()`);
    }
    const error = res.errors?.[0];
    if (!error) throw new Error(JSON.stringify(res));
    expect(error?.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', committed: true });
    const [id] = error!.extensions!.ids as string[];
    const { rows } = await db.query('select id from incident where id = $1', [id]);
    expect(rows).toHaveLength(1);
    expect(error?.message).toContain('saved');
    // The same key answers with the saved incident, not a second one.
    const retry = await app.gql(ReportIncidentDocument, { input: report('committed-then-unreadable') }, desk());
    expect(retry.data?.reportIncident.id).toBe(id);
  });
});
