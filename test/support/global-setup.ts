import 'reflect-metadata';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setLogLevel } from '../../src/common/logger';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../../src/db/embedded';
import { migrateAndSeed } from '../../src/db/migrate';
import { initOrm } from '../../src/db/orm';
import { ENV_ADMIN_URL, ENV_KEYS_DIR, ENV_RUN_ID, ENV_TEMPLATE, databaseUrl, uniqueName, withAdmin } from './database';
import { freePort } from '../../src/common/net';

interface SetupState {
  embedded?: EmbeddedPostgresHandle;
  clusterRoot?: string;
  keysDir?: string;
}

export const state: SetupState = {};
(globalThis as Record<string, unknown>).__L110_TEST_STATE__ = state;

/**
 * One PostgreSQL for the whole run: TEST_DATABASE_URL (any database on that server; the run
 * creates and drops its own) or else an embedded server in a private temporary folder, so
 * concurrent runs never share one. A template database is migrated and seeded once; each test
 * file clones it.
 */
export default async function globalSetup(): Promise<void> {
  if (!process.env.LOG_LEVEL) setLogLevel('warn');
  const runId = uniqueName('r').slice(2, 10);
  state.keysDir = await fs.mkdtemp(path.join(os.tmpdir(), 'linkage110-keys-'));
  process.env[ENV_KEYS_DIR] = state.keysDir;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    state.clusterRoot = await fs.mkdtemp(path.join(os.tmpdir(), 'linkage110-test-'));
    await fs.chmod(state.clusterRoot, 0o755);
    state.embedded = await startEmbeddedPostgres({
      clusterDir: path.join(state.clusterRoot, 'pg'),
      port: await freePort(),
    });
    adminUrl = state.embedded.adminUrl;
  }
  const template = `l110_${runId}_template`;
  await withAdmin(adminUrl, (c) => c.query(`create database ${c.escapeIdentifier(template)}`));
  const url = databaseUrl(adminUrl, template);
  const orm = await initOrm({ databaseUrl: url });
  try {
    await migrateAndSeed(orm, url);
  } finally {
    await orm.close();
    // MikroORM keeps entity metadata on globalThis. When jest runs a single file in this same
    // process, that storage would leak into the test's realm and break metadata discovery.
    for (const key of Object.keys(globalThis)) {
      if (key.startsWith('mikro-orm-')) delete (globalThis as Record<string, unknown>)[key];
    }
  }
  process.env[ENV_ADMIN_URL] = adminUrl;
  process.env[ENV_TEMPLATE] = template;
  process.env[ENV_RUN_ID] = runId;
}
