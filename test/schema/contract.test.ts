import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * The schema contract check (.ci/schema-contract.mjs) on a repository of its own: a breaking
 * change fails unless docs/SCHEMA-CHANGELOG.md gains a line naming it; a deprecation needs a
 * removal date; on main it compares with the previous commit.
 */
const root = path.resolve(__dirname, '../..');
const CHECK = path.join(root, '.ci/schema-contract.mjs');
const schema = fs.readFileSync(path.join(root, 'schema/schema.graphql'), 'utf8');
const RULES_FIELD = '  """问责规则 the accountability rules and their thresholds"""\n  accountabilityRules: [AccountabilityRule!]!\n';
const changelog = fs.readFileSync(path.join(root, 'docs/SCHEMA-CHANGELOG.md'), 'utf8');
const MARK = '\n## 2026-12-03\n\n- BREAKING `Query.accountabilityRules`: removed; read the rules from `accountabilityCases` instead\n';
let repo: string;

function git(...args: string[]) {
  const result = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: repo, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
}
function write(file: string, text: string) {
  fs.mkdirSync(path.dirname(path.join(repo, file)), { recursive: true });
  fs.writeFileSync(path.join(repo, file), text);
}
function commit(message: string) {
  git('add', '-A');
  git('commit', '-qm', message);
}
function check() {
  const result = spawnSync(process.execPath, [CHECK], { cwd: repo, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

beforeEach(() => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), 'linkage110-contract-'));
  git('init', '-q', '-b', 'main');
  write('schema/schema.graphql', schema);
  write('docs/SCHEMA-CHANGELOG.md', changelog);
  commit('base');
});
afterEach(() => fs.rmSync(repo, { recursive: true, force: true }));

it('holds the fixture to the real schema: the field removed is there', () => {
  expect(schema).toContain(RULES_FIELD);
  expect(check()).toMatchObject({ status: 0 });
});

it('fails a branch that removes a field without marking it, naming the field and the fix', () => {
  git('checkout', '-qb', 'feature');
  write('schema/schema.graphql', schema.replace(RULES_FIELD, ''));
  commit('drop a field');
  const result = check();
  expect(result.status).toBe(1);
  expect(result.output).toMatch(/FAIL BREAKING Query\.accountabilityRules: Field 'accountabilityRules' was removed from object type 'Query'/);
  expect(result.output).toContain('- BREAKING `Query.accountabilityRules`:');
});

it('passes the same change once the changelog marks it, committed or not', () => {
  git('checkout', '-qb', 'feature');
  write('schema/schema.graphql', schema.replace(RULES_FIELD, ''));
  write('docs/SCHEMA-CHANGELOG.md', changelog + MARK);
  expect(check()).toMatchObject({ status: 0 });
  commit('drop a field, marked');
  expect(check()).toMatchObject({ status: 0 });
});

it('does not count a mark that was in the changelog before the base', () => {
  write('docs/SCHEMA-CHANGELOG.md', changelog + MARK);
  commit('an old entry');
  git('checkout', '-qb', 'feature');
  write('schema/schema.graphql', schema.replace(RULES_FIELD, ''));
  commit('drop a field again');
  expect(check()).toMatchObject({ status: 1 });
});

it('passes additions without any mark', () => {
  git('checkout', '-qb', 'feature');
  write('schema/schema.graphql', schema.replace(RULES_FIELD, `${RULES_FIELD}\n  """新字段 a new field"""\n  somethingNew: String\n`));
  commit('add a field');
  const result = check();
  expect(result.status).toBe(0);
  expect(result.output).not.toMatch(/: 0 change\(s\)/);
});

it('fails a deprecation without a removal date and passes one with it', () => {
  git('checkout', '-qb', 'feature');
  const deprecated = (reason: string) => schema.replace('  accountabilityRules: [AccountabilityRule!]!\n', `  accountabilityRules: [AccountabilityRule!]! @deprecated(reason: "${reason}")\n`);
  write('schema/schema.graphql', deprecated('use accountabilityCases instead'));
  const undated = check();
  expect(undated.status).toBe(1);
  expect(undated.output).toMatch(/Query\.accountabilityRules is @deprecated without a removal date/);
  write('schema/schema.graphql', deprecated('use accountabilityCases instead; removal 2099-06-30'));
  expect(check()).toMatchObject({ status: 0 });
  write('schema/schema.graphql', deprecated('use accountabilityCases instead; removal 2099-02-30'));
  expect(check()).toMatchObject({ status: 1 });
});

it('on main compares with the previous commit, and a first commit has nothing to compare', () => {
  expect(check().output).toMatch(/No base commit to compare with/);
  write('schema/schema.graphql', schema.replace(RULES_FIELD, ''));
  commit('drop a field on main');
  const result = check();
  expect(result.status).toBe(1);
  expect(result.output).toMatch(/FAIL BREAKING Query\.accountabilityRules/);
});
