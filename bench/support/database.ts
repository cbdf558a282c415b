import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../../src/db/embedded';
import { freePort } from '../../src/common/net';

export interface BenchDatabase {
  /** Connection URL of the bench's own, empty database. */
  url: string;
  /** `embedded PostgreSQL in /tmp/...` or `DATABASE_URL server`, for the printout. */
  where: string;
  /** Drops the database and stops the embedded server (if one was started); safe to call twice. */
  close(): Promise<void>;
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A fresh database for one bench run, dropped again by close(). DATABASE_URL names the server
 * to use (any database on it; the bench never writes to that one); without it an embedded
 * PostgreSQL runs from a private temporary folder, as the tests do, and is removed afterwards.
 */
export async function openBenchDatabase(prefix: string): Promise<BenchDatabase> {
  let embedded: EmbeddedPostgresHandle | undefined;
  let clusterRoot: string | undefined;
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    clusterRoot = await fs.mkdtemp(path.join(os.tmpdir(), 'linkage110-bench-'));
    // As root the server runs as the postgres user, which must enter this folder.
    await fs.chmod(clusterRoot, 0o755);
    try {
      embedded = await startEmbeddedPostgres({ clusterDir: path.join(clusterRoot, 'pg'), port: await freePort() });
    } catch (err) {
      await fs.rm(clusterRoot, { recursive: true, force: true });
      throw err;
    }
    adminUrl = embedded.adminUrl;
  }
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = adminUrl;
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    try {
      await adminQuery(admin, `drop database if exists "${name}" with (force)`);
    } finally {
      await embedded?.stop();
      if (clusterRoot) await fs.rm(clusterRoot, { recursive: true, force: true });
    }
  };
  try {
    await adminQuery(admin, `create database "${name}"`);
  } catch (err) {
    await close();
    throw err;
  }
  return {
    url: withDatabase(admin, name),
    where: embedded ? `embedded PostgreSQL in ${clusterRoot}` : 'the DATABASE_URL server',
    close,
  };
}
