import { ReportFormat } from './supervision.enums';
import { renderPdf } from './supervision.report-pdf';
import type { MeetingReport } from './supervision.report';
import { renderXlsx } from './supervision.report-xlsx';

export interface RenderedReport {
  filename: string;
  contentType: string;
  size: number;
  base64: string;
}

export async function renderReport(report: MeetingReport, format: ReportFormat): Promise<RenderedReport> {
  const name = `联席会议报告-${report.period.key.replace(/[:.]/g, '_')}`;
  const bytes = format === ReportFormat.XLSX ? await renderXlsx(report) : await renderPdf(report);
  return {
    filename: `${name}.${format === ReportFormat.XLSX ? 'xlsx' : 'pdf'}`,
    contentType: format === ReportFormat.XLSX ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'application/pdf',
    size: bytes.length,
    base64: bytes.toString('base64'),
  };
}
