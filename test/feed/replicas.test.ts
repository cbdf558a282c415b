import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { devTokenSync } from '../support/jwt';
import { repoRoot } from '../../src/common/paths';
import { createTestDatabase, ENV_KEYS_DIR } from '../support/database';
import { FeedClient, feedHead } from '../support/subscriptions';
import { startTestApp, type TestApp } from '../support/app';
import { freePort } from '../../src/common/net';

const MAIN = path.join(repoRoot(), 'dist', 'src', 'main.js');

function startReplica(databaseUrl: string): Promise<{ child: ChildProcess; url: string }> {
  return freePort().then(
    (port) =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [MAIN], {
          env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: process.env[ENV_KEYS_DIR], OVERDUE_SWEEP_MS: '0', LOG_LEVEL: 'warn', NODE_ENV: 'development' },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        child.stdout!.on('data', (chunk: Buffer) => {
          stdout += chunk.toString();
          const match = /GraphQL at (\S+)/.exec(stdout);
          if (match) resolve({ child, url: match[1].replace('localhost', '127.0.0.1') });
        });
        child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('exit', (code) => reject(new Error(`replica exited with ${code}: ${stderr.slice(-1500)}`)));
      }),
  );
}

async function gql(url: string, token: string, query: string, variables: Record<string, unknown>) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: Record<string, { id: string }>; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

describe('across replicas', () => {
  it('delivers an order dispatched through one server process to a subscriber on another', async () => {
    const database = await createTestDatabase();
    const replicas: ChildProcess[] = [];
    const clients: FeedClient[] = [];
    try {
      const [a, b] = await Promise.all([startReplica(database.url), startReplica(database.url)]);
      replicas.push(a.child, b.child);
      const keys = process.env[ENV_KEYS_DIR]!;
      const desk = devTokenSync(keys, { role: 'dispatcher' });

      /** The desk, on replica A, sends an order to the health bureau; its id. */
      const dispatchThroughA = async (description: string) => {
        const incident = await gql(
          a.url,
          desk,
          'mutation ($i: ReportIncidentInput!) { reportIncident(input: $i) { id } }',
          { i: { description, place: { areaCode: 'tonghua' }, intakeChannel: 'CALL_110' } },
        );
        await gql(a.url, desk, 'mutation ($i: ClassifyIncidentInput!) { classifyIncident(input: $i) { id } }', {
          i: { incidentId: incident.reportIncident.id, classification: 'LINKAGE' },
        });
        const orders = await gql(a.url, desk, 'mutation ($i: DispatchOrdersInput!) { dispatchOrders(input: $i) { id } }', {
          i: { incidentId: incident.reportIncident.id, orders: [{ unitCode: 'health', channel: 'PHONE', urgency: 'EMERGENCY' }] },
        });
        return (orders.dispatchOrders as unknown as { id: string }[])[0].id;
      };

      const onB = new FeedClient(b.url, devTokenSync(keys, { role: 'unit_operator', unit: 'health' }));
      clients.push(onB);
      onB.subscribe('subscription ($after: String) { orderFeed(after: $after) { cursor kind order { id unit { code } } } }', {
        after: await feedHead(database.url),
      });
      // The first order may reach B from the history, if B registers the subscription late; once
      // it has, the subscription follows B's live feed, so the second can only come from A's
      // commit heard by B.
      const first = await dispatchThroughA('老人在家摔倒不能动');
      expect((await onB.next(5000)).data?.orderFeed).toMatchObject({ kind: 'ORDER_ISSUED', order: { id: first } });
      const second = await dispatchThroughA('小孩高烧不退，家中无人能送医');
      expect((await onB.next(5000)).data?.orderFeed).toMatchObject({
        kind: 'ORDER_ISSUED',
        order: { id: second, unit: { code: 'health' } },
      });
    } finally {
      await Promise.all(clients.map((c) => c.close()));
      for (const child of replicas) child.kill('SIGTERM');
      await Promise.all(replicas.map((child) => new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)))));
      await database.drop();
    }
  });
});

describe('graceful shutdown', () => {
  it('closes subscribers\' sockets with 1012, which graphql-ws clients retry', async () => {
    const app: TestApp = await startTestApp();
    const client = new FeedClient(app.url, app.token('dispatcher')).subscribe('subscription { incidentFeed { cursor } }');
    await client.connected();
    await app.close();
    expect(await client.closed()).toBe(1012);
    await client.close();
  });
});
