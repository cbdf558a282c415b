import fs from 'node:fs/promises';
import path from 'node:path';
import { repoRoot } from '../../src/common/paths';
import { SaveRotationDocument } from '../generated/graphql';
import { startTestApp, type TestApp } from '../support/app';

/**
 * The Grafana dashboard and the Prometheus alert rules shipped in helm/ name only metrics the
 * platform serves: a renamed metric fails here, not silently on a county's dashboard.
 */
const FILES = path.join(repoRoot(), 'helm', 'linkage110', 'files');
/** Series Prometheus itself adds (not served by the platform). */
const FROM_PROMETHEUS = new Set(['up']);
const FUNCTIONS = new Set(['sum', 'max', 'min', 'rate', 'increase', 'changes', 'histogram_quantile', 'by', 'offset', 'and', 'or', 'le']);

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

/** Metric names in PromQL expressions: identifiers followed by a selector, a range or an operator, minus functions and labels. */
function metricNames(expressions: string[]): string[] {
  const names = new Set<string>();
  for (const expr of expressions) {
    const withoutLabels = expr.replace(/\{[^}]*\}/g, '').replace(/\[[^\]]*\]/g, '').replace(/by \([^)]*\)/g, '');
    for (const [name] of withoutLabels.matchAll(/[a-z_][a-z0-9_]*/g)) {
      if (!FUNCTIONS.has(name) && !/^\d/.test(name) && name.includes('_')) names.add(name);
    }
  }
  return [...names].sort();
}

async function served(): Promise<Set<string>> {
  const text = await (await fetch(`${app.baseUrl}/metrics`)).text();
  const names = new Set<string>();
  for (const [, name, type] of text.matchAll(/^# TYPE (\S+) (\w+)$/gm)) {
    names.add(name);
    // A histogram's series appear with its first observation; its type line says they will.
    if (type === 'histogram') for (const suffix of ['_bucket', '_count', '_sum']) names.add(`${name}${suffix}`);
  }
  for (const [, name] of text.matchAll(/^(\w+)(?:\{[^}]*\})? /gm)) names.add(name);
  return names;
}

it('the alert rules name only served metrics, and cover the stuck outbox, an overdue spike and flapping readiness', async () => {
  const rules = await fs.readFile(path.join(FILES, 'alerts.yaml'), 'utf8');
  const alerts = [...rules.matchAll(/- alert: (\S+)/g)].map((m) => m[1]);
  expect(alerts).toEqual(expect.arrayContaining(['Linkage110GridOutboxStuck', 'Linkage110OverdueSpike', 'Linkage110ReadinessFlapping']));
  const exprs = [...rules.matchAll(/^\s+expr: (.+)$/gm)].map((m) => m[1]);
  expect(exprs).toHaveLength(alerts.length);
  const names = metricNames(exprs).filter((name) => !FROM_PROMETHEUS.has(name));
  expect(names.length).toBeGreaterThan(3);
  const available = await served();
  expect(names.filter((name) => !available.has(name))).toEqual([]);
});

it('the Grafana dashboard names only served metrics', async () => {
  const dashboard = JSON.parse(await fs.readFile(path.join(FILES, 'grafana-dashboard.json'), 'utf8')) as {
    panels: { title: string; targets: { expr: string }[] }[];
  };
  const exprs = dashboard.panels.flatMap((panel) => panel.targets.map((target) => target.expr));
  const names = metricNames(exprs);
  expect(names).toEqual(
    expect.arrayContaining(['linkage110_graphql_operation_duration_seconds_bucket', 'linkage110_orders_overdue', 'linkage110_grid_outbox_depth', 'linkage110_roster_gaps_now']),
  );
  const available = await served();
  expect(names.filter((name) => !available.has(name))).toEqual([]);
});

it('reports the roster gaps of this moment, and a gap closes when a rotation covers the post', async () => {
  const gapLine = /^linkage110_roster_gaps_now\{unit="power",post="RESCUE_TEAM"\} 1$/m;
  const scrape = async () => (await fetch(`${app.baseUrl}/metrics`)).text();
  // The seeded catalogue keeps no roster: the power company (a 24-hour unit) has nobody on its rescue team.
  const before = await scrape();
  expect(before).toMatch(gapLine);
  expect(before).toMatch(/^linkage110_roster_contacts_missing\{unit="power",contact="DUTY_PHONE"\} 1$/m);

  const startsAt = new Date(Date.now() - 48 * 3_600_000).toISOString();
  const saved = await app.gql(
    SaveRotationDocument,
    { input: { unitCode: 'power', post: 'RESCUE_TEAM', name: '抢修班', members: [{ name: '张伟', phone: '13800000001' }, { name: '李娜', phone: '13800000002' }], startsAt, shiftHours: 12 } },
    { token: app.token('admin') },
  );
  expect(saved.errors).toBeUndefined();
  const after = await scrape();
  expect(after).not.toMatch(gapLine);
  // Another 24-hour unit without a roster still shows its gap.
  expect(after).toMatch(/^linkage110_roster_gaps_now\{unit="[a-z-]+",post="RESCUE_TEAM"\} 1$/m);
});
