import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs } from '../../common/pagination';
import {
  BULLETIN_READERS,
  CALLBACK_RECORDERS,
  CASE_READERS,
  CASE_RESPONDENTS,
  COMPLAINT_RECORDERS,
  ASSESSMENT_READERS,
  FOLLOW_UP_REPORTERS,
  MEETING_READERS,
  SCHEME_EDITORS,
  SCHEME_READERS,
  SUPERVISORS,
} from '../../common/roles';
import { requirePrincipal } from '../../graphql/auth-checker';
import type { GraphQLContext } from '../../graphql/context';
import { mutate, mutateOne } from '../../graphql/mutation';
import { HistoryEvent } from '../history/history.entity';
import { Unit } from '../units/unit.entity';
import {
  AccountabilityCase,
  AccountabilityRule,
  CaseEvent,
  JointMeeting,
  MeetingFollowUp,
  PublishedBulletin,
  ScoringScheme,
} from './supervision.entity';
import { FigureOutcome, KpiMetric, ReportFormat } from './supervision.enums';
import {
  CaseActionInput,
  CompleteFollowUpInput,
  DecideCaseInput,
  FileCaseStatementInput,
  PeriodInput,
  PublishBulletinInput,
  RecordCallbackInput,
  RecordComplaintInput,
  RecordJointMeetingInput,
  RunAccountabilityRulesInput,
  SaveScoringSchemeInput,
  UpdateAccountabilityRuleInput,
} from './supervision.inputs';
import { resolvePeriod } from './supervision.period';
import { buildMeetingReport } from './supervision.report';
import { renderReport } from './supervision.report-render';
import { assertUnitInScope, assessmentScope, caseScope } from './supervision.scope';
import { AssessmentBulletin, AssessmentOrderConnection, ReportFile, UnitAssessment } from './supervision.types';


const PERIOD = { description: '周期 period (Asia/Shanghai)' } as const;

/**
 * Supervision (notice section 六): KPIs and the orders behind them, bulletins, the scoring
 * scheme, accountability cases and joint meetings.
 */
@Resolver()
export class SupervisionResolver {
  @Authorized(ASSESSMENT_READERS)
  @Query(() => UnitAssessment, { description: '单位考核 a unit\'s figures for a period; a unit operator reads its own unit only' })
  async unitAssessment(
    @Ctx() ctx: GraphQLContext,
    @Arg('period', () => PeriodInput, PERIOD) period: PeriodInput,
    @Arg('unitCode', { description: '单位代码 unit code' }) unitCode: string,
  ): Promise<UnitAssessment> {
    await ctx.services.supervision.unit(unitCode);
    assertUnitInScope(assessmentScope(requirePrincipal(ctx)), unitCode, 'assessments');
    const [one] = await ctx.services.supervision.assessments(resolvePeriod(period), unitCode);
    return one!;
  }

  @Authorized(ASSESSMENT_READERS)
  @Query(() => [UnitAssessment], { description: '全部单位考核 every unit\'s figures for a period in one query; a unit operator gets its own only' })
  async unitAssessments(@Ctx() ctx: GraphQLContext, @Arg('period', () => PeriodInput, PERIOD) period: PeriodInput): Promise<UnitAssessment[]> {
    const scope = assessmentScope(requirePrincipal(ctx));
    return ctx.services.supervision.assessments(resolvePeriod(period), scope.kind === 'unit' ? scope.unitCode : undefined);
  }

  @Authorized(ASSESSMENT_READERS)
  @Query(() => AssessmentOrderConnection, { description: '考核指令 the orders behind one figure, with the figure\'s own conditions, newest first' })
  async assessmentOrders(
    @Ctx() ctx: GraphQLContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('period', () => PeriodInput, PERIOD) period: PeriodInput,
    @Arg('unitCode', { description: '单位代码 unit code' }) unitCode: string,
    @Arg('metric', () => KpiMetric, { description: '指标 figure' }) metric: KpiMetric,
    @Arg('outcome', () => FigureOutcome, { defaultValue: FigureOutcome.ALL, description: '范围 ALL (denominator), HIT (numerator) or MISS' })
    outcome: FigureOutcome,
  ): Promise<AssessmentOrderConnection> {
    await ctx.services.supervision.unit(unitCode);
    assertUnitInScope(assessmentScope(requirePrincipal(ctx)), unitCode, 'assessments');
    const result = await ctx.services.supervision.figureOrders(resolvePeriod(period), unitCode, metric, outcome, page);
    return AssessmentOrderConnection.of(result, (order) => ({ at: order.issuedAt, id: order.id }));
  }

  @Authorized(BULLETIN_READERS)
  @Query(() => AssessmentBulletin, { description: '考核通报 the bulletin of a period as computed now (or with an earlier scheme version)' })
  assessmentBulletin(
    @Ctx() ctx: GraphQLContext,
    @Arg('period', () => PeriodInput, PERIOD) period: PeriodInput,
    @Arg('schemeVersion', () => Int, { nullable: true, description: '方案版本 scoring scheme version (default: the latest)' }) schemeVersion?: number,
    @Arg('asOf', { nullable: true, description: '统计时点 take the figures as of this moment (default: now), e.g. a published bulletin\'s asOf' })
    asOf?: Date,
  ): Promise<AssessmentBulletin> {
    return ctx.services.supervision.bulletin(resolvePeriod(period), schemeVersion, asOf);
  }

  @Authorized(BULLETIN_READERS)
  @Query(() => [PublishedBulletin], { description: '已发布通报 published bulletins, newest version first' })
  publishedBulletins(
    @Ctx() ctx: GraphQLContext,
    @Arg('periodKey', { nullable: true, description: '周期标识 only this period, e.g. MONTH:2026-11' }) periodKey?: string,
  ): Promise<PublishedBulletin[]> {
    return ctx.services.supervision.publishedBulletins(periodKey);
  }

  @Authorized(SCHEME_READERS)
  @Query(() => [ScoringScheme], { description: '考核方案 every version of the scoring scheme, oldest first' })
  scoringSchemes(@Ctx() ctx: GraphQLContext): Promise<ScoringScheme[]> {
    return ctx.services.supervision.schemes();
  }

  @Authorized(SCHEME_READERS)
  @Query(() => [AccountabilityRule], { description: '问责规则 the accountability rules and their thresholds' })
  accountabilityRules(@Ctx() ctx: GraphQLContext): Promise<AccountabilityRule[]> {
    return ctx.services.supervision.rules();
  }

  @Authorized(CASE_READERS)
  @Query(() => [AccountabilityCase], { description: '问责案件 accountability cases; a unit operator sees its own unit\'s only' })
  accountabilityCases(
    @Ctx() ctx: GraphQLContext,
    @Arg('periodKey', { nullable: true, description: '周期标识 proposed for this period' }) periodKey?: string,
    @Arg('unitCode', { nullable: true, description: '单位代码 only this unit' }) unitCode?: string,
  ): Promise<AccountabilityCase[]> {
    const scope = caseScope(requirePrincipal(ctx));
    if (unitCode) assertUnitInScope(scope, unitCode, 'cases');
    return ctx.services.supervision.cases(scope, { unitCode, periodKey });
  }

  @Authorized(MEETING_READERS)
  @Query(() => [JointMeeting], { description: '联席会议 joint meetings, latest first' })
  jointMeetings(@Ctx() ctx: GraphQLContext): Promise<JointMeeting[]> {
    return ctx.services.supervision.meetings();
  }

  @Authorized(MEETING_READERS)
  @Query(() => ReportFile, { description: '联席会议报告 the joint meeting report for a period: bulletin, trends, notable cases, open follow-ups' })
  async jointMeetingReport(
    @Ctx() ctx: GraphQLContext,
    @Arg('period', () => PeriodInput, PERIOD) period: PeriodInput,
    @Arg('format', () => ReportFormat, { description: '格式 XLSX or PDF' }) format: ReportFormat,
  ): Promise<ReportFile> {
    const report = await buildMeetingReport(ctx.services.supervision, resolvePeriod(period));
    return renderReport(report, format);
  }

  @Authorized(CALLBACK_RECORDERS)
  @Mutation(() => HistoryEvent, { description: '回访 record the desk\'s callback to the caller about a completed order' })
  recordCallback(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: RecordCallbackInput): Promise<HistoryEvent> {
    const spec = { operation: 'recordCallback', input, returns: HistoryEvent, actingAs: CALLBACK_RECORDERS };
    return mutateOne(ctx, spec, (w) => w.supervisionWorkflow.recordCallback(input));
  }

  @Authorized(COMPLAINT_RECORDERS)
  @Mutation(() => HistoryEvent, { description: '投诉 record a public complaint, media report or leadership instruction about an incident or order' })
  recordComplaint(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: RecordComplaintInput): Promise<HistoryEvent> {
    const spec = { operation: 'recordComplaint', input, returns: HistoryEvent, actingAs: COMPLAINT_RECORDERS };
    return mutateOne(ctx, spec, (w) => w.supervisionWorkflow.recordComplaint(input));
  }

  @Authorized(SCHEME_EDITORS)
  @Mutation(() => ScoringScheme, { description: '保存考核方案 save the next version of the scoring scheme' })
  saveScoringScheme(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: SaveScoringSchemeInput): Promise<ScoringScheme> {
    const spec = { operation: 'saveScoringScheme', input, returns: ScoringScheme, actingAs: SCHEME_EDITORS };
    return mutateOne(ctx, spec, (w) => w.supervisionWorkflow.saveScheme(input));
  }

  @Authorized(SCHEME_EDITORS)
  @Mutation(() => AccountabilityRule, { description: '修改问责规则 enable, disable or re-threshold an accountability rule' })
  updateAccountabilityRule(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', { description: '输入 input' }) input: UpdateAccountabilityRuleInput,
  ): Promise<AccountabilityRule> {
    const spec = { operation: 'updateAccountabilityRule', input, returns: AccountabilityRule, actingAs: SCHEME_EDITORS };
    return mutateOne(ctx, spec, (w) => w.supervisionWorkflow.updateRule(input));
  }

  @Authorized(SUPERVISORS)
  @Mutation(() => PublishedBulletin, { description: '发布通报 freeze the period\'s bulletin; a later publish is a new version' })
  publishBulletin(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: PublishBulletinInput): Promise<PublishedBulletin> {
    const spec = { operation: 'publishBulletin', input, returns: PublishedBulletin, actingAs: SUPERVISORS };
    return mutateOne(ctx, spec, (w) => w.supervisionWorkflow.publishBulletin(input));
  }

  @Authorized(SUPERVISORS)
  @Mutation(() => [AccountabilityCase], { description: '问责规则检查 run the accountability rules over a period; returns the cases proposed now' })
  runAccountabilityRules(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', { description: '输入 input' }) input: RunAccountabilityRulesInput,
  ): Promise<AccountabilityCase[]> {
    const spec = { operation: 'runAccountabilityRules', input, returns: AccountabilityCase, actingAs: SUPERVISORS };
    return mutate(ctx, spec, (w) => w.caseWorkflow.runRules(resolvePeriod(input.period)));
  }

  @Authorized(SUPERVISORS)
  @Mutation(() => AccountabilityCase, { description: '立案 open a proposed case' })
  openCase(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: CaseActionInput): Promise<AccountabilityCase> {
    return mutateOne(ctx, { operation: 'openCase', input, returns: AccountabilityCase, actingAs: SUPERVISORS }, (w) => w.caseWorkflow.open(input));
  }

  @Authorized(SUPERVISORS)
  @Mutation(() => AccountabilityCase, { description: '决定 decide an opened case' })
  decideCase(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: DecideCaseInput): Promise<AccountabilityCase> {
    return mutateOne(ctx, { operation: 'decideCase', input, returns: AccountabilityCase, actingAs: SUPERVISORS }, (w) => w.caseWorkflow.decide(input));
  }

  @Authorized(SUPERVISORS)
  @Mutation(() => AccountabilityCase, { description: '不予问责 dismiss a proposed or opened case, with the reason in note' })
  dismissCase(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: CaseActionInput): Promise<AccountabilityCase> {
    return mutateOne(ctx, { operation: 'dismissCase', input, returns: AccountabilityCase, actingAs: SUPERVISORS }, (w) => w.caseWorkflow.dismiss(input));
  }

  @Authorized(CASE_RESPONDENTS)
  @Mutation(() => AccountabilityCase, { description: '申辩 the unit files its statement on one of its own cases; it changes no decision' })
  fileCaseStatement(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', { description: '输入 input' }) input: FileCaseStatementInput,
  ): Promise<AccountabilityCase> {
    const scope = caseScope(requirePrincipal(ctx));
    const spec = { operation: 'fileCaseStatement', input, returns: AccountabilityCase, actingAs: CASE_RESPONDENTS };
    return mutateOne(ctx, spec, (w) => w.caseWorkflow.fileStatement(input, scope));
  }

  @Authorized(SUPERVISORS)
  @Mutation(() => JointMeeting, { description: '记录联席会议 record a joint meeting with its follow-up items' })
  recordJointMeeting(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: RecordJointMeetingInput): Promise<JointMeeting> {
    const spec = { operation: 'recordJointMeeting', input, returns: JointMeeting, actingAs: SUPERVISORS };
    return mutateOne(ctx, spec, (w) => w.supervisionWorkflow.recordMeeting(input));
  }

  @Authorized(FOLLOW_UP_REPORTERS)
  @Mutation(() => MeetingFollowUp, { description: '督办完成 report a follow-up item done; a unit operator its own unit\'s' })
  completeFollowUp(@Ctx() ctx: GraphQLContext, @Arg('input', { description: '输入 input' }) input: CompleteFollowUpInput): Promise<MeetingFollowUp> {
    const scope = caseScope(requirePrincipal(ctx));
    const spec = { operation: 'completeFollowUp', input, returns: MeetingFollowUp, actingAs: FOLLOW_UP_REPORTERS };
    return mutateOne(ctx, spec, (w) => w.supervisionWorkflow.completeFollowUp(input, scope));
  }
}

@Resolver(() => AccountabilityCase)
export class AccountabilityCaseResolver {
  @FieldResolver(() => Unit, { description: '单位 the unit the case is against' })
  unit(@Root() c: AccountabilityCase, @Ctx() ctx: GraphQLContext): Promise<Unit> {
    return ctx.loaders.unitById.load(c.unit.id).then((u) => u!);
  }

  @FieldResolver(() => ID, { nullable: true, description: '指令标识 the order the case is about, if one' })
  orderId(@Root() c: AccountabilityCase): string | null {
    return c.order?.id ?? null;
  }

  @FieldResolver(() => [CaseEvent], { description: '案件记录 every recorded change of the case, oldest first' })
  history(@Root() c: AccountabilityCase, @Ctx() ctx: GraphQLContext): Promise<CaseEvent[]> {
    return ctx.services.supervision.caseEvents(c.id);
  }
}

@Resolver(() => JointMeeting)
export class JointMeetingResolver {
  @FieldResolver(() => [MeetingFollowUp], { description: '督办事项 follow-up items, by due day' })
  followUps(@Root() m: JointMeeting, @Ctx() ctx: GraphQLContext): Promise<MeetingFollowUp[]> {
    return ctx.services.supervision.followUps([m.id]);
  }
}

@Resolver(() => MeetingFollowUp)
export class MeetingFollowUpResolver {
  @FieldResolver(() => String, { description: '单位代码 unit the item is assigned to' })
  unitCode(@Root() f: MeetingFollowUp, @Ctx() ctx: GraphQLContext): Promise<string> {
    return ctx.loaders.unitById.load(f.unit.id).then((u) => u!.code);
  }
}
