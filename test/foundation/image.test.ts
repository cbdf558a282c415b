import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { SERVER_NODE_FLAGS } from '../../src/common/node-flags';
import { repoRoot } from '../../src/common/paths';
import { startTestApp, type TestApp } from '../support/app';

/**
 * helm/Dockerfile and the chart describe one container: what the image does (user, port, entry,
 * where it may write) must be what the rendered Deployment expects, and the probe paths must be
 * what the server answers. The image cannot be built here (no base-image registry), so this is
 * the check that keeps the two from drifting apart.
 */
const ROOT = repoRoot();
const CHART = path.join(ROOT, 'helm', 'linkage110');

interface Instruction {
  op: string;
  args: string;
}

/** The Dockerfile's instructions by stage (line continuations joined, comments dropped). */
function dockerfileStages(text: string): Instruction[][] {
  const joined = text.replace(/\\\n\s*/g, ' ');
  const stages: Instruction[][] = [];
  for (const line of joined.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const [, op, args] = /^(\S+)\s+(.*)$/.exec(trimmed)!;
    if (op.toUpperCase() === 'FROM') stages.push([]);
    if (op.toUpperCase() !== 'ARG' || stages.length > 0) stages.at(-1)!.push({ op: op.toUpperCase(), args });
  }
  return stages;
}

function render(files: string[]): Record<string, string>[] {
  const helm = execFileSync(path.join(ROOT, '.ci', 'helm-check'), ['--print-helm'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }).trim();
  const cache = path.join(ROOT, '.cache', 'helm', 'home');
  const out = execFileSync(helm, ['template', 'linkage110', CHART, '--namespace', 'linkage110', ...files.flatMap((f) => ['-f', path.join(CHART, 'ci', f)])], {
    encoding: 'utf8',
    env: { ...process.env, HELM_CACHE_HOME: `${cache}/cache`, HELM_CONFIG_HOME: `${cache}/config`, HELM_DATA_HOME: `${cache}/data` },
  });
  return out.split(/^---$/m).map((doc) => parse(doc) as Record<string, string>).filter(Boolean);
}

/* eslint-disable @typescript-eslint/no-explicit-any -- reading rendered Kubernetes objects */
const stages = dockerfileStages(fs.readFileSync(path.join(ROOT, 'helm', 'Dockerfile'), 'utf8'));
const runtime = stages.at(-1)!;
const one = (op: string) => runtime.filter((i) => i.op === op).map((i) => i.args);
const env = Object.fromEntries(one('ENV').flatMap((args) => [...args.matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1], m[2]])));

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe.each([
  ['the required values', ['test-values.yaml']],
  ['every option on', ['test-values.yaml', 'full-values.yaml']],
])('the image and the chart rendered with %s', (_label, files) => {
  const objects = render(files);
  const deployment = objects.find((o) => o.kind === 'Deployment') as any;
  const configMap = objects.find((o) => o.kind === 'ConfigMap' && (o as any).data?.PORT) as any;
  const pod = deployment.spec.template.spec;
  const container = pod.containers[0];

  it('run as the image\'s non-root user', () => {
    const [user, group] = one('USER').at(-1)!.split(':').map(Number);
    expect(user).toBeGreaterThan(0);
    expect(container.securityContext).toMatchObject({ runAsUser: user, runAsGroup: group, runAsNonRoot: true });
  });

  it('agree on the port', () => {
    const exposed = Number(one('EXPOSE').at(-1));
    expect(container.ports).toEqual([expect.objectContaining({ name: 'http', containerPort: exposed })]);
    expect(Number(configMap.data.PORT)).toBe(exposed);
    expect(Number(env.PORT)).toBe(exposed);
  });

  it('start the image\'s entry, node itself', () => {
    expect([...container.command, ...(container.args ?? [])]).toEqual(JSON.parse(one('CMD').at(-1)!));
    expect(container.command[0]).toBe('node');
  });

  it('start node with the server\'s V8 flags, as npm start, the benches and the fault suite do', () => {
    const cmd = JSON.parse(one('CMD').at(-1)!) as string[];
    expect(cmd).toEqual(['node', ...SERVER_NODE_FLAGS, 'dist/src/main.js']);
    const scripts = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.start).toBe(`exec ${cmd.join(' ')}`);
    for (const [name, script] of Object.entries(scripts).filter(([name]) => name === 'bench' || name.startsWith('bench:'))) {
      expect({ name, script }).toEqual({ name, script: expect.stringContaining(`node ${SERVER_NODE_FLAGS.join(' ')} dist/bench/`) });
    }
  });

  it('keep the root filesystem read-only with a writable /tmp that DATA_DIR points into', () => {
    expect(container.securityContext.readOnlyRootFilesystem).toBe(true);
    const tmp = container.volumeMounts.find((m: any) => m.mountPath === '/tmp');
    expect(pod.volumes.find((v: any) => v.name === tmp.name)).toHaveProperty('emptyDir');
    expect(env.DATA_DIR.startsWith('/tmp/')).toBe(true);
    expect(configMap.data.DATA_DIR.startsWith('/tmp/')).toBe(true);
  });

  it('probe paths the server answers, the image\'s health check among them', async () => {
    const probes = ['startupProbe', 'livenessProbe', 'readinessProbe'].map((p) => container[p].httpGet);
    for (const probe of probes) expect(probe.port).toBe('http');
    const healthcheck = /fetch\('http:\/\/127\.0\.0\.1:(\d+)(\/\w+)'\)/.exec(one('HEALTHCHECK').at(-1)!)!;
    expect(Number(healthcheck[1])).toBe(Number(one('EXPOSE').at(-1)));
    expect(probes.map((p) => p.path)).toContain(healthcheck[2]);
    for (const route of new Set(probes.map((p) => p.path))) expect((await fetch(`${app.baseUrl}${route}`)).status).toBe(200);
  });
});

it('is built in stages: the compiler in the first, production dependencies only in the image, no development keys', () => {
  expect(stages.length).toBeGreaterThanOrEqual(2);
  const runs = (stage: Instruction[]) => stage.filter((i) => i.op === 'RUN').map((i) => i.args).join('\n');
  expect(runs(stages[0])).toMatch(/ensure-build\.mjs/);
  expect(runs(runtime)).toMatch(/npm ci --omit=dev/);
  expect(runs(runtime)).not.toMatch(/ensure-build|tsc|npm run build|token/);
  expect(runtime.filter((i) => i.op === 'COPY').map((i) => i.args)).toEqual(['package.json package-lock.json ./', '--from=build /app/dist ./dist']);
  expect(env.NODE_ENV).toBe('production');
  // The build context: everything is left out unless named, so .data (and its dev-keys) never enter it.
  const ignore = fs.readFileSync(path.join(ROOT, 'helm', 'Dockerfile.dockerignore'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  expect(ignore[0]).toBe('**');
  expect(ignore.filter((l) => l.startsWith('!')).some((l) => /\.data|dev-keys|dist|node_modules/.test(l))).toBe(false);
});
