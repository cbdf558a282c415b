#!/usr/bin/env node
// The schema contract (docs/SCHEMA.md): compares schema/schema.graphql with the same file at the
// merge base and fails on a breaking change that docs/SCHEMA-CHANGELOG.md does not mark, and on a
// @deprecated without a removal date.
//
//   node .ci/schema-contract.mjs [--base <git ref>]
//
// Run in the repository to check (its working tree against the base). The base: --base, else the
// merge base of HEAD with main (or origin/main); where that is HEAD itself (on main, or a branch
// with nothing new) the previous commit. With no base to compare (a first commit, or a base
// without the schema file) only the deprecations are checked.
//
// A breaking change is marked by a line added to docs/SCHEMA-CHANGELOG.md since the base:
//   - BREAKING `Type.field`: what changed and what clients do instead
// naming the change's path as graphql-inspector prints it (`Type`, `Type.field`,
// `Type.field.argument`, `Enum.VALUE`).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';

const SCHEMA = 'schema/schema.graphql';
const CHANGELOG = 'docs/SCHEMA-CHANGELOG.md';
const MARK = /^- BREAKING `([^`]+)`/;
const REMOVAL = /removal (\d{4}-\d{2}-\d{2})/i;

function git(args, cwd) {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

function findBase(cwd, given) {
  if (given) return git(['rev-parse', '--verify', `${given}^{commit}`], cwd);
  const head = git(['rev-parse', 'HEAD'], cwd);
  if (!head) return undefined;
  for (const main of ['main', 'origin/main']) {
    const base = git(['merge-base', 'HEAD', main], cwd);
    if (base && base !== head) return base;
    if (base === head) break;
  }
  return git(['rev-parse', '--verify', 'HEAD~1^{commit}'], cwd);
}

function fileAt(cwd, ref, file) {
  return git(['show', `${ref}:${file}`], cwd);
}

function marksIn(text) {
  return new Set((text ?? '').split('\n').map((line) => MARK.exec(line.trim())?.[1]).filter(Boolean));
}

/** Every @deprecated in the schema, with where it is. */
function deprecations(schema) {
  const found = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (field.deprecationReason != null) found.push({ path: `${type.name}.${field.name}`, reason: field.deprecationReason });
        for (const arg of field.args) if (arg.deprecationReason != null) found.push({ path: `${type.name}.${field.name}.${arg.name}`, reason: arg.deprecationReason });
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (field.deprecationReason != null) found.push({ path: `${type.name}.${field.name}`, reason: field.deprecationReason });
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) if (value.deprecationReason != null) found.push({ path: `${type.name}.${value.name}`, reason: value.deprecationReason });
    }
  }
  return found;
}

export async function checkContract(cwd, baseRef) {
  const problems = [];
  const notes = [];
  const current = buildSchema(fs.readFileSync(path.join(cwd, SCHEMA), 'utf8'));

  for (const { path: where, reason } of deprecations(current)) {
    const date = REMOVAL.exec(reason)?.[1];
    const valid = date && !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) && new Date(`${date}T00:00:00Z`).toISOString().startsWith(date);
    if (!reason.trim() || !valid) {
      problems.push(`${where} is @deprecated without a removal date: write the reason as "use <replacement> instead; removal YYYY-MM-DD" (docs/SCHEMA.md).`);
    } else if (date < new Date().toISOString().slice(0, 10)) {
      notes.push(`${where}: its removal date ${date} has passed; remove it (a BREAKING entry in ${CHANGELOG}).`);
    }
  }

  const base = findBase(cwd, baseRef);
  const before = base ? fileAt(cwd, base, SCHEMA) : undefined;
  if (!before) {
    notes.push(base ? `${SCHEMA} does not exist at ${base.slice(0, 12)}: nothing to compare.` : 'No base commit to compare with: only the deprecations were checked.');
    return { base, problems, notes, changes: [] };
  }
  const changes = await diff(buildSchema(before), current);
  const marked = marksIn(fs.existsSync(path.join(cwd, CHANGELOG)) ? fs.readFileSync(path.join(cwd, CHANGELOG), 'utf8') : '');
  for (const old of marksIn(fileAt(cwd, base, CHANGELOG))) marked.delete(old);
  for (const change of changes) {
    if (change.criticality.level === CriticalityLevel.Breaking) {
      if (!marked.has(change.path)) {
        problems.push(`BREAKING ${change.path}: ${change.message}. Mark it in ${CHANGELOG} with a line "- BREAKING \`${change.path}\`: <what clients do instead>", or keep the old shape (deprecate first, docs/SCHEMA.md).`);
      }
    } else if (change.criticality.level === CriticalityLevel.Dangerous) {
      notes.push(`dangerous ${change.path}: ${change.message}`);
    }
  }
  return { base, problems, notes, changes };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { base: { type: 'string' } } });
  const cwd = git(['rev-parse', '--show-toplevel'], process.cwd()) ?? process.cwd();
  const { base, problems, notes, changes } = await checkContract(cwd, values.base);
  console.log(`schema contract: ${SCHEMA} against ${base ? base.slice(0, 12) : '(no base)'}: ${changes.length} change(s)`);
  for (const note of notes) console.log(`  note: ${note}`);
  for (const problem of problems) console.error(`  FAIL ${problem}`);
  process.exitCode = problems.length ? 1 : 0;
}
