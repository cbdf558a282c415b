import { CaseStatus, KpiMetric, MisconductCategory } from './supervision.enums';

/** Chinese labels the printed reports use (the schema carries the full bilingual descriptions). */
export const METRIC_LABEL: Record<KpiMetric, string> = {
  ORDERS_RECEIVED: '接收指令数',
  SIGN_RATE: '签收率',
  TIMELY_SIGN_RATE: '及时签收率',
  TIMELY_ARRIVAL_RATE: '到场及时率',
  TIMELY_FEEDBACK_RATE: '反馈及时率',
  FEEDBACK_COMPLETENESS_RATE: '反馈完整率',
  ON_TIME_COMPLETION_RATE: '按时办结率',
  OVERDUE: '超时数',
  DISPUTE_RATE: '退单率',
  WRONG_DISPUTE_RATE: '错退率',
  REOPEN_RATE: '重办率',
  COMPLAINTS: '投诉数',
  SATISFACTION_RATE: '满意率',
  RESOLUTION_RATE: '解决率',
};

export const CATEGORY_LABEL: Record<MisconductCategory, string> = {
  LEAVING_POST: '擅离职守',
  SLACKING: '消极怠工',
  DISOBEYING_ORDER: '不服从指令',
  SHIRKING: '遇事推诿',
  DELAY: '贻误时机',
};

export const STATUS_LABEL: Record<CaseStatus, string> = {
  PROPOSED: '拟立案',
  OPENED: '已立案',
  DECIDED: '已决定',
  DISMISSED: '不予问责',
};

export const MEASURE_LABEL: Record<string, string> = { SIGN: '签收', ARRIVE: '到场', FEEDBACK: '首次反馈' };

/** The rates shown in the per-unit tables, in this order. */
export const TABLE_METRICS: KpiMetric[] = [
  KpiMetric.SIGN_RATE,
  KpiMetric.TIMELY_SIGN_RATE,
  KpiMetric.TIMELY_ARRIVAL_RATE,
  KpiMetric.TIMELY_FEEDBACK_RATE,
  KpiMetric.FEEDBACK_COMPLETENESS_RATE,
  KpiMetric.ON_TIME_COMPLETION_RATE,
  KpiMetric.DISPUTE_RATE,
  KpiMetric.WRONG_DISPUTE_RATE,
  KpiMetric.REOPEN_RATE,
  KpiMetric.SATISFACTION_RATE,
  KpiMetric.RESOLUTION_RATE,
];

export const fmtRate = (r: number | null | undefined) => (r === null || r === undefined ? '—' : `${r.toFixed(2)}%`);
export const fmtScore = (s: number | null | undefined) => (s === null || s === undefined ? '不参评' : s.toFixed(2));
export const fmtSeconds = (s: number | null | undefined) => {
  if (s === null || s === undefined) return '—';
  if (s < 120) return `${Math.round(s)}秒`;
  if (s < 7200) return `${(s / 60).toFixed(1)}分钟`;
  return `${(s / 3600).toFixed(1)}小时`;
};
