import ExcelJS from 'exceljs';
import type { MeetingReport } from './supervision.report';
import { CATEGORY_LABEL, fmtScore, METRIC_LABEL, STATUS_LABEL, TABLE_METRICS } from './supervision.report-labels';

/** The report as a workbook: the per-unit table, the cases and the open follow-ups, one sheet each. */
export async function renderXlsx(report: MeetingReport): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'linkage110';
  book.created = report.generatedAt;

  const units = book.addWorksheet('单位考核');
  units.columns = [
    { header: '排名', key: 'rank', width: 6 },
    { header: '单位代码', key: 'code', width: 20 },
    { header: '单位名称', key: 'name', width: 28 },
    { header: '得分', key: 'score', width: 10 },
    { header: '上期得分', key: 'previous', width: 10 },
    { header: '变化', key: 'change', width: 8 },
    { header: '接收指令数', key: 'received', width: 10 },
    ...TABLE_METRICS.map((m) => ({ header: `${METRIC_LABEL[m]}(%)`, key: m, width: 12 })),
    { header: '超时数', key: 'overdue', width: 8 },
    { header: '异议数', key: 'disputes', width: 8 },
    { header: '投诉数', key: 'complaints', width: 8 },
  ];
  for (const e of report.bulletin.entries) {
    const rates = Object.fromEntries(e.assessment.figures.map((f) => [f.metric, f.rate ?? null]));
    units.addRow({
      rank: e.rank ?? '不参评',
      code: e.unitCode,
      name: e.unitName,
      score: e.score ?? fmtScore(null),
      previous: e.previousScore ?? null,
      change: e.change ?? null,
      received: e.assessment.ordersReceived,
      ...Object.fromEntries(TABLE_METRICS.map((m) => [m, rates[m]])),
      overdue: e.assessment.overdue,
      disputes: e.assessment.disputesFiled,
      complaints: e.assessment.complaints,
    });
  }
  units.getRow(1).font = { bold: true };

  const cases = book.addWorksheet('问责案件');
  cases.columns = [
    { header: '单位代码', key: 'unit', width: 20 },
    { header: '问责情形', key: 'category', width: 12 },
    { header: '规则', key: 'rule', width: 28 },
    { header: '状态', key: 'status', width: 10 },
    { header: '事实摘要', key: 'summary', width: 60 },
    { header: '处理决定', key: 'decision', width: 40 },
    { header: '申辩', key: 'statement', width: 40 },
  ];
  for (const c of report.cases) {
    cases.addRow({
      unit: c.unit.code,
      category: CATEGORY_LABEL[c.category],
      rule: c.ruleCode,
      status: STATUS_LABEL[c.status],
      summary: c.summary,
      decision: c.decision ?? '',
      statement: c.statement ?? '',
    });
  }
  cases.getRow(1).font = { bold: true };

  const followUps = book.addWorksheet('督办事项');
  followUps.columns = [
    { header: '会议', key: 'meeting', width: 28 },
    { header: '单位代码', key: 'unit', width: 20 },
    { header: '事项', key: 'item', width: 60 },
    { header: '完成期限', key: 'due', width: 12 },
  ];
  for (const f of report.openFollowUps) followUps.addRow({ meeting: f.meeting.title, unit: f.unit.code, item: f.item, due: f.dueOn });
  followUps.getRow(1).font = { bold: true };

  return Buffer.from(await book.xlsx.writeBuffer());
}
