import fs from 'node:fs/promises';
import { ENV_ADMIN_URL, ENV_RUN_ID, withAdmin } from './database';

interface SetupState {
  embedded?: { stop(): Promise<void> };
  clusterRoot?: string;
  keysDir?: string;
}

/** Drops every database this run created (also those of a test file that crashed). */
export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as Record<string, unknown>).__L110_TEST_STATE__ as SetupState | undefined;
  const adminUrl = process.env[ENV_ADMIN_URL];
  const runId = process.env[ENV_RUN_ID];
  if (adminUrl && runId) {
    await withAdmin(adminUrl, async (c) => {
      const { rows } = await c.query<{ datname: string }>('select datname from pg_database where datname like $1', [
        `l110_${runId}_%`,
      ]);
      for (const { datname } of rows) await c.query(`drop database if exists ${c.escapeIdentifier(datname)} with (force)`);
    });
  }
  if (state?.embedded) await state.embedded.stop();
  if (state?.clusterRoot) await fs.rm(state.clusterRoot, { recursive: true, force: true });
  if (state?.keysDir) await fs.rm(state.keysDir, { recursive: true, force: true });
}
