import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import type { AppConfig } from './config';

/**
 * A reason the process cannot start, said in one line that names the setting and what to do.
 * Raised before any work is done (no database initialised, nothing migrated).
 */
export class StartupError extends Error {
  constructor(
    readonly variable: string,
    problem: string,
  ) {
    super(`linkage110 cannot start: ${variable} ${problem}`);
    this.name = 'StartupError';
  }
}

function portInUse(host: string, port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (err: NodeJS.ErrnoException) => (err.code === 'EADDRINUSE' ? resolve(true) : reject(err)));
    probe.listen(port, host, () => probe.close(() => resolve(false)));
  });
}

/** The port a PostgreSQL left running in the cluster folder listens on (postmaster.pid line 4), if one runs. */
async function orphanPort(clusterDir: string): Promise<number | undefined> {
  const lines = (await fs.readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8').catch(() => '')).split('\n');
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
  } catch {
    return undefined;
  }
  return Number(lines[3]);
}

export function portTaken(variable: string, host: string, port: number): StartupError {
  return new StartupError(variable, `${port} is already in use on ${host}; stop what listens there, or set ${variable} to a free port.`);
}

async function checkWritable(dataDir: string): Promise<void> {
  try {
    await fs.mkdir(dataDir, { recursive: true });
    await fs.access(dataDir, fs.constants.W_OK | fs.constants.X_OK);
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new StartupError('DATA_DIR', `${dataDir} cannot be written by this user (${reason}); choose a folder you can write, e.g. DATA_DIR=$HOME/linkage110-data.`);
  }
}

async function checkDatabase(url: string, variable: 'DATABASE_URL' | 'DATABASE_LISTEN_URL'): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  const where = (() => {
    try {
      const parsed = new URL(url);
      return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
    } catch {
      return 'the URL given';
    }
  })();
  try {
    await client.connect();
    await client.query('select 1');
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    throw new StartupError(
      variable,
      variable === 'DATABASE_URL'
        ? `cannot reach a PostgreSQL at ${where} (${reason}); start the server or correct the URL (unset it to use the embedded database).`
        : `cannot reach a PostgreSQL at ${where} (${reason}); give a direct connection to the database of DATABASE_URL, or unset it to use DATABASE_URL.`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Checks, before any work, what would otherwise fail half-way through a start: the HTTP port,
 * the embedded database's port and folder, or the external database.
 */
export async function preflight(
  config: Pick<AppConfig, 'host' | 'port' | 'databaseUrl' | 'dataDir' | 'embeddedPgPort'> & Partial<Pick<AppConfig, 'databaseListenUrl'>>,
): Promise<void> {
  if (config.port !== 0 && (await portInUse(config.host, config.port))) throw portTaken('PORT', config.host, config.port);
  if (config.databaseUrl) {
    await checkDatabase(config.databaseUrl, 'DATABASE_URL');
    if (config.databaseListenUrl) await checkDatabase(config.databaseListenUrl, 'DATABASE_LISTEN_URL');
    return;
  }
  await checkWritable(config.dataDir);
  // A PostgreSQL this DATA_DIR's last run left behind holds the port; the start stops it and goes on.
  if ((await portInUse('127.0.0.1', config.embeddedPgPort)) && (await orphanPort(path.join(config.dataDir, 'pg'))) !== config.embeddedPgPort) {
    throw portTaken('EMBEDDED_PG_PORT', '127.0.0.1', config.embeddedPgPort);
  }
}
