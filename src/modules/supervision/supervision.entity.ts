import { Entity, Enum, Index, ManyToOne, OptionalProps, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { JSONObjectScalar } from '../../common/scalars';
import { ActionChannel } from '../history/history.enums';
import { Incident } from '../incidents/incident.entity';
import { Order } from '../orders/order.entity';
import { Unit } from '../units/unit.entity';
import { CaseEventKind, CaseStatus, DeductionKind, KpiMetric, MisconductCategory, MisconductConsequence } from './supervision.enums';

export interface MetricCurve {
  metric: KpiMetric;
  weight: number;
  floor: number;
  slope: number;
  cap: number;
}

export interface Deduction {
  kind: DeductionKind;
  points: number;
}

@ObjectType({ description: '计分曲线 how one metric scores' })
export class MetricCurveView {
  @Field(() => KpiMetric, { description: '指标 metric' })
  metric!: KpiMetric;

  @Field({ description: '权重 points at 100%' })
  weight!: number;

  @Field({ description: '下限 rate (percent) below which it scores 0' })
  floor!: number;

  @Field({ description: '斜率 points lost per percentage point below 100%' })
  slope!: number;

  @Field({ description: '上限 most points it can give' })
  cap!: number;
}

@ObjectType({ description: '扣分项 points deducted per occurrence' })
export class DeductionView {
  @Field(() => DeductionKind, { description: '扣分项 kind' })
  kind!: DeductionKind;

  @Field({ description: '每次扣分 points per occurrence' })
  points!: number;
}

/**
 * 考核方案: one version of the scoring scheme. Versions are never changed: an edit saves the
 * next version, and a bulletin names the version it was computed with.
 */
@ObjectType({ description: '考核方案 one version of the scoring scheme' })
@Entity({ tableName: 'scoring_scheme' })
export class ScoringScheme extends BaseEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @Field(() => Int, { description: '版本 version' })
  @Property({ unique: true })
  version!: number;

  @Field({ description: '名称 name' })
  @Property()
  name!: string;

  @Field(() => [MetricCurveView], { description: '计分曲线 scored metrics' })
  @Property({ type: 'json' })
  metrics!: MetricCurve[];

  @Field(() => [DeductionView], { description: '扣分项 deductions' })
  @Property({ type: 'json' })
  deductions!: Deduction[];

  @Field({ description: '红榜分数线 red list: score at or above' })
  @Property({ columnType: 'numeric(6,2)', type: 'double' })
  redListMinScore!: number;

  @Field({ description: '黑榜分数线 black list: score below' })
  @Property({ columnType: 'numeric(6,2)', type: 'double' })
  blackListBelowScore!: number;

  @Field({ description: '保存人 who saved this version' })
  @Property()
  savedBy!: string;
}

/** 已发布通报: a frozen bulletin. A database trigger refuses changes; a correction is a new version. */
@ObjectType({ description: '已发布通报 a published bulletin, frozen; corrections are later versions' })
@Entity({ tableName: 'published_bulletin' })
@Unique({ properties: ['periodKey', 'version'] })
export class PublishedBulletin extends BaseEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @Field({ description: '周期标识 period key' })
  @Property()
  periodKey!: string;

  @Field(() => Int, { description: '通报版本 version of this period\'s bulletin' })
  @Property()
  version!: number;

  @Field(() => Int, { description: '考核方案版本 scoring scheme version used' })
  @Property()
  schemeVersion!: number;

  @Field({ description: '统计时点 when the figures were taken' })
  @Property({ columnType: 'timestamptz' })
  asOf!: Date;

  @Field(() => JSONObjectScalar, { description: '通报内容 the bulletin as published' })
  @Property({ type: 'json' })
  content!: Record<string, unknown>;

  @Field({ description: '发布人 who published it' })
  @Property()
  publishedBy!: string;

  @Field({ nullable: true, description: '说明 note' })
  @Property({ columnType: 'text', nullable: true })
  note?: string;
}

/** 问责规则: one accountability rule and its threshold; the rule pass reads these rows. */
@ObjectType({ description: '问责规则 an accountability rule with its threshold' })
@Entity({ tableName: 'accountability_rule' })
export class AccountabilityRule extends BaseEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @Field({ description: '规则代码 code' })
  @Property({ unique: true })
  code!: string;

  @Field(() => MisconductCategory, { description: '问责情形 grounds it proposes' })
  @Enum({ items: () => MisconductCategory })
  category!: MisconductCategory;

  @Field({ description: '说明 what the rule looks for, and what its threshold means' })
  @Property({ columnType: 'text' })
  description!: string;

  @Field({ description: '启用 enabled' })
  @Property()
  enabled!: boolean;

  @Field(() => Int, { description: '阈值 threshold' })
  @Property()
  threshold!: number;
}

@ObjectType({ description: '问责案件 an accountability case the leadership office holds against a unit' })
@Entity({ tableName: 'accountability_case' })
@Unique({ properties: ['ruleCode', 'unit', 'dedupeKey'] })
export class AccountabilityCase extends BaseEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'status' | 'version';

  @ManyToOne(() => Unit, { deleteRule: 'restrict' })
  @Index()
  unit!: Unit;

  @ManyToOne(() => Incident, { nullable: true, deleteRule: 'restrict' })
  incident?: Incident;

  @ManyToOne(() => Order, { nullable: true, deleteRule: 'restrict' })
  order?: Order;

  @Field(() => MisconductCategory, { description: '问责情形 grounds' })
  @Enum({ items: () => MisconductCategory })
  category!: MisconductCategory;

  @Field(() => MisconductConsequence, { nullable: true, description: '后果 consequence' })
  @Enum({ items: () => MisconductConsequence, nullable: true })
  consequence?: MisconductConsequence;

  @Field(() => CaseStatus, { description: '状态 state' })
  @Enum({ items: () => CaseStatus, default: CaseStatus.PROPOSED })
  status: CaseStatus = CaseStatus.PROPOSED;

  @Field({ description: '规则代码 the rule that proposed it' })
  @Property()
  ruleCode!: string;

  /** What makes a proposal unique for its rule and unit: an order id or a period key. */
  @Property()
  dedupeKey!: string;

  @Field({ description: '周期标识 period of the rule pass that proposed it' })
  @Property()
  periodKey!: string;

  @Field({ description: '事实摘要 summary of the facts' })
  @Property({ columnType: 'text' })
  summary!: string;

  @Field(() => JSONObjectScalar, { description: '证据 evidence: the orders and events the rule found' })
  @Property({ type: 'json' })
  evidence!: Record<string, unknown>;

  @Field({ description: '拟立案时间 time proposed' })
  @Property({ columnType: 'timestamptz' })
  proposedAt!: Date;

  @Field({ nullable: true, description: '处理决定 decision' })
  @Property({ columnType: 'text', nullable: true })
  decision?: string;

  @Field({ nullable: true, description: '立案人 who opened it' })
  @Property({ nullable: true })
  openedBy?: string;

  @Field({ nullable: true, description: '立案时间 time opened' })
  @Property({ columnType: 'timestamptz', nullable: true })
  openedAt?: Date;

  @Field({ nullable: true, description: '决定时间 time decided or dismissed' })
  @Property({ columnType: 'timestamptz', nullable: true })
  decidedAt?: Date;

  @Field({ nullable: true, description: '决定人 who decided or dismissed' })
  @Property({ nullable: true })
  decidedBy?: string;

  @Field({ nullable: true, description: '申辩 the unit\'s latest statement' })
  @Property({ columnType: 'text', nullable: true })
  statement?: string;

  @Field(() => Int, { description: '版本 version for optimistic concurrency' })
  @Property({ version: true })
  version!: number;
}

/** The append-only history of a case (a trigger refuses UPDATE and DELETE, as on `event`). */
@ObjectType({ description: '案件记录 one recorded change of an accountability case' })
@Entity({ tableName: 'accountability_case_event' })
@Index({ properties: ['accountabilityCase', 'recordedAt'] })
export class CaseEvent extends BaseEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'recordedAt';

  @ManyToOne(() => AccountabilityCase, { deleteRule: 'restrict' })
  accountabilityCase!: AccountabilityCase;

  @Field(() => CaseEventKind, { description: '类型 kind' })
  @Enum({ items: () => CaseEventKind })
  kind!: CaseEventKind;

  @Field({ description: '操作人 acting user id (or "system")' })
  @Property()
  actorId!: string;

  @Field({ nullable: true, description: '操作人姓名 acting user\'s name' })
  @Property({ nullable: true })
  actorName?: string;

  @Field({ description: '操作人角色 acting role' })
  @Property()
  actorRole!: string;

  @Field({ nullable: true, description: '操作人单位 acting unit code' })
  @Property({ nullable: true })
  actorUnit?: string;

  @Field(() => ActionChannel, { description: '渠道 channel' })
  @Enum({ items: () => ActionChannel })
  channel!: ActionChannel;

  @Field({ description: '记录时间 time recorded' })
  @Property({ columnType: 'timestamptz', defaultRaw: 'clock_timestamp()' })
  recordedAt: Date = new Date();

  @Field(() => CaseStatus, { nullable: true, description: '变更前 state before' })
  @Enum({ items: () => CaseStatus, nullable: true })
  fromStatus?: CaseStatus;

  @Field(() => CaseStatus, { description: '变更后 state after' })
  @Enum({ items: () => CaseStatus })
  toStatus!: CaseStatus;

  @Field({ nullable: true, description: '说明 note, decision or statement' })
  @Property({ columnType: 'text', nullable: true })
  note?: string;
}

@ObjectType({ description: '参会人员 an attendee' })
export class Attendee {
  @Field({ description: '职务 position' })
  position!: string;

  @Field({ nullable: true, description: '姓名 name' })
  name?: string;

  @Field({ nullable: true, description: '单位代码 unit code' })
  unitCode?: string;
}

@ObjectType({ description: '联席会议 a joint meeting of the linkage units' })
@Entity({ tableName: 'joint_meeting' })
export class JointMeeting extends BaseEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @Field({ description: '会议日期 day held (YYYY-MM-DD)' })
  @Property({ columnType: 'date', type: 'string' })
  heldOn!: string;

  @Field({ description: '会议名称 title' })
  @Property()
  title!: string;

  @Field(() => [Attendee], { description: '参会人员 attendees by position' })
  @Property({ type: 'json' })
  attendees!: Attendee[];

  @Field(() => [String], { description: '议题 topics' })
  @Property({ type: 'json' })
  topics!: string[];

  @Field(() => [String], { description: '会议决定 decisions' })
  @Property({ type: 'json' })
  decisions!: string[];

  @Field({ description: '记录人 who recorded it' })
  @Property()
  recordedBy!: string;
}

@ObjectType({ description: '督办事项 a follow-up item of a joint meeting, assigned to a unit' })
@Entity({ tableName: 'meeting_follow_up' })
export class MeetingFollowUp extends BaseEntity {
  [OptionalProps]?: 'createdAt' | 'updatedAt';

  @ManyToOne(() => JointMeeting, { deleteRule: 'restrict' })
  @Index()
  meeting!: JointMeeting;

  @ManyToOne(() => Unit, { deleteRule: 'restrict' })
  unit!: Unit;

  @Field({ description: '事项 what the unit must do' })
  @Property({ columnType: 'text' })
  item!: string;

  @Field({ description: '完成期限 due day (YYYY-MM-DD)' })
  @Property({ columnType: 'date', type: 'string' })
  dueOn!: string;

  @Field({ nullable: true, description: '完成时间 when it was reported done' })
  @Property({ columnType: 'timestamptz', nullable: true })
  completedAt?: Date;

  @Field({ nullable: true, description: '完成情况 what was done' })
  @Property({ columnType: 'text', nullable: true })
  completionNote?: string;

  @Field({ nullable: true, description: '报告人 who reported it done' })
  @Property({ nullable: true })
  completedBy?: string;
}
