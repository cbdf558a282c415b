/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 确认上报 a target acknowledges a report */
export type AcknowledgeEscalationInput = {
  /** 上报标识 escalation id */
  escalationId: string | number;
  /** 幂等键 client idempotency key: a retry with the same key returns the first result */
  idempotencyKey?: string | null | undefined;
  /** 说明 note */
  note?: string | null | undefined;
};

/** 操作渠道 the channel through which a change was made */
export type ActionChannel =
  /** 110接警台 at the 110 desk console */
  | 'DESK'
  /** 网格化平台 through the grid-management platform */
  | 'GRID'
  /** 电话 by phone, recorded by the desk */
  | 'PHONE'
  /** 系统 by the platform itself (time limits, reconciliation) */
  | 'SYSTEM'
  /** 单位终端 in a unit's own console or app */
  | 'UNIT_CONSOLE';

/** 临时调整 add, remove or replace a person on a post for an interval */
export type AddOverrideInput = {
  /** 结束 end */
  endsAt: string;
  /** 幂等键 client idempotency key: a retry with the same key returns the first result */
  idempotencyKey?: string | null | undefined;
  /** 方式 add, remove or replace */
  kind: OverrideKind;
  /** 备注 note */
  note?: string | null | undefined;
  /** 值班人 the person added or standing in (ADD, REPLACE) */
  personName?: string | null | undefined;
  /** 电话 their phone (ADD, REPLACE) */
  phone?: string | null | undefined;
  /** 岗位 post */
  post: RosterDuty;
  /** 被替换人 whom it removes or replaces; empty: whoever is on duty */
  replacesName?: string | null | undefined;
  /** 开始 start */
  startsAt: string;
  /** 单位代码 unit code */
  unitCode: string;
};

/** 变更指令 change an open order's urgency or instructions (at least one) */
export type AmendOrderInput = {
  /** 幂等键 client idempotency key: a retry with the same key returns the first result */
  idempotencyKey?: string | null | undefined;
  /** 处置要求 the new instructions to the unit (an empty text removes them) */
  instructions?: string | null | undefined;
  /** 说明 note */
  note?: string | null | undefined;
  /** 指令标识 order id */
  orderId: string | number;
  /** 紧急程度 the new urgency; the deadlines still owed follow it */
  urgency?: Urgency | null | undefined;
};

/** 文件格式 format of an area list */
export type AreaFileFormat =
  /** CSV文本 comma-separated UTF-8 text */
  | 'CSV'
  /** Excel表格 an XLSX workbook (first sheet) */
  | 'XLSX';

/** 区域级别 level of an area in the county */
export type AreaKind =
  /** 社区 urban community */
  | 'COMMUNITY'
  /** 县 county */
  | 'COUNTY'
  /** 网格 grid cell of the grid-management platform */
  | 'GRID_CELL'
  /** 镇 town */
  | 'TOWN'
  /** 村 village */
  | 'VILLAGE'
  /** 乡 township (xiang) */
  | 'XIANG';

/** 到场 report arrival on the scene */
export type ArriveOrderInput = {
  /** 到场时间 time of arrival */
  arrivedAt: string;
  /** 幂等键 client idempotency key: a retry with the same key returns the first result */
  idempotencyKey?: string | null | undefined;
  /** 说明 note */
  note?: string | null | undefined;
  /** 指令标识 order id */
  orderId: string | number;
};

/** 参会人员 an attendee by position */
export type AttendeeInput = {
  /** 姓名 name */
  name?: string | null | undefined;
  /** 职务 position */
  position: string;
  /** 单位代码 unit code */
  unitCode?: string | null | undefined;
};

/** 回访满意度 what the caller said when called back */
export type CallbackSatisfaction =
  /** 基本满意 basically satisfied */
  | 'BASICALLY_SATISFIED'
  /** 满意 satisfied */
  | 'SATISFIED'
  /** 不满意 unsatisfied */
  | 'UNSATISFIED';

/** 撤销 cancel an order */
export type CancelOrderInput = {
  /** 幂等键 client idempotency key: a retry with the same key returns the first result */
  idempotencyKey?: string | null | undefined;
  /** 说明 note */
  note?: string | null | undefined;
  /** 指令标识 order id */
  orderId: string | number;
  /** 撤销原因 why */
  reason: string;
};

/** 案件操作 act on an accountability case */
export type CaseActionInput = {
  /** 案件标识 case id */
  caseId: string | number;
  /** 幂等键 client idempotency key: a retry with the same key returns the first result */
  idempotencyKey?: string | null | undefined;
  /** 说明 note */
  note?: string | null | undefined;
};

/** 案件记录类型 kind of recorded change of an accountability case */
export type CaseEventKind =
  /** 决定 the office decided the case */
  | 'CASE_DECIDED'
  /** 不予问责 the office dismissed the case */
  | 'CASE_DISMISSED'
  /** 立案 the office opened the case */
  | 'CASE_OPENED'
  /** 拟立案 the rule pass proposed the case with its evidence */
  | 'CASE_PROPOSED'
  /** 申辩 the unit filed its statement */
  | 'STATEMENT_FILED';

/** 问责案件状态 state of an accountability case */
export type CaseStatus =
  /** 已决定 decided */
  | 'DECIDED'
  /** 不予问责 dismissed */
  | 'DISMISSED'
  /** 已立案 opened by the leadership office */
  | 'OPENED'
  /** 拟立案 proposed by the rule pass from the recorded facts, waiting for the office */
  | 'PROPOSED';

/** 警情定性 classification under notice section 四 */
export type Classification =
  /** 联动先期处置 threatens public safety, life, property or production safety: police respond first and units are ordered to the scene at the same time */
  | 'JOINT'
  /** 一般联动事项 a general matter ordered to the responsible unit */
  | 'LINKAGE'
  /** 无需派警 no dispatch needed (advice, misdial, nuisance) */
  | 'NO_DISPATCH'
  /** 警务类 a police matter: police dispatch only */
  | 'POLICE';

/** 定性 classification of an incident (notice section 四) */
export type ClassifyIncidentInput = {
  /** 定性 classification */
  classification: Classification;
  /** 幂等键 client idempotency key: a retry with the same key returns the first result */
  idempotencyKey?: string | null | undefined;
  /** 警情标识 incident id */
  incidentId: string | number;
  /** 重大警情 a major case, event or accident */
  major?: boolean | null | undefined;
  /** 无需派警原因 required with NO_DISPATCH */
  noDispatchReason?: NoDispatchReason | null | undefined;
  /** 说明 note */
  note?: string | null | undefined;
};

/** 结案 close an incident */
export type CloseIncidentInput = {
  /** 幂等键 client idempotency key: a retry with the same key returns the first result */
  idempotencyKey?: string | null | undefined;
  /** 警情标识 incident id */
  incidentId: string | number;
  /** 结案说明 closing note */
  note: string;
};

/** 投诉来源 where a complaint about the handling came from */
export type ComplaintSource =
  /** 领导批示 an instruction from a leader */
  | 'LEADERSHIP_INSTRUCTION'
  /** 媒体曝光 a media report */
  | 'MEDIA_EXPOSURE'
  /** 群众投诉 a complaint from the public */
  | 'PUBLIC_COMPLAINT';

/** 督办完成 report a follow-up item done */
export type CompleteFollowUpInput = {
  /** 事项标识 follow-up id */
  followUpId: string | number;
  /** 幂等键 client idempotency key: a retry with the same key returns the first result */
  idempotencyKey?: string | null | undefined;
  /** 完成情况 what was done */
  note: string;
};

/** 办结 complete an order with its result */
export type CompleteOrderInput = {
  /** 附件 attachment URLs (http or https) */
  attachmentUrls?: Array<string> | null | undefined;
  /** 办结时间 time completed (default: now) */
  completedAt?: string | null | undefined;
  /** 幂等键 client idempotency key: a retry with the same key returns the first result */
  idempotencyKey?: string | null | undefined;
  /** 说明 note */
  note?: string | null | undefined;
  /** 指令标识 order id */
  orderId: string | number;
  /** 处置结果 result */
  result: string;
};

/** 联系人 a named contact with a phone */
export type ContactInput = {
  /** 姓名 name */
  name?: string | null | undefined;
  /** 电话 phone (mobile, landline with area code, or internal short number) */
  phone?: string | null | undefined;
  /** 职务 position */
  position?: string | null | undefined;
};

/** 处理决定 the office's decision on a case */
export type DecideCaseInput = {
  /** 案件标识 case id */
  caseId: string | number;
  /** 处理决定 decision */
  decision: string;
  /** 幂等键 client idempotency key: a retry with the same key returns the first result */
  idempotencyKey?: string | null | undefined;
};

/** 扣分项 a deduction: points per occurrence */
export type DeductionInput = {
  /** 扣分项 what is deducted for */
  kind: DeductionKind;
  /** 每次扣分 points per occurrence */
  points: number;
};

/** 扣分项 a deduction from a unit's score */
export type DeductionKind =
  /** 领导批示 per leadership instruction */
  | 'LEADERSHIP_INSTRUCTION'
  /** 媒体曝光 per media report */
  | 'MEDIA_EXPOSURE'
  /** 未明确分管领导 the unit names no responsible leader (once per period) */
  | 'NO_NAMED_LEADER'
  /** 群众投诉 per public complaint */
  | 'PUBLIC_COMPLAINT'
  /** 值班空档 per hour of the period the unit's required post had nobody on duty (no figure for periods past the roster window) */
  | 'ROSTER_GAP_HOURS';

/** 删除 delete a roster item by id */
export type DeleteRosterItemInput = {
  /** 标识 id */
  id: string | number;
  /** 幂等键 client idempotency key: a retry with the same key returns the first result */
  idempotencyKey?: string | null | undefined;
};

/** 下达指令 orders to one or more units for an incident */
export type DispatchOrdersInput = {
  /** 幂等键 client idempotency key: a retry with the same key returns the first result */
  idempotencyKey?: string | null | undefined;
  /** 警情标识 incident id */
  incidentId: string | number;
  /** 重大警情 major: reported upward at the moment of dispatch */
  major?: boolean | null | undefined;
  /** 指令 one entry per unit */
  orders: Array<OrderDraftInput>;
};

/** 异议 the unit says the order is not its duty */
export type DisputeOrderInput = {
  /** 幂等键 client idempotency key: a retry with the same key returns the first result */
  idempotencyKey?: string | null | undefined;
  /** 说明 note */
  note?: string | null | undefined;
  /** 指令标识 order id */
  orderId: string | number;
  /** 异议理由 why it is not the unit's duty */
  reason: string;
};

/** 裁定 ruling on a dispute */
export type DisputeRuling =
  /** 异议不成立 the order goes back to the unit */
  | 'REJECT'
  /** 异议成立 the unit is right: cancel and reassign to the named units */
  | 'UPHOLD';

/** 值班模式 duty mode (notice section 五.二) */
export type DutyMode =
  /** 电话值班 phone duty staff who send people at once on an order */
  | 'PHONE_DUTY'
  /** 24小时值班备勤 a dedicated rescue team on 24-hour duty */
  | 'TWENTY_FOUR_HOUR_TEAM'
  /** 未明确 the notice names no mode; handled as phone duty */
  | 'UNSPECIFIED';

/** 上报 report a major incident upward */
export type EscalateIncidentInput = {
  /** 幂等键 client idempotency key: a retry with the same key returns the first result */
  idempotencyKey?: string | null | undefined;
  /** 警情标识 incident id */
  incidentId: string | number;
  /** 上报事由 why it is reported */
  reason: string;
  /** 上报对象 target codes; all targets when omitted */
  targetCodes?: Array<string> | null | undefined;
};

/** 变更类型 kind of recorded change */
export type EventKind =
  /** 回访 the desk called the caller back and recorded the answer */
  | 'CALLBACK_RECORDED'
  /** 投诉 a public complaint, media report or leadership instruction about the handling */
  | 'COMPLAINT_RECORDED'
  /** 异议不成立 the dispute was rejected: the order goes back to the unit */
  | 'DISPUTE_REJECTED'
  /** 异议成立 the dispute was upheld: the order is cancelled and reassigned */
  | 'DISPUTE_UPHELD'
  /** 缺口上报 an order issued into a roster gap was escalated to the unit's responsible leader and liaison */
  | 'ESCALATED_FOR_ROSTER_GAP'
  /** 通知分管领导 an overdue order was escalated to the unit's responsible leader */
  | 'ESCALATED_TO_UNIT_LEADER'
  /** 确认上报 a target acknowledged a report */
  | 'ESCALATION_ACKNOWLEDGED'
  /** 反馈 scene status or progress was fed back */
  | 'FEEDBACK_RECORDED'
  /** 网格记录领先 the grid platform holds a newer state than ours; check with the unit */
  | 'GRID_DIVERGENCE'
  /** 网格对账 the order was sent to the grid platform again after reconciliation */
  | 'GRID_RECONCILED'
  /** 定性 the incident was classified (NO_DISPATCH closes it) */
  | 'INCIDENT_CLASSIFIED'
  /** 结案 the incident was closed */
  | 'INCIDENT_CLOSED'
  /** 派单 the first orders of the incident were issued */
  | 'INCIDENT_DISPATCHED'
  /** 上报 the incident was reported to a target (县委, 县政府, 领导小组) */
  | 'INCIDENT_ESCALATED'
  /** 重复报警 this call was linked to an open incident about the same matter and closed as its repeat */
  | 'INCIDENT_LINKED_AS_REPEAT'
  /** 重办 a closed incident was reopened to be handled again */
  | 'INCIDENT_REOPENED'
  /** 接警 a call for help recorded as an incident */
  | 'INCIDENT_REPORTED'
  /** 变更指令 the desk changed the order's urgency or instructions (deadlines follow a new urgency) */
  | 'ORDER_AMENDED'
  /** 到场 the unit reported arrival on the scene */
  | 'ORDER_ARRIVED'
  /** 撤销 the order was cancelled */
  | 'ORDER_CANCELLED'
  /** 办结 the order was completed with its result */
  | 'ORDER_COMPLETED'
  /** 异议 the unit said the order is not its duty */
  | 'ORDER_DISPUTED'
  /** 下达指令 an order was issued to a unit */
  | 'ORDER_ISSUED'
  /** 超时 the order missed a deadline */
  | 'ORDER_OVERDUE'
  /** 签收 the unit signed for the order */
  | 'ORDER_SIGNED'
  /** 电话通知 the desk recorded that the unit was told by phone */
  | 'PHONE_NOTIFICATION_RECORDED'
  /** 关联重复报警 a repeat call about this incident was linked to it */
  | 'REPEAT_CALL_LINKED'
  /** 值班缺口日报 the daily coverage report found roster gaps or missing contacts of a unit in the next 7 days */
  | 'ROSTER_COVERAGE_GAPS'
  /** 值班缺口 the order was issued while nobody was on the unit's required post */
  | 'ROSTER_GAP';

/** 反馈类型 kind of feedback (notice 四.4) */
export type FeedbackKind =
  /** 到场时间 time of arrival */
  | 'ARRIVAL'
  /** 处置中 progress */
  | 'PROGRESS'
  /** 处置结果 result */
  | 'RESULT'
  /** 现场现状 the situation on the scene */
  | 'SCENE_STATUS';

/** 反馈 feed back scene status, progress or result (may repeat) */
export type FeedbackOrderInput = {
  /** 附件 attachment URLs (http or https) */
  attachmentUrls?: Array<string> | null | undefined;
  /** 幂等键 client idempotency key: a retry with the same key returns the first result */
  idempotencyKey?: string | null | undefined;
  /** 反馈类型 SCENE_STATUS or PROGRESS (a RESULT is sent with completeOrder, which completes the order) */
  kind: FeedbackKind;
  /** 说明 note */
  note?: string | null | undefined;
  /** 指令标识 order id */
  orderId: string | number;
  /** 反馈时间 time the feedback is for (default: now) */
  reportedAt?: string | null | undefined;
  /** 反馈内容 what the unit reports */
  text: string;
};

/** 考核指令范围 which of a figure's orders to list */
export type FigureOutcome =
  /** 全部 every order the figure is about (its denominator) */
  | 'ALL'
  /** 计入 the orders that count (its numerator) */
  | 'HIT'
  /** 未达标 the orders that do not count */
  | 'MISS';

/** 申辩 the unit's statement on a case */
export type FileCaseStatementInput = {
  /** 案件标识 case id */
  caseId: string | number;
  /** 幂等键 client idempotency key: a retry with the same key returns the first result */
  idempotencyKey?: string | null | undefined;
  /** 申辩内容 statement */
  statement: string;
};

/** 固定班次 a fixed shift */
export type FixedShiftInput = {
  /** 结束 end */
  endsAt: string;
  /** 值班人 person */
  personName: string;
  /** 电话 phone */
  phone: string;
  /** 开始 start */
  startsAt: string;
};

/** 督办事项 a follow-up item assigned to a unit */
export type FollowUpInput = {
  /** 完成期限 due day (YYYY-MM-DD) */
  dueOn: string;
  /** 事项 what the unit must do */
  item: string;
  /** 单位代码 unit code */
  unitCode: string;
};

/** 网格反馈 one report from a grid worker, as the webhook carries it */
export type GridFeedbackInput = {
  /** 附件 attachment URLs */
  attachmentUrls?: Array<string> | null | undefined;
  /** 事件标识 the grid platform's event id; also the idempotency key */
  eventId: string;
  /** 幂等键 client idempotency key: a retry with the same key returns the first result */
  idempotencyKey?: string | null | undefined;
  /** 反馈类型 kind */
  kind: GridFeedbackKind;
  /** 发生时间 when it happened, per the worker */
  occurredAt: string;
  /** 任务标识 taskId: our order id */
  taskId: string | number;
  /** 内容 text */
  text?: string | null | undefined;
  /** 网格员 worker's name */
  workerName?: string | null | undefined;
};

/** 网格反馈类型 kind of report from a grid worker (docs/GRID.md) */
export type GridFeedbackKind =
  /** 到场 arrived on the scene */
  | 'ARRIVED'
  /** 补充材料 attachments only */
  | 'ATTACHMENT'
  /** 处置中 progress */
  | 'PROGRESS'
  /** 处置结果 result: done */
  | 'RESULT'
  /** 回退 not the unit's duty */
  | 'RETURNED'
  /** 现场现状 scene status */
  | 'SCENE_STATUS'
  /** 签收 signed for */
  | 'SIGNED';

/** 同步状态 state of mirroring an order into the grid platform */
export type GridSyncState =
  /** 死信 given up after the retry window; an administrator may replay it */
  | 'DEAD'
  /** 已同步 the grid platform holds the order as it is now */
  | 'DELIVERED'
  /** 未下发 cancelled before it ever reached the grid platform: it never held the order and is told nothing */
  | 'NOT_SENT'
  /** 待发送 waiting to be sent */
  | 'PENDING'
  /** 重试中 the grid platform failed; retrying at nextAttemptAt */
  | 'RETRYING'
  /** 不适用 the unit is not on the grid platform */
  | 'SKIPPED';

/** 导入区域 a list of areas to add or change, one per row, all or nothing */
export type ImportAreasInput = {
  /** 内容 the file, base64-encoded; header row 区域代码 code, 名称 name, 英文名 English name, 级别 level, 上级代码 parent code, 边界 boundary (GeoJSON) */
  contentBase64: string;
  /** 格式 XLSX or CSV */
  format: AreaFileFormat;
  /** 幂等键 client idempotency key: a retry with the same key returns the first result */
  idempotencyKey?: string | null | undefined;
};

/** 警情筛选 incident list filter; all given conditions must hold */
export type IncidentFilter = {
  /** 区域代码 in this area or any area below it */
  areaCode?: string | null | undefined;
  /** 定性 any of these classifications */
  classifications?: Array<Classification> | null | undefined;
  /** 有异议 only incidents with (true) or without (false) an order disputed and waiting for a ruling */
  disputed?: boolean | null | undefined;
  /** 标识 only these incidents */
  ids?: Array<string | number> | null | undefined;
  /** 报警方式 only calls that came in through this intake channel */
  intakeChannel?: IntakeChannel | null | undefined;
  /** 重大警情 only major (true) or only ordinary (false) incidents */
  major?: boolean | null | undefined;
  /** 下达渠道 only incidents with an order sent through this channel */
  orderChannel?: OrderChannel | null | undefined;
  /** 超时 only incidents with (true) or without (false) an overdue open order */
  overdue?: boolean | null | undefined;
  /** 接警时间起 received at or after */
  receivedFrom?: string | null | undefined;
  /** 接警时间止 received before */
  receivedTo?: string | null | undefined;
  /** 搜索 words separated by spaces, all of which must match description, address, caller, callback number or case number (newest first; searchIncidents ranks best match first) */
  search?: string | null | undefined;
  /** 状态 any of these states */
  statuses?: Array<IncidentStatus> | null | undefined;
  /** 单位代码 only incidents with an order to this unit */
  unitCode?: string | null | undefined;
};

/** 警情检索 a search of incidents, best match first */
export type IncidentSearchInput = {
  /** 仅未结案 only incidents not yet closed */
  openOnly?: boolean | null | undefined;
  /** 接警时间起 received at or after */
  receivedFrom?: string | null | undefined;
  /** 接警时间止 received before */
  receivedTo?: string | null | undefined;
  /** 检索词 words separated by spaces, all of which must match description, address, caller, callback number or case number */
  text: string;
};

/** 警情排序 order of an incident list */
export type IncidentSort =
  /** 按最近时限 earliest next deadline first; incidents without one last */
  | 'NEXT_DEADLINE'
  /** 超时优先 incidents with an overdue open order first, then by earliest next deadline */
  | 'OVERDUE_FIRST'
  /** 按接警时间 newest call first */
  | 'RECEIVED_AT';

/** 警情状态 state of an incident */
export type IncidentStatus =
  /** 已定性 classified, no unit ordered yet */
  | 'CLASSIFIED'
  /** 已结案 closed */
  | 'CLOSED'
  /** 已派单 orders issued to units */
  | 'DISPATCHED'
  /** 已接警 received, not yet classified */
  | 'RECEIVED';

/** 报警方式 how the call for help reached the 110 desk */
export type IntakeChannel =
  /** 110电话 a 110 phone call */
  | 'CALL_110'
  /** 网格转入 passed on by the grid-management platform */
  | 'GRID'
  /** 网络报警 online report */
  | 'ONLINE'
  /** 110短信 a 110 text message */
  | 'SMS_110'
  /** 来访 in person */
  | 'WALK_IN';

/** 日历订阅 issue a calendar feed URL for a unit */
export type IssueCalendarTokenInput = {
  /** 幂等键 client idempotency key: a retry with the same key returns the first result */
  idempotencyKey?: string | null | undefined;
  /** 单位代码 unit code */
  unitCode: string;
};

/** 考核指标 an assessment figure; each links to the orders behind it */
export type KpiMetric =
  /** 投诉数 complaints, media reports and leadership instructions about the unit's orders */
  | 'COMPLAINTS'
  /** 退单率 dispute rate: orders the unit disputed */
  | 'DISPUTE_RATE'
  /** 反馈完整率 feedback completeness: arrival time, scene status and result all present */
  | 'FEEDBACK_COMPLETENESS_RATE'
  /** 按时办结率 on-time completion rate: completed by the feedback deadline */
  | 'ON_TIME_COMPLETION_RATE'
  /** 接收指令数 orders issued to the unit in the period */
  | 'ORDERS_RECEIVED'
  /** 超时数 orders that missed a deadline */
  | 'OVERDUE'
  /** 重办率 reopen rate: completed orders whose incident was reopened */
  | 'REOPEN_RATE'
  /** 解决率 resolution: callbacks where the caller said the problem was resolved */
  | 'RESOLUTION_RATE'
  /** 满意率 satisfaction: callbacks satisfied or basically satisfied */
  | 'SATISFACTION_RATE'
  /** 签收率 sign rate: signed of the orders to assess */
  | 'SIGN_RATE'
  /** 到场及时率 timely arrival rate: on the scene by the arrival deadline */
  | 'TIMELY_ARRIVAL_RATE'
  /** 反馈及时率 timely feedback rate: first scene status, progress or result by the feedback deadline */
  | 'TIMELY_FEEDBACK_RATE'
  /** 及时签收率 timely sign rate: signed by the sign deadline */
  | 'TIMELY_SIGN_RATE'
  /** 错退率 wrong-dispute rate: ruled disputes that were rejected */
  | 'WRONG_DISPUTE_RATE';

/** 领导机构 the leadership group or its office (notice attachment 1) */
export type LeadershipBody =
  /** 领导小组 the 110 social-linkage leadership group */
  | 'GROUP'
  /** 领导小组办公室 the group's office, seated at the police bureau */
  | 'OFFICE';

/** 职位 role within the leadership group or office */
export type LeadershipRole =
  /** 副主任 office deputy director */
  | 'DEPUTY_DIRECTOR'
  /** 副组长 deputy group leader */
  | 'DEPUTY_LEADER'
  /** 主任 office director */
  | 'DIRECTOR'
  /** 组长 group leader */
  | 'LEADER'
  /** 成员 member */
  | 'MEMBER';

/** 关联重复报警 link a new call to the open incident it repeats, instead of dispatching twice */
export type LinkIncidentInput = {
  /** 幂等键 client idempotency key: a retry with the same key returns the first result */
  idempotencyKey?: string | null | undefined;
  /** 重复来电 the new call (not yet dispatched); it is closed as a repeat (NO_DISPATCH, DUPLICATE) */
  incidentId: string | number;
  /** 说明 note */
  note?: string | null | undefined;
  /** 原警情 the open incident it repeats; it keeps being handled and records the link */
  repeatOfId: string | number;
};

/** 轮班成员 a member of a rotation */
export type MemberInput = {
  /** 姓名 name */
  name: string;
  /** 电话 phone */
  phone: string;
};

/** 计分曲线 how one metric scores: points = weight − slope × (100 − rate%), 0 below floor, at most cap */
export type MetricCurveInput = {
  /** 上限 most points the metric can give */
  cap: number;
  /** 下限 rate (percent) below which the metric scores 0 */
  floor: number;
  /** 指标 metric (a rate) */
  metric: KpiMetric;
  /** 斜率 points lost per percentage point below 100% */
  slope: number;
  /** 权重 points at 100% */
  weight: number;
};

/** 问责情形 grounds for accountability (notice section 六) */
export type MisconductCategory =
  /** 贻误时机 a delay that missed the moment */
  | 'DELAY'
  /** 不服从指令 refusing an order */
  | 'DISOBEYING_ORDER'
  /** 擅离职守 leaving one's post */
  | 'LEAVING_POST'
  /** 遇事推诿 shirking */
  | 'SHIRKING'
  /** 消极怠工 slacking */
  | 'SLACKING';

/** 后果 consequence of the misconduct (notice section 六) */
export type MisconductConsequence =
  /** 重大损失 major loss */
  | 'MAJOR_LOSS'
  /** 媒体曝光 media exposure */
  | 'MEDIA_EXPOSURE'
  /** 群众投诉 public complaints */
  | 'PUBLIC_COMPLAINT';

/** 缺少联系人 a contact the unit has not named */
export type MissingContact =
  /** 值班电话 no duty phone */
  | 'DUTY_PHONE'
  /** 联络员 no liaison with a phone */
  | 'LIAISON'
  /** 分管领导 no responsible leader with a phone */
  | 'RESPONSIBLE_LEADER';

/** 无需派警原因 why a call needs no dispatch */
export type NoDispatchReason =
  /** 咨询已解答 advice given on the phone */
  | 'ADVICE_GIVEN'
  /** 重复报警 duplicate of an incident already received */
  | 'DUPLICATE'
  /** 误拨 misdial */
  | 'MISDIAL'
  /** 骚扰电话 nuisance call */
  | 'NUISANCE'
  /** 其他 other, see the note */
  | 'OTHER';

/** 下达渠道 how the order reaches the unit */
export type OrderChannel =
  /** 网格化平台 through the grid platform's online-office module */
  | 'GRID'
  /** 电话通知 by direct phone call (emergencies) */
  | 'PHONE';

/** 派单 one order to one unit */
export type OrderDraftInput = {
  /** 下达渠道 GRID for general matters, PHONE in emergencies */
  channel: OrderChannel;
  /** 处置要求 instructions */
  instructions?: string | null | undefined;
  /** 单位代码 unit code */
  unitCode: string;
  /** 紧急程度 urgency */
  urgency: Urgency;
};

/** 指令筛选 order list filter; all given conditions must hold */
export type OrderFilter = {
  /** 渠道 sent through this channel */
  channel?: OrderChannel | null | undefined;
  /** 警情 orders of this incident */
  incidentId?: string | number | null | undefined;
  /** 下达时间起 issued at or after */
  issuedFrom?: string | null | undefined;
  /** 下达时间止 issued before */
  issuedTo?: string | null | undefined;
  /** 超时 only overdue (true) or only on-time (false) orders */
  overdue?: boolean | null | undefined;
  /** 状态 any of these states */
  statuses?: Array<OrderStatus> | null | undefined;
  /** 单位代码 orders to this unit */
  unitCode?: string | null | undefined;
  /** 紧急程度 any of these urgencies */
  urgencies?: Array<Urgency> | null | undefined;
};

/** 指令排序 order of an order list */
export type OrderSort =
  /** 按下达时间 newest order first */
  | 'ISSUED_AT'
  /** 按最近时限 earliest next deadline first; orders that owe none last */
  | 'NEXT_DEADLINE'
  /** 超时优先 overdue open orders first, then by earliest next deadline */
  | 'OVERDUE_FIRST';

/** 指令状态 state of an order to a unit */
export type OrderStatus =
  /** 已撤销 cancelled */
  | 'CANCELLED'
  /** 已办结 completed, result fed back */
  | 'COMPLETED'
  /** 有异议 the unit says it is not its duty; waiting for a ruling */
  | 'DISPUTED'
  /** 处置中 being handled, progress fed back */
  | 'HANDLING'
  /** 已下达 issued, waiting for the unit to sign for it */
  | 'ISSUED'
  /** 已到场 the unit's people are on the scene */
  | 'ON_SCENE'
  /** 已签收 signed for by the unit */
  | 'SIGNED';

/** 临时调整 how an override changes the rotation for an interval */
export type OverrideKind =
  /** 加派 add a person alongside whoever is on duty */
  | 'ADD'
  /** 撤下 take a person off duty */
  | 'REMOVE'
  /** 替班 a person stands in for another */
  | 'REPLACE';

/** 考核周期 an assessment period in Asia/Shanghai time */
export type PeriodInput = {
  /** 日期 a day inside the period (YYYY-MM-DD); for CUSTOM the first day */
  date: string;
  /** 周期类型 day, week, month, quarter or custom */
  kind: PeriodKind;
  /** 截止日期 CUSTOM only: the last day, inclusive (YYYY-MM-DD) */
  to?: string | null | undefined;
};

/** 考核周期 assessment period, in Asia/Shanghai time */
export type PeriodKind =
  /** 自定义 a custom range of whole days */
  | 'CUSTOM'
  /** 日 one day */
  | 'DAY'
  /** 月 one calendar month */
  | 'MONTH'
  /** 季度 one calendar quarter */
  | 'QUARTER'
  /** 周 one week, Monday to Sunday */
  | 'WEEK';

/** 报警地点 where it happened */
export type PlaceInput = {
  /** 详细地址 address as the caller told it */
  address?: string | null | undefined;
  /** 区域代码 area (township, village, community or grid cell) code */
  areaCode?: string | null | undefined;
  /** 纬度 latitude (WGS-84) */
  latitude?: number | null | undefined;
  /** 经度 longitude (WGS-84) */
  longitude?: number | null | undefined;
};

/** 发布通报 freeze the bulletin of a period */
export type PublishBulletinInput = {
  /** 幂等键 client idempotency key: a retry with the same key returns the first result */
  idempotencyKey?: string | null | undefined;
  /** 说明 note, e.g. what this version corrects */
  note?: string | null | undefined;
  /** 周期 period */
  period: PeriodInput;
};

/** 回访 the desk called the caller back about an order */
export type RecordCallbackInput = {
  /** 回访时间 when the call took place (default: now) */
  calledAt?: string | null | undefined;
  /** 幂等键 client idempotency key: a retry with the same key returns the first result */
  idempotencyKey?: string | null | undefined;
  /** 说明 note */
  note?: string | null | undefined;
  /** 指令标识 the order the callback is about */
  orderId: string | number;
  /** 是否解决 whether the caller says the problem was resolved */
  resolved: boolean;
  /** 满意度 satisfied, basically satisfied or unsatisfied */
  satisfaction: CallbackSatisfaction;
};

/** 投诉 a complaint, media report or leadership instruction about the handling of an incident or order */
export type RecordComplaintInput = {
  /** 幂等键 client idempotency key: a retry with the same key returns the first result */
  idempotencyKey?: string | null | undefined;
  /** 警情标识 the incident it is about (give this or orderId) */
  incidentId?: string | number | null | undefined;
  /** 指令标识 the order it is about */
  orderId?: string | number | null | undefined;
  /** 收到时间 when it was received (default: now) */
  receivedAt?: string | null | undefined;
  /** 来源 source */
  source: ComplaintSource;
  /** 内容 what the complaint says */
  text: string;
  /** 单位代码 the unit it is about; with only incidentId, one of the units ordered to it */
  unitCode?: string | null | undefined;
};

/** 联席会议 a joint meeting as held */
export type RecordJointMeetingInput = {
  /** 参会人员 attendees */
  attendees: Array<AttendeeInput>;
  /** 会议决定 decisions */
  decisions: Array<string>;
  /** 督办事项 follow-up items */
  followUps: Array<FollowUpInput>;
  /** 会议日期 day held (YYYY-MM-DD) */
  heldOn: string;
  /** 幂等键 client idempotency key: a retry with the same key returns the first result */
  idempotencyKey?: string | null | undefined;
  /** 会议名称 title */
  title: string;
  /** 议题 topics */
  topics: Array<string>;
};

/** 电话通知 record that the unit was notified by phone */
export type RecordPhoneNotificationInput = {
  /** 接听人 who took the call at the unit */
  contactName: string;
  /** 幂等键 client idempotency key: a retry with the same key returns the first result */
  idempotencyKey?: string | null | undefined;
  /** 说明 note */
  note?: string | null | undefined;
  /** 通知时间 time of the call (default: now) */
  notifiedAt?: string | null | undefined;
  /** 指令标识 order id */
  orderId: string | number;
  /** 通知电话 number called */
  phone?: string | null | undefined;
};

/** 来源 where a catalogue record comes from */
export type RecordSource =
  /** 管理员 added by an administrator */
  | 'ADMIN'
  /** 通知 seeded from the county notice */
  | 'NOTICE';

/** 关联原因 why another call is shown as related */
export type RelatedCallReason =
  /** 同一回拨电话 the same callback number within 30 days */
  | 'SAME_CALLBACK_NUMBER'
  /** 重复报警 the same place and matter within 6 hours */
  | 'SAME_PLACE_AND_MATTER';

/** 重办 reopen a closed incident to be handled again */
export type ReopenIncidentInput = {
  /** 幂等键 client idempotency key: a retry with the same key returns the first result */
  idempotencyKey?: string | null | undefined;
  /** 警情标识 incident id */
  incidentId: string | number;
  /** 重办原因 why it must be handled again (caller unsatisfied, problem came back, ...) */
  reason: string;
};

/** 重放死信 send dead-lettered orders to the grid platform again */
export type ReplayGridDeadLettersInput = {
  /** 幂等键 client idempotency key: a retry with the same key returns the first result */
  idempotencyKey?: string | null | undefined;
  /** 指令 only these orders; all dead letters when omitted */
  orderIds?: Array<string | number> | null | undefined;
};

/** 导出格式 export format */
export type ReportFormat =
  /** PDF 打印版 printable PDF with charts */
  | 'PDF'
  /** Excel 表格 spreadsheet */
  | 'XLSX';

/** 接警 a call for help as the desk takes it */
export type ReportIncidentInput = {
  /** 回拨电话 callback number */
  callbackNumber?: string | null | undefined;
  /** 报警人 caller's name */
  callerName?: string | null | undefined;
  /** 警情描述 what happened */
  description: string;
  /** 幂等键 client idempotency key: a retry with the same key returns the first result */
  idempotencyKey?: string | null | undefined;
  /** 报警方式 intake channel */
  intakeChannel: IntakeChannel;
  /** 地点 place */
  place: PlaceInput;
  /** 接警时间 time the call was received (default: now) */
  receivedAt?: string | null | undefined;
};

/** 停用警情类别 retire a call category: suggestions stop using it */
export type RetireRoutingCategoryInput = {
  /** 类别代码 category code */
  code: string;
  /** 幂等键 client idempotency key: a retry with the same key returns the first result */
  idempotencyKey?: string | null | undefined;
};

/** 撤销访问 revoke a user's tokens issued until now */
export type RevokeAccessInput = {
  /** 幂等键 client idempotency key: a retry with the same key returns the first result */
  idempotencyKey?: string | null | undefined;
  /** 原因 reason */
  reason?: string | null | undefined;
  /** 用户标识 the user's subject (Keycloak user id, the token's sub) */
  subject: string;
};

/** 值班变更类型 kind of roster or contact change */
export type RosterChangeKind =
  /** 日历订阅 a calendar feed URL was issued */
  | 'CALENDAR_TOKEN_ISSUED'
  /** 撤销日历订阅 a calendar feed URL was revoked */
  | 'CALENDAR_TOKEN_REVOKED'
  /** 值班缺口 the daily coverage check found gaps in the next 7 days */
  | 'COVERAGE_GAPS_FOUND'
  /** 上报对象电话 an escalation target's phone was set */
  | 'ESCALATION_TARGET_CONTACT_SET'
  /** 领导小组联系人 a leadership position's person or phone was set */
  | 'LEADERSHIP_CONTACT_SET'
  /** 临时调整 an override was added */
  | 'OVERRIDE_ADDED'
  /** 撤销调整 an override was deleted */
  | 'OVERRIDE_DELETED'
  /** 导入排班 a spreadsheet roster was imported */
  | 'ROSTER_IMPORTED'
  /** 轮班删除 a rotation was deleted */
  | 'ROTATION_DELETED'
  /** 轮班保存 a rotation was created or changed */
  | 'ROTATION_SAVED'
  /** 删除临时排班 a temporary roster was deleted */
  | 'TEMPORARY_DELETED'
  /** 临时排班 a temporary roster was saved */
  | 'TEMPORARY_SAVED'
  /** 单位联系人 a unit's leader, liaison or duty phone was set */
  | 'UNIT_CONTACTS_SET';

/** 适用日期 which days a rotation rule applies on */
export type RosterDays =
  /** 每天 every day */
  | 'EVERY_DAY'
  /** 休息日 weekends and statutory holidays, make-up workdays excluded */
  | 'OFF_DAYS'
  /** 工作日 working days, make-up workdays (调休上班) included, statutory holidays excluded */
  | 'WORKDAYS';

/** 值班岗位 the post a roster shift covers */
export type RosterDuty =
  /** 值班员 phone duty officer */
  | 'DUTY_OFFICER'
  /** 带班领导 leader on call */
  | 'LEADER_ON_CALL'
  /** 联络员 liaison */
  | 'LIAISON'
  /** 抢险队 24-hour rescue team */
  | 'RESCUE_TEAM';

/** 类别责任单位 a unit that answers for the category */
export type RoutingCategoryUnitInput = {
  /** 职责条目 the notice duty item it answers under; inferred from the duty texts when omitted */
  dutyItem?: number | null | undefined;
  /** 单位代码 unit code, e.g. "market-regulation" */
  unitCode: string;
};

/** 裁定异议 rule on a disputed order */
export type RuleDisputeInput = {
  /** 幂等键 client idempotency key: a retry with the same key returns the first result */
  idempotencyKey?: string | null | undefined;
  /** 说明 note */
  note?: string | null | undefined;
  /** 指令标识 order id */
  orderId: string | number;
  /** 改派单位 units to reassign to (with UPHOLD) */
  reassignTo?: Array<string> | null | undefined;
  /** 裁定 ruling */
  ruling: DisputeRuling;
};

/** 问责规则检查 run the accountability rules over a period */
export type RunAccountabilityRulesInput = {
  /** 幂等键 client idempotency key: a retry with the same key returns the first result */
  idempotencyKey?: string | null | undefined;
  /** 周期 period */
  period: PeriodInput;
};

/** 保存轮班 create a rotation, or change one (id); give shiftHours or handoffTime */
export type SaveRotationInput = {
  /** 适用日期 which days (default every day) */
  days?: RosterDays | null | undefined;
  /** 交班时间 local daily handoff time "HH:MM" */
  handoffTime?: string | null | undefined;
  /** 轮班 the rotation to change; empty: a new one */
  id?: string | number | null | undefined;
  /** 幂等键 client idempotency key: a retry with the same key returns the first result */
  idempotencyKey?: string | null | undefined;
  /** 成员 members in turn order */
  members: Array<MemberInput>;
  /** 名称 name */
  name: string;
  /** 岗位 post */
  post: RosterDuty;
  /** 每班天数 days per turn with a handoff time (default 1) */
  shiftDays?: number | null | undefined;
  /** 班长(小时) fixed turn length in hours (1-168) */
  shiftHours?: number | null | undefined;
  /** 起始时间 when the first member's first turn begins */
  startsAt: string;
  /** 每日开始 daily start "HH:MM" */
  timeFrom?: string | null | undefined;
  /** 每日结束 daily end "HH:MM" (before the start: next morning) */
  timeTo?: string | null | undefined;
  /** 单位代码 unit code */
  unitCode: string;
  /** 星期 ISO weekdays 1-7; empty: all */
  weekdays?: Array<number> | null | undefined;
};

/** 考核方案 a new version of the scoring scheme */
export type SaveScoringSchemeInput = {
  /** 黑榜分数线 a score below this puts the unit on the black list */
  blackListBelowScore: number;
  /** 扣分项 deductions */
  deductions: Array<DeductionInput>;
  /** 幂等键 client idempotency key: a retry with the same key returns the first result */
  idempotencyKey?: string | null | undefined;
  /** 计分曲线 the scored metrics */
  metrics: Array<MetricCurveInput>;
  /** 名称 name */
  name: string;
  /** 红榜分数线 a score at or above this puts the unit on the red list */
  redListMinScore: number;
};

/** 临时排班 fixed shifts that replace the rotation of a post for a period */
export type SaveTemporaryRosterInput = {
  /** 结束 end of the period */
  endsAt: string;
  /** 幂等键 client idempotency key: a retry with the same key returns the first result */
  idempotencyKey?: string | null | undefined;
  /** 备注 note */
  note?: string | null | undefined;
  /** 岗位 post */
  post: RosterDuty;
  /** 班次 the shifts; time in the period not covered is a gap */
  shifts: Array<FixedShiftInput>;
  /** 开始 start of the period */
  startsAt: string;
  /** 单位代码 unit code */
  unitCode: string;
};

/** 设置领导小组联系人 name the person and phone of a leadership position */
export type SetLeadershipContactInput = {
  /** 幂等键 client idempotency key: a retry with the same key returns the first result */
  idempotencyKey?: string | null | undefined;
  /** 职位 the leadership position */
  memberId: string | number;
  /** 姓名 the person now in the position */
  personName: string;
  /** 电话 phone */
  phone: string;
};

/** 设置单位联系人 set a unit's responsible leader, liaison and duty phone; a field left out is kept */
export type SetUnitContactsInput = {
  /** 值班电话 the unit's duty phone, answered around the clock */
  dutyPhone?: string | null | undefined;
  /** 幂等键 client idempotency key: a retry with the same key returns the first result */
  idempotencyKey?: string | null | undefined;
  /** 联络员 liaison */
  liaison?: ContactInput | null | undefined;
  /** 分管领导 responsible leader */
  responsibleLeader?: ContactInput | null | undefined;
  /** 单位代码 unit code */
  unitCode: string;
};

/** 来源 where a shift comes from */
export type ShiftSource =
  /** 临时调整 an override of the rotation */
  | 'OVERRIDE'
  /** 轮班 the rotation and its rule */
  | 'ROTATION'
  /** 临时排班 a temporary roster of fixed shifts (replaces everything in its period) */
  | 'TEMPORARY';

/** 签收 sign for an order */
export type SignOrderInput = {
  /** 幂等键 client idempotency key: a retry with the same key returns the first result */
  idempotencyKey?: string | null | undefined;
  /** 说明 note */
  note?: string | null | undefined;
  /** 指令标识 order id */
  orderId: string | number;
  /** 签收时间 time signed (default: now) */
  signedAt?: string | null | undefined;
};

/** 记录对象 what an event is about */
export type SubjectType =
  /** 警情 an incident */
  | 'INCIDENT'
  /** 指令 an order */
  | 'ORDER'
  /** 单位 a member unit (no incident: the daily roster coverage report) */
  | 'UNIT';

/** 置信度 how far a suggestion can be trusted (thresholds calibrated on labelled calls) */
export type SuggestionConfidence =
  /** 高 the call names this unit's matter plainly; on labelled calls the first such suggestion was right */
  | 'HIGH'
  /** 低 a guess: only shared words, or a call that needs no dispatch (misdial, never mind); decide yourself */
  | 'LOW'
  /** 中 likely; check the reasons */
  | 'MEDIUM';

/** 建议依据 why a unit is suggested */
export type SuggestionReasonKind =
  /** 警情类别 the call matches a category the unit answers for */
  | 'CATEGORY'
  /** 职责条目 words of one of the unit's notice duty items appear in the call */
  | 'DUTY'
  /** 派单经验 dispatchers sent similar calls to this unit before */
  | 'LEARNED'
  /** 公安先期处置 the call describes a crime or a threat to a person: the police lead, whatever the setting */
  | 'POLICE_FIRST';

/** 问责规则 thresholds of one accountability rule */
export type UpdateAccountabilityRuleInput = {
  /** 规则代码 rule code */
  code: string;
  /** 启用 whether the rule pass applies it */
  enabled: boolean;
  /** 幂等键 client idempotency key: a retry with the same key returns the first result */
  idempotencyKey?: string | null | undefined;
  /** 阈值 the rule's threshold (count or minutes, as the rule says) */
  threshold: number;
};

/** 修改处置时限 change the time limits of one urgency and duty mode */
export type UpdateTimeLimitPolicyInput = {
  /** 到场时限 minutes to arrive */
  arriveWithinMinutes: number;
  /** 异议时限 minutes to dispute */
  disputeWithinMinutes: number;
  /** 值班模式 duty mode (UNSPECIFIED has no row of its own: its units follow PHONE_DUTY) */
  dutyMode: DutyMode;
  /** 反馈时限 minutes to feed back a result */
  feedbackWithinMinutes: number;
  /** 幂等键 client idempotency key: a retry with the same key returns the first result */
  idempotencyKey?: string | null | undefined;
  /** 签收时限 minutes to sign */
  signWithinMinutes: number;
  /** 紧急程度 urgency */
  urgency: Urgency;
};

/** 保存区域 add an area, or change the one with this code */
export type UpsertAreaInput = {
  /** 边界 GeoJSON Polygon or MultiPolygon, longitude first (WGS-84); null removes the boundary, leaving it out keeps it */
  boundary?: Record<string, unknown> | null | undefined;
  /** 区域代码 the area's code (the grid platform's code for a grid cell): a new code adds an area, a known one changes it */
  code: string;
  /** 幂等键 client idempotency key: a retry with the same key returns the first result */
  idempotencyKey?: string | null | undefined;
  /** 级别 level: TOWN or XIANG, VILLAGE or COMMUNITY, GRID_CELL */
  kind: AreaKind;
  /** 名称 name in Chinese, e.g. 上孟村 */
  name: string;
  /** 英文名 English or pinyin name, e.g. Shangmeng Village */
  nameEn?: string | null | undefined;
  /** 上级区域代码 code of the area it belongs to (required for every level below the county) */
  parentCode?: string | null | undefined;
};

/** 保存警情类别 create a call category, or replace one with the same code (and bring it back if retired) */
export type UpsertRoutingCategoryInput = {
  /** 可替代单位 the units are interchangeable providers and rank equally */
  alternatives?: boolean;
  /** 类别代码 stable category code */
  code: string;
  /** 说明 what calls belong here */
  description?: string | null | undefined;
  /** 分组 group, e.g. "特种设备" */
  groupName?: string | null | undefined;
  /** 幂等键 client idempotency key: a retry with the same key returns the first result */
  idempotencyKey?: string | null | undefined;
  /** 类别名称 name as the desk says it, e.g. "电梯困人" */
  name: string;
  /** 公安先期处置 police respond first (notice 四) */
  policeFirst?: boolean;
  /** 同义词 words that point to the category; "A*B": B a few characters after A; "A+B": both anywhere in the call */
  synonyms: Array<string>;
  /** 责任单位 the units that answer for it, the one that usually leads first */
  units: Array<RoutingCategoryUnitInput>;
  /** 弱同义词 context words that only hint (学校, 老板 ...) */
  weakSynonyms?: Array<string>;
};

/** 紧急程度 urgency */
export type Urgency =
  /** 紧急 emergency */
  | 'EMERGENCY'
  /** 一般 routine */
  | 'ROUTINE'
  /** 较急 urgent */
  | 'URGENT';

export type UnitsQueryVariables = Exact<{
  includeInactive?: boolean | null | undefined;
}>;


export type UnitsQuery = { units: Array<{ id: string, code: string, name: string, shortName: string, noticeSection: number | null, dutyMode: DutyMode, active: boolean, source: RecordSource, dutyPhone: string | null, responsibleLeader: { name: string | null, position: string | null, phone: string | null }, liaison: { name: string | null, position: string | null, phone: string | null }, duties: Array<{ item: number, text: string, source: RecordSource }> }> };

export type UnitQueryVariables = Exact<{
  code: string;
}>;


export type UnitQuery = { unit: { id: string, code: string, name: string, shortName: string, dutyMode: DutyMode, dutyPhone: string | null, responsibleLeader: { name: string | null, position: string | null, phone: string | null }, liaison: { name: string | null, position: string | null, phone: string | null }, duties: Array<{ item: number, text: string }> } };

export type AreasQueryVariables = Exact<{
  kind?: AreaKind | null | undefined;
  parentCode?: string | null | undefined;
}>;


export type AreasQuery = { areas: Array<{ id: string, code: string, name: string, kind: AreaKind, parent: { code: string, name: string } | null }> };

export type LeadershipQueryVariables = Exact<{ [key: string]: never; }>;


export type LeadershipQuery = { leadership: Array<{ body: LeadershipBody, role: LeadershipRole, position: string, personName: string | null, phone: string | null, unit: { code: string } | null }>, escalationTargets: Array<{ code: string, name: string }> };

export type ConsoleDeskBoardQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type ConsoleDeskBoardQuery = { deskBoard: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, status: IncidentStatus, classification: Classification | null, major: boolean, description: string, address: string | null, receivedAt: string, intakeChannel: IntakeChannel, nextDeadline: string | null, version: number, area: { code: string, name: string } | null, orders: Array<{ id: string, status: OrderStatus, overdue: boolean, urgency: Urgency, signDeadline: string | null, unit: { code: string, shortName: string } }> } }> } };

export type ConsoleIncidentFeedSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ConsoleIncidentFeedSubscription = { incidentFeed: { cursor: string, kind: EventKind, subjectType: SubjectType, incident: { id: string, status: IncidentStatus, classification: Classification | null, major: boolean, description: string, address: string | null, receivedAt: string, intakeChannel: IntakeChannel, nextDeadline: string | null, version: number, area: { code: string, name: string } | null, orders: Array<{ id: string, status: OrderStatus, overdue: boolean, urgency: Urgency, signDeadline: string | null, unit: { code: string, shortName: string } }> } | null, order: { id: string } | null } };

export type ConsoleDeskSetupQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleDeskSetupQuery = { areas: Array<{ code: string, name: string, kind: AreaKind }>, units: Array<{ code: string, shortName: string, name: string, dutyMode: DutyMode }> };

export type ConsoleSuggestQueryVariables = Exact<{
  text: string;
}>;


export type ConsoleSuggestQuery = { suggestUnits: Array<{ score: number, unit: { code: string, shortName: string }, reasons: Array<{ kind: SuggestionReasonKind, categoryName: string | null, dutyItem: number | null, matchedWords: Array<string> }> }>, assessPoliceResponse: { policeFirstResponse: boolean, reasons: Array<{ why: string, words: Array<string> }> } };

export type ConsoleIncidentQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleIncidentQuery = { incident: { callerName: string | null, callbackNumber: string | null, noDispatchReason: NoDispatchReason | null, closedAt: string | null, id: string, status: IncidentStatus, classification: Classification | null, major: boolean, description: string, address: string | null, receivedAt: string, intakeChannel: IntakeChannel, nextDeadline: string | null, version: number, orders: Array<{ id: string, status: OrderStatus, overdue: boolean, urgency: Urgency, signDeadline: string | null, channel: OrderChannel, instructions: string | null, issuedAt: string, signedAt: string | null, arrivedAt: string | null, completedAt: string | null, disputedAt: string | null, disputeReason: string | null, arriveDeadline: string | null, feedbackDeadline: string | null, rosterGap: boolean, version: number, feedback: Array<{ id: string, kind: FeedbackKind, text: string | null, attachmentUrls: Array<string>, channel: ActionChannel, reportedAt: string }>, unit: { code: string, shortName: string, dutyPhone: string | null, onDutyNow: Array<{ post: RosterDuty, required: boolean, personName: string | null, phone: string | null, until: string | null }> }, dutyContact: { post: RosterDuty | null, personName: string | null, phone: string | null } | null }>, timeline: Array<{ id: string, kind: EventKind, actorId: string, actorName: string | null, actorRole: string, actorUnit: string | null, channel: ActionChannel, occurredAt: string, note: string | null, order: { id: string } | null, unit: { code: string, shortName: string } | null }>, area: { code: string, name: string } | null } };

export type ConsoleReportIncidentMutationVariables = Exact<{
  input: ReportIncidentInput;
}>;


export type ConsoleReportIncidentMutation = { reportIncident: { id: string, status: IncidentStatus, classification: Classification | null, major: boolean, description: string, address: string | null, receivedAt: string, intakeChannel: IntakeChannel, nextDeadline: string | null, version: number, area: { code: string, name: string } | null, orders: Array<{ id: string, status: OrderStatus, overdue: boolean, urgency: Urgency, signDeadline: string | null, unit: { code: string, shortName: string } }> } };

export type ConsoleClassifyMutationVariables = Exact<{
  input: ClassifyIncidentInput;
}>;


export type ConsoleClassifyMutation = { classifyIncident: { id: string, status: IncidentStatus, classification: Classification | null, major: boolean, description: string, address: string | null, receivedAt: string, intakeChannel: IntakeChannel, nextDeadline: string | null, version: number, area: { code: string, name: string } | null, orders: Array<{ id: string, status: OrderStatus, overdue: boolean, urgency: Urgency, signDeadline: string | null, unit: { code: string, shortName: string } }> } };

export type ConsoleDispatchMutationVariables = Exact<{
  input: DispatchOrdersInput;
}>;


export type ConsoleDispatchMutation = { dispatchOrders: Array<{ id: string, status: OrderStatus, channel: OrderChannel, urgency: Urgency, instructions: string | null, issuedAt: string, signedAt: string | null, arrivedAt: string | null, completedAt: string | null, disputedAt: string | null, disputeReason: string | null, signDeadline: string | null, arriveDeadline: string | null, feedbackDeadline: string | null, overdue: boolean, rosterGap: boolean, version: number, unit: { code: string, shortName: string }, dutyContact: { post: RosterDuty | null, personName: string | null, phone: string | null } | null }> };

export type ConsolePhoneNotifiedMutationVariables = Exact<{
  input: RecordPhoneNotificationInput;
}>;


export type ConsolePhoneNotifiedMutation = { recordPhoneNotification: { id: string, status: OrderStatus, channel: OrderChannel, urgency: Urgency, instructions: string | null, issuedAt: string, signedAt: string | null, arrivedAt: string | null, completedAt: string | null, disputedAt: string | null, disputeReason: string | null, signDeadline: string | null, arriveDeadline: string | null, feedbackDeadline: string | null, overdue: boolean, rosterGap: boolean, version: number, unit: { code: string, shortName: string }, dutyContact: { post: RosterDuty | null, personName: string | null, phone: string | null } | null } };

export type ConsoleOrderFragment = { id: string, status: OrderStatus, channel: OrderChannel, urgency: Urgency, instructions: string | null, issuedAt: string, signedAt: string | null, arrivedAt: string | null, completedAt: string | null, disputedAt: string | null, disputeReason: string | null, signDeadline: string | null, arriveDeadline: string | null, feedbackDeadline: string | null, overdue: boolean, rosterGap: boolean, version: number, unit: { code: string, shortName: string }, dutyContact: { post: RosterDuty | null, personName: string | null, phone: string | null } | null };

export type ConsoleEventFragment = { id: string, kind: EventKind, actorId: string, actorName: string | null, actorRole: string, actorUnit: string | null, channel: ActionChannel, occurredAt: string, note: string | null, order: { id: string } | null, unit: { code: string, shortName: string } | null };

export type ConsoleBoardIncidentFragment = { id: string, status: IncidentStatus, classification: Classification | null, major: boolean, description: string, address: string | null, receivedAt: string, intakeChannel: IntakeChannel, nextDeadline: string | null, version: number, area: { code: string, name: string } | null, orders: Array<{ id: string, status: OrderStatus, overdue: boolean, urgency: Urgency, signDeadline: string | null, unit: { code: string, shortName: string } }> };

export type ConsoleDashboardQueryVariables = Exact<{
  period: PeriodInput;
}>;


export type ConsoleDashboardQuery = { assessmentBulletin: { asOf: string, schemeVersion: number, redList: Array<string>, blackList: Array<string>, period: { key: string, kind: PeriodKind, firstDay: string, lastDay: string }, entries: Array<{ rank: number | null, unitCode: string, unitName: string, assessed: boolean, score: number | null, previousScore: number | null, change: number | null }>, slowest: Array<{ measure: string, unitCode: string, unitName: string, p90Seconds: number }> }, unitAssessments: Array<{ unitCode: string, unitName: string, assessed: boolean, ordersReceived: number, overdue: number, disputesFiled: number, complaints: number, figures: Array<{ metric: KpiMetric, numerator: number, denominator: number, rate: number | null }> }> };

export type ConsoleUnitTimesQueryVariables = Exact<{
  period: PeriodInput;
  unitCode: string;
}>;


export type ConsoleUnitTimesQuery = { unitAssessment: { unitCode: string, times: Array<{ measure: string, count: number, p50Seconds: number | null, p90Seconds: number | null, bands: Array<{ fromSeconds: number, toSeconds: number | null, count: number }> }> } };

export type ConsoleTrendQueryVariables = Exact<{
  period: PeriodInput;
}>;


export type ConsoleTrendQuery = { assessmentBulletin: { period: { key: string, firstDay: string }, entries: Array<{ unitCode: string, unitName: string, score: number | null }> } };

export type ConsoleOversightFeedSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ConsoleOversightFeedSubscription = { incidentFeed: { cursor: string, kind: EventKind } };

export type ConsoleBulletinsQueryVariables = Exact<{
  periodKey?: string | null | undefined;
}>;


export type ConsoleBulletinsQuery = { publishedBulletins: Array<{ id: string, periodKey: string, version: number, schemeVersion: number, asOf: string, publishedBy: string, note: string | null }> };

export type ConsolePublishBulletinMutationVariables = Exact<{
  input: PublishBulletinInput;
}>;


export type ConsolePublishBulletinMutation = { publishBulletin: { id: string, periodKey: string, version: number, schemeVersion: number, asOf: string, publishedBy: string, note: string | null } };

export type ConsoleCaseFragment = { id: string, ruleCode: string, category: MisconductCategory, consequence: MisconductConsequence | null, status: CaseStatus, periodKey: string, summary: string, evidence: Record<string, unknown>, decision: string | null, statement: string | null, orderId: string | null, proposedAt: string, unit: { code: string, shortName: string }, history: Array<{ kind: CaseEventKind, toStatus: CaseStatus, actorRole: string, note: string | null, recordedAt: string }> };

export type ConsoleCasesQueryVariables = Exact<{
  periodKey?: string | null | undefined;
}>;


export type ConsoleCasesQuery = { accountabilityCases: Array<{ id: string, ruleCode: string, category: MisconductCategory, consequence: MisconductConsequence | null, status: CaseStatus, periodKey: string, summary: string, evidence: Record<string, unknown>, decision: string | null, statement: string | null, orderId: string | null, proposedAt: string, unit: { code: string, shortName: string }, history: Array<{ kind: CaseEventKind, toStatus: CaseStatus, actorRole: string, note: string | null, recordedAt: string }> }> };

export type ConsoleRunRulesMutationVariables = Exact<{
  input: RunAccountabilityRulesInput;
}>;


export type ConsoleRunRulesMutation = { runAccountabilityRules: Array<{ id: string, ruleCode: string, category: MisconductCategory, consequence: MisconductConsequence | null, status: CaseStatus, periodKey: string, summary: string, evidence: Record<string, unknown>, decision: string | null, statement: string | null, orderId: string | null, proposedAt: string, unit: { code: string, shortName: string }, history: Array<{ kind: CaseEventKind, toStatus: CaseStatus, actorRole: string, note: string | null, recordedAt: string }> }> };

export type ConsoleOpenCaseMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type ConsoleOpenCaseMutation = { openCase: { id: string, ruleCode: string, category: MisconductCategory, consequence: MisconductConsequence | null, status: CaseStatus, periodKey: string, summary: string, evidence: Record<string, unknown>, decision: string | null, statement: string | null, orderId: string | null, proposedAt: string, unit: { code: string, shortName: string }, history: Array<{ kind: CaseEventKind, toStatus: CaseStatus, actorRole: string, note: string | null, recordedAt: string }> } };

export type ConsoleDecideCaseMutationVariables = Exact<{
  input: DecideCaseInput;
}>;


export type ConsoleDecideCaseMutation = { decideCase: { id: string, ruleCode: string, category: MisconductCategory, consequence: MisconductConsequence | null, status: CaseStatus, periodKey: string, summary: string, evidence: Record<string, unknown>, decision: string | null, statement: string | null, orderId: string | null, proposedAt: string, unit: { code: string, shortName: string }, history: Array<{ kind: CaseEventKind, toStatus: CaseStatus, actorRole: string, note: string | null, recordedAt: string }> } };

export type ConsoleDismissCaseMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type ConsoleDismissCaseMutation = { dismissCase: { id: string, ruleCode: string, category: MisconductCategory, consequence: MisconductConsequence | null, status: CaseStatus, periodKey: string, summary: string, evidence: Record<string, unknown>, decision: string | null, statement: string | null, orderId: string | null, proposedAt: string, unit: { code: string, shortName: string }, history: Array<{ kind: CaseEventKind, toStatus: CaseStatus, actorRole: string, note: string | null, recordedAt: string }> } };

export type ConsoleMeetingReportQueryVariables = Exact<{
  period: PeriodInput;
  format: ReportFormat;
}>;


export type ConsoleMeetingReportQuery = { jointMeetingReport: { filename: string, contentType: string, size: number, base64: string } };

export type ConsoleUnitOrdersQueryVariables = Exact<{
  first?: number | null | undefined;
  filter?: OrderFilter | null | undefined;
}>;


export type ConsoleUnitOrdersQuery = { orders: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, status: OrderStatus, channel: OrderChannel, urgency: Urgency, instructions: string | null, issuedAt: string, signedAt: string | null, arrivedAt: string | null, completedAt: string | null, disputedAt: string | null, disputeReason: string | null, signDeadline: string | null, arriveDeadline: string | null, feedbackDeadline: string | null, overdue: boolean, rosterGap: boolean, version: number, feedback: Array<{ id: string, kind: FeedbackKind, text: string | null, attachmentUrls: Array<string>, channel: ActionChannel, reportedAt: string }>, incident: { id: string, description: string, address: string | null, receivedAt: string, classification: Classification | null, major: boolean, area: { name: string } | null }, unit: { code: string, shortName: string }, dutyContact: { post: RosterDuty | null, personName: string | null, phone: string | null } | null } }> } };

export type ConsoleOrderFeedSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ConsoleOrderFeedSubscription = { orderFeed: { cursor: string, kind: EventKind, order: { id: string, status: OrderStatus, channel: OrderChannel, urgency: Urgency, instructions: string | null, issuedAt: string, signedAt: string | null, arrivedAt: string | null, completedAt: string | null, disputedAt: string | null, disputeReason: string | null, signDeadline: string | null, arriveDeadline: string | null, feedbackDeadline: string | null, overdue: boolean, rosterGap: boolean, version: number, feedback: Array<{ id: string, kind: FeedbackKind, text: string | null, attachmentUrls: Array<string>, channel: ActionChannel, reportedAt: string }>, incident: { id: string, description: string, address: string | null, receivedAt: string, classification: Classification | null, major: boolean, area: { name: string } | null }, unit: { code: string, shortName: string }, dutyContact: { post: RosterDuty | null, personName: string | null, phone: string | null } | null } | null } };

export type ConsoleUnitRosterQueryVariables = Exact<{
  code: string;
}>;


export type ConsoleUnitRosterQuery = { unit: { code: string, name: string, shortName: string, dutyMode: DutyMode, dutyPhone: string | null, responsibleLeader: { name: string | null, position: string | null, phone: string | null }, liaison: { name: string | null, position: string | null, phone: string | null } }, onDuty: Array<{ post: RosterDuty, required: boolean, personName: string | null, phone: string | null, from: string | null, until: string | null, nextHandoff: string | null, source: ShiftSource | null }> };

export type ConsoleUnitShiftsQueryVariables = Exact<{
  code: string;
  from: string;
  to: string;
}>;


export type ConsoleUnitShiftsQuery = { rosterShifts: Array<{ post: RosterDuty, personName: string, phone: string, from: string, until: string, source: ShiftSource }> };

export type ConsoleSignMutationVariables = Exact<{
  input: SignOrderInput;
}>;


export type ConsoleSignMutation = { signOrder: { id: string, status: OrderStatus, channel: OrderChannel, urgency: Urgency, instructions: string | null, issuedAt: string, signedAt: string | null, arrivedAt: string | null, completedAt: string | null, disputedAt: string | null, disputeReason: string | null, signDeadline: string | null, arriveDeadline: string | null, feedbackDeadline: string | null, overdue: boolean, rosterGap: boolean, version: number, unit: { code: string, shortName: string }, dutyContact: { post: RosterDuty | null, personName: string | null, phone: string | null } | null } };

export type ConsoleArriveMutationVariables = Exact<{
  input: ArriveOrderInput;
}>;


export type ConsoleArriveMutation = { arriveOrder: { id: string, status: OrderStatus, channel: OrderChannel, urgency: Urgency, instructions: string | null, issuedAt: string, signedAt: string | null, arrivedAt: string | null, completedAt: string | null, disputedAt: string | null, disputeReason: string | null, signDeadline: string | null, arriveDeadline: string | null, feedbackDeadline: string | null, overdue: boolean, rosterGap: boolean, version: number, unit: { code: string, shortName: string }, dutyContact: { post: RosterDuty | null, personName: string | null, phone: string | null } | null } };

export type ConsoleFeedbackMutationVariables = Exact<{
  input: FeedbackOrderInput;
}>;


export type ConsoleFeedbackMutation = { feedbackOrder: { id: string, status: OrderStatus, channel: OrderChannel, urgency: Urgency, instructions: string | null, issuedAt: string, signedAt: string | null, arrivedAt: string | null, completedAt: string | null, disputedAt: string | null, disputeReason: string | null, signDeadline: string | null, arriveDeadline: string | null, feedbackDeadline: string | null, overdue: boolean, rosterGap: boolean, version: number, feedback: Array<{ id: string, kind: FeedbackKind, text: string | null, attachmentUrls: Array<string>, channel: ActionChannel, reportedAt: string }>, unit: { code: string, shortName: string }, dutyContact: { post: RosterDuty | null, personName: string | null, phone: string | null } | null } };

export type ConsoleDisputeMutationVariables = Exact<{
  input: DisputeOrderInput;
}>;


export type ConsoleDisputeMutation = { disputeOrder: { id: string, status: OrderStatus, channel: OrderChannel, urgency: Urgency, instructions: string | null, issuedAt: string, signedAt: string | null, arrivedAt: string | null, completedAt: string | null, disputedAt: string | null, disputeReason: string | null, signDeadline: string | null, arriveDeadline: string | null, feedbackDeadline: string | null, overdue: boolean, rosterGap: boolean, version: number, unit: { code: string, shortName: string }, dutyContact: { post: RosterDuty | null, personName: string | null, phone: string | null } | null } };

export type IncidentsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: IncidentFilter | null | undefined;
}>;


export type IncidentsQuery = { incidents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, status: IncidentStatus, classification: Classification | null, description: string, receivedAt: string, intakeChannel: IntakeChannel, major: boolean, area: { code: string, name: string } | null, orders: Array<{ id: string, status: OrderStatus, unit: { code: string } }> } }> } };

export type OrdersQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: OrderFilter | null | undefined;
}>;


export type OrdersQuery = { orders: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, status: OrderStatus, channel: OrderChannel, urgency: Urgency, issuedAt: string, overdue: boolean, unit: { code: string, name: string }, incident: { id: string, description: string, receivedAt: string } } }> } };

export type OrderCountQueryVariables = Exact<{
  filter?: OrderFilter | null | undefined;
}>;


export type OrderCountQuery = { orders: { totalCount: number } };

export type FeedEventFieldsFragment = { cursor: string, kind: EventKind, subjectType: SubjectType, event: { id: string, kind: EventKind, actorId: string, actorName: string | null, actorRole: string, actorUnit: string | null, channel: ActionChannel, occurredAt: string, recordedAt: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null, note: string | null }, incident: { id: string, status: IncidentStatus, classification: Classification | null, description: string, major: boolean, receivedAt: string, nextDeadline: string | null, area: { code: string, name: string } | null } | null, order: { id: string, status: OrderStatus, channel: OrderChannel, urgency: Urgency, overdue: boolean, disputeReason: string | null, signDeadline: string | null, arriveDeadline: string | null, feedbackDeadline: string | null, version: number, unit: { code: string, name: string } } | null };

export type IncidentFeedSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type IncidentFeedSubscription = { incidentFeed: { cursor: string, kind: EventKind, subjectType: SubjectType, event: { id: string, kind: EventKind, actorId: string, actorName: string | null, actorRole: string, actorUnit: string | null, channel: ActionChannel, occurredAt: string, recordedAt: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null, note: string | null }, incident: { id: string, status: IncidentStatus, classification: Classification | null, description: string, major: boolean, receivedAt: string, nextDeadline: string | null, area: { code: string, name: string } | null } | null, order: { id: string, status: OrderStatus, channel: OrderChannel, urgency: Urgency, overdue: boolean, disputeReason: string | null, signDeadline: string | null, arriveDeadline: string | null, feedbackDeadline: string | null, version: number, unit: { code: string, name: string } } | null } };

export type OrderFeedSubscriptionVariables = Exact<{
  after?: string | null | undefined;
  unit?: string | null | undefined;
}>;


export type OrderFeedSubscription = { orderFeed: { cursor: string, kind: EventKind, subjectType: SubjectType, event: { id: string, kind: EventKind, actorId: string, actorName: string | null, actorRole: string, actorUnit: string | null, channel: ActionChannel, occurredAt: string, recordedAt: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null, note: string | null }, incident: { id: string, status: IncidentStatus, classification: Classification | null, description: string, major: boolean, receivedAt: string, nextDeadline: string | null, area: { code: string, name: string } | null } | null, order: { id: string, status: OrderStatus, channel: OrderChannel, urgency: Urgency, overdue: boolean, disputeReason: string | null, signDeadline: string | null, arriveDeadline: string | null, feedbackDeadline: string | null, version: number, unit: { code: string, name: string } } | null } };

export type EscalationFeedSubscriptionVariables = Exact<{
  after?: string | null | undefined;
}>;


export type EscalationFeedSubscription = { escalationFeed: { cursor: string, kind: EventKind, subjectType: SubjectType, event: { id: string, kind: EventKind, actorId: string, actorName: string | null, actorRole: string, actorUnit: string | null, channel: ActionChannel, occurredAt: string, recordedAt: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null, note: string | null }, incident: { id: string, status: IncidentStatus, classification: Classification | null, description: string, major: boolean, receivedAt: string, nextDeadline: string | null, area: { code: string, name: string } | null } | null, order: { id: string, status: OrderStatus, channel: OrderChannel, urgency: Urgency, overdue: boolean, disputeReason: string | null, signDeadline: string | null, arriveDeadline: string | null, feedbackDeadline: string | null, version: number, unit: { code: string, name: string } } | null } };

export type RoutingCategoryFieldsFragment = { id: string, code: string, name: string, groupName: string | null, description: string | null, policeFirst: boolean, alternatives: boolean, rank: number, source: RecordSource, retiredAt: string | null, synonyms: Array<string>, weakSynonyms: Array<string>, units: Array<{ rank: number, dutyItem: number | null, unit: { code: string, shortName: string } }> };

export type SuggestUnitsQueryVariables = Exact<{
  text: string;
  limit?: number | null | undefined;
}>;


export type SuggestUnitsQuery = { suggestUnits: Array<{ score: number, confidence: SuggestionConfidence, unit: { id: string, code: string, shortName: string }, reasons: Array<{ kind: SuggestionReasonKind, categoryCode: string | null, categoryName: string | null, dutyItem: number | null, dutyText: string | null, matchedWords: Array<string>, approximate: boolean, learnedCount: number | null }> }> };

export type AssessPoliceResponseQueryVariables = Exact<{
  text: string;
}>;


export type AssessPoliceResponseQuery = { assessPoliceResponse: { policeFirstResponse: boolean, reasons: Array<{ why: string, words: Array<string> }> } };

export type RoutingCategoriesQueryVariables = Exact<{
  includeRetired?: boolean | null | undefined;
}>;


export type RoutingCategoriesQuery = { routingCategories: Array<{ id: string, code: string, name: string, groupName: string | null, description: string | null, policeFirst: boolean, alternatives: boolean, rank: number, source: RecordSource, retiredAt: string | null, synonyms: Array<string>, weakSynonyms: Array<string>, units: Array<{ rank: number, dutyItem: number | null, unit: { code: string, shortName: string } }> }> };

export type UpsertRoutingCategoryMutationVariables = Exact<{
  input: UpsertRoutingCategoryInput;
}>;


export type UpsertRoutingCategoryMutation = { upsertRoutingCategory: { id: string, code: string, name: string, groupName: string | null, description: string | null, policeFirst: boolean, alternatives: boolean, rank: number, source: RecordSource, retiredAt: string | null, synonyms: Array<string>, weakSynonyms: Array<string>, units: Array<{ rank: number, dutyItem: number | null, unit: { code: string, shortName: string } }> } };

export type RetireRoutingCategoryMutationVariables = Exact<{
  input: RetireRoutingCategoryInput;
}>;


export type RetireRoutingCategoryMutation = { retireRoutingCategory: { id: string, code: string, name: string, groupName: string | null, description: string | null, policeFirst: boolean, alternatives: boolean, rank: number, source: RecordSource, retiredAt: string | null, synonyms: Array<string>, weakSynonyms: Array<string>, units: Array<{ rank: number, dutyItem: number | null, unit: { code: string, shortName: string } }> } };

export type OrderFieldsFragment = { id: string, status: OrderStatus, channel: OrderChannel, urgency: Urgency, issuedAt: string, signedAt: string | null, arrivedAt: string | null, completedAt: string | null, disputeReason: string | null, signDeadline: string | null, arriveDeadline: string | null, feedbackDeadline: string | null, disputeDeadline: string | null, overdue: boolean, version: number, unit: { code: string } };

export type EventFieldsFragment = { kind: EventKind, actorId: string, actorRole: string, actorUnit: string | null, channel: ActionChannel, occurredAt: string, recordedAt: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null, note: string | null, order: { id: string } | null, unit: { code: string } | null };

export type ReportIncidentMutationVariables = Exact<{
  input: ReportIncidentInput;
}>;


export type ReportIncidentMutation = { reportIncident: { id: string, status: IncidentStatus, receivedAt: string, description: string, version: number, area: { code: string } | null } };

export type ClassifyIncidentMutationVariables = Exact<{
  input: ClassifyIncidentInput;
}>;


export type ClassifyIncidentMutation = { classifyIncident: { id: string, status: IncidentStatus, classification: Classification | null, noDispatchReason: NoDispatchReason | null, major: boolean, closedAt: string | null } };

export type DispatchOrdersMutationVariables = Exact<{
  input: DispatchOrdersInput;
}>;


export type DispatchOrdersMutation = { dispatchOrders: Array<{ id: string, status: OrderStatus, channel: OrderChannel, urgency: Urgency, issuedAt: string, signedAt: string | null, arrivedAt: string | null, completedAt: string | null, disputeReason: string | null, signDeadline: string | null, arriveDeadline: string | null, feedbackDeadline: string | null, disputeDeadline: string | null, overdue: boolean, version: number, unit: { code: string } }> };

export type RecordPhoneNotificationMutationVariables = Exact<{
  input: RecordPhoneNotificationInput;
}>;


export type RecordPhoneNotificationMutation = { recordPhoneNotification: { id: string, status: OrderStatus, channel: OrderChannel, urgency: Urgency, issuedAt: string, signedAt: string | null, arrivedAt: string | null, completedAt: string | null, disputeReason: string | null, signDeadline: string | null, arriveDeadline: string | null, feedbackDeadline: string | null, disputeDeadline: string | null, overdue: boolean, version: number, unit: { code: string } } };

export type SignOrderMutationVariables = Exact<{
  input: SignOrderInput;
}>;


export type SignOrderMutation = { signOrder: { id: string, status: OrderStatus, channel: OrderChannel, urgency: Urgency, issuedAt: string, signedAt: string | null, arrivedAt: string | null, completedAt: string | null, disputeReason: string | null, signDeadline: string | null, arriveDeadline: string | null, feedbackDeadline: string | null, disputeDeadline: string | null, overdue: boolean, version: number, unit: { code: string } } };

export type ArriveOrderMutationVariables = Exact<{
  input: ArriveOrderInput;
}>;


export type ArriveOrderMutation = { arriveOrder: { id: string, status: OrderStatus, channel: OrderChannel, urgency: Urgency, issuedAt: string, signedAt: string | null, arrivedAt: string | null, completedAt: string | null, disputeReason: string | null, signDeadline: string | null, arriveDeadline: string | null, feedbackDeadline: string | null, disputeDeadline: string | null, overdue: boolean, version: number, unit: { code: string } } };

export type FeedbackOrderMutationVariables = Exact<{
  input: FeedbackOrderInput;
}>;


export type FeedbackOrderMutation = { feedbackOrder: { id: string, status: OrderStatus, channel: OrderChannel, urgency: Urgency, issuedAt: string, signedAt: string | null, arrivedAt: string | null, completedAt: string | null, disputeReason: string | null, signDeadline: string | null, arriveDeadline: string | null, feedbackDeadline: string | null, disputeDeadline: string | null, overdue: boolean, version: number, feedback: Array<{ kind: FeedbackKind, text: string | null, attachmentUrls: Array<string>, channel: ActionChannel, reportedAt: string }>, unit: { code: string } } };

export type CompleteOrderMutationVariables = Exact<{
  input: CompleteOrderInput;
}>;


export type CompleteOrderMutation = { completeOrder: { id: string, status: OrderStatus, channel: OrderChannel, urgency: Urgency, issuedAt: string, signedAt: string | null, arrivedAt: string | null, completedAt: string | null, disputeReason: string | null, signDeadline: string | null, arriveDeadline: string | null, feedbackDeadline: string | null, disputeDeadline: string | null, overdue: boolean, version: number, unit: { code: string } } };

export type DisputeOrderMutationVariables = Exact<{
  input: DisputeOrderInput;
}>;


export type DisputeOrderMutation = { disputeOrder: { id: string, status: OrderStatus, channel: OrderChannel, urgency: Urgency, issuedAt: string, signedAt: string | null, arrivedAt: string | null, completedAt: string | null, disputeReason: string | null, signDeadline: string | null, arriveDeadline: string | null, feedbackDeadline: string | null, disputeDeadline: string | null, overdue: boolean, version: number, unit: { code: string } } };

export type RuleDisputeMutationVariables = Exact<{
  input: RuleDisputeInput;
}>;


export type RuleDisputeMutation = { ruleDispute: Array<{ id: string, status: OrderStatus, channel: OrderChannel, urgency: Urgency, issuedAt: string, signedAt: string | null, arrivedAt: string | null, completedAt: string | null, disputeReason: string | null, signDeadline: string | null, arriveDeadline: string | null, feedbackDeadline: string | null, disputeDeadline: string | null, overdue: boolean, version: number, unit: { code: string } }> };

export type CancelOrderMutationVariables = Exact<{
  input: CancelOrderInput;
}>;


export type CancelOrderMutation = { cancelOrder: { id: string, status: OrderStatus, channel: OrderChannel, urgency: Urgency, issuedAt: string, signedAt: string | null, arrivedAt: string | null, completedAt: string | null, disputeReason: string | null, signDeadline: string | null, arriveDeadline: string | null, feedbackDeadline: string | null, disputeDeadline: string | null, overdue: boolean, version: number, unit: { code: string } } };

export type EscalateIncidentMutationVariables = Exact<{
  input: EscalateIncidentInput;
}>;


export type EscalateIncidentMutation = { escalateIncident: Array<{ id: string, reportedAt: string, acknowledgedAt: string | null, target: { code: string, name: string } }> };

export type AcknowledgeEscalationMutationVariables = Exact<{
  input: AcknowledgeEscalationInput;
}>;


export type AcknowledgeEscalationMutation = { acknowledgeEscalation: { id: string, acknowledgedAt: string | null, acknowledgedBy: string | null, target: { code: string } } };

export type CloseIncidentMutationVariables = Exact<{
  input: CloseIncidentInput;
}>;


export type CloseIncidentMutation = { closeIncident: { id: string, status: IncidentStatus, closedAt: string | null, closingNote: string | null } };

export type UpdateTimeLimitPolicyMutationVariables = Exact<{
  input: UpdateTimeLimitPolicyInput;
}>;


export type UpdateTimeLimitPolicyMutation = { updateTimeLimitPolicy: { urgency: Urgency, dutyMode: DutyMode, signWithinMinutes: number, arriveWithinMinutes: number, feedbackWithinMinutes: number, disputeWithinMinutes: number } };

export type IncidentDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type IncidentDetailQuery = { incident: { id: string, status: IncidentStatus, classification: Classification | null, major: boolean, closedAt: string | null, nextDeadline: string | null, orders: Array<{ id: string, status: OrderStatus, channel: OrderChannel, urgency: Urgency, issuedAt: string, signedAt: string | null, arrivedAt: string | null, completedAt: string | null, disputeReason: string | null, signDeadline: string | null, arriveDeadline: string | null, feedbackDeadline: string | null, disputeDeadline: string | null, overdue: boolean, version: number, feedback: Array<{ kind: FeedbackKind, text: string | null, channel: ActionChannel, reportedAt: string }>, unit: { code: string } }>, escalations: Array<{ id: string, reportedAt: string, acknowledgedAt: string | null, acknowledgedBy: string | null, target: { code: string, name: string } }>, timeline: Array<{ kind: EventKind, actorId: string, actorRole: string, actorUnit: string | null, channel: ActionChannel, occurredAt: string, recordedAt: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null, note: string | null, order: { id: string } | null, unit: { code: string } | null }> } };

export type OrderTimelineQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderTimelineQuery = { order: { id: string, status: OrderStatus, channel: OrderChannel, urgency: Urgency, issuedAt: string, signedAt: string | null, arrivedAt: string | null, completedAt: string | null, disputeReason: string | null, signDeadline: string | null, arriveDeadline: string | null, feedbackDeadline: string | null, disputeDeadline: string | null, overdue: boolean, version: number, timeline: Array<{ kind: EventKind, actorId: string, actorRole: string, actorUnit: string | null, channel: ActionChannel, occurredAt: string, recordedAt: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null, note: string | null, order: { id: string } | null, unit: { code: string } | null }>, unit: { code: string } } };

export type DeskBoardQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: IncidentFilter | null | undefined;
}>;


export type DeskBoardQuery = { deskBoard: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, status: IncidentStatus, description: string, receivedAt: string, nextDeadline: string | null, area: { code: string, name: string } | null, orders: Array<{ id: string, status: OrderStatus, overdue: boolean, signDeadline: string | null, unit: { code: string } }> } }> } };

export type AreaFieldsFragment = { code: string, name: string, nameEn: string | null, kind: AreaKind, source: RecordSource, boundary: Record<string, unknown> | null, parent: { code: string } | null };

export type UpsertAreaMutationVariables = Exact<{
  input: UpsertAreaInput;
}>;


export type UpsertAreaMutation = { upsertArea: { code: string, name: string, nameEn: string | null, kind: AreaKind, source: RecordSource, boundary: Record<string, unknown> | null, parent: { code: string } | null } };

export type ImportAreasMutationVariables = Exact<{
  input: ImportAreasInput;
}>;


export type ImportAreasMutation = { importAreas: Array<{ code: string, name: string, nameEn: string | null, kind: AreaKind, source: RecordSource, boundary: Record<string, unknown> | null, parent: { code: string } | null }> };

export type AreasUnderQueryVariables = Exact<{
  parentCode?: string | null | undefined;
  kind?: AreaKind | null | undefined;
}>;


export type AreasUnderQuery = { areas: Array<{ code: string, name: string, nameEn: string | null, kind: AreaKind, source: RecordSource, boundary: Record<string, unknown> | null, parent: { code: string } | null }> };

export type ReportPlacedIncidentMutationVariables = Exact<{
  input: ReportIncidentInput;
}>;


export type ReportPlacedIncidentMutation = { reportIncident: { id: string, latitude: number | null, longitude: number | null, area: { code: string, kind: AreaKind } | null } };

export type DeskReportMutationVariables = Exact<{
  input: ReportIncidentInput;
}>;


export type DeskReportMutation = { reportIncident: { id: string, caseNumber: string | null, receivedAt: string, status: IncidentStatus } };

export type DeskIncidentQueryVariables = Exact<{
  id: string | number;
}>;


export type DeskIncidentQuery = { incident: { id: string, caseNumber: string | null, status: IncidentStatus, classification: Classification | null, noDispatchReason: NoDispatchReason | null, closedAt: string | null, duplicateOf: { id: string, caseNumber: string | null, status: IncidentStatus } | null, relatedCalls: Array<{ reasons: Array<RelatedCallReason>, incident: { id: string, caseNumber: string | null, callbackNumber: string | null, description: string } }>, orders: Array<{ id: string, caseNumber: string | null, gridCaseNumber: string | null }>, timeline: Array<{ kind: EventKind, channel: ActionChannel, actorId: string, actorRole: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null, note: string | null, order: { id: string } | null }> } };

export type DeskSearchQueryVariables = Exact<{
  input: IncidentSearchInput;
  first?: number | null | undefined;
}>;


export type DeskSearchQuery = { searchIncidents: Array<{ rank: number, incident: { id: string, caseNumber: string | null, description: string } }> };

export type DeskBoardSearchQueryVariables = Exact<{
  filter?: IncidentFilter | null | undefined;
}>;


export type DeskBoardSearchQuery = { incidents: { totalCount: number, edges: Array<{ node: { id: string } }> } };

export type LinkIncidentMutationVariables = Exact<{
  input: LinkIncidentInput;
}>;


export type LinkIncidentMutation = { linkIncident: { id: string, status: IncidentStatus, classification: Classification | null, noDispatchReason: NoDispatchReason | null, closedAt: string | null, duplicateOf: { id: string } | null } };

export type AmendOrderMutationVariables = Exact<{
  input: AmendOrderInput;
}>;


export type AmendOrderMutation = { amendOrder: { id: string, status: OrderStatus, urgency: Urgency, instructions: string | null, signDeadline: string | null, arriveDeadline: string | null, feedbackDeadline: string | null, disputeDeadline: string | null, version: number, caseNumber: string | null } };

export type DeskOrderQueryVariables = Exact<{
  id: string | number;
}>;


export type DeskOrderQuery = { order: { id: string, urgency: Urgency, instructions: string | null, signDeadline: string | null, arriveDeadline: string | null, feedbackDeadline: string | null, caseNumber: string | null, gridCaseNumber: string | null, timeline: Array<{ kind: EventKind, channel: ActionChannel, actorId: string, occurredAt: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null }> } };

export type DeskRelatedListQueryVariables = Exact<{
  filter?: IncidentFilter | null | undefined;
}>;


export type DeskRelatedListQuery = { incidents: { edges: Array<{ node: { id: string, relatedCalls: Array<{ reasons: Array<RelatedCallReason>, incident: { id: string, caseNumber: string | null } }> } }> } };

export type RevokeAccessMutationVariables = Exact<{
  input: RevokeAccessInput;
}>;


export type RevokeAccessMutation = { revokeAccess: { subject: string, revokedBefore: string } };

export type GridSyncOfOrderQueryVariables = Exact<{
  id: string | number;
}>;


export type GridSyncOfOrderQuery = { order: { status: OrderStatus, version: number, gridSync: { state: GridSyncState, attempts: number, nextAttemptAt: string | null, lastError: string | null, deliveredAt: string | null } | null } };

export type ReplayGridDeadLettersMutationVariables = Exact<{
  input: ReplayGridDeadLettersInput;
}>;


export type ReplayGridDeadLettersMutation = { replayGridDeadLetters: Array<{ id: string }> };

export type GridChangesQueryVariables = Exact<{
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type GridChangesQuery = { gridChanges: { endCursor: string | null, hasMore: boolean, changes: Array<{ cursor: string, kind: EventKind, order: { id: string } | null }> } };

export type SubmitGridFeedbackMutationVariables = Exact<{
  input: GridFeedbackInput;
}>;


export type SubmitGridFeedbackMutation = { submitGridFeedback: { id: string, status: OrderStatus } };

export type SetUnitContactsMutationVariables = Exact<{
  input: SetUnitContactsInput;
}>;


export type SetUnitContactsMutation = { setUnitContacts: { code: string, dutyPhone: string | null, responsibleLeader: { name: string | null, position: string | null, phone: string | null }, liaison: { name: string | null, phone: string | null } } };

export type SetLeadershipContactMutationVariables = Exact<{
  input: SetLeadershipContactInput;
}>;


export type SetLeadershipContactMutation = { setLeadershipContact: { id: string, personName: string | null, phone: string | null } };

export type SaveRotationMutationVariables = Exact<{
  input: SaveRotationInput;
}>;


export type SaveRotationMutation = { saveRotation: { id: string, post: RosterDuty, name: string, members: Array<{ name: string, phone: string }> } };

export type AddRosterOverrideMutationVariables = Exact<{
  input: AddOverrideInput;
}>;


export type AddRosterOverrideMutation = { addRosterOverride: { id: string, kind: OverrideKind } };

export type SaveTemporaryRosterMutationVariables = Exact<{
  input: SaveTemporaryRosterInput;
}>;


export type SaveTemporaryRosterMutation = { saveTemporaryRoster: { id: string } };

export type OnDutyQueryVariables = Exact<{
  unitCode?: string | null | undefined;
  at?: string | null | undefined;
}>;


export type OnDutyQuery = { onDuty: Array<{ at: string, post: RosterDuty, required: boolean, personName: string | null, phone: string | null, from: string | null, until: string | null, source: ShiftSource | null, nextHandoff: string | null, unit: { code: string }, onDuty: Array<{ personName: string, source: ShiftSource }> }> };

export type UnitsOnDutyNowQueryVariables = Exact<{ [key: string]: never; }>;


export type UnitsOnDutyNowQuery = { units: Array<{ code: string, onDutyNow: Array<{ post: RosterDuty, personName: string | null, phone: string | null }> }> };

export type RosterShiftsQueryVariables = Exact<{
  unitCode: string;
  from: string;
  to: string;
}>;


export type RosterShiftsQuery = { rosterShifts: Array<{ post: RosterDuty, personName: string, phone: string, from: string, until: string, source: ShiftSource }> };

export type RosterGapsQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  unitCode?: string | null | undefined;
}>;


export type RosterGapsQuery = { rosterGaps: Array<{ unitCode: string, missing: Array<MissingContact>, gaps: Array<{ post: RosterDuty, from: string, until: string }> }> };

export type RosterChangesQueryVariables = Exact<{
  unitCode?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type RosterChangesQuery = { rosterChanges: Array<{ cursor: string, kind: RosterChangeKind, unitCode: string | null, actorId: string, actorRole: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null }> };

export type OrderDutyContactQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderDutyContactQuery = { order: { id: string, rosterGap: boolean, dutyContact: { personName: string | null, phone: string | null, post: RosterDuty | null } | null, timeline: Array<{ kind: EventKind, note: string | null, after: Record<string, unknown> | null }> } };

export type IssueCalendarFeedMutationVariables = Exact<{
  input: IssueCalendarTokenInput;
}>;


export type IssueCalendarFeedMutation = { issueCalendarFeed: { id: string, path: string } };

export type RevokeCalendarFeedMutationVariables = Exact<{
  input: DeleteRosterItemInput;
}>;


export type RevokeCalendarFeedMutation = { revokeCalendarFeed: { kind: RosterChangeKind } };

export type OrderQueryVariables = Exact<{
  id: string | number;
}>;


export type OrderQuery = { order: { id: string, status: OrderStatus, channel: OrderChannel, unit: { code: string } } };

export type IncidentQueryVariables = Exact<{
  id: string | number;
}>;


export type IncidentQuery = { incident: { id: string, description: string, orders: Array<{ id: string, unit: { code: string } }>, timeline: Array<{ kind: EventKind }> } };

export type SupervisionEventFieldsFragment = { id: string, kind: EventKind, actorId: string, actorRole: string, channel: ActionChannel, occurredAt: string, after: Record<string, unknown> | null, note: string | null };

export type RecordCallbackMutationVariables = Exact<{
  input: RecordCallbackInput;
}>;


export type RecordCallbackMutation = { recordCallback: { id: string, kind: EventKind, actorId: string, actorRole: string, channel: ActionChannel, occurredAt: string, after: Record<string, unknown> | null, note: string | null } };

export type RecordComplaintMutationVariables = Exact<{
  input: RecordComplaintInput;
}>;


export type RecordComplaintMutation = { recordComplaint: { id: string, kind: EventKind, actorId: string, actorRole: string, channel: ActionChannel, occurredAt: string, after: Record<string, unknown> | null, note: string | null } };

export type ReopenIncidentMutationVariables = Exact<{
  input: ReopenIncidentInput;
}>;


export type ReopenIncidentMutation = { reopenIncident: { id: string, status: IncidentStatus, closedAt: string | null, timeline: Array<{ id: string, kind: EventKind, actorId: string, actorRole: string, channel: ActionChannel, occurredAt: string, after: Record<string, unknown> | null, note: string | null }> } };

export type AssessmentFieldsFragment = { unitCode: string, unitName: string, assessed: boolean, ordersReceived: number, overdue: number, disputesFiled: number, disputesUpheld: number, disputesRejected: number, complaints: number, mediaReports: number, leaderInstructions: number, hasNamedLeader: boolean, rosterCoverage: number | null, rosterGapHours: number | null, period: { key: string, firstDay: string, lastDay: string, from: string, to: string }, figures: Array<{ metric: KpiMetric, denominator: number, numerator: number, rate: number | null }>, times: Array<{ measure: string, count: number, p50Seconds: number | null, p90Seconds: number | null, bands: Array<{ fromSeconds: number, toSeconds: number | null, count: number }> }> };

export type UnitAssessmentQueryVariables = Exact<{
  period: PeriodInput;
  unitCode: string;
}>;


export type UnitAssessmentQuery = { unitAssessment: { unitCode: string, unitName: string, assessed: boolean, ordersReceived: number, overdue: number, disputesFiled: number, disputesUpheld: number, disputesRejected: number, complaints: number, mediaReports: number, leaderInstructions: number, hasNamedLeader: boolean, rosterCoverage: number | null, rosterGapHours: number | null, period: { key: string, firstDay: string, lastDay: string, from: string, to: string }, figures: Array<{ metric: KpiMetric, denominator: number, numerator: number, rate: number | null }>, times: Array<{ measure: string, count: number, p50Seconds: number | null, p90Seconds: number | null, bands: Array<{ fromSeconds: number, toSeconds: number | null, count: number }> }> } };

export type UnitAssessmentsQueryVariables = Exact<{
  period: PeriodInput;
}>;


export type UnitAssessmentsQuery = { unitAssessments: Array<{ unitCode: string, assessed: boolean, ordersReceived: number }> };

export type AssessmentOrdersQueryVariables = Exact<{
  period: PeriodInput;
  unitCode: string;
  metric: KpiMetric;
  outcome?: FigureOutcome | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AssessmentOrdersQuery = { assessmentOrders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string } }> } };

export type BulletinFieldsFragment = { schemeVersion: number, asOf: string, redList: Array<string>, blackList: Array<string>, period: { key: string }, previousPeriod: { key: string }, entries: Array<{ rank: number | null, unitCode: string, assessed: boolean, score: number | null, previousScore: number | null, change: number | null, points: Array<{ metric: KpiMetric, rate: number | null, weight: number, points: number | null }>, deductions: Array<{ kind: DeductionKind, occurrences: number, points: number }> }>, slowest: Array<{ measure: string, unitCode: string, p90Seconds: number }> };

export type AssessmentBulletinQueryVariables = Exact<{
  period: PeriodInput;
  schemeVersion?: number | null | undefined;
  asOf?: string | null | undefined;
}>;


export type AssessmentBulletinQuery = { assessmentBulletin: { schemeVersion: number, asOf: string, redList: Array<string>, blackList: Array<string>, period: { key: string }, previousPeriod: { key: string }, entries: Array<{ rank: number | null, unitCode: string, assessed: boolean, score: number | null, previousScore: number | null, change: number | null, points: Array<{ metric: KpiMetric, rate: number | null, weight: number, points: number | null }>, deductions: Array<{ kind: DeductionKind, occurrences: number, points: number }> }>, slowest: Array<{ measure: string, unitCode: string, p90Seconds: number }> } };

export type PublishBulletinMutationVariables = Exact<{
  input: PublishBulletinInput;
}>;


export type PublishBulletinMutation = { publishBulletin: { id: string, periodKey: string, version: number, schemeVersion: number, asOf: string, content: Record<string, unknown>, publishedBy: string, note: string | null } };

export type PublishedBulletinsQueryVariables = Exact<{
  periodKey?: string | null | undefined;
}>;


export type PublishedBulletinsQuery = { publishedBulletins: Array<{ id: string, periodKey: string, version: number, schemeVersion: number, asOf: string, content: Record<string, unknown> }> };

export type ScoringSchemesQueryVariables = Exact<{ [key: string]: never; }>;


export type ScoringSchemesQuery = { scoringSchemes: Array<{ version: number, name: string, redListMinScore: number, blackListBelowScore: number, metrics: Array<{ metric: KpiMetric, weight: number, floor: number, slope: number, cap: number }>, deductions: Array<{ kind: DeductionKind, points: number }> }> };

export type SaveScoringSchemeMutationVariables = Exact<{
  input: SaveScoringSchemeInput;
}>;


export type SaveScoringSchemeMutation = { saveScoringScheme: { version: number, name: string, metrics: Array<{ metric: KpiMetric, weight: number, floor: number, slope: number, cap: number }> } };

export type AccountabilityRulesQueryVariables = Exact<{ [key: string]: never; }>;


export type AccountabilityRulesQuery = { accountabilityRules: Array<{ code: string, category: MisconductCategory, enabled: boolean, threshold: number }> };

export type UpdateAccountabilityRuleMutationVariables = Exact<{
  input: UpdateAccountabilityRuleInput;
}>;


export type UpdateAccountabilityRuleMutation = { updateAccountabilityRule: { code: string, enabled: boolean, threshold: number } };

export type CaseFieldsFragment = { id: string, ruleCode: string, category: MisconductCategory, consequence: MisconductConsequence | null, status: CaseStatus, periodKey: string, summary: string, evidence: Record<string, unknown>, decision: string | null, decidedBy: string | null, openedBy: string | null, statement: string | null, orderId: string | null, unit: { code: string }, history: Array<{ kind: CaseEventKind, fromStatus: CaseStatus | null, toStatus: CaseStatus, actorRole: string, channel: ActionChannel, note: string | null }> };

export type RunAccountabilityRulesMutationVariables = Exact<{
  input: RunAccountabilityRulesInput;
}>;


export type RunAccountabilityRulesMutation = { runAccountabilityRules: Array<{ id: string, ruleCode: string, category: MisconductCategory, consequence: MisconductConsequence | null, status: CaseStatus, periodKey: string, summary: string, evidence: Record<string, unknown>, decision: string | null, decidedBy: string | null, openedBy: string | null, statement: string | null, orderId: string | null, unit: { code: string }, history: Array<{ kind: CaseEventKind, fromStatus: CaseStatus | null, toStatus: CaseStatus, actorRole: string, channel: ActionChannel, note: string | null }> }> };

export type AccountabilityCasesQueryVariables = Exact<{
  periodKey?: string | null | undefined;
  unitCode?: string | null | undefined;
}>;


export type AccountabilityCasesQuery = { accountabilityCases: Array<{ id: string, ruleCode: string, category: MisconductCategory, consequence: MisconductConsequence | null, status: CaseStatus, periodKey: string, summary: string, evidence: Record<string, unknown>, decision: string | null, decidedBy: string | null, openedBy: string | null, statement: string | null, orderId: string | null, unit: { code: string }, history: Array<{ kind: CaseEventKind, fromStatus: CaseStatus | null, toStatus: CaseStatus, actorRole: string, channel: ActionChannel, note: string | null }> }> };

export type OpenCaseMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type OpenCaseMutation = { openCase: { id: string, ruleCode: string, category: MisconductCategory, consequence: MisconductConsequence | null, status: CaseStatus, periodKey: string, summary: string, evidence: Record<string, unknown>, decision: string | null, decidedBy: string | null, openedBy: string | null, statement: string | null, orderId: string | null, unit: { code: string }, history: Array<{ kind: CaseEventKind, fromStatus: CaseStatus | null, toStatus: CaseStatus, actorRole: string, channel: ActionChannel, note: string | null }> } };

export type DecideCaseMutationVariables = Exact<{
  input: DecideCaseInput;
}>;


export type DecideCaseMutation = { decideCase: { id: string, ruleCode: string, category: MisconductCategory, consequence: MisconductConsequence | null, status: CaseStatus, periodKey: string, summary: string, evidence: Record<string, unknown>, decision: string | null, decidedBy: string | null, openedBy: string | null, statement: string | null, orderId: string | null, unit: { code: string }, history: Array<{ kind: CaseEventKind, fromStatus: CaseStatus | null, toStatus: CaseStatus, actorRole: string, channel: ActionChannel, note: string | null }> } };

export type DismissCaseMutationVariables = Exact<{
  input: CaseActionInput;
}>;


export type DismissCaseMutation = { dismissCase: { id: string, ruleCode: string, category: MisconductCategory, consequence: MisconductConsequence | null, status: CaseStatus, periodKey: string, summary: string, evidence: Record<string, unknown>, decision: string | null, decidedBy: string | null, openedBy: string | null, statement: string | null, orderId: string | null, unit: { code: string }, history: Array<{ kind: CaseEventKind, fromStatus: CaseStatus | null, toStatus: CaseStatus, actorRole: string, channel: ActionChannel, note: string | null }> } };

export type FileCaseStatementMutationVariables = Exact<{
  input: FileCaseStatementInput;
}>;


export type FileCaseStatementMutation = { fileCaseStatement: { id: string, ruleCode: string, category: MisconductCategory, consequence: MisconductConsequence | null, status: CaseStatus, periodKey: string, summary: string, evidence: Record<string, unknown>, decision: string | null, decidedBy: string | null, openedBy: string | null, statement: string | null, orderId: string | null, unit: { code: string }, history: Array<{ kind: CaseEventKind, fromStatus: CaseStatus | null, toStatus: CaseStatus, actorRole: string, channel: ActionChannel, note: string | null }> } };

export type RecordJointMeetingMutationVariables = Exact<{
  input: RecordJointMeetingInput;
}>;


export type RecordJointMeetingMutation = { recordJointMeeting: { id: string, heldOn: string, title: string, topics: Array<string>, decisions: Array<string>, attendees: Array<{ position: string, name: string | null }>, followUps: Array<{ id: string, unitCode: string, item: string, dueOn: string, completedAt: string | null }> } };

export type CompleteFollowUpMutationVariables = Exact<{
  input: CompleteFollowUpInput;
}>;


export type CompleteFollowUpMutation = { completeFollowUp: { id: string, unitCode: string, completedAt: string | null, completionNote: string | null } };

export type JointMeetingReportQueryVariables = Exact<{
  period: PeriodInput;
  format: ReportFormat;
}>;


export type JointMeetingReportQuery = { jointMeetingReport: { filename: string, contentType: string, size: number, base64: string } };

export type BoardPageFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, description: string, major: boolean, intakeChannel: IntakeChannel, receivedAt: string, nextDeadline: string | null, area: { code: string, name: string, parent: { code: string } | null } | null, orders: Array<{ id: string, status: OrderStatus, overdue: boolean, channel: OrderChannel, disputeDeadline: string | null, rulingDeadline: string | null, unit: { code: string, name: string } }> } }> };

export type BoardQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: IncidentFilter | null | undefined;
  orderBy?: IncidentSort | null | undefined;
}>;


export type BoardQuery = { deskBoard: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, description: string, major: boolean, intakeChannel: IntakeChannel, receivedAt: string, nextDeadline: string | null, area: { code: string, name: string, parent: { code: string } | null } | null, orders: Array<{ id: string, status: OrderStatus, overdue: boolean, channel: OrderChannel, disputeDeadline: string | null, rulingDeadline: string | null, unit: { code: string, name: string } }> } }> } };

export type BoardOrdinaryQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: IncidentFilter | null | undefined;
  orderBy?: IncidentSort | null | undefined;
}>;


export type BoardOrdinaryQuery = { deskBoard: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, description: string, major: boolean, intakeChannel: IntakeChannel, receivedAt: string, nextDeadline: string | null, area: { code: string, name: string, parent: { code: string } | null } | null, orders: Array<{ id: string, status: OrderStatus, overdue: boolean, channel: OrderChannel, disputeDeadline: string | null, rulingDeadline: string | null, unit: { code: string, name: string } }> } }> }, units: Array<{ code: string }> };

export type OrderPageFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'Order', id: string, status: OrderStatus, overdue: boolean, rulingDeadline: string | null, unit: { code: string }, incident: { id: string, nextDeadline: string | null, orders: Array<{ id: string, unit: { code: string } }> } } }> };

export type OrderListQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: OrderFilter | null | undefined;
  orderBy?: OrderSort | null | undefined;
}>;


export type OrderListQuery = { orders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'Order', id: string, status: OrderStatus, overdue: boolean, rulingDeadline: string | null, unit: { code: string }, incident: { id: string, nextDeadline: string | null, orders: Array<{ id: string, unit: { code: string } }> } } }> } };

export type OrderListOrdinaryQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: OrderFilter | null | undefined;
  orderBy?: OrderSort | null | undefined;
}>;


export type OrderListOrdinaryQuery = { orders: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { __typename: 'Order', id: string, status: OrderStatus, overdue: boolean, rulingDeadline: string | null, unit: { code: string }, incident: { id: string, nextDeadline: string | null, orders: Array<{ id: string, unit: { code: string } }> } } }> }, units: Array<{ code: string }> };

export const ConsoleOrderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}},{"kind":"Field","name":{"kind":"Name","value":"signDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"arriveDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"rosterGap"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dutyContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<ConsoleOrderFragment, unknown>;
export const ConsoleEventFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HistoryEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"actorUnit"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<ConsoleEventFragment, unknown>;
export const ConsoleBoardIncidentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleBoardIncident"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"intakeChannel"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"signDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleBoardIncidentFragment, unknown>;
export const ConsoleCaseFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountabilityCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ruleCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"consequence"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleCaseFragment, unknown>;
export const FeedEventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"actorUnit"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}},{"kind":"Field","name":{"kind":"Name","value":"signDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"arriveDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<FeedEventFieldsFragment, unknown>;
export const RoutingCategoryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoutingCategoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoutingCategory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"policeFirst"}},{"kind":"Field","name":{"kind":"Name","value":"alternatives"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"synonyms"}},{"kind":"Field","name":{"kind":"Name","value":"weakSynonyms"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"dutyItem"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<RoutingCategoryFieldsFragment, unknown>;
export const OrderFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}},{"kind":"Field","name":{"kind":"Name","value":"signDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"arriveDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"disputeDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<OrderFieldsFragment, unknown>;
export const EventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HistoryEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"actorUnit"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<EventFieldsFragment, unknown>;
export const AreaFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AreaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Area"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"boundary"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<AreaFieldsFragment, unknown>;
export const SupervisionEventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HistoryEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]} as unknown as DocumentNode<SupervisionEventFieldsFragment, unknown>;
export const AssessmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"assessed"}},{"kind":"Field","name":{"kind":"Name","value":"ordersReceived"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"disputesFiled"}},{"kind":"Field","name":{"kind":"Name","value":"disputesUpheld"}},{"kind":"Field","name":{"kind":"Name","value":"disputesRejected"}},{"kind":"Field","name":{"kind":"Name","value":"complaints"}},{"kind":"Field","name":{"kind":"Name","value":"mediaReports"}},{"kind":"Field","name":{"kind":"Name","value":"leaderInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"hasNamedLeader"}},{"kind":"Field","name":{"kind":"Name","value":"rosterCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"rosterGapHours"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"lastDay"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"times"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"p50Seconds"}},{"kind":"Field","name":{"kind":"Name","value":"p90Seconds"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"toSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<AssessmentFieldsFragment, unknown>;
export const BulletinFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulletinFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentBulletin"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schemeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"assessed"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"previousScore"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deductions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurrences"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"slowest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"p90Seconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"redList"}},{"kind":"Field","name":{"kind":"Name","value":"blackList"}}]}}]} as unknown as DocumentNode<BulletinFieldsFragment, unknown>;
export const CaseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountabilityCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ruleCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"consequence"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<CaseFieldsFragment, unknown>;
export const BoardPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncidentConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"intakeChannel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"disputeDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"rulingDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BoardPageFragment, unknown>;
export const OrderPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"rulingDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderPageFragment, unknown>;
export const UnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Units"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeInactive"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeInactive"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"noticeSection"}},{"kind":"Field","name":{"kind":"Name","value":"dutyMode"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"dutyPhone"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleLeader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"liaison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]} as unknown as DocumentNode<UnitsQuery, UnitsQueryVariables>;
export const UnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Unit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"dutyMode"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleLeader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"liaison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dutyPhone"}},{"kind":"Field","name":{"kind":"Name","value":"duties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<UnitQuery, UnitQueryVariables>;
export const AreasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Areas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AreaKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"parentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AreasQuery, AreasQueryVariables>;
export const LeadershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Leadership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leadership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalationTargets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<LeadershipQuery, LeadershipQueryVariables>;
export const ConsoleDeskBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDeskBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deskBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleBoardIncident"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleBoardIncident"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"intakeChannel"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"signDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleDeskBoardQuery, ConsoleDeskBoardQueryVariables>;
export const ConsoleIncidentFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConsoleIncidentFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleBoardIncident"}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleBoardIncident"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"intakeChannel"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"signDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleIncidentFeedSubscription, ConsoleIncidentFeedSubscriptionVariables>;
export const ConsoleDeskSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDeskSetup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"dutyMode"}}]}}]}}]} as unknown as DocumentNode<ConsoleDeskSetupQuery, ConsoleDeskSetupQueryVariables>;
export const ConsoleSuggestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleSuggest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"dutyItem"}},{"kind":"Field","name":{"kind":"Name","value":"matchedWords"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessPoliceResponse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policeFirstResponse"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"why"}},{"kind":"Field","name":{"kind":"Name","value":"words"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleSuggestQuery, ConsoleSuggestQueryVariables>;
export const ConsoleIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleBoardIncident"}},{"kind":"Field","name":{"kind":"Name","value":"callerName"}},{"kind":"Field","name":{"kind":"Name","value":"callbackNumber"}},{"kind":"Field","name":{"kind":"Name","value":"noDispatchReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleOrder"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentUrls"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"dutyPhone"}},{"kind":"Field","name":{"kind":"Name","value":"onDutyNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleEvent"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleBoardIncident"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"intakeChannel"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"signDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}},{"kind":"Field","name":{"kind":"Name","value":"signDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"arriveDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"rosterGap"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dutyContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleEvent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HistoryEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"actorUnit"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]} as unknown as DocumentNode<ConsoleIncidentQuery, ConsoleIncidentQueryVariables>;
export const ConsoleReportIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleReportIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleBoardIncident"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleBoardIncident"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"intakeChannel"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"signDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleReportIncidentMutation, ConsoleReportIncidentMutationVariables>;
export const ConsoleClassifyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleClassify"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClassifyIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classifyIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleBoardIncident"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleBoardIncident"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Incident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"intakeChannel"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"signDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleClassifyMutation, ConsoleClassifyMutationVariables>;
export const ConsoleDispatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDispatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DispatchOrdersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispatchOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}},{"kind":"Field","name":{"kind":"Name","value":"signDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"arriveDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"rosterGap"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dutyContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<ConsoleDispatchMutation, ConsoleDispatchMutationVariables>;
export const ConsolePhoneNotifiedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsolePhoneNotified"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPhoneNotificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPhoneNotification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}},{"kind":"Field","name":{"kind":"Name","value":"signDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"arriveDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"rosterGap"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dutyContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<ConsolePhoneNotifiedMutation, ConsolePhoneNotifiedMutationVariables>;
export const ConsoleDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentBulletin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"schemeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"lastDay"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"assessed"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"previousScore"}},{"kind":"Field","name":{"kind":"Name","value":"change"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slowest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"p90Seconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"redList"}},{"kind":"Field","name":{"kind":"Name","value":"blackList"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unitAssessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"assessed"}},{"kind":"Field","name":{"kind":"Name","value":"ordersReceived"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"disputesFiled"}},{"kind":"Field","name":{"kind":"Name","value":"complaints"}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleDashboardQuery, ConsoleDashboardQueryVariables>;
export const ConsoleUnitTimesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleUnitTimes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"times"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"p50Seconds"}},{"kind":"Field","name":{"kind":"Name","value":"p90Seconds"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"toSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleUnitTimesQuery, ConsoleUnitTimesQueryVariables>;
export const ConsoleTrendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleTrend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentBulletin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"firstDay"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleTrendQuery, ConsoleTrendQueryVariables>;
export const ConsoleOversightFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConsoleOversightFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<ConsoleOversightFeedSubscription, ConsoleOversightFeedSubscriptionVariables>;
export const ConsoleBulletinsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleBulletins"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedBulletins"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"schemeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<ConsoleBulletinsQuery, ConsoleBulletinsQueryVariables>;
export const ConsolePublishBulletinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsolePublishBulletin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishBulletinInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishBulletin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"schemeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<ConsolePublishBulletinMutation, ConsolePublishBulletinMutationVariables>;
export const ConsoleCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountabilityCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleCase"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountabilityCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ruleCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"consequence"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleCasesQuery, ConsoleCasesQueryVariables>;
export const ConsoleRunRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRunRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RunAccountabilityRulesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runAccountabilityRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleCase"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountabilityCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ruleCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"consequence"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleRunRulesMutation, ConsoleRunRulesMutationVariables>;
export const ConsoleOpenCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleOpenCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleCase"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountabilityCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ruleCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"consequence"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleOpenCaseMutation, ConsoleOpenCaseMutationVariables>;
export const ConsoleDecideCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDecideCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleCase"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountabilityCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ruleCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"consequence"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleDecideCaseMutation, ConsoleDecideCaseMutationVariables>;
export const ConsoleDismissCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDismissCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dismissCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleCase"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleCase"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountabilityCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ruleCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"consequence"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleDismissCaseMutation, ConsoleDismissCaseMutationVariables>;
export const ConsoleMeetingReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleMeetingReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jointMeetingReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]} as unknown as DocumentNode<ConsoleMeetingReportQuery, ConsoleMeetingReportQueryVariables>;
export const ConsoleUnitOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleUnitOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleOrder"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentUrls"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}},{"kind":"Field","name":{"kind":"Name","value":"signDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"arriveDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"rosterGap"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dutyContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<ConsoleUnitOrdersQuery, ConsoleUnitOrdersQueryVariables>;
export const ConsoleOrderFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ConsoleOrderFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleOrder"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentUrls"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}},{"kind":"Field","name":{"kind":"Name","value":"signDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"arriveDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"rosterGap"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dutyContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<ConsoleOrderFeedSubscription, ConsoleOrderFeedSubscriptionVariables>;
export const ConsoleUnitRosterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleUnitRoster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"dutyMode"}},{"kind":"Field","name":{"kind":"Name","value":"dutyPhone"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleLeader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"liaison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"onDuty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"nextHandoff"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<ConsoleUnitRosterQuery, ConsoleUnitRosterQueryVariables>;
export const ConsoleUnitShiftsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleUnitShifts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rosterShifts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<ConsoleUnitShiftsQuery, ConsoleUnitShiftsQueryVariables>;
export const ConsoleSignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}},{"kind":"Field","name":{"kind":"Name","value":"signDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"arriveDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"rosterGap"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dutyContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<ConsoleSignMutation, ConsoleSignMutationVariables>;
export const ConsoleArriveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleArrive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArriveOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arriveOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}},{"kind":"Field","name":{"kind":"Name","value":"signDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"arriveDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"rosterGap"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dutyContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<ConsoleArriveMutation, ConsoleArriveMutationVariables>;
export const ConsoleFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedbackOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleOrder"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentUrls"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}},{"kind":"Field","name":{"kind":"Name","value":"signDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"arriveDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"rosterGap"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dutyContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<ConsoleFeedbackMutation, ConsoleFeedbackMutationVariables>;
export const ConsoleDisputeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDispute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DisputeOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disputeOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleOrder"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleOrder"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disputedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}},{"kind":"Field","name":{"kind":"Name","value":"signDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"arriveDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"rosterGap"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dutyContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<ConsoleDisputeMutation, ConsoleDisputeMutationVariables>;
export const IncidentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Incidents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IncidentFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"intakeChannel"}},{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<IncidentsQuery, IncidentsQueryVariables>;
export const OrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Orders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrdersQuery, OrdersQueryVariables>;
export const OrderCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderCount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<OrderCountQuery, OrderCountQueryVariables>;
export const IncidentFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"IncidentFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidentFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedEventFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"actorUnit"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}},{"kind":"Field","name":{"kind":"Name","value":"signDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"arriveDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<IncidentFeedSubscription, IncidentFeedSubscriptionVariables>;
export const OrderFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OrderFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"unit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedEventFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"actorUnit"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}},{"kind":"Field","name":{"kind":"Name","value":"signDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"arriveDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OrderFeedSubscription, OrderFeedSubscriptionVariables>;
export const EscalationFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"EscalationFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalationFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FeedEventFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FeedEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeedEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"actorUnit"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}},{"kind":"Field","name":{"kind":"Name","value":"signDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"arriveDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EscalationFeedSubscription, EscalationFeedSubscriptionVariables>;
export const SuggestUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuggestUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"categoryCode"}},{"kind":"Field","name":{"kind":"Name","value":"categoryName"}},{"kind":"Field","name":{"kind":"Name","value":"dutyItem"}},{"kind":"Field","name":{"kind":"Name","value":"dutyText"}},{"kind":"Field","name":{"kind":"Name","value":"matchedWords"}},{"kind":"Field","name":{"kind":"Name","value":"approximate"}},{"kind":"Field","name":{"kind":"Name","value":"learnedCount"}}]}}]}}]}}]} as unknown as DocumentNode<SuggestUnitsQuery, SuggestUnitsQueryVariables>;
export const AssessPoliceResponseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessPoliceResponse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessPoliceResponse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policeFirstResponse"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"why"}},{"kind":"Field","name":{"kind":"Name","value":"words"}}]}}]}}]}}]} as unknown as DocumentNode<AssessPoliceResponseQuery, AssessPoliceResponseQueryVariables>;
export const RoutingCategoriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoutingCategories"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeRetired"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"routingCategories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeRetired"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeRetired"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoutingCategoryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoutingCategoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoutingCategory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"policeFirst"}},{"kind":"Field","name":{"kind":"Name","value":"alternatives"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"synonyms"}},{"kind":"Field","name":{"kind":"Name","value":"weakSynonyms"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"dutyItem"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<RoutingCategoriesQuery, RoutingCategoriesQueryVariables>;
export const UpsertRoutingCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertRoutingCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertRoutingCategoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertRoutingCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoutingCategoryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoutingCategoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoutingCategory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"policeFirst"}},{"kind":"Field","name":{"kind":"Name","value":"alternatives"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"synonyms"}},{"kind":"Field","name":{"kind":"Name","value":"weakSynonyms"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"dutyItem"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<UpsertRoutingCategoryMutation, UpsertRoutingCategoryMutationVariables>;
export const RetireRoutingCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetireRoutingCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RetireRoutingCategoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireRoutingCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoutingCategoryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoutingCategoryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoutingCategory"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"groupName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"policeFirst"}},{"kind":"Field","name":{"kind":"Name","value":"alternatives"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"synonyms"}},{"kind":"Field","name":{"kind":"Name","value":"weakSynonyms"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"dutyItem"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}}]} as unknown as DocumentNode<RetireRoutingCategoryMutation, RetireRoutingCategoryMutationVariables>;
export const ReportIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ReportIncidentMutation, ReportIncidentMutationVariables>;
export const ClassifyIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClassifyIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClassifyIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"classifyIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"noDispatchReason"}},{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}}]}}]}}]} as unknown as DocumentNode<ClassifyIncidentMutation, ClassifyIncidentMutationVariables>;
export const DispatchOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DispatchOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DispatchOrdersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dispatchOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}},{"kind":"Field","name":{"kind":"Name","value":"signDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"arriveDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"disputeDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<DispatchOrdersMutation, DispatchOrdersMutationVariables>;
export const RecordPhoneNotificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPhoneNotification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPhoneNotificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPhoneNotification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}},{"kind":"Field","name":{"kind":"Name","value":"signDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"arriveDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"disputeDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<RecordPhoneNotificationMutation, RecordPhoneNotificationMutationVariables>;
export const SignOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}},{"kind":"Field","name":{"kind":"Name","value":"signDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"arriveDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"disputeDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<SignOrderMutation, SignOrderMutationVariables>;
export const ArriveOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArriveOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArriveOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arriveOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}},{"kind":"Field","name":{"kind":"Name","value":"signDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"arriveDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"disputeDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ArriveOrderMutation, ArriveOrderMutationVariables>;
export const FeedbackOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FeedbackOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FeedbackOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feedbackOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentUrls"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}},{"kind":"Field","name":{"kind":"Name","value":"signDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"arriveDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"disputeDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<FeedbackOrderMutation, FeedbackOrderMutationVariables>;
export const CompleteOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}},{"kind":"Field","name":{"kind":"Name","value":"signDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"arriveDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"disputeDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CompleteOrderMutation, CompleteOrderMutationVariables>;
export const DisputeOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisputeOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DisputeOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disputeOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}},{"kind":"Field","name":{"kind":"Name","value":"signDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"arriveDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"disputeDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<DisputeOrderMutation, DisputeOrderMutationVariables>;
export const RuleDisputeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RuleDispute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RuleDisputeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleDispute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}},{"kind":"Field","name":{"kind":"Name","value":"signDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"arriveDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"disputeDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<RuleDisputeMutation, RuleDisputeMutationVariables>;
export const CancelOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}},{"kind":"Field","name":{"kind":"Name","value":"signDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"arriveDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"disputeDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CancelOrderMutation, CancelOrderMutationVariables>;
export const EscalateIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EscalateIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EscalateIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalateIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EscalateIncidentMutation, EscalateIncidentMutationVariables>;
export const AcknowledgeEscalationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeEscalation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcknowledgeEscalationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeEscalation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AcknowledgeEscalationMutation, AcknowledgeEscalationMutationVariables>;
export const CloseIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closingNote"}}]}}]}}]} as unknown as DocumentNode<CloseIncidentMutation, CloseIncidentMutationVariables>;
export const UpdateTimeLimitPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTimeLimitPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTimeLimitPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTimeLimitPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"dutyMode"}},{"kind":"Field","name":{"kind":"Name","value":"signWithinMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"arriveWithinMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackWithinMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"disputeWithinMinutes"}}]}}]}}]} as unknown as DocumentNode<UpdateTimeLimitPolicyMutation, UpdateTimeLimitPolicyMutationVariables>;
export const IncidentDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IncidentDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"escalations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}},{"kind":"Field","name":{"kind":"Name","value":"signDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"arriveDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"disputeDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HistoryEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"actorUnit"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<IncidentDetailQuery, IncidentDetailQueryVariables>;
export const OrderTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderFields"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EventFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"signedAt"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}},{"kind":"Field","name":{"kind":"Name","value":"signDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"arriveDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"disputeDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HistoryEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"actorUnit"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<OrderTimelineQuery, OrderTimelineQueryVariables>;
export const DeskBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IncidentFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deskBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"signDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeskBoardQuery, DeskBoardQueryVariables>;
export const UpsertAreaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertArea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertAreaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertArea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AreaFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AreaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Area"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"boundary"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<UpsertAreaMutation, UpsertAreaMutationVariables>;
export const ImportAreasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportAreas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportAreasInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importAreas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AreaFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AreaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Area"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"boundary"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<ImportAreasMutation, ImportAreasMutationVariables>;
export const AreasUnderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AreasUnder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AreaKind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"parentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AreaFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AreaFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Area"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"boundary"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<AreasUnderQuery, AreasUnderQueryVariables>;
export const ReportPlacedIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportPlacedIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"latitude"}},{"kind":"Field","name":{"kind":"Name","value":"longitude"}}]}}]}}]} as unknown as DocumentNode<ReportPlacedIncidentMutation, ReportPlacedIncidentMutationVariables>;
export const DeskReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeskReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<DeskReportMutation, DeskReportMutationVariables>;
export const DeskIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"noDispatchReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relatedCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"callbackNumber"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"gridCaseNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeskIncidentQuery, DeskIncidentQueryVariables>;
export const DeskSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IncidentSearchInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchIncidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]} as unknown as DocumentNode<DeskSearchQuery, DeskSearchQueryVariables>;
export const DeskBoardSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskBoardSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IncidentFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeskBoardSearchQuery, DeskBoardSearchQueryVariables>;
export const LinkIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"classification"}},{"kind":"Field","name":{"kind":"Name","value":"noDispatchReason"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LinkIncidentMutation, LinkIncidentMutationVariables>;
export const AmendOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AmendOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AmendOrderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amendOrder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"signDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"arriveDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"disputeDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}}]}}]}}]} as unknown as DocumentNode<AmendOrderMutation, AmendOrderMutationVariables>;
export const DeskOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"urgency"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}},{"kind":"Field","name":{"kind":"Name","value":"signDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"arriveDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"gridCaseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<DeskOrderQuery, DeskOrderQueryVariables>;
export const DeskRelatedListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeskRelatedList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IncidentFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relatedCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeskRelatedListQuery, DeskRelatedListQueryVariables>;
export const RevokeAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeAccessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"revokedBefore"}}]}}]}}]} as unknown as DocumentNode<RevokeAccessMutation, RevokeAccessMutationVariables>;
export const GridSyncOfOrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridSyncOfOrder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"gridSync"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}}]}}]}}]}}]} as unknown as DocumentNode<GridSyncOfOrderQuery, GridSyncOfOrderQueryVariables>;
export const ReplayGridDeadLettersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReplayGridDeadLetters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReplayGridDeadLettersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"replayGridDeadLetters"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ReplayGridDeadLettersMutation, ReplayGridDeadLettersMutationVariables>;
export const GridChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}}]}}]}}]} as unknown as DocumentNode<GridChangesQuery, GridChangesQueryVariables>;
export const SubmitGridFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitGridFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GridFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitGridFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SubmitGridFeedbackMutation, SubmitGridFeedbackMutationVariables>;
export const SetUnitContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUnitContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetUnitContactsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUnitContacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"dutyPhone"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleLeader"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"liaison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]} as unknown as DocumentNode<SetUnitContactsMutation, SetUnitContactsMutationVariables>;
export const SetLeadershipContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetLeadershipContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetLeadershipContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setLeadershipContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]} as unknown as DocumentNode<SetLeadershipContactMutation, SetLeadershipContactMutationVariables>;
export const SaveRotationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveRotation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveRotationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveRotation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]} as unknown as DocumentNode<SaveRotationMutation, SaveRotationMutationVariables>;
export const AddRosterOverrideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddRosterOverride"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddOverrideInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRosterOverride"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<AddRosterOverrideMutation, AddRosterOverrideMutationVariables>;
export const SaveTemporaryRosterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveTemporaryRoster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveTemporaryRosterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveTemporaryRoster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SaveTemporaryRosterMutation, SaveTemporaryRosterMutationVariables>;
export const OnDutyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OnDuty"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onDuty"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"nextHandoff"}},{"kind":"Field","name":{"kind":"Name","value":"onDuty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]}}]} as unknown as DocumentNode<OnDutyQuery, OnDutyQueryVariables>;
export const UnitsOnDutyNowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitsOnDutyNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"onDutyNow"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]}}]}}]} as unknown as DocumentNode<UnitsOnDutyNowQuery, UnitsOnDutyNowQueryVariables>;
export const RosterShiftsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RosterShifts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rosterShifts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}}]} as unknown as DocumentNode<RosterShiftsQuery, RosterShiftsQueryVariables>;
export const RosterGapsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RosterGaps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rosterGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"gaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"post"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}}]}}]} as unknown as DocumentNode<RosterGapsQuery, RosterGapsQueryVariables>;
export const RosterChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RosterChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rosterChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<RosterChangesQuery, RosterChangesQueryVariables>;
export const OrderDutyContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderDutyContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rosterGap"}},{"kind":"Field","name":{"kind":"Name","value":"dutyContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"post"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<OrderDutyContactQuery, OrderDutyContactQueryVariables>;
export const IssueCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueCalendarFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueCalendarTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueCalendarFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]}}]} as unknown as DocumentNode<IssueCalendarFeedMutation, IssueCalendarFeedMutationVariables>;
export const RevokeCalendarFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeCalendarFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteRosterItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeCalendarFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<RevokeCalendarFeedMutation, RevokeCalendarFeedMutationVariables>;
export const OrderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Order"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<OrderQuery, OrderQueryVariables>;
export const IncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Incident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<IncidentQuery, IncidentQueryVariables>;
export const RecordCallbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCallback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCallbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCallback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionEventFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HistoryEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]} as unknown as DocumentNode<RecordCallbackMutation, RecordCallbackMutationVariables>;
export const RecordComplaintDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordComplaint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordComplaintInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordComplaint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionEventFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HistoryEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]} as unknown as DocumentNode<RecordComplaintMutation, RecordComplaintMutationVariables>;
export const ReopenIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReopenIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReopenIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reopenIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SupervisionEventFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SupervisionEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HistoryEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"actorId"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]} as unknown as DocumentNode<ReopenIncidentMutation, ReopenIncidentMutationVariables>;
export const UnitAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssessmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssessmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"UnitAssessment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"assessed"}},{"kind":"Field","name":{"kind":"Name","value":"ordersReceived"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"disputesFiled"}},{"kind":"Field","name":{"kind":"Name","value":"disputesUpheld"}},{"kind":"Field","name":{"kind":"Name","value":"disputesRejected"}},{"kind":"Field","name":{"kind":"Name","value":"complaints"}},{"kind":"Field","name":{"kind":"Name","value":"mediaReports"}},{"kind":"Field","name":{"kind":"Name","value":"leaderInstructions"}},{"kind":"Field","name":{"kind":"Name","value":"hasNamedLeader"}},{"kind":"Field","name":{"kind":"Name","value":"rosterCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"rosterGapHours"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"firstDay"}},{"kind":"Field","name":{"kind":"Name","value":"lastDay"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"times"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"p50Seconds"}},{"kind":"Field","name":{"kind":"Name","value":"p90Seconds"}},{"kind":"Field","name":{"kind":"Name","value":"bands"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"toSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<UnitAssessmentQuery, UnitAssessmentQueryVariables>;
export const UnitAssessmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnitAssessments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitAssessments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"assessed"}},{"kind":"Field","name":{"kind":"Name","value":"ordersReceived"}}]}}]}}]} as unknown as DocumentNode<UnitAssessmentsQuery, UnitAssessmentsQueryVariables>;
export const AssessmentOrdersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentOrders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"metric"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiMetric"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FigureOutcome"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentOrders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"metric"},"value":{"kind":"Variable","name":{"kind":"Name","value":"metric"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssessmentOrdersQuery, AssessmentOrdersQueryVariables>;
export const AssessmentBulletinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssessmentBulletin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schemeVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessmentBulletin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"schemeVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schemeVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BulletinFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BulletinFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentBulletin"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schemeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"assessed"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"previousScore"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deductions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurrences"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"slowest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"p90Seconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"redList"}},{"kind":"Field","name":{"kind":"Name","value":"blackList"}}]}}]} as unknown as DocumentNode<AssessmentBulletinQuery, AssessmentBulletinQueryVariables>;
export const PublishBulletinDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishBulletin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishBulletinInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishBulletin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"schemeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<PublishBulletinMutation, PublishBulletinMutationVariables>;
export const PublishedBulletinsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublishedBulletins"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedBulletins"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"schemeVersion"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]} as unknown as DocumentNode<PublishedBulletinsQuery, PublishedBulletinsQueryVariables>;
export const ScoringSchemesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScoringSchemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoringSchemes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"redListMinScore"}},{"kind":"Field","name":{"kind":"Name","value":"blackListBelowScore"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"floor"}},{"kind":"Field","name":{"kind":"Name","value":"slope"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deductions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]}}]} as unknown as DocumentNode<ScoringSchemesQuery, ScoringSchemesQueryVariables>;
export const SaveScoringSchemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveScoringScheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveScoringSchemeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveScoringScheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"metric"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"floor"}},{"kind":"Field","name":{"kind":"Name","value":"slope"}},{"kind":"Field","name":{"kind":"Name","value":"cap"}}]}}]}}]}}]} as unknown as DocumentNode<SaveScoringSchemeMutation, SaveScoringSchemeMutationVariables>;
export const AccountabilityRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountabilityRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountabilityRules"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}}]}}]} as unknown as DocumentNode<AccountabilityRulesQuery, AccountabilityRulesQueryVariables>;
export const UpdateAccountabilityRuleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAccountabilityRule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAccountabilityRuleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAccountabilityRule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}}]}}]} as unknown as DocumentNode<UpdateAccountabilityRuleMutation, UpdateAccountabilityRuleMutationVariables>;
export const RunAccountabilityRulesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunAccountabilityRules"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RunAccountabilityRulesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runAccountabilityRules"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountabilityCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ruleCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"consequence"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<RunAccountabilityRulesMutation, RunAccountabilityRulesMutationVariables>;
export const AccountabilityCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountabilityCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"periodKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountabilityCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"periodKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"periodKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountabilityCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ruleCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"consequence"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<AccountabilityCasesQuery, AccountabilityCasesQueryVariables>;
export const OpenCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountabilityCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ruleCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"consequence"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<OpenCaseMutation, OpenCaseMutationVariables>;
export const DecideCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountabilityCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ruleCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"consequence"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<DecideCaseMutation, DecideCaseMutationVariables>;
export const DismissCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DismissCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dismissCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountabilityCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ruleCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"consequence"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<DismissCaseMutation, DismissCaseMutationVariables>;
export const FileCaseStatementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FileCaseStatement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FileCaseStatementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileCaseStatement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CaseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CaseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccountabilityCase"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ruleCode"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"consequence"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodKey"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"}},{"kind":"Field","name":{"kind":"Name","value":"statement"}},{"kind":"Field","name":{"kind":"Name","value":"orderId"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<FileCaseStatementMutation, FileCaseStatementMutationVariables>;
export const RecordJointMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordJointMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordJointMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordJointMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"heldOn"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"item"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RecordJointMeetingMutation, RecordJointMeetingMutationVariables>;
export const CompleteFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completionNote"}}]}}]}}]} as unknown as DocumentNode<CompleteFollowUpMutation, CompleteFollowUpMutationVariables>;
export const JointMeetingReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JointMeetingReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jointMeetingReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"base64"}}]}}]}}]} as unknown as DocumentNode<JointMeetingReportQuery, JointMeetingReportQueryVariables>;
export const BoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Board"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IncidentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IncidentSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deskBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardPage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncidentConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"intakeChannel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"disputeDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"rulingDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BoardQuery, BoardQueryVariables>;
export const BoardOrdinaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BoardOrdinary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IncidentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"IncidentSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deskBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BoardPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BoardPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"IncidentConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"major"}},{"kind":"Field","name":{"kind":"Name","value":"intakeChannel"}},{"kind":"Field","name":{"kind":"Name","value":"receivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"area"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"disputeDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"rulingDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BoardOrdinaryQuery, BoardOrdinaryQueryVariables>;
export const OrderListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderPage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"rulingDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderListQuery, OrderListQueryVariables>;
export const OrderListOrdinaryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderListOrdinary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrderSort"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrderPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrderPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrderConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"rulingDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nextDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrderListOrdinaryQuery, OrderListOrdinaryQueryVariables>;