import { ArrayMaxSize, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { MutationInputBase } from '../../common/inputs';
import { CallbackSatisfaction, ComplaintSource, DeductionKind, KpiMetric, PeriodKind } from './supervision.enums';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

@InputType({ description: '考核周期 an assessment period in Asia/Shanghai time' })
export class PeriodInput {
  @Field(() => PeriodKind, { description: '周期类型 day, week, month, quarter or custom' })
  kind!: PeriodKind;

  @Field({ description: '日期 a day inside the period (YYYY-MM-DD); for CUSTOM the first day' })
  @Matches(DAY, { message: 'period.date must be a day written YYYY-MM-DD' })
  date!: string;

  @Field({ nullable: true, description: '截止日期 CUSTOM only: the last day, inclusive (YYYY-MM-DD)' })
  @Matches(DAY, { message: 'period.to must be a day written YYYY-MM-DD' })
  to?: string;
}

@InputType({ description: '回访 the desk called the caller back about an order' })
export class RecordCallbackInput extends MutationInputBase {
  @Field(() => ID, { description: '指令标识 the order the callback is about' })
  orderId!: string;

  @Field(() => CallbackSatisfaction, { description: '满意度 satisfied, basically satisfied or unsatisfied' })
  satisfaction!: CallbackSatisfaction;

  @Field({ description: '是否解决 whether the caller says the problem was resolved' })
  resolved!: boolean;

  @Field({ nullable: true, description: '回访时间 when the call took place (default: now)' })
  calledAt?: Date;

  @Field({ nullable: true, description: '说明 note' })
  @MaxLength(2000, { message: 'note may be at most 2000 characters' })
  note?: string;
}

@InputType({ description: '投诉 a complaint, media report or leadership instruction about the handling of an incident or order' })
export class RecordComplaintInput extends MutationInputBase {
  @Field(() => ComplaintSource, { description: '来源 source' })
  source!: ComplaintSource;

  @Field(() => ID, { nullable: true, description: '警情标识 the incident it is about (give this or orderId)' })
  incidentId?: string;

  @Field(() => ID, { nullable: true, description: '指令标识 the order it is about' })
  orderId?: string;

  @Field({ nullable: true, description: '单位代码 the unit it is about; with only incidentId, one of the units ordered to it' })
  unitCode?: string;

  @Field({ description: '内容 what the complaint says' })
  @MaxLength(4000, { message: 'text may be at most 4000 characters' })
  text!: string;

  @Field({ nullable: true, description: '收到时间 when it was received (default: now)' })
  receivedAt?: Date;
}

@InputType({ description: '计分曲线 how one metric scores: points = weight − slope × (100 − rate%), 0 below floor, at most cap' })
export class MetricCurveInput {
  @Field(() => KpiMetric, { description: '指标 metric (a rate)' })
  metric!: KpiMetric;

  @Field(() => Float, { description: '权重 points at 100%' })
  weight!: number;

  @Field(() => Float, { description: '下限 rate (percent) below which the metric scores 0' })
  floor!: number;

  @Field(() => Float, { description: '斜率 points lost per percentage point below 100%' })
  slope!: number;

  @Field(() => Float, { description: '上限 most points the metric can give' })
  cap!: number;
}

@InputType({ description: '扣分项 a deduction: points per occurrence' })
export class DeductionInput {
  @Field(() => DeductionKind, { description: '扣分项 what is deducted for' })
  kind!: DeductionKind;

  @Field(() => Float, { description: '每次扣分 points per occurrence' })
  points!: number;
}

@InputType({ description: '考核方案 a new version of the scoring scheme' })
export class SaveScoringSchemeInput extends MutationInputBase {
  @Field({ description: '名称 name' })
  @MaxLength(200, { message: 'name may be at most 200 characters' })
  name!: string;

  @Field(() => [MetricCurveInput], { description: '计分曲线 the scored metrics' })
  @ArrayMaxSize(20, { message: 'metrics may list at most 20 curves' })
  @ValidateNested({ each: true })
  metrics!: MetricCurveInput[];

  @Field(() => [DeductionInput], { description: '扣分项 deductions' })
  @ArrayMaxSize(20, { message: 'deductions may list at most 20 items' })
  @ValidateNested({ each: true })
  deductions!: DeductionInput[];

  @Field(() => Float, { description: '红榜分数线 a score at or above this puts the unit on the red list' })
  redListMinScore!: number;

  @Field(() => Float, { description: '黑榜分数线 a score below this puts the unit on the black list' })
  blackListBelowScore!: number;
}

@InputType({ description: '发布通报 freeze the bulletin of a period' })
export class PublishBulletinInput extends MutationInputBase {
  @Field(() => PeriodInput, { description: '周期 period' })
  @ValidateNested()
  period!: PeriodInput;

  @Field({ nullable: true, description: '说明 note, e.g. what this version corrects' })
  @MaxLength(2000, { message: 'note may be at most 2000 characters' })
  note?: string;
}

@InputType({ description: '问责规则检查 run the accountability rules over a period' })
export class RunAccountabilityRulesInput extends MutationInputBase {
  @Field(() => PeriodInput, { description: '周期 period' })
  @ValidateNested()
  period!: PeriodInput;
}

@InputType({ description: '问责规则 thresholds of one accountability rule' })
export class UpdateAccountabilityRuleInput extends MutationInputBase {
  @Field({ description: '规则代码 rule code' })
  code!: string;

  @Field({ description: '启用 whether the rule pass applies it' })
  enabled!: boolean;

  @Field(() => Int, { description: '阈值 the rule\'s threshold (count or minutes, as the rule says)' })
  threshold!: number;
}

@InputType({ description: '案件操作 act on an accountability case' })
export class CaseActionInput extends MutationInputBase {
  @Field(() => ID, { description: '案件标识 case id' })
  caseId!: string;

  @Field({ nullable: true, description: '说明 note' })
  @MaxLength(4000, { message: 'note may be at most 4000 characters' })
  note?: string;
}

@InputType({ description: '处理决定 the office\'s decision on a case' })
export class DecideCaseInput extends MutationInputBase {
  @Field(() => ID, { description: '案件标识 case id' })
  caseId!: string;

  @Field({ description: '处理决定 decision' })
  @MaxLength(4000, { message: 'decision may be at most 4000 characters' })
  decision!: string;
}

@InputType({ description: '申辩 the unit\'s statement on a case' })
export class FileCaseStatementInput extends MutationInputBase {
  @Field(() => ID, { description: '案件标识 case id' })
  caseId!: string;

  @Field({ description: '申辩内容 statement' })
  @MaxLength(4000, { message: 'statement may be at most 4000 characters' })
  statement!: string;
}

@InputType({ description: '参会人员 an attendee by position' })
export class AttendeeInput {
  @Field({ description: '职务 position' })
  @MaxLength(200, { message: 'position may be at most 200 characters' })
  position!: string;

  @Field({ nullable: true, description: '姓名 name' })
  @MaxLength(100, { message: 'name may be at most 100 characters' })
  name?: string;

  @Field({ nullable: true, description: '单位代码 unit code' })
  unitCode?: string;
}

@InputType({ description: '督办事项 a follow-up item assigned to a unit' })
export class FollowUpInput {
  @Field({ description: '单位代码 unit code' })
  unitCode!: string;

  @Field({ description: '事项 what the unit must do' })
  @MaxLength(2000, { message: 'item may be at most 2000 characters' })
  item!: string;

  @Field({ description: '完成期限 due day (YYYY-MM-DD)' })
  @Matches(DAY, { message: 'dueOn must be a day written YYYY-MM-DD' })
  dueOn!: string;
}

@InputType({ description: '联席会议 a joint meeting as held' })
export class RecordJointMeetingInput extends MutationInputBase {
  @Field({ description: '会议日期 day held (YYYY-MM-DD)' })
  @Matches(DAY, { message: 'heldOn must be a day written YYYY-MM-DD' })
  heldOn!: string;

  @Field({ description: '会议名称 title' })
  @MaxLength(200, { message: 'title may be at most 200 characters' })
  title!: string;

  @Field(() => [AttendeeInput], { description: '参会人员 attendees' })
  @ArrayMaxSize(100, { message: 'attendees may list at most 100 people' })
  @ValidateNested({ each: true })
  attendees!: AttendeeInput[];

  @Field(() => [String], { description: '议题 topics' })
  @ArrayMaxSize(50, { message: 'topics may list at most 50 items' })
  topics!: string[];

  @Field(() => [String], { description: '会议决定 decisions' })
  @ArrayMaxSize(50, { message: 'decisions may list at most 50 items' })
  decisions!: string[];

  @Field(() => [FollowUpInput], { description: '督办事项 follow-up items' })
  @ArrayMaxSize(100, { message: 'followUps may list at most 100 items' })
  @ValidateNested({ each: true })
  followUps!: FollowUpInput[];
}

@InputType({ description: '督办完成 report a follow-up item done' })
export class CompleteFollowUpInput extends MutationInputBase {
  @Field(() => ID, { description: '事项标识 follow-up id' })
  followUpId!: string;

  @Field({ description: '完成情况 what was done' })
  @MaxLength(2000, { message: 'note may be at most 2000 characters' })
  note!: string;
}

