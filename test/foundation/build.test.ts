import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../src/common/paths';

/**
 * `npm start` and `npm run token` build through src/scripts/ensure-build.mjs: a start with a
 * current build compiles nothing, and a changed source is compiled by the next start; the
 * consoles (/console, built by Vite) likewise, each only when its own sources change. Checked on
 * a copy of the sources, so the dist/ other test files run from is never rebuilt under them.
 */
const ROOT = repoRoot();
let copy: string;

beforeAll(async () => {
  copy = await fs.mkdtemp(path.join(os.tmpdir(), 'linkage110-build-'));
  for (const entry of ['src', 'integrations', 'schema', 'package.json', 'package-lock.json', 'tsconfig.json']) {
    await fs.cp(path.join(ROOT, entry), path.join(copy, entry), { recursive: true });
  }
  await fs.symlink(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'));
});
afterAll(() => fs.rm(copy, { recursive: true, force: true }));

function ensureBuild(...args: string[]) {
  const run = spawnSync(process.execPath, [path.join(copy, 'src', 'scripts', 'ensure-build.mjs'), ...args], { cwd: copy, encoding: 'utf8' });
  return {
    status: run.status,
    stdout: run.stdout,
    compiled: run.stderr.includes('compiling'),
    bundled: run.stderr.includes('bundling the explorer'),
    consoleBuilt: run.stderr.includes('building /console'),
  };
}

it('compiles once, then not while the sources are unchanged, then again after a source changes', async () => {
  const first = ensureBuild('--at-install');
  expect(first).toMatchObject({ status: 0, compiled: true, bundled: true, consoleBuilt: true, stdout: '' });
  expect(await fs.readFile(path.join(copy, 'dist', 'src', 'main.js'), 'utf8')).toContain('linkage110 is up');
  // The explorer's browser bundle is built with it, from node_modules alone, and so are the consoles.
  expect(await fs.readFile(path.join(copy, 'dist', 'explorer', 'index.html'), 'utf8')).toMatch(/src="\/explorer\/assets\/index-[\w-]+\.js"/);
  expect(await fs.readFile(path.join(copy, 'dist', 'console', 'index.html'), 'utf8')).toMatch(/src="\/console\/assets\/index-[\w-]+\.js"/);

  expect(ensureBuild()).toMatchObject({ status: 0, compiled: false, bundled: false, consoleBuilt: false, stdout: '' });

  const main = path.join(copy, 'src', 'main.ts');
  await fs.writeFile(main, (await fs.readFile(main, 'utf8')).replace('linkage110 is up', 'linkage110 is running'));
  expect(ensureBuild()).toMatchObject({ status: 0, compiled: true, consoleBuilt: false, stdout: '' });
  expect(await fs.readFile(path.join(copy, 'dist', 'src', 'main.js'), 'utf8')).toContain('linkage110 is running');

  await fs.rm(path.join(copy, 'src', 'scripts', 'token.ts'));
  expect(ensureBuild()).toMatchObject({ status: 0, compiled: true });
  expect(ensureBuild()).toMatchObject({ status: 0, compiled: false, consoleBuilt: false });

  const app = path.join(copy, 'src', 'console', 'app', 'app.tsx');
  await fs.writeFile(app, (await fs.readFile(app, 'utf8')).replace("'选择控制台'", "'请选择控制台'"));
  expect(ensureBuild()).toMatchObject({ status: 0, compiled: false, consoleBuilt: true });
  const assets = await fs.readdir(path.join(copy, 'dist', 'console', 'assets'));
  const scripts = await Promise.all(assets.filter((f) => f.endsWith('.js')).map((f) => fs.readFile(path.join(copy, 'dist', 'console', 'assets', f), 'utf8')));
  expect(scripts.some((js) => js.includes('请选择控制台'))).toBe(true);
  expect(ensureBuild()).toMatchObject({ status: 0, compiled: false, consoleBuilt: false });
}, 300_000);
