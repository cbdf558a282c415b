import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { devTokenSync } from '../support/jwt';
import { repoRoot } from '../../src/common/paths';
import { ENV_ADMIN_URL, databaseUrl, uniqueName, withAdmin } from '../support/database';
import { freePort } from '../../src/common/net';

/**
 * `npm start` as a user runs it: the compiled entry point (npm test builds first) in its own
 * process, with its own data folder, killed and restarted the way an operator would.
 */
const MAIN = path.join(repoRoot(), 'dist', 'src', 'main.js');

interface Started {
  child: ChildProcess;
  stdout: string;
  url: string;
}

function start(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, LOG_LEVEL: 'info', NODE_ENV: 'development', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /GraphQL at (\S+)/.exec(stdout);
      if (match) resolve({ child, stdout, url: match[1] });
    });
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`exited with ${code} before serving: ${stderr.slice(-2000)}`)));
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

async function unitCount(url: string, dataDir: string): Promise<number> {
  const token = devTokenSync(dataDir, { role: 'dispatcher' });
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ units { code } }' }),
  });
  const body = (await res.json()) as { data: { units: unknown[] } };
  return body.data.units.length;
}

/** Running, not merely an unreaped zombie. */
async function alive(pid: number): Promise<boolean> {
  try {
    const stat = await fs.readFile(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

const children: ChildProcess[] = [];
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

describe('npm start', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'linkage110-start-'));
    await fs.chmod(dataDir, 0o755);
  });
  afterAll(async () => {
    // After a failed assertion the database server of a killed start may still run.
    const pidFile = await fs.readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').catch(() => '');
    const pid = Number(pidFile.split('\n')[0]);
    if (pid > 0 && (await alive(pid))) process.kill(pid, 'SIGQUIT');
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('runs on an embedded PostgreSQL, survives SIGKILL, and stops cleanly on SIGTERM', async () => {
    const env = {
      DATA_DIR: dataDir,
      PORT: String(await freePort()),
      EMBEDDED_PG_PORT: String(await freePort()),
    };
    const first = await start(env);
    expect(first.url).toBe(`http://localhost:${env.PORT}/graphql`);
    expect(await unitCount(first.url, dataDir)).toBe(24);
    const health = await fetch(first.url.replace('/graphql', '/readyz'));
    expect(health.status).toBe(200);

    // A kill -9 leaves the database server behind, holding the data folder.
    first.child.kill('SIGKILL');
    await exited(first.child);
    const orphanPid = Number((await fs.readFile(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8')).split('\n')[0]);
    expect(await alive(orphanPid)).toBe(true);

    const second = await start(env);
    expect(await unitCount(second.url, dataDir)).toBe(24);
    expect(await alive(orphanPid)).toBe(false);

    second.child.kill('SIGTERM');
    expect(await exited(second.child)).toBe(0);
    await expect(fs.access(path.join(dataDir, 'pg', 'postmaster.pid'))).rejects.toThrow();
  });

  it('uses DATABASE_URL instead when it is set, migrating an empty database', async () => {
    const adminUrl = process.env[ENV_ADMIN_URL]!;
    const name = uniqueName(`l110_${process.env.L110_TEST_RUN}`);
    await withAdmin(adminUrl, (c) => c.query(`create database ${c.escapeIdentifier(name)}`));
    const started = await start({
      DATABASE_URL: databaseUrl(adminUrl, name),
      PORT: String(await freePort()),
      DATA_DIR: path.join(dataDir, 'unused'),
    });
    try {
      expect(started.stdout).toContain('database: DATABASE_URL');
      expect(await unitCount(started.url, path.join(dataDir, 'unused'))).toBe(24);
      await expect(fs.access(path.join(dataDir, 'unused', 'pg'))).rejects.toThrow();
    } finally {
      started.child.kill('SIGTERM');
      expect(await exited(started.child)).toBe(0);
    }
  });

  it('refuses to start in production without Keycloak settings', async () => {
    const child = spawn(process.execPath, [MAIN], {
      env: { ...process.env, NODE_ENV: 'production', KEYCLOAK_URL: '', KEYCLOAK_REALM: '', KEYCLOAK_CLIENT_ID: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await exited(child)).toBe(1);
    expect(stderr).toContain('KEYCLOAK_URL is required in production');
  });

  it('refuses to start with a bad setting, naming it', async () => {
    const child = spawn(process.execPath, [MAIN], { env: { ...process.env, PORT: 'forty' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await exited(child)).toBe(1);
    expect(stderr).toContain('PORT must be a whole number');
  });
});
