import { registerBilingualEnum } from '../../common/enums';

export enum ActionChannel {
  DESK = 'DESK',
  UNIT_CONSOLE = 'UNIT_CONSOLE',
  GRID = 'GRID',
  PHONE = 'PHONE',
  SYSTEM = 'SYSTEM',
}

registerBilingualEnum(ActionChannel, 'ActionChannel', '操作渠道 the channel through which a change was made', {
  DESK: '110接警台 at the 110 desk console',
  UNIT_CONSOLE: '单位终端 in a unit\'s own console or app',
  GRID: '网格化平台 through the grid-management platform',
  PHONE: '电话 by phone, recorded by the desk',
  SYSTEM: '系统 by the platform itself (time limits, reconciliation)',
});

export enum SubjectType {
  INCIDENT = 'INCIDENT',
  ORDER = 'ORDER',
  UNIT = 'UNIT',
}

registerBilingualEnum(SubjectType, 'SubjectType', '记录对象 what an event is about', {
  INCIDENT: '警情 an incident',
  ORDER: '指令 an order',
  UNIT: '单位 a member unit (no incident: the daily roster coverage report)',
});

/**
 * Every kind of recorded change. Each is carried by a row of INCIDENT_TRANSITIONS or
 * ORDER_TRANSITIONS (or the creation of an order), so the tables say what each action records.
 */
export enum EventKind {
  INCIDENT_REPORTED = 'INCIDENT_REPORTED',
  INCIDENT_CLASSIFIED = 'INCIDENT_CLASSIFIED',
  INCIDENT_DISPATCHED = 'INCIDENT_DISPATCHED',
  INCIDENT_ESCALATED = 'INCIDENT_ESCALATED',
  ESCALATION_ACKNOWLEDGED = 'ESCALATION_ACKNOWLEDGED',
  INCIDENT_CLOSED = 'INCIDENT_CLOSED',
  ORDER_ISSUED = 'ORDER_ISSUED',
  ORDER_SIGNED = 'ORDER_SIGNED',
  ORDER_ARRIVED = 'ORDER_ARRIVED',
  FEEDBACK_RECORDED = 'FEEDBACK_RECORDED',
  ORDER_COMPLETED = 'ORDER_COMPLETED',
  ORDER_DISPUTED = 'ORDER_DISPUTED',
  DISPUTE_UPHELD = 'DISPUTE_UPHELD',
  DISPUTE_REJECTED = 'DISPUTE_REJECTED',
  ORDER_CANCELLED = 'ORDER_CANCELLED',
  PHONE_NOTIFICATION_RECORDED = 'PHONE_NOTIFICATION_RECORDED',
  ORDER_OVERDUE = 'ORDER_OVERDUE',
  ESCALATED_TO_UNIT_LEADER = 'ESCALATED_TO_UNIT_LEADER',
  ROSTER_GAP = 'ROSTER_GAP',
  ESCALATED_FOR_ROSTER_GAP = 'ESCALATED_FOR_ROSTER_GAP',
  GRID_RECONCILED = 'GRID_RECONCILED',
  GRID_DIVERGENCE = 'GRID_DIVERGENCE',
  INCIDENT_REOPENED = 'INCIDENT_REOPENED',
  CALLBACK_RECORDED = 'CALLBACK_RECORDED',
  COMPLAINT_RECORDED = 'COMPLAINT_RECORDED',
  INCIDENT_LINKED_AS_REPEAT = 'INCIDENT_LINKED_AS_REPEAT',
  REPEAT_CALL_LINKED = 'REPEAT_CALL_LINKED',
  ORDER_AMENDED = 'ORDER_AMENDED',
  ROSTER_COVERAGE_GAPS = 'ROSTER_COVERAGE_GAPS',
}

registerBilingualEnum(EventKind, 'EventKind', '变更类型 kind of recorded change', {
  INCIDENT_REPORTED: '接警 a call for help recorded as an incident',
  INCIDENT_CLASSIFIED: '定性 the incident was classified (NO_DISPATCH closes it)',
  INCIDENT_DISPATCHED: '派单 the first orders of the incident were issued',
  INCIDENT_ESCALATED: '上报 the incident was reported to a target (县委, 县政府, 领导小组)',
  ESCALATION_ACKNOWLEDGED: '确认上报 a target acknowledged a report',
  INCIDENT_CLOSED: '结案 the incident was closed',
  ORDER_ISSUED: '下达指令 an order was issued to a unit',
  ORDER_SIGNED: '签收 the unit signed for the order',
  ORDER_ARRIVED: '到场 the unit reported arrival on the scene',
  FEEDBACK_RECORDED: '反馈 scene status or progress was fed back',
  ORDER_COMPLETED: '办结 the order was completed with its result',
  ORDER_DISPUTED: '异议 the unit said the order is not its duty',
  DISPUTE_UPHELD: '异议成立 the dispute was upheld: the order is cancelled and reassigned',
  DISPUTE_REJECTED: '异议不成立 the dispute was rejected: the order goes back to the unit',
  ORDER_CANCELLED: '撤销 the order was cancelled',
  PHONE_NOTIFICATION_RECORDED: '电话通知 the desk recorded that the unit was told by phone',
  ORDER_OVERDUE: '超时 the order missed a deadline',
  ESCALATED_TO_UNIT_LEADER: '通知分管领导 an overdue order was escalated to the unit\'s responsible leader',
  ROSTER_GAP: '值班缺口 the order was issued while nobody was on the unit\'s required post',
  ESCALATED_FOR_ROSTER_GAP: '缺口上报 an order issued into a roster gap was escalated to the unit\'s responsible leader and liaison',
  GRID_RECONCILED: '网格对账 the order was sent to the grid platform again after reconciliation',
  GRID_DIVERGENCE: '网格记录领先 the grid platform holds a newer state than ours; check with the unit',
  INCIDENT_REOPENED: '重办 a closed incident was reopened to be handled again',
  CALLBACK_RECORDED: '回访 the desk called the caller back and recorded the answer',
  COMPLAINT_RECORDED: '投诉 a public complaint, media report or leadership instruction about the handling',
  INCIDENT_LINKED_AS_REPEAT: '重复报警 this call was linked to an open incident about the same matter and closed as its repeat',
  REPEAT_CALL_LINKED: '关联重复报警 a repeat call about this incident was linked to it',
  ORDER_AMENDED: '变更指令 the desk changed the order\'s urgency or instructions (deadlines follow a new urgency)',
  ROSTER_COVERAGE_GAPS: '值班缺口日报 the daily coverage report found roster gaps or missing contacts of a unit in the next 7 days',
});
