import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { MeetingReport } from './supervision.report';
import { rankingChart, rankingChartHeight, trendChart } from './supervision.report-charts';
import { cjkFontPath } from './supervision.report-font';
import { CATEGORY_LABEL, fmtRate, fmtScore, fmtSeconds, MEASURE_LABEL, STATUS_LABEL } from './supervision.report-labels';
import { KpiMetric } from './supervision.enums';

const FONT = 'cjk';
const MARGIN = 48;

/**
 * The printable report: a cover with the summary, then 一 排名 (ranking bar chart), 二 周趋势
 * (weekly score lines), 三 单位考核明细 (the per-unit table), 四 最慢单位与红黑榜, 五 问责案件,
 * 六 督办事项. Set in Noto Sans SC, A4.
 */
export async function renderPdf(report: MeetingReport): Promise<Buffer> {
  const font = await cjkFontPath();
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, info: { Title: `联席会议报告 ${report.period.key}`, Author: 'linkage110' } });
  doc.registerFont(FONT, font);
  doc.font(FONT);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const { bulletin } = report;
  const ranked = bulletin.entries.filter((e) => e.assessed);
  const apart = bulletin.entries.filter((e) => !e.assessed);
  const width = doc.page.width - 2 * MARGIN;

  doc.fontSize(20).text('110社会服务联动 联席会议报告', { align: 'center' });
  doc.moveDown(0.5).fontSize(12).text(`考核周期：${report.period.firstDay} 至 ${report.period.lastDay}（${report.period.key}）`, { align: 'center' });
  doc.text(`考核方案版本：${bulletin.schemeVersion}    统计时点：${bulletin.asOf.toISOString()}`, { align: 'center' });
  doc.moveDown();
  doc.fontSize(11).text(`参评单位 ${ranked.length} 个，不参评单位 ${apart.length} 个。`);
  if (ranked[0]) doc.text(`第一名：${ranked[0].unitName}（${fmtScore(ranked[0].score)} 分）；末名：${ranked.at(-1)!.unitName}（${fmtScore(ranked.at(-1)!.score)} 分）。`);
  doc.text(`红榜：${names(report, bulletin.redList)}`);
  doc.text(`黑榜：${names(report, bulletin.blackList)}`);
  doc.text(`问责案件：${report.cases.length} 件；未完成督办事项：${report.openFollowUps.length} 项。`);
  for (const m of report.meetings) {
    doc.moveDown(0.5).text(`会议：${m.title}（${m.heldOn}）`);
    doc.text(`参会：${m.attendees.map((a) => a.position + (a.name ? ` ${a.name}` : '')).join('、')}`);
    m.topics.forEach((t, i) => doc.text(`议题${i + 1}：${t}`));
    m.decisions.forEach((t, i) => doc.text(`决定${i + 1}：${t}`));
  }

  doc.addPage().fontSize(16).text('一、得分排名');
  doc.moveDown(0.5);
  const bars = rankingChart(ranked.map((e) => ({ name: e.unitName, score: e.score! })));
  const chartTop = doc.y;
  SVGtoPDF(doc, bars, MARGIN, chartTop, { width, fontCallback: () => FONT });
  // Under the chart (its SVG is 760 wide, drawn at the page's width), not at a fixed spot: a long
  // list of units not assessed would otherwise run past the margin onto a page of its own.
  doc.y = chartTop + rankingChartHeight(ranked.length) * (width / 760) + 10;
  if (apart.length) doc.fontSize(10).text(`不参评（本期无应考核指令）：${apart.map((e) => e.unitName).join('、')}`, MARGIN, doc.y, { width });

  doc.addPage().fontSize(16).text('二、周趋势');
  doc.moveDown(0.5);
  const top = ranked.slice(0, 8);
  const lines = trendChart(
    report.weeks.map((w) => w.week.firstDay.slice(5)),
    top.map((e) => ({ name: e.unitName, scores: report.weeks.map((w) => w.scores[e.unitCode] ?? null) })),
  );
  SVGtoPDF(doc, lines, MARGIN, doc.y, { width, fontCallback: () => FONT });
  doc.y += 360 * (width / 760) + 10;
  doc.fontSize(9);
  for (const w of report.weeks) {
    doc.text(`${w.week.firstDay}～${w.week.lastDay}：${top.map((e) => `${e.unitName} ${fmtScore(w.scores[e.unitCode] ?? null)}`).join('；')}`, MARGIN, doc.y, { width });
  }

  doc.addPage().fontSize(16).text('三、单位考核明细');
  doc.moveDown(0.5);
  const cols = [
    { title: '排名', w: 30 },
    { title: '单位', w: 130 },
    { title: '得分', w: 42 },
    { title: '变化', w: 40 },
    { title: '指令', w: 32 },
    { title: '及时签收率', w: 58 },
    { title: '到场及时率', w: 58 },
    { title: '按时办结率', w: 58 },
    { title: '满意率', w: 50 },
  ];
  row(doc, cols, cols.map((c) => c.title), true);
  for (const e of bulletin.entries) {
    const rate = (m: KpiMetric) => fmtRate(e.assessment.figures.find((f) => f.metric === m)?.rate);
    row(doc, cols, [
      e.rank === null || e.rank === undefined ? '—' : String(e.rank),
      e.unitName,
      fmtScore(e.score),
      e.change === null || e.change === undefined ? '—' : (e.change > 0 ? '+' : '') + e.change.toFixed(2),
      String(e.assessment.ordersReceived),
      rate(KpiMetric.TIMELY_SIGN_RATE),
      rate(KpiMetric.TIMELY_ARRIVAL_RATE),
      rate(KpiMetric.ON_TIME_COMPLETION_RATE),
      rate(KpiMetric.SATISFACTION_RATE),
    ]);
  }

  doc.addPage().fontSize(16).text('四、最慢单位与红黑榜');
  doc.moveDown(0.5).fontSize(11);
  for (const s of bulletin.slowest) doc.text(`${MEASURE_LABEL[s.measure] ?? s.measure}最慢：${s.unitName}（90分位 ${fmtSeconds(s.p90Seconds)}）`);
  doc.moveDown(0.5).text(`红榜（得分不低于方案红榜线）：${names(report, bulletin.redList)}`);
  doc.text(`黑榜（得分低于方案黑榜线）：${names(report, bulletin.blackList)}`);

  doc.moveDown().fontSize(16).text('五、问责案件');
  doc.moveDown(0.5).fontSize(10);
  if (report.cases.length === 0) doc.text('本期无问责案件。');
  report.cases.forEach((c, i) => {
    doc.text(`${i + 1}. 【${CATEGORY_LABEL[c.category]}】${c.unit.name}（${STATUS_LABEL[c.status]}）${c.summary}`, { width });
    if (c.decision) doc.text(`    处理决定：${c.decision}`, { width });
    if (c.statement) doc.text(`    申辩：${c.statement}`, { width });
  });

  doc.moveDown().fontSize(16).text('六、督办事项（未完成）');
  doc.moveDown(0.5).fontSize(10);
  if (report.openFollowUps.length === 0) doc.text('无未完成督办事项。');
  report.openFollowUps.forEach((f, i) => doc.text(`${i + 1}. ${f.unit.name}：${f.item}（期限 ${f.dueOn}，${f.meeting.title}）`, { width }));

  doc.end();
  return done;
}

function names(report: MeetingReport, codes: string[]): string {
  if (codes.length === 0) return '无';
  return codes.map((code) => report.bulletin.entries.find((e) => e.unitCode === code)?.unitName ?? code).join('、');
}

function row(doc: PDFKit.PDFDocument, cols: { w: number }[], cells: string[], header = false): void {
  const height = 16;
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
  const y = doc.y;
  let x = MARGIN;
  doc.fontSize(header ? 8.5 : 8);
  cells.forEach((cell, i) => {
    doc.text(cell, x + 2, y + 4, { width: cols[i]!.w - 4, height: height - 4, lineBreak: false, ellipsis: true });
    x += cols[i]!.w;
  });
  doc.moveTo(MARGIN, y + height).lineTo(x, y + height).lineWidth(0.3).stroke();
  doc.x = MARGIN;
  doc.y = y + height;
}
