#!/usr/bin/env node
// Every package that `npm ci` installs must admit the Node versions the platform supports
// (package.json "engines"), so that an install on any of them prints no EBADENGINE. Only one Node
// is at hand in CI, so this reads the lockfile instead of installing under each version: for each
// supported line, the oldest release the range admits and a recent one. Also checks that every
// dependency in the lockfile lies inside the range its parent declares (the "overrides" in
// package.json pin versions, they must never force one outside what the dependent asked for).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import semver from 'semver';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const readJson = (file) => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
const lock = readJson('package-lock.json');
const supported = readJson('package.json').engines.node;
const probes = ['20.19.0', '20.20.2', '22.13.0', '22.22.0', '24.0.0'];
const problems = [];

for (const v of probes) {
  if (!semver.satisfies(v, supported)) problems.push(`engines "${supported}" does not admit Node ${v}`);
}
const pk = lock.packages;
function resolve(from, name) {
  let dir = from;
  for (;;) {
    const c = (dir ? dir + '/' : '') + 'node_modules/' + name;
    if (pk[c]) return pk[c];
    if (!dir) return null;
    const i = dir.lastIndexOf('/node_modules/');
    dir = i < 0 ? '' : dir.slice(0, i);
  }
}
for (const [p, m] of Object.entries(pk)) {
  if (!p) continue;
  // Optional packages whose engines do not fit are skipped by npm without a warning.
  const range = m.engines && m.engines.node;
  if (range && !m.optional) {
    const bad = probes.filter((v) => !semver.satisfies(v, range));
    if (bad.length) problems.push(`${p}@${m.version} wants node ${range}: not ${bad.join(', ')}`);
  }
  for (const [n, r] of Object.entries(m.dependencies || {})) {
    const t = resolve(p, n);
    if (!t || !semver.validRange(r)) continue;
    if (!semver.satisfies(t.version, r, { includePrerelease: true })) {
      problems.push(`${p} asks for ${n}@${r} but the lockfile holds ${t.version}`);
    }
  }
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`engines-check: every locked package admits Node ${probes.join(', ')} and lies in its parent's range`);
