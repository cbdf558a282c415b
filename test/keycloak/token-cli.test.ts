import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDevVerifier } from '../../integrations/keycloak';
import { main, parseDuration } from '../../src/scripts/token';

async function run(argv: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, env, cwd, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

describe('npm run token', () => {
  let cwd: string;

  beforeEach(() => {
    cwd = mkdtempSync(path.join(tmpdir(), 'linkage110-token-'));
  });

  afterEach(() => {
    rmSync(cwd, { recursive: true, force: true });
  });

  it('prints exactly one token line, signed with the key the server will use under ./.data', async () => {
    const result = await run(['--role', 'unit_operator', '--unit', 'city-management', '--ttl', '30m', '--name', '张三'], { NODE_ENV: 'development' }, cwd);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);

    const principal = await createDevVerifier(path.join(cwd, '.data')).verify(result.stdout.trim());
    expect(principal).toMatchObject({ roles: ['unit_operator'], unitCode: 'city-management', displayName: '张三' });
    expect(Math.abs(principal.expiresAt.getTime() - (Date.now() + 30 * 60_000))).toBeLessThan(5_000);
  });

  it('uses DATA_DIR, relative to the working directory, and takes several roles', async () => {
    const result = await run(['--role', 'dispatcher,commander', '--sub', 'desk-1'], { DATA_DIR: 'state' }, cwd);
    expect(result.code).toBe(0);
    await expect(createDevVerifier(path.join(cwd, 'state')).verify(result.stdout.trim())).resolves.toMatchObject({
      subject: 'desk-1',
      roles: ['dispatcher', 'commander'],
    });
  });

  it.each([
    ['no role', []],
    ['an unknown role', ['--role', 'janitor']],
    ['a unit_operator without unit', ['--role', 'unit_operator']],
    ['an unknown unit code', ['--role', 'unit_operator', '--unit', 'fire-brigade']],
    ['a bad ttl', ['--role', 'admin', '--ttl', 'forever']],
    ['an unknown option', ['--role', 'admin', '--scope', 'all']],
  ])('fails on %s with a message on stderr and nothing on stdout', async (_label, argv) => {
    const result = await run(argv, {}, cwd);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^token: /);
  });

  it('names the unknown unit code and lists the member units', async () => {
    const result = await run(['--role', 'unit_operator', '--unit', 'city-managment'], {}, cwd);
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toContain('Unknown unit code "city-managment"');
    expect(result.stderr).toContain('city-management');
  });

  it('refuses when NODE_ENV=production', async () => {
    const result = await run(['--role', 'admin'], { NODE_ENV: 'production' }, cwd);
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toMatch(/production/);
  });

  it.each([
    ['30m', 1800],
    ['8h', 28800],
    ['3600s', 3600],
    ['1d', 86400],
    ['90', 90],
  ])('reads --ttl %s as %i seconds', (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds);
  });

  it.each(['0m', '-5m', '1.5h', '8 hours', ''])('refuses --ttl %j', (text) => {
    expect(() => parseDuration(text)).toThrow(/duration/);
  });
});
