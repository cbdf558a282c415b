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

function walk(dir, out) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (BUILT.test(entry.name)) out.push(full);
  }
  return out;
}

/** A fingerprint of every input of the build: path, size and modification time. */
export function fingerprint() {
  const files = [...SOURCES.flatMap((dir) => walk(path.join(root, dir), [])), ...CONFIG_FILES.map((f) => path.join(root, f))].sort();
  const hash = createHash('sha256');
  for (const file of files) {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    hash.update(`${path.relative(root, file)}\0${stat ? `${stat.size}\0${stat.mtimeMs}` : 'missing'}\n`);
  }
  return hash.digest('hex');
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
