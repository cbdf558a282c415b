import {
  ConsoleBulletinsDocument,
  ConsoleCasesDocument,
  ConsoleDashboardDocument,
  ConsoleDecideCaseDocument,
  ConsoleDismissCaseDocument,
  ConsoleMeetingReportDocument,
  ConsoleOpenCaseDocument,
  ConsoleOversightFeedDocument,
  ConsolePublishBulletinDocument,
  ConsoleRunRulesDocument,
  ConsoleTrendDocument,
  ConsoleUnitTimesDocument,
  type ConsoleCaseFragment,
  type ConsoleDashboardQuery,
  type PeriodInput,
} from '@linkage110/client';
import { useEffect, useRef, useState } from 'preact/hooks';
import { follow } from './lib/feed';
import { idempotencyKey, request } from './lib/gql';
import { enumLabel, enumValues, seconds, t, when } from './lib/i18n';
import type { Session } from './lib/session';
import { Empty, ErrorNote, Panel, useAction, useQuery } from './lib/ui';

type Dashboard = ConsoleDashboardQuery;
type ChartOption = Record<string, unknown>;

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function shift(date: string, kind: string, steps: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const at = kind === 'MONTH' ? new Date(Date.UTC(y, m - 1 - steps, 1)) : new Date(Date.UTC(y, m - 1, d - steps * (kind === 'WEEK' ? 7 : 1)));
  return at.toISOString().slice(0, 10);
}

/** A chart drawn by the lazily loaded ECharts chunk; its figures are also in the table beside it. */
function Chart({ option, label, height = 260 }: { option: ChartOption; label: string; height?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let live = true;
    void import('./charts').then((m) => live && ref.current && m.draw(ref.current, option));
    return () => {
      live = false;
    };
  }, [JSON.stringify(option)]);
  useEffect(() => () => void import('./charts').then((m) => ref.current && m.dispose(ref.current)), []);
  return <div class="chart" ref={ref} role="img" aria-label={label} style={{ height: `${height}px` }} />;
}

const sumFigure = (data: Dashboard, metric: string) => {
  let numerator = 0;
  let denominator = 0;
  for (const a of data.unitAssessments)
    for (const f of a.figures)
      if (f.metric === metric) {
        numerator += f.numerator;
        denominator += f.denominator;
      }
  return denominator ? `${((100 * numerator) / denominator).toFixed(1)}%` : '—';
};

export function Leadership({ session }: { session: Session }) {
  const token = session.token;
  const [kind, setKind] = useState('MONTH');
  const [date, setDate] = useState(today());
  const period: PeriodInput = { kind: kind as never, date };
  const dashboard = useQuery(() => request(token, ConsoleDashboardDocument, { period }), [token, kind, date]);
  const [feedError, setFeedError] = useState<unknown>(null);
  const [refreshed, setRefreshed] = useState(0);

  // Live: a change on the desk's feed refreshes the figures, at most once in two seconds.
  const reload = dashboard.reload;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = follow(
      token,
      ConsoleOversightFeedDocument,
      () => {
        if (!timer) timer = setTimeout(() => ((timer = undefined), reload()), 2000);
      },
      setFeedError,
    );
    return () => (clearTimeout(timer), stop());
  }, [token, reload]);

  const data = dashboard.data;
  return (
    <div class="leadership">
      <form class="period-bar" onSubmit={(e) => (e.preventDefault(), reload(), setRefreshed((n) => n + 1))}>
        <label for="period-kind">{t('统计周期', 'Period')}</label>
        <select id="period-kind" value={kind} onChange={(e) => setKind(e.currentTarget.value)}>
          {['DAY', 'WEEK', 'MONTH', 'QUARTER'].map((v) => (
            <option key={v} value={v}>
              {enumLabel('PeriodKind', v)}
            </option>
          ))}
        </select>
        <label for="period-date">{t('日期', 'Date')}</label>
        <input id="period-date" type="date" value={date} onChange={(e) => setDate(e.currentTarget.value)} />
        <button type="submit">{t('刷新', 'Refresh')}</button>
        {data && (
          <span class="muted">
            {data.assessmentBulletin.period.firstDay} – {data.assessmentBulletin.period.lastDay} · {t('统计至', 'as of')} {when(data.assessmentBulletin.asOf)}
          </span>
        )}
      </form>
      <ErrorNote error={dashboard.error} />
      <ErrorNote error={feedError} />
      {data && <Kpis data={data} />}
      <div class="grid2">
        {data && <Ranking data={data} />}
        <Trend token={token} kind={kind} date={date} refreshed={refreshed} />
        {data && <TimeBands token={token} period={period} data={data} />}
        {data && <UnitTable data={data} />}
      </div>
      <div class="grid2">
        <Bulletin token={token} period={period} periodKey={data?.assessmentBulletin.period.key} />
        <MeetingReport token={token} period={period} />
      </div>
      <Cases token={token} period={period} periodKey={data?.assessmentBulletin.period.key} />
    </div>
  );
}

function Kpis({ data }: { data: Dashboard }) {
  const total = (pick: (a: Dashboard['unitAssessments'][number]) => number) => data.unitAssessments.reduce((n, a) => n + pick(a), 0);
  const cards: [string, string, string | number][] = [
    ['orders', t('接收指令', 'Orders received'), total((a) => a.ordersReceived)],
    ['sign-rate', t('签收率', 'Sign rate'), sumFigure(data, 'SIGN_RATE')],
    ['timely-sign', t('及时签收率', 'Timely sign rate'), sumFigure(data, 'TIMELY_SIGN_RATE')],
    ['timely-feedback', t('反馈及时率', 'Timely feedback'), sumFigure(data, 'TIMELY_FEEDBACK_RATE')],
    ['overdue', t('超时', 'Overdue'), total((a) => a.overdue)],
    ['disputes', t('异议', 'Disputes'), total((a) => a.disputesFiled)],
    ['complaints', t('投诉', 'Complaints'), total((a) => a.complaints)],
  ];
  return (
    <section class="kpis" aria-label={t('关键指标', 'Key figures')}>
      {cards.map(([id, label, value]) => (
        <div class="kpi" key={id} data-testid={`kpi-${id}`}>
          <span class="kpi-label">{label}</span>
          <span class="kpi-value" data-testid={`kpi-${id}-value`}>
            {value}
          </span>
        </div>
      ))}
    </section>
  );
}

function Ranking({ data }: { data: Dashboard }) {
  const entries = data.assessmentBulletin.entries.filter((e) => e.assessed && e.score !== null);
  const ordered = [...entries].reverse();
  const names = (codes: string[]) => codes.map((c) => data.assessmentBulletin.entries.find((e) => e.unitCode === c)?.unitName ?? c).join('、');
  return (
    <Panel title={t('考核排名', 'Ranking')} id="ranking">
      {entries.length === 0 ? (
        <Empty>{t('本期暂无参评单位', 'No unit assessed in this period')}</Empty>
      ) : (
        <Chart
          label={t('各单位得分排名', 'Score ranking by unit')}
          height={Math.max(200, 24 * entries.length + 50)}
          option={{
            grid: { left: 90, right: 40, top: 10, bottom: 25 },
            tooltip: {},
            xAxis: { type: 'value', min: 0, max: 100 },
            yAxis: { type: 'category', data: ordered.map((e) => e.unitName) },
            series: [{ type: 'bar', data: ordered.map((e) => e.score), label: { show: true, position: 'right' }, itemStyle: { color: '#2f6fb0' } }],
          }}
        />
      )}
      {data.assessmentBulletin.redList.length > 0 && (
        <p>
          {t('红榜', 'Red list')}: {names(data.assessmentBulletin.redList)}
        </p>
      )}
      {data.assessmentBulletin.blackList.length > 0 && (
        <p class="warn">
          {t('黑榜', 'Black list')}: {names(data.assessmentBulletin.blackList)}
        </p>
      )}
    </Panel>
  );
}

/** Six periods' bulletins: reloaded with the period or the Refresh button, not on every live change. */
function Trend({ token, kind, date, refreshed }: { token: string; kind: string; date: string; refreshed: number }) {
  const steps = [5, 4, 3, 2, 1, 0];
  const trend = useQuery(
    // One period after another: six bulletins at once would take six of the server's connections.
    async () => {
      const out = [];
      for (const s of steps) out.push(await request(token, ConsoleTrendDocument, { period: { kind: kind as never, date: shift(date, kind, s) } }));
      return out;
    },
    [token, kind, date, refreshed],
  );
  const periods = trend.data ?? [];
  const units = new Map<string, string>();
  for (const p of periods) for (const e of p.assessmentBulletin.entries) if (e.score !== null) units.set(e.unitCode, e.unitName);
  const top = [...units.keys()].slice(0, 6);
  return (
    <Panel title={t('得分趋势', 'Score trend')} id="trend">
      <ErrorNote error={trend.error} />
      {periods.length > 0 && top.length === 0 && <Empty>{t('近期暂无得分', 'No scores in recent periods')}</Empty>}
      {top.length > 0 && (
        <Chart
          label={t('近六期得分趋势', 'Scores over the last six periods')}
          option={{
            grid: { left: 40, right: 20, top: 40, bottom: 30 },
            tooltip: { trigger: 'axis' },
            legend: { top: 0 },
            xAxis: { type: 'category', data: periods.map((p) => p.assessmentBulletin.period.firstDay.slice(5)) },
            yAxis: { type: 'value', min: 0, max: 100 },
            series: top.map((code) => ({
              type: 'line',
              name: units.get(code),
              data: periods.map((p) => p.assessmentBulletin.entries.find((e) => e.unitCode === code)?.score ?? null),
            })),
          }}
        />
      )}
    </Panel>
  );
}

const MEASURES = (): [string, string][] => [
  ['SIGN', t('签收', 'Sign')],
  ['ARRIVE', t('到场', 'Arrive')],
  ['FEEDBACK', t('首次反馈', 'First feedback')],
];

function bandLabel(from: number, to: number | null | undefined): string {
  return to === null || to === undefined ? `≥${seconds(from)}` : `${seconds(from)}–${seconds(to)}`;
}

function TimeBands({ token, period, data }: { token: string; period: PeriodInput; data: Dashboard }) {
  const [measure, setMeasure] = useState('SIGN');
  const withOrders = data.unitAssessments.filter((a) => a.ordersReceived > 0);
  const [picked, setPicked] = useState('');
  const ranked = data.assessmentBulletin.entries.find((e) => e.assessed && e.score !== null)?.unitCode;
  const unitCode = picked || ranked || withOrders[0]?.unitCode || '';
  const times = useQuery(
    () => (unitCode ? request(token, ConsoleUnitTimesDocument, { period, unitCode }) : Promise.resolve(undefined)),
    [token, period.kind, period.date, unitCode, data],
  );
  const stat = times.data?.unitAssessment.times.find((s) => s.measure === measure);
  const rows = stat?.bands ?? [];
  const measures = MEASURES();
  return (
    <Panel title={t('用时分布', 'Time bands')} id="bands">
      <div class="inline-form">
        <label for="band-unit">{t('单位', 'Unit')}</label>
        <select id="band-unit" value={unitCode} onChange={(e) => setPicked(e.currentTarget.value)}>
          {data.unitAssessments.map((a) => (
            <option key={a.unitCode} value={a.unitCode}>
              {a.unitName}
            </option>
          ))}
        </select>
        <label for="band-measure">{t('环节', 'Step')}</label>
        <select id="band-measure" value={measure} onChange={(e) => setMeasure(e.currentTarget.value)}>
          {measures.map(([v, label]) => (
            <option key={v} value={v}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <ErrorNote error={times.error} />
      {stat && (
        <p class="muted">
          {t('件数', 'Count')} {stat.count} · P50 {seconds(stat.p50Seconds)} · P90 {seconds(stat.p90Seconds)}
        </p>
      )}
      {rows.every((r) => r.count === 0) ? (
        <Empty>{t('本期暂无用时数据', 'No times in this period')}</Empty>
      ) : (
        <Chart
          label={t('用时分布', 'Time bands')}
          option={{
            grid: { left: 40, right: 20, top: 20, bottom: 50 },
            tooltip: {},
            xAxis: { type: 'category', data: rows.map((r) => bandLabel(r.fromSeconds, r.toSeconds)), axisLabel: { rotate: 30 } },
            yAxis: { type: 'value', minInterval: 1 },
            series: [{ type: 'bar', data: rows.map((r) => r.count), itemStyle: { color: '#4b8f5a' } }],
          }}
        />
      )}
      {data.assessmentBulletin.slowest.length > 0 && (
        <p class="muted">
          {t('最慢', 'Slowest')}: {data.assessmentBulletin.slowest.map((s) => `${measures.find(([m]) => m === s.measure)?.[1] ?? s.measure} ${s.unitName} P90 ${seconds(s.p90Seconds)}`).join('；')}
        </p>
      )}
    </Panel>
  );
}

function UnitTable({ data }: { data: Dashboard }) {
  const metrics = ['SIGN_RATE', 'TIMELY_SIGN_RATE', 'TIMELY_ARRIVAL_RATE', 'TIMELY_FEEDBACK_RATE', 'ON_TIME_COMPLETION_RATE'];
  const rows = data.unitAssessments.filter((a) => a.ordersReceived > 0);
  return (
    <Panel title={t('单位指标', 'Figures by unit')} id="unit-figures">
      {rows.length === 0 ? (
        <Empty>{t('本期暂无指令', 'No orders in this period')}</Empty>
      ) : (
        <table class="table" data-testid="unit-figures">
          <thead>
            <tr>
              <th scope="col">{t('单位', 'Unit')}</th>
              <th scope="col">{t('指令', 'Orders')}</th>
              {metrics.map((m) => (
                <th scope="col" key={m}>
                  {enumLabel('KpiMetric', m)}
                </th>
              ))}
              <th scope="col">{t('超时', 'Overdue')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <tr key={a.unitCode} data-unit={a.unitCode}>
                <th scope="row">{a.unitName}</th>
                <td>{a.ordersReceived}</td>
                {metrics.map((m) => {
                  const rate = a.figures.find((f) => f.metric === m)?.rate;
                  return <td key={m}>{rate === null || rate === undefined ? '—' : `${rate.toFixed(1)}%`}</td>;
                })}
                <td>{a.overdue}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Panel>
  );
}

function Bulletin({ token, period, periodKey }: { token: string; period: PeriodInput; periodKey?: string }) {
  const list = useQuery(() => request(token, ConsoleBulletinsDocument, { periodKey }), [token, periodKey]);
  const [note, setNote] = useState('');
  const publish = useAction(async () => {
    await request(token, ConsolePublishBulletinDocument, { input: { period, ...(note.trim() ? { note } : {}), idempotencyKey: idempotencyKey() } });
    setNote('');
    list.reload();
  });
  return (
    <Panel title={t('考核通报', 'Bulletin')} id="bulletin">
      <form class="inline-form" onSubmit={(e) => (e.preventDefault(), void publish.run())}>
        <label for="bulletin-note">{t('通报说明', 'Note')}</label>
        <input id="bulletin-note" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        <button type="submit" disabled={publish.busy}>
          {t('发布本期通报', 'Publish this period')}
        </button>
      </form>
      <ErrorNote error={publish.error} />
      <ErrorNote error={list.error} />
      {list.data && list.data.publishedBulletins.length === 0 && <Empty>{t('本期尚未发布', 'Not published yet')}</Empty>}
      <ul>
        {list.data?.publishedBulletins.map((b) => (
          <li key={b.id}>
            {b.periodKey} v{b.version} · {when(b.asOf)} · {b.publishedBy}
            {b.note ? ` · ${b.note}` : ''}
          </li>
        ))}
      </ul>
    </Panel>
  );
}

function download(file: { filename: string; contentType: string; base64: string }) {
  const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.contentType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function MeetingReport({ token, period }: { token: string; period: PeriodInput }) {
  const action = useAction(async (format: string) => {
    const data = await request(token, ConsoleMeetingReportDocument, { period, format: format as never });
    download(data.jointMeetingReport);
  });
  return (
    <Panel title={t('联席会议报告', 'Joint meeting report')} id="meeting-report">
      <p class="muted">{t('本期通报、趋势、典型案例和未办结事项', "The period's bulletin, trends, notable cases and open follow-ups")}</p>
      <div class="actions">
        {enumValues('ReportFormat').map((f) => (
          <button key={f} type="button" onClick={() => void action.run(f)} disabled={action.busy}>
            {t('下载', 'Download')} {f}
          </button>
        ))}
      </div>
      <ErrorNote error={action.error} />
    </Panel>
  );
}

function Evidence({ evidence }: { evidence: unknown }) {
  if (evidence === null || typeof evidence !== 'object') return <span>{String(evidence)}</span>;
  const entries = Array.isArray(evidence) ? evidence.map((v, i) => [String(i + 1), v] as const) : Object.entries(evidence);
  return (
    <dl class="evidence">
      {entries.map(([k, v]) => (
        <>
          <dt key={`${k}-k`}>{k}</dt>
          <dd key={`${k}-v`}>{v !== null && typeof v === 'object' ? <Evidence evidence={v} /> : String(v)}</dd>
        </>
      ))}
    </dl>
  );
}

function Cases({ token, period, periodKey }: { token: string; period: PeriodInput; periodKey?: string }) {
  const list = useQuery(() => request(token, ConsoleCasesDocument, { periodKey }), [token, periodKey]);
  const run = useAction(async () => {
    await request(token, ConsoleRunRulesDocument, { input: { period, idempotencyKey: idempotencyKey() } });
    list.reload();
  });
  const cases = list.data?.accountabilityCases ?? [];
  return (
    <Panel title={t('问责案件', 'Accountability cases')} id="cases">
      <button type="button" onClick={() => void run.run()} disabled={run.busy}>
        {t('运行问责规则', 'Run the rules')}
      </button>
      <ErrorNote error={run.error} />
      <ErrorNote error={list.error} />
      {list.data && cases.length === 0 && <Empty>{t('本期无案件', 'No cases in this period')}</Empty>}
      <ul class="cases">
        {cases.map((c) => (
          <CaseItem key={c.id} token={token} item={c} onDone={list.reload} />
        ))}
      </ul>
    </Panel>
  );
}

function CaseItem({ token, item, onDone }: { token: string; item: ConsoleCaseFragment; onDone: () => void }) {
  const [decision, setDecision] = useState('');
  const open = useAction(async () => (await request(token, ConsoleOpenCaseDocument, { input: { caseId: item.id, idempotencyKey: idempotencyKey() } }), onDone()));
  const dismiss = useAction(async () => (await request(token, ConsoleDismissCaseDocument, { input: { caseId: item.id, idempotencyKey: idempotencyKey() } }), onDone()));
  const decide = useAction(async () => (await request(token, ConsoleDecideCaseDocument, { input: { caseId: item.id, decision, idempotencyKey: idempotencyKey() } }), onDone()));
  return (
    <li class="case" data-testid="case">
      <h3>
        <span class="badge">{enumLabel('CaseStatus', item.status)}</span> {item.unit.shortName} · {enumLabel('MisconductCategory', item.category)}
        {item.consequence ? ` · ${enumLabel('MisconductConsequence', item.consequence)}` : ''}
      </h3>
      <p>{item.summary}</p>
      <details>
        <summary>{t('证据', 'Evidence')}</summary>
        <Evidence evidence={item.evidence} />
      </details>
      {item.statement && (
        <p>
          {t('单位申辩', 'Statement')}: {item.statement}
        </p>
      )}
      {item.decision && (
        <p>
          {t('决定', 'Decision')}: {item.decision}
        </p>
      )}
      <ol class="timeline">
        {item.history.map((h, i) => (
          <li key={i}>
            {when(h.recordedAt)} {enumLabel('CaseEventKind', h.kind)} → {enumLabel('CaseStatus', h.toStatus)} ({h.actorRole}){h.note ? ` · ${h.note}` : ''}
          </li>
        ))}
      </ol>
      <div class="actions">
        {item.status === 'PROPOSED' && (
          <button type="button" onClick={() => void open.run()} disabled={open.busy}>
            {t('立案', 'Open')}
          </button>
        )}
        {(item.status === 'PROPOSED' || item.status === 'OPENED') && (
          <button type="button" class="secondary" onClick={() => void dismiss.run()} disabled={dismiss.busy}>
            {t('不予问责', 'Dismiss')}
          </button>
        )}
      </div>
      <ErrorNote error={open.error} />
      <ErrorNote error={dismiss.error} />
      {item.status === 'OPENED' && (
        <form class="inline-form" onSubmit={(e) => (e.preventDefault(), void decide.run())}>
          <label for={`decision-${item.id}`}>{t('处理决定', 'Decision')}</label>
          <input id={`decision-${item.id}`} value={decision} onInput={(e) => setDecision(e.currentTarget.value)} />
          <button type="submit" disabled={decide.busy}>
            {t('作出决定', 'Decide')}
          </button>
          <ErrorNote error={decide.error} />
        </form>
      )}
    </li>
  );
}
