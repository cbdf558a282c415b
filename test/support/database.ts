import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Set by global-setup for every test worker. */
export const ENV_ADMIN_URL = 'L110_TEST_ADMIN_URL';
export const ENV_TEMPLATE = 'L110_TEST_TEMPLATE';
export const ENV_RUN_ID = 'L110_TEST_RUN';
/** Data folder holding the run's development signing key. */
export const ENV_KEYS_DIR = 'L110_TEST_KEYS';

export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export function uniqueName(prefix: string): string {
  return `${prefix}_${randomBytes(5).toString('hex')}`;
}

export async function withAdmin<T>(adminUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Each test file gets its own database, cloned from the migrated and seeded template. */
export async function createTestDatabase(): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const adminUrl = process.env[ENV_ADMIN_URL];
  const template = process.env[ENV_TEMPLATE];
  const runId = process.env[ENV_RUN_ID];
  if (!adminUrl || !template || !runId) throw new Error('test/support/global-setup.ts did not run');
  const name = uniqueName(`l110_${runId}`);
  await withAdmin(adminUrl, (c) => c.query(`create database ${c.escapeIdentifier(name)} template ${c.escapeIdentifier(template)}`));
  return {
    name,
    url: databaseUrl(adminUrl, name),
    drop: () => withAdmin(adminUrl, (c) => c.query(`drop database if exists ${c.escapeIdentifier(name)} with (force)`)).then(() => undefined),
  };
}
