import { registerBilingualEnum } from '../../common/enums';

export enum MisconductCategory {
  LEAVING_POST = 'LEAVING_POST',
  SLACKING = 'SLACKING',
  DISOBEYING_ORDER = 'DISOBEYING_ORDER',
  SHIRKING = 'SHIRKING',
  DELAY = 'DELAY',
}

registerBilingualEnum(MisconductCategory, 'MisconductCategory', '问责情形 grounds for accountability (notice section 六)', {
  LEAVING_POST: '擅离职守 leaving one\'s post',
  SLACKING: '消极怠工 slacking',
  DISOBEYING_ORDER: '不服从指令 refusing an order',
  SHIRKING: '遇事推诿 shirking',
  DELAY: '贻误时机 a delay that missed the moment',
});

export enum MisconductConsequence {
  MEDIA_EXPOSURE = 'MEDIA_EXPOSURE',
  PUBLIC_COMPLAINT = 'PUBLIC_COMPLAINT',
  MAJOR_LOSS = 'MAJOR_LOSS',
}

registerBilingualEnum(MisconductConsequence, 'MisconductConsequence', '后果 consequence of the misconduct (notice section 六)', {
  MEDIA_EXPOSURE: '媒体曝光 media exposure',
  PUBLIC_COMPLAINT: '群众投诉 public complaints',
  MAJOR_LOSS: '重大损失 major loss',
});

export enum CaseStatus {
  PROPOSED = 'PROPOSED',
  OPENED = 'OPENED',
  DECIDED = 'DECIDED',
  DISMISSED = 'DISMISSED',
}

registerBilingualEnum(CaseStatus, 'CaseStatus', '问责案件状态 state of an accountability case', {
  PROPOSED: '拟立案 proposed by the rule pass from the recorded facts, waiting for the office',
  OPENED: '已立案 opened by the leadership office',
  DECIDED: '已决定 decided',
  DISMISSED: '不予问责 dismissed',
});

export enum CaseEventKind {
  CASE_PROPOSED = 'CASE_PROPOSED',
  CASE_OPENED = 'CASE_OPENED',
  CASE_DECIDED = 'CASE_DECIDED',
  CASE_DISMISSED = 'CASE_DISMISSED',
  STATEMENT_FILED = 'STATEMENT_FILED',
}

registerBilingualEnum(CaseEventKind, 'CaseEventKind', '案件记录类型 kind of recorded change of an accountability case', {
  CASE_PROPOSED: '拟立案 the rule pass proposed the case with its evidence',
  CASE_OPENED: '立案 the office opened the case',
  CASE_DECIDED: '决定 the office decided the case',
  CASE_DISMISSED: '不予问责 the office dismissed the case',
  STATEMENT_FILED: '申辩 the unit filed its statement',
});

export enum CallbackSatisfaction {
  SATISFIED = 'SATISFIED',
  BASICALLY_SATISFIED = 'BASICALLY_SATISFIED',
  UNSATISFIED = 'UNSATISFIED',
}

registerBilingualEnum(CallbackSatisfaction, 'CallbackSatisfaction', '回访满意度 what the caller said when called back', {
  SATISFIED: '满意 satisfied',
  BASICALLY_SATISFIED: '基本满意 basically satisfied',
  UNSATISFIED: '不满意 unsatisfied',
});

export enum ComplaintSource {
  PUBLIC_COMPLAINT = 'PUBLIC_COMPLAINT',
  MEDIA_EXPOSURE = 'MEDIA_EXPOSURE',
  LEADERSHIP_INSTRUCTION = 'LEADERSHIP_INSTRUCTION',
}

registerBilingualEnum(ComplaintSource, 'ComplaintSource', '投诉来源 where a complaint about the handling came from', {
  PUBLIC_COMPLAINT: '群众投诉 a complaint from the public',
  MEDIA_EXPOSURE: '媒体曝光 a media report',
  LEADERSHIP_INSTRUCTION: '领导批示 an instruction from a leader',
});

export enum PeriodKind {
  DAY = 'DAY',
  WEEK = 'WEEK',
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  CUSTOM = 'CUSTOM',
}

registerBilingualEnum(PeriodKind, 'PeriodKind', '考核周期 assessment period, in Asia/Shanghai time', {
  DAY: '日 one day',
  WEEK: '周 one week, Monday to Sunday',
  MONTH: '月 one calendar month',
  QUARTER: '季度 one calendar quarter',
  CUSTOM: '自定义 a custom range of whole days',
});

export enum KpiMetric {
  ORDERS_RECEIVED = 'ORDERS_RECEIVED',
  SIGN_RATE = 'SIGN_RATE',
  TIMELY_SIGN_RATE = 'TIMELY_SIGN_RATE',
  TIMELY_ARRIVAL_RATE = 'TIMELY_ARRIVAL_RATE',
  TIMELY_FEEDBACK_RATE = 'TIMELY_FEEDBACK_RATE',
  FEEDBACK_COMPLETENESS_RATE = 'FEEDBACK_COMPLETENESS_RATE',
  ON_TIME_COMPLETION_RATE = 'ON_TIME_COMPLETION_RATE',
  OVERDUE = 'OVERDUE',
  DISPUTE_RATE = 'DISPUTE_RATE',
  WRONG_DISPUTE_RATE = 'WRONG_DISPUTE_RATE',
  REOPEN_RATE = 'REOPEN_RATE',
  COMPLAINTS = 'COMPLAINTS',
  SATISFACTION_RATE = 'SATISFACTION_RATE',
  RESOLUTION_RATE = 'RESOLUTION_RATE',
}

registerBilingualEnum(KpiMetric, 'KpiMetric', '考核指标 an assessment figure; each links to the orders behind it', {
  ORDERS_RECEIVED: '接收指令数 orders issued to the unit in the period',
  SIGN_RATE: '签收率 sign rate: signed of the orders to assess',
  TIMELY_SIGN_RATE: '及时签收率 timely sign rate: signed by the sign deadline',
  TIMELY_ARRIVAL_RATE: '到场及时率 timely arrival rate: on the scene by the arrival deadline',
  TIMELY_FEEDBACK_RATE: '反馈及时率 timely feedback rate: first scene status, progress or result by the feedback deadline',
  FEEDBACK_COMPLETENESS_RATE: '反馈完整率 feedback completeness: arrival time, scene status and result all present',
  ON_TIME_COMPLETION_RATE: '按时办结率 on-time completion rate: completed by the feedback deadline',
  OVERDUE: '超时数 orders that missed a deadline',
  DISPUTE_RATE: '退单率 dispute rate: orders the unit disputed',
  WRONG_DISPUTE_RATE: '错退率 wrong-dispute rate: ruled disputes that were rejected',
  REOPEN_RATE: '重办率 reopen rate: completed orders whose incident was reopened',
  COMPLAINTS: '投诉数 complaints, media reports and leadership instructions about the unit\'s orders',
  SATISFACTION_RATE: '满意率 satisfaction: callbacks satisfied or basically satisfied',
  RESOLUTION_RATE: '解决率 resolution: callbacks where the caller said the problem was resolved',
});

export enum DeductionKind {
  NO_NAMED_LEADER = 'NO_NAMED_LEADER',
  PUBLIC_COMPLAINT = 'PUBLIC_COMPLAINT',
  MEDIA_EXPOSURE = 'MEDIA_EXPOSURE',
  LEADERSHIP_INSTRUCTION = 'LEADERSHIP_INSTRUCTION',
  ROSTER_GAP_HOURS = 'ROSTER_GAP_HOURS',
}

registerBilingualEnum(DeductionKind, 'DeductionKind', '扣分项 a deduction from a unit\'s score', {
  NO_NAMED_LEADER: '未明确分管领导 the unit names no responsible leader (once per period)',
  PUBLIC_COMPLAINT: '群众投诉 per public complaint',
  MEDIA_EXPOSURE: '媒体曝光 per media report',
  LEADERSHIP_INSTRUCTION: '领导批示 per leadership instruction',
  ROSTER_GAP_HOURS: '值班空档 per hour of the period the unit\'s required post had nobody on duty (no figure for periods past the roster window)',
});

export enum ReportFormat {
  XLSX = 'XLSX',
  PDF = 'PDF',
}

registerBilingualEnum(ReportFormat, 'ReportFormat', '导出格式 export format', {
  XLSX: 'Excel 表格 spreadsheet',
  PDF: 'PDF 打印版 printable PDF with charts',
});

export enum FigureOutcome {
  ALL = 'ALL',
  HIT = 'HIT',
  MISS = 'MISS',
}

registerBilingualEnum(FigureOutcome, 'FigureOutcome', '考核指令范围 which of a figure\'s orders to list', {
  ALL: '全部 every order the figure is about (its denominator)',
  HIT: '计入 the orders that count (its numerator)',
  MISS: '未达标 the orders that do not count',
});
