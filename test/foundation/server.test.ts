import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { UnitsDocument } from '../generated/graphql';
import { startTestApp, type TestApp } from '../support/app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ defaultRole: 'dispatcher' });
});
afterAll(() => app.close());

describe('process contract', () => {
  it('answers /healthz and, with the database reachable and migrations current, /readyz', async () => {
    const health = await fetch(`${app.baseUrl}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${app.baseUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('reports not ready (503) while a migration is pending', async () => {
    const conn = app.em().getConnection();
    const [applied] = await conn.execute<{ id: number; name: string; executed_at: Date }[]>(
      'select * from schema_migrations order by id limit 1',
    );
    await conn.execute('delete from schema_migrations where id = ?', [applied.id]);
    try {
      const ready = await fetch(`${app.baseUrl}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toEqual({ status: 'migrations pending', pending: 1 });
    } finally {
      await conn.execute('insert into schema_migrations (id, name, executed_at) values (?, ?, ?)', [
        applied.id,
        applied.name,
        applied.executed_at,
      ]);
    }
    expect((await fetch(`${app.baseUrl}/readyz`)).status).toBe(200);
  });

  it('serves GraphQL over WebSocket (graphql-ws) at the same path', async () => {
    const client = createClient({
      url: app.url.replace('http', 'ws'),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${app.token('dispatcher')}` },
    });
    try {
      const result = await new Promise<{ data?: { units: { code: string }[] } }>((resolve, reject) => {
        let value: { data?: { units: { code: string }[] } } = {};
        client.subscribe<{ units: { code: string }[] }>(
          { query: '{ units { code } }' },
          { next: (v) => (value = v as typeof value), error: reject, complete: () => resolve(value) },
        );
      });
      expect(result.data?.units).toHaveLength(24);
    } finally {
      await client.dispose();
    }
  });

  it('masks unexpected failures and gives the request id to trace them, without internals', async () => {
    const conn = app.em().getConnection();
    await conn.execute('alter table duty rename to duty_moved');
    try {
      const res = await app.gql(UnitsDocument, {}, { headers: { 'x-request-id': 'desk-console-42' } });
      expect(res.errors).toHaveLength(1);
      expect(res.errors![0].message).toBe('Internal server error');
      expect(res.errors![0].extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: 'desk-console-42' });
      expect(JSON.stringify(res.errors)).not.toMatch(/duty|relation|select/i);
      expect(res.headers.get('x-request-id')).toBe('desk-console-42');
    } finally {
      await conn.execute('alter table duty_moved rename to duty');
    }
    const again = await app.gql(UnitsDocument, {});
    expect(again.errors).toBeUndefined();
  });

  it('keeps the event history append-only at the database', async () => {
    const conn = app.em().getConnection();
    const [{ id: incidentId }] = await conn.execute<{ id: string }[]>(
      `insert into incident (id, description, received_at, intake_channel) values (gen_random_uuid(), '测试', now(), 'CALL_110') returning id`,
    );
    await conn.execute(
      `insert into event (id, subject_type, incident_id, kind, actor_id, actor_role, channel, occurred_at)
       values (gen_random_uuid(), 'INCIDENT', ?, 'INCIDENT_REPORTED', 'u1', 'dispatcher', 'DESK', now())`,
      [incidentId],
    );
    await expect(conn.execute(`update event set kind = 'FORGED' where incident_id = ?`, [incidentId])).rejects.toThrow(
      /append-only/,
    );
    await expect(conn.execute(`delete from event where incident_id = ?`, [incidentId])).rejects.toThrow(/append-only/);
  });
});
