import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { Client } from 'pg';
import { devTokenSync } from '../support/jwt';
import { freePort } from '../../src/common/net';
import { repoRoot } from '../../src/common/paths';
import { migrationsList } from '../../src/db/migrations';
import { FEED_LISTENER_NAME } from '../../src/modules/feed/feed.hub';
import { databaseUrl, ENV_ADMIN_URL, ENV_KEYS_DIR, uniqueName, withAdmin } from '../support/database';
import { FeedClient, feedHead } from '../support/subscriptions';

/**
 * What a Helm upgrade or a scale-up does: several replicas start at the same moment against a
 * database that still has migrations to apply. The migration lock lets one migrate and seed;
 * the others wait and find nothing to do. Each replica's live feed LISTENs on
 * DATABASE_LISTEN_URL, the direct session connection a PgBouncer deployment gives besides the
 * pooled DATABASE_URL (here: the same database under another role, so the test can tell which
 * URL a connection came through).
 */
const MAIN = path.join(repoRoot(), 'dist', 'src', 'main.js');
const REPLICAS = 3;

interface Replica {
  child: ChildProcess;
  url: string;
}

function startReplica(env: Record<string, string>): Promise<Replica> {
  return freePort().then(
    (port) =>
      new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [MAIN], {
          env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: process.env[ENV_KEYS_DIR], OVERDUE_SWEEP_MS: '0', LOG_LEVEL: 'warn', NODE_ENV: 'development' },
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

it('three replicas starting at once on an unmigrated database migrate and seed once, and LISTEN on DATABASE_LISTEN_URL', async () => {
  const adminUrl = process.env[ENV_ADMIN_URL]!;
  const name = uniqueName('l110_replicas');
  const role = uniqueName('l110_listen');
  const password = uniqueName('pw');
  await withAdmin(adminUrl, async (c) => {
    await c.query(`create database ${c.escapeIdentifier(name)}`);
    await c.query(`create role ${c.escapeIdentifier(role)} login password ${c.escapeLiteral(password)}`);
  });
  const url = databaseUrl(adminUrl, name);
  const listenUrl = new URL(url);
  listenUrl.username = role;
  listenUrl.password = password;
  const replicas: Replica[] = [];
  const feeds: FeedClient[] = [];
  const db = new Client({ connectionString: url });
  try {
    const started = await Promise.allSettled(
      Array.from({ length: REPLICAS }, () => startReplica({ DATABASE_URL: url, DATABASE_LISTEN_URL: listenUrl.toString() })),
    );
    for (const s of started) if (s.status === 'fulfilled') replicas.push(s.value);
    expect(started.filter((s) => s.status === 'rejected')).toEqual([]);

    await db.connect();
    const applied = (await db.query<{ name: string; n: number }>('select name, count(*)::int as n from schema_migrations group by name order by name')).rows;
    expect(applied.map((r) => r.name)).toEqual(migrationsList.map((m) => m.name).sort());
    expect(applied.every((r) => r.n === 1)).toBe(true);
    // The catalogue's 24 member units, seeded once.
    expect((await db.query<{ n: number }>('select count(*)::int as n from unit')).rows[0].n).toBe(24);
    const listeners = await db.query<{ usename: string }>('select usename from pg_stat_activity where datname = $1 and application_name = $2', [name, FEED_LISTENER_NAME]);
    expect(listeners.rows.map((r) => r.usename)).toEqual(Array.from({ length: REPLICAS }, () => role));

    // The feed heard through that connection: a report on one replica reaches a subscriber on another.
    const token = devTokenSync(process.env[ENV_KEYS_DIR]!, { role: 'dispatcher' });
    const feed = new FeedClient(replicas[2].url, token).subscribe('subscription ($after: String) { incidentFeed(after: $after) { kind incident { description } } }', {
      after: await feedHead(url),
    });
    feeds.push(feed);
    const res = await fetch(replicas[0].url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: 'mutation ($i: ReportIncidentInput!) { reportIncident(input: $i) { id } }',
        variables: { i: { description: '三台同时启动后的第一起警情', place: { areaCode: 'tonghua' }, intakeChannel: 'CALL_110' } },
      }),
    });
    expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
    expect((await feed.next(10_000)).data?.incidentFeed).toMatchObject({ kind: 'INCIDENT_REPORTED', incident: { description: '三台同时启动后的第一起警情' } });
  } finally {
    await Promise.all(feeds.map((f) => f.close()));
    for (const r of replicas) r.child.kill('SIGTERM');
    await Promise.all(replicas.map((r) => new Promise((done) => (r.child.exitCode !== null ? done(null) : r.child.once('exit', done)))));
    await db.end().catch(() => undefined);
    await withAdmin(adminUrl, async (c) => {
      await c.query(`drop database if exists ${c.escapeIdentifier(name)} with (force)`);
      await c.query(`drop role if exists ${c.escapeIdentifier(role)}`);
    });
  }
});
