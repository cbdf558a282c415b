import path from 'node:path';
import type { AppConfig } from '../config';
import { ensureDatabase, startEmbeddedPostgres } from './embedded';

export interface ProvisionedDatabase {
  url: string;
  /** 'embedded' when this process runs the server itself. */
  kind: 'external' | 'embedded';
  stop(): Promise<void>;
}

export const EMBEDDED_DATABASE = 'linkage110';

/** DATABASE_URL when set; otherwise the embedded PostgreSQL under DATA_DIR/pg. */
export async function provisionDatabase(config: AppConfig): Promise<ProvisionedDatabase> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, kind: 'external', stop: async () => undefined };
  }
  const embedded = await startEmbeddedPostgres({
    clusterDir: path.join(config.dataDir, 'pg'),
    port: config.embeddedPgPort,
  });
  await ensureDatabase(embedded.adminUrl, EMBEDDED_DATABASE);
  return { url: embedded.urlFor(EMBEDDED_DATABASE), kind: 'embedded', stop: () => embedded.stop() };
}
