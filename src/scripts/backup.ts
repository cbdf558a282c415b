import 'reflect-metadata';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Client } from 'pg';
import { loadConfig, type AppConfig } from '../config';
import { backupDatabase, restoreDatabase } from '../db/backup';
import { initOrm } from '../db/orm';
import { EMBEDDED_DATABASE, provisionDatabase } from '../db/provision';

/**
 * npm run backup [-- --out <folder>]     a consistent backup of the database, while the platform runs
 * npm run restore -- --from <folder>      that backup into a new DATA_DIR (or an empty DATABASE_URL)
 *
 * With the embedded database, a running platform's server is used as it is; when none runs,
 * the command starts the embedded server itself and stops it after.
 */
function argument(argv: string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The running platform's embedded database, if one answers with this DATA_DIR's password. */
async function runningEmbedded(config: AppConfig): Promise<string | undefined> {
  const password = (await fs.readFile(path.join(config.dataDir, 'pg.secret'), 'utf8').catch(() => '')).trim();
  if (!password) return undefined;
  const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${config.embeddedPgPort}/${EMBEDDED_DATABASE}`;
  return (await answers(url)) ? url : undefined;
}

async function withDatabase<T>(config: AppConfig, work: (url: string) => Promise<T>): Promise<T> {
  const running = config.databaseUrl ?? (await runningEmbedded(config));
  if (running) return work(running);
  const db = await provisionDatabase(config);
  try {
    return await work(db.url);
  } finally {
    await db.stop();
  }
}

export async function main(argv: string[]): Promise<number> {
  const config = loadConfig();
  const [command] = argv;
  if (command === 'backup') {
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    const out = path.resolve(argument(argv, '--out') ?? path.join(config.dataDir, 'backups', `linkage110-${stamp}`));
    await fs.mkdir(path.dirname(out), { recursive: true });
    const manifest = await withDatabase(config, (url) => backupDatabase(url, out));
    const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
    process.stdout.write(`backup of ${manifest.takenAt} written to ${out} (${manifest.tables.length} tables, ${rows} rows)\n`);
    return 0;
  }
  if (command === 'restore') {
    const from = argument(argv, '--from');
    if (!from) {
      process.stderr.write('usage: npm run restore -- --from <backup folder>\n');
      return 2;
    }
    if (!config.databaseUrl && (await fs.stat(path.join(config.dataDir, 'pg')).catch(() => undefined))) {
      process.stderr.write(`DATA_DIR ${config.dataDir} already holds a database; restore into a new DATA_DIR (DATA_DIR=/path/to/new npm run restore -- --from ${from}).\n`);
      return 1;
    }
    const manifest = await withDatabase(config, async (url) => {
      const orm = await initOrm({ databaseUrl: url });
      try {
        await orm.getMigrator().up();
      } finally {
        await orm.close();
      }
      return restoreDatabase(url, path.resolve(from));
    });
    process.stdout.write(`restored the backup of ${manifest.takenAt} into ${config.databaseUrl ? 'DATABASE_URL' : config.dataDir}\n`);
    return 0;
  }
  process.stderr.write('usage: npm run backup [-- --out <folder>] | npm run restore -- --from <folder>\n');
  return 2;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
