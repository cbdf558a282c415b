import { registerBilingualEnum } from '../../common/enums';

/** The posts a unit staffs (notice 五.一, 五.二); LEADER_ON_CALL is the leader on call (带班领导). */
export enum RosterDuty {
  LEADER_ON_CALL = 'LEADER_ON_CALL',
  LIAISON = 'LIAISON',
  DUTY_OFFICER = 'DUTY_OFFICER',
  RESCUE_TEAM = 'RESCUE_TEAM',
}

registerBilingualEnum(RosterDuty, 'RosterDuty', '值班岗位 the post a roster shift covers', {
  LEADER_ON_CALL: '带班领导 leader on call',
  LIAISON: '联络员 liaison',
  DUTY_OFFICER: '值班员 phone duty officer',
  RESCUE_TEAM: '抢险队 24-hour rescue team',
});

/** Which calendar days a rotation's rule applies on, from the statutory calendar (chinese-days). */
export enum RosterDays {
  EVERY_DAY = 'EVERY_DAY',
  WORKDAYS = 'WORKDAYS',
  OFF_DAYS = 'OFF_DAYS',
}

registerBilingualEnum(RosterDays, 'RosterDays', '适用日期 which days a rotation rule applies on', {
  EVERY_DAY: '每天 every day',
  WORKDAYS: '工作日 working days, make-up workdays (调休上班) included, statutory holidays excluded',
  OFF_DAYS: '休息日 weekends and statutory holidays, make-up workdays excluded',
});

export enum OverrideKind {
  ADD = 'ADD',
  REMOVE = 'REMOVE',
  REPLACE = 'REPLACE',
}

registerBilingualEnum(OverrideKind, 'OverrideKind', '临时调整 how an override changes the rotation for an interval', {
  ADD: '加派 add a person alongside whoever is on duty',
  REMOVE: '撤下 take a person off duty',
  REPLACE: '替班 a person stands in for another',
});

/** Where an expanded shift comes from, in precedence order: temporary, then override, then rotation. */
export enum ShiftSource {
  TEMPORARY = 'TEMPORARY',
  OVERRIDE = 'OVERRIDE',
  ROTATION = 'ROTATION',
}

registerBilingualEnum(ShiftSource, 'ShiftSource', '来源 where a shift comes from', {
  TEMPORARY: '临时排班 a temporary roster of fixed shifts (replaces everything in its period)',
  OVERRIDE: '临时调整 an override of the rotation',
  ROTATION: '轮班 the rotation and its rule',
});

/** What a roster change-log entry records. */
export enum RosterChangeKind {
  UNIT_CONTACTS_SET = 'UNIT_CONTACTS_SET',
  LEADERSHIP_CONTACT_SET = 'LEADERSHIP_CONTACT_SET',
  ESCALATION_TARGET_CONTACT_SET = 'ESCALATION_TARGET_CONTACT_SET',
  ROTATION_SAVED = 'ROTATION_SAVED',
  ROTATION_DELETED = 'ROTATION_DELETED',
  OVERRIDE_ADDED = 'OVERRIDE_ADDED',
  OVERRIDE_DELETED = 'OVERRIDE_DELETED',
  TEMPORARY_SAVED = 'TEMPORARY_SAVED',
  TEMPORARY_DELETED = 'TEMPORARY_DELETED',
  ROSTER_IMPORTED = 'ROSTER_IMPORTED',
  CALENDAR_TOKEN_ISSUED = 'CALENDAR_TOKEN_ISSUED',
  CALENDAR_TOKEN_REVOKED = 'CALENDAR_TOKEN_REVOKED',
  COVERAGE_GAPS_FOUND = 'COVERAGE_GAPS_FOUND',
}

registerBilingualEnum(RosterChangeKind, 'RosterChangeKind', '值班变更类型 kind of roster or contact change', {
  UNIT_CONTACTS_SET: '单位联系人 a unit\'s leader, liaison or duty phone was set',
  LEADERSHIP_CONTACT_SET: '领导小组联系人 a leadership position\'s person or phone was set',
  ESCALATION_TARGET_CONTACT_SET: '上报对象电话 an escalation target\'s phone was set',
  ROTATION_SAVED: '轮班保存 a rotation was created or changed',
  ROTATION_DELETED: '轮班删除 a rotation was deleted',
  OVERRIDE_ADDED: '临时调整 an override was added',
  OVERRIDE_DELETED: '撤销调整 an override was deleted',
  TEMPORARY_SAVED: '临时排班 a temporary roster was saved',
  TEMPORARY_DELETED: '删除临时排班 a temporary roster was deleted',
  ROSTER_IMPORTED: '导入排班 a spreadsheet roster was imported',
  CALENDAR_TOKEN_ISSUED: '日历订阅 a calendar feed URL was issued',
  CALENDAR_TOKEN_REVOKED: '撤销日历订阅 a calendar feed URL was revoked',
  COVERAGE_GAPS_FOUND: '值班缺口 the daily coverage check found gaps in the next 7 days',
});

/** What rosterGaps reports missing besides uncovered intervals. */
export enum MissingContact {
  RESPONSIBLE_LEADER = 'RESPONSIBLE_LEADER',
  LIAISON = 'LIAISON',
  DUTY_PHONE = 'DUTY_PHONE',
}

registerBilingualEnum(MissingContact, 'MissingContact', '缺少联系人 a contact the unit has not named', {
  RESPONSIBLE_LEADER: '分管领导 no responsible leader with a phone',
  LIAISON: '联络员 no liaison with a phone',
  DUTY_PHONE: '值班电话 no duty phone',
});
