import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { signDevToken } from '../../integrations/keycloak';
import { freePort } from '../../src/common/net';
import { repoRoot } from '../../src/common/paths';
import { caseNumberPatternProblem } from '../../src/modules/incidents/incident.case-number';
import { startTestApp, type TestApp } from '../support/app';
import { ENV_KEYS_DIR } from '../support/database';

/**
 * 警情编号 across replicas: two real server processes (the compiled entry point, `npm test`
 * builds it first) on one database, reports sent to both at once. Each process reads the
 * pattern from its own CASE_NUMBER_PATTERN, as a deployment's replicas would.
 */
const MAIN = path.join(repoRoot(), 'dist', 'src', 'main.js');
const PATTERN = 'QA-{yyyy}-{seq:5}';

let app: TestApp;
const children: ChildProcess[] = [];
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  await Promise.all(children.map((child) => (child.exitCode !== null ? undefined : new Promise((resolve) => child.once('exit', resolve)))));
  await app.close();
});

async function replica(): Promise<string> {
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      LOG_LEVEL: 'info',
      DATABASE_URL: app.databaseUrl,
      DATA_DIR: process.env[ENV_KEYS_DIR]!,
      HOST: '127.0.0.1',
      PORT: String(await freePort()),
      CASE_NUMBER_PATTERN: PATTERN,
      OVERDUE_SWEEP_MS: '0',
      // Forty reports at once queue on one counter row on a shared test machine: the
      // production bounds (3 s for a connection, 5 s per statement) are for real traffic.
      DB_ACQUIRE_TIMEOUT_MS: '60000',
      DB_STATEMENT_TIMEOUT_MS: '60000',
      ROSTER_COVERAGE_MS: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /GraphQL at (\S+)/.exec(stdout);
      if (match) resolve(match[1]);
    });
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`replica exited with ${code} before serving: ${stderr.slice(-2000)}`)));
  });
}

async function reportAt(url: string, i: number): Promise<string> {
  const token = await signDevToken(process.env[ENV_KEYS_DIR]!, { role: 'dispatcher' });
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: 'mutation ($input: ReportIncidentInput!) { reportIncident(input: $input) { caseNumber } }',
      variables: { input: { description: `并发接警 ${i}`, place: {}, intakeChannel: 'CALL_110', receivedAt: '2026-06-01T02:00:00Z' } },
    }),
  });
  const body = (await res.json()) as { data?: { reportIncident: { caseNumber: string } }; errors?: unknown };
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.reportIncident.caseNumber;
}

describe('case numbers across replicas', () => {
  it('never give two concurrent reports on two server processes the same number, nor skip one', async () => {
    const [a, b] = [await replica(), await replica()];
    const numbers = await Promise.all(Array.from({ length: 40 }, (_, i) => reportAt(i % 2 ? a : b, i)));
    expect(new Set(numbers).size).toBe(40);
    expect([...numbers].sort()).toEqual(Array.from({ length: 40 }, (_, i) => `QA-2026-${String(i + 1).padStart(5, '0')}`));
  });
});

describe('the case number pattern', () => {
  it.each([
    ['LX110-{yyyyMMdd}-{seq:4}', undefined],
    ['{yyyy-MM-dd}/{seq:6}', undefined],
    ['LX110-{yyyyMMdd}', 'exactly one {seq:N}'],
    ['LX110-{seq:4}-{seq:2}', 'exactly one {seq:N}'],
    ['LX110-{hhmm}-{seq:4}', 'unknown part {hhmm}'],
    ['LX 110-{seq:4}', 'must not contain spaces'],
    ['LX110-{seq:4', 'without its "}"'],
  ])('%s is %s', (pattern, problem) => {
    if (problem === undefined) expect(caseNumberPatternProblem(pattern)).toBeUndefined();
    else expect(caseNumberPatternProblem(pattern)).toContain(problem);
  });
});
