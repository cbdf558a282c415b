#!/usr/bin/env node
// Builds the server (src/ and integrations/ into dist/) at install and then only when a source has changed since the
// last build: `npm start` and `npm run token` then start in a second instead of recompiling
// every time. Plain JavaScript, so it runs before anything is compiled.
//
// "Current" means: the stamp written after the last successful build lists the same files with
// the same sizes and modification times as now (an edit, a new file, a deleted file or a git
// checkout all change it). Its own output goes to stderr, so `TOKEN=$(npm run token ...)` still
// captures the token alone. The build itself is tsc's incremental build of src/tsconfig.app.json,
// so even a stale build recompiles only what changed.
//
// The consoles (src/console/app, a browser app) are built by Vite into dist/console with a
// fingerprint and stamp of their own: a change to the server does not rebuild them, nor the
// reverse, and a warm start rebuilds neither.
//
// The explorer's browser assets (GraphiQL, bundled by Vite from src/explorer/web into
// dist/explorer) have a stamp of their own over their sources and the lockfile, so they are
// rebundled only when one of those changed. Without Vite (an install without dev dependencies)
// that step is skipped and the explorer says its assets are not built.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const STAMP = path.join(root, 'dist', '.build-stamp');
const SOURCES = ['src', 'integrations'];
const CONFIG_FILES = ['package.json', 'package-lock.json', 'tsconfig.json', 'src/tsconfig.app.json'];
const BUILT = /\.(ts|json)$/;
/** Not the server's: the browser apps, bundled by Vite (below), and the client package's own output. */
const NOT_SERVER = [path.join(root, 'src', 'console', 'app'), path.join(root, 'src', 'explorer', 'web'), path.join(root, 'integrations', 'client', 'dist')];

const CONSOLE_STAMP = path.join(root, 'dist', '.console-stamp');
const CONSOLE_OUT = path.join(root, 'dist', 'console', 'index.html');
const CONSOLE_SOURCES = ['src/console/app', 'integrations/client/src'];
const CONSOLE_FILES = ['package.json', 'package-lock.json', 'schema/schema.graphql'];
const CONSOLE_BUILT = /\.(ts|tsx|mts|css|html|json)$/;

function walk(dir, out, pattern = BUILT, skip = NOT_SERVER) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skip.includes(full)) walk(full, out, pattern, skip);
    } else if (pattern.test(entry.name)) out.push(full);
  }
  return out;
}

function digest(files) {
  const hash = createHash('sha256');
  for (const file of [...files].sort()) {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    hash.update(`${path.relative(root, file)}\0${stat ? `${stat.size}\0${stat.mtimeMs}` : 'missing'}\n`);
  }
  return hash.digest('hex');
}

/** A fingerprint of every input of the consoles' build. */
export function consoleFingerprint() {
  return digest([...CONSOLE_SOURCES.flatMap((dir) => walk(path.join(root, dir), [], CONSOLE_BUILT, [])), ...CONSOLE_FILES.map((f) => path.join(root, f))]);
}

/** A fingerprint of every input of the build: path, size and modification time. */
export function fingerprint() {
  return digest([...SOURCES.flatMap((dir) => walk(path.join(root, dir), [])), ...CONFIG_FILES.map((f) => path.join(root, f))]);
}

/** Builds the consoles with Vite when one of their inputs changed since the last build (a failure is reported, not fatal). */
function buildConsole() {
  const current = consoleFingerprint();
  const stamped = fs.existsSync(CONSOLE_STAMP) ? fs.readFileSync(CONSOLE_STAMP, 'utf8').trim() : '';
  if (stamped === current && fs.existsSync(CONSOLE_OUT)) return 0;
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  if (!fs.existsSync(vite)) {
    if (process.argv.includes('--at-install')) return 0;
    process.stderr.write('linkage110: the console is out of date and Vite is not installed; run `npm install` (with dev dependencies) first.\n');
    return 1;
  }
  process.stderr.write('linkage110: console sources changed since the last build; building /console ...\n');
  const result = spawnSync(process.execPath, [vite, 'build', '--config', path.join(root, 'src', 'console', 'app', 'vite.config.mts')], {
    cwd: root,
    stdio: ['ignore', 2, 2],
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  if (result.status !== 0) {
    // Like the explorer: the API does not depend on its consoles; /console then says it is not built.
    process.stderr.write('linkage110: building /console failed (see above); the API starts without it.\n');
    return 0;
  }
  fs.mkdirSync(path.dirname(CONSOLE_STAMP), { recursive: true });
  fs.writeFileSync(CONSOLE_STAMP, `${current}\n`);
  return 0;
}

const EXPLORER_STAMP = path.join(root, 'dist', '.explorer-stamp');
const EXPLORER_SOURCES = path.join(root, 'src', 'explorer', 'web');

function explorerFingerprint() {
  const files = [...walkAll(EXPLORER_SOURCES, []), path.join(root, 'package-lock.json')].sort();
  const hash = createHash('sha256');
  for (const file of files) {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    hash.update(`${path.relative(root, file)}\0${stat ? `${stat.size}\0${stat.mtimeMs}` : 'missing'}\n`);
  }
  return hash.digest('hex');
}

function walkAll(dir, out) {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walkAll(full, out);
    else out.push(full);
  }
  return out;
}

/** Bundles the explorer when its sources changed since the last bundle (a failure is reported, not fatal). */
export function ensureExplorer() {
  const current = explorerFingerprint();
  const stamped = fs.existsSync(EXPLORER_STAMP) ? fs.readFileSync(EXPLORER_STAMP, 'utf8').trim() : '';
  if (stamped === current && fs.existsSync(path.join(root, 'dist', 'explorer', 'index.html'))) return 0;
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  if (!fs.existsSync(vite)) return 0;
  process.stderr.write('linkage110: bundling the explorer (GraphiQL) ...\n');
  const result = spawnSync(process.execPath, [vite, 'build', '-c', path.join(EXPLORER_SOURCES, 'vite.config.mjs')], { cwd: root, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) {
    // The API does not depend on its explorer: start without it, and try again next time.
    process.stderr.write('linkage110: bundling the explorer failed (see above); the API starts without it.\n');
    return 0;
  }
  fs.mkdirSync(path.dirname(EXPLORER_STAMP), { recursive: true });
  fs.writeFileSync(EXPLORER_STAMP, `${current}\n`);
  return 0;
}

function main() {
  ensureExplorer();
  const server = buildServer();
  if (server !== 0) return server;
  return buildConsole();
}

function buildServer() {
  const current = fingerprint();
  const stamped = fs.existsSync(STAMP) ? fs.readFileSync(STAMP, 'utf8').trim() : '';
  if (stamped === current && fs.existsSync(path.join(root, 'dist', 'src', 'main.js'))) return 0;
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  if (!fs.existsSync(tsc)) {
    // An install without dev dependencies (a production image) builds elsewhere: nothing to do at install.
    if (process.argv.includes('--at-install')) return 0;
    process.stderr.write('linkage110: the build is out of date and TypeScript is not installed; run `npm install` (with dev dependencies) first.\n');
    return 1;
  }
  process.stderr.write('linkage110: sources changed since the last build; compiling (incremental) ...\n');
  const result = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'src', 'tsconfig.app.json')], { cwd: root, stdio: ['ignore', 2, 2] });
  if (result.status !== 0) return result.status ?? 1;
  fs.mkdirSync(path.dirname(STAMP), { recursive: true });
  fs.writeFileSync(STAMP, `${current}\n`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main();
