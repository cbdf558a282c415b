import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../src/common/paths';
import { freePort } from '../../src/common/net';
import { ENV_ADMIN_URL } from '../support/database';

/**
 * What an operator sees when starting and stopping the platform: `npm start` stopped by a
 * process manager's SIGTERM (or Ctrl-C's SIGINT) leaves nothing running, and a start that cannot
 * work stops before doing anything, with one line naming the setting.
 */
const ROOT = repoRoot();
const MAIN = path.join(ROOT, 'dist', 'src', 'main.js');
const children: ChildProcess[] = [];
const folders: string[] = [];

afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  for (const folder of folders) await fs.rm(folder, { recursive: true, force: true });
});

async function dataDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'linkage110-start-'));
  await fs.chmod(dir, 0o755);
  folders.push(dir);
  return path.join(dir, 'data');
}

/** Pids of running processes whose command line mentions `text` (the data folder). */
async function processesMentioning(text: string): Promise<number[]> {
  const found: number[] = [];
  for (const entry of await fs.readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cmdline = await fs.readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    const stat = await fs.readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    const zombie = stat.slice(stat.lastIndexOf(')') + 2)[0] === 'Z';
    if (!zombie && cmdline.split('\0').join(' ').includes(text)) found.push(Number(entry));
  }
  return found;
}

function output(child: ChildProcess) {
  const seen = { stdout: '', stderr: '' };
  child.stdout!.on('data', (chunk: Buffer) => (seen.stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (seen.stderr += chunk.toString()));
  return seen;
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

function banner(child: ChildProcess, seen: { stdout: string; stderr: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const look = () => (/GraphQL at /.test(seen.stdout) && /a development token: .*\n/.test(seen.stdout) ? resolve() : undefined);
    child.stdout!.on('data', look);
    child.once('exit', (code) => reject(new Error(`exited with ${code} before serving: ${seen.stderr.slice(-2000)}`)));
  });
}

describe.each(['SIGTERM', 'SIGINT'] as const)('npm start stopped with %s', (signal) => {
  it('stops node and the embedded PostgreSQL, leaving nothing running', async () => {
    const dir = await dataDir();
    const env = { ...process.env, DATA_DIR: dir, PORT: String(await freePort()), EMBEDDED_PG_PORT: String(await freePort()), LOG_LEVEL: 'warn' };
    const npm = spawn('npm', ['start'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(npm);
    const seen = output(npm);
    await banner(npm, seen);
    expect(await processesMentioning(dir)).not.toEqual([]);

    npm.kill(signal);
    await exited(npm);
    expect(await processesMentioning(dir)).toEqual([]);
    await expect(fs.access(path.join(dir, 'pg', 'postmaster.pid'))).rejects.toThrow();
  });
});

describe('the start banner', () => {
  it('prints the token command for the DATA_DIR in use, and that command mints a token the server takes', async () => {
    const dir = await dataDir();
    const port = await freePort();
    const child = spawn(process.execPath, [MAIN], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: dir, PORT: String(port), EMBEDDED_PG_PORT: String(await freePort()), LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    const seen = output(child);
    await banner(child, seen);
    const command = /a development token: (.*)\n/.exec(seen.stdout)![1];
    expect(command).toBe(`DATA_DIR=${JSON.stringify(dir)} npm run -s token -- --role dispatcher`);

    const minted = spawnSync('sh', ['-c', command], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, DATA_DIR: '' } });
    expect(minted.status).toBe(0);
    const token = minted.stdout.trim();
    expect(token.split('.')).toHaveLength(3);
    const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ units { code } }' }),
    });
    expect(((await res.json()) as { data: { units: unknown[] } }).data.units).toHaveLength(24);
    // The consoles the banner names are served from the build.
    const consoleUrl = /consoles: (http\S+)/.exec(seen.stdout)![1];
    const page = await fetch(`${consoleUrl}desk`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/src="\/console\/assets\/index-[^"]+\.js"/);
    child.kill('SIGTERM');
    expect((await exited(child)).code).toBe(0);
  });
});

describe('a start that cannot work', () => {
  async function startFails(env: Record<string, string>) {
    const child = spawn(process.execPath, [MAIN], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    const seen = output(child);
    const { code } = await exited(child);
    return { code, lines: seen.stderr.trim().split('\n') };
  }

  async function occupy(): Promise<{ port: number; close(): Promise<void> }> {
    const server = net.createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => server.listen(port, '0.0.0.0', resolve));
    return { port, close: () => new Promise((resolve) => server.close(() => resolve())) };
  }

  it('refuses a taken PORT before setting up the database', async () => {
    const dir = await dataDir();
    const taken = await occupy();
    try {
      const { code, lines } = await startFails({ DATA_DIR: dir, PORT: String(taken.port), EMBEDDED_PG_PORT: String(await freePort()) });
      expect(code).toBe(1);
      expect(lines).toEqual([`linkage110 cannot start: PORT ${taken.port} is already in use on 0.0.0.0; stop what listens there, or set PORT to a free port.`]);
      await expect(fs.access(path.join(dir, 'pg'))).rejects.toThrow();
    } finally {
      await taken.close();
    }
  });

  it('refuses a taken EMBEDDED_PG_PORT', async () => {
    const dir = await dataDir();
    const taken = await occupy();
    try {
      const { code, lines } = await startFails({ DATA_DIR: dir, PORT: String(await freePort()), EMBEDDED_PG_PORT: String(taken.port) });
      expect(code).toBe(1);
      expect(lines).toEqual([
        `linkage110 cannot start: EMBEDDED_PG_PORT ${taken.port} is already in use on 127.0.0.1; stop what listens there, or set EMBEDDED_PG_PORT to a free port.`,
      ]);
      await expect(fs.access(path.join(dir, 'pg'))).rejects.toThrow();
    } finally {
      await taken.close();
    }
  });

  it('refuses a DATA_DIR it cannot write', async () => {
    const dir = await dataDir();
    await fs.mkdir(path.dirname(dir), { recursive: true });
    const file = path.join(path.dirname(dir), 'a-file');
    await fs.writeFile(file, '');
    const { code, lines } = await startFails({ DATA_DIR: path.join(file, 'data'), PORT: String(await freePort()), EMBEDDED_PG_PORT: String(await freePort()) });
    expect(code).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^linkage110 cannot start: DATA_DIR .*a-file\/data cannot be written by this user \(ENOTDIR\); choose a folder you can write/);
  });

  it('refuses an unreachable DATABASE_URL', async () => {
    const port = await freePort();
    const { code, lines } = await startFails({ DATABASE_URL: `postgres://linkage110@127.0.0.1:${port}/linkage110`, PORT: String(await freePort()) });
    expect(code).toBe(1);
    expect(lines).toEqual([
      `linkage110 cannot start: DATABASE_URL cannot reach a PostgreSQL at 127.0.0.1:${port}/linkage110 (ECONNREFUSED); start the server or correct the URL (unset it to use the embedded database).`,
    ]);
  });

  it('refuses an unreachable DATABASE_LISTEN_URL, and one without DATABASE_URL', async () => {
    const port = await freePort();
    const listen = `postgres://linkage110@127.0.0.1:${port}/linkage110`;
    const unreachable = await startFails({ DATABASE_URL: process.env[ENV_ADMIN_URL]!, DATABASE_LISTEN_URL: listen, PORT: String(await freePort()) });
    expect(unreachable.code).toBe(1);
    expect(unreachable.lines).toEqual([
      `linkage110 cannot start: DATABASE_LISTEN_URL cannot reach a PostgreSQL at 127.0.0.1:${port}/linkage110 (ECONNREFUSED); give a direct connection to the database of DATABASE_URL, or unset it to use DATABASE_URL.`,
    ]);
    const alone = await startFails({ DATABASE_LISTEN_URL: listen, DATABASE_URL: '', PORT: String(await freePort()) });
    expect(alone.code).toBe(1);
    expect(alone.lines.join('\n')).toMatch(/DATABASE_LISTEN_URL needs DATABASE_URL as well/);
  });

  it('refuses a BACKUP_DAILY_AT that is not a time of day', async () => {
    const { code, lines } = await startFails({ BACKUP_DAILY_AT: '25:00', PORT: String(await freePort()) });
    expect(code).toBe(1);
    expect(lines.join('\n')).toMatch(/BACKUP_DAILY_AT must be a time of day HH:MM such as 02:30, got "25:00"/);
  });
});
