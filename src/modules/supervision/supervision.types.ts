import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../common/pagination';
import { Order } from '../orders/order.entity';
import { DeductionKind, KpiMetric, PeriodKind } from './supervision.enums';

@ObjectType({ description: '考核周期 a resolved assessment period (Asia/Shanghai)' })
export class PeriodView {
  @Field(() => PeriodKind, { description: '周期类型 kind' })
  kind!: PeriodKind;

  @Field({ description: '周期标识 stable key, e.g. MONTH:2026-11' })
  key!: string;

  @Field({ description: '首日 first day (YYYY-MM-DD)' })
  firstDay!: string;

  @Field({ description: '末日 last day, inclusive (YYYY-MM-DD)' })
  lastDay!: string;

  @Field({ description: '起 start, inclusive' })
  from!: Date;

  @Field({ description: '止 end, exclusive' })
  to!: Date;
}

@ObjectType({ description: '考核数据 one figure: how many orders it is about and how many count; each links to assessmentOrders' })
export class KpiFigure {
  @Field(() => KpiMetric, { description: '指标 metric' })
  metric!: KpiMetric;

  @Field(() => Int, { description: '分母 orders the figure is about (assessmentOrders outcome ALL)' })
  denominator!: number;

  @Field(() => Int, { description: '分子 orders that count (assessmentOrders outcome HIT)' })
  numerator!: number;

  @Field(() => Float, { nullable: true, description: '比率 percent, two decimals; null when nothing is due (不参评), never 100%' })
  rate?: number | null;
}

@ObjectType({ description: '时长分段 a band of times' })
export class TimeBand {
  @Field(() => Int, { description: '下限秒 from (seconds, inclusive)' })
  fromSeconds!: number;

  @Field(() => Int, { nullable: true, description: '上限秒 to (seconds, exclusive); null for the open top band' })
  toSeconds?: number | null;

  @Field(() => Int, { description: '指令数 orders in the band' })
  count!: number;
}

@ObjectType({ description: '时长统计 time from issue to sign-for, arrival or first feedback' })
export class TimeStat {
  @Field({ description: '环节 SIGN (签收), ARRIVE (到场) or FEEDBACK (首次反馈)' })
  measure!: string;

  @Field(() => Int, { description: '样本数 orders that reached the step' })
  count!: number;

  @Field(() => Float, { nullable: true, description: '中位数 p50 in seconds' })
  p50Seconds?: number | null;

  @Field(() => Float, { nullable: true, description: '90分位 p90 in seconds' })
  p90Seconds?: number | null;

  @Field(() => [TimeBand], { description: '分段 the bulletin\'s bands' })
  bands!: TimeBand[];
}

@ObjectType({ description: '单位考核 a unit\'s assessment for a period, derived from the recorded facts' })
export class UnitAssessment {
  @Field({ description: '单位代码 unit code' })
  unitCode!: string;

  @Field({ description: '单位名称 unit name' })
  unitName!: string;

  @Field(() => PeriodView, { description: '周期 period' })
  period!: PeriodView;

  @Field({ description: '是否参评 false (不参评) when the unit had nothing due in the period' })
  assessed!: boolean;

  @Field(() => Int, { description: '接收指令数 orders received' })
  ordersReceived!: number;

  @Field(() => [KpiFigure], { description: '考核数据 every figure' })
  figures!: KpiFigure[];

  @Field(() => [TimeStat], { description: '时长统计 sign-for, arrival and first-feedback times' })
  times!: TimeStat[];

  @Field(() => Int, { description: '超时数 overdue orders' })
  overdue!: number;

  @Field(() => Int, { description: '异议数 disputes filed' })
  disputesFiled!: number;

  @Field(() => Int, { description: '异议成立 disputes upheld' })
  disputesUpheld!: number;

  @Field(() => Int, { description: '异议不成立 disputes rejected' })
  disputesRejected!: number;

  @Field(() => Int, { description: '投诉数 complaints about its orders' })
  complaints!: number;

  @Field(() => Int, { description: '媒体曝光 media reports about its orders' })
  mediaReports!: number;

  @Field(() => Int, { description: '领导批示 leadership instructions about its orders' })
  leaderInstructions!: number;

  @Field({ description: '是否明确分管领导 whether the unit names a responsible leader' })
  hasNamedLeader!: boolean;

  @Field(() => Float, {
    nullable: true,
    description: '值班覆盖率 roster coverage: percent of the period the required post is on the roster; null for periods over 92 days',
  })
  rosterCoverage?: number | null;

  @Field(() => Float, { nullable: true, description: '值班缺口小时 hours of the period with nobody on the required post' })
  rosterGapHours?: number | null;
}

@ObjectType({ description: '考核指令列表 the orders behind a figure' })
export class AssessmentOrderConnection extends Connection(Order, 'AssessmentOrder') {}

@ObjectType({ description: '指标得分 points one metric gave' })
export class MetricPoints {
  @Field(() => KpiMetric, { description: '指标 metric' })
  metric!: KpiMetric;

  @Field(() => Float, { nullable: true, description: '比率 rate (percent); null when not assessed' })
  rate?: number | null;

  @Field(() => Float, { description: '权重 weight' })
  weight!: number;

  @Field(() => Float, { nullable: true, description: '得分 points; null when the metric had nothing due' })
  points?: number | null;
}

@ObjectType({ description: '扣分 a deduction applied' })
export class DeductionApplied {
  @Field(() => DeductionKind, { description: '扣分项 kind' })
  kind!: DeductionKind;

  @Field(() => Int, { description: '次数 occurrences' })
  occurrences!: number;

  @Field(() => Float, { description: '扣分 points deducted' })
  points!: number;
}

@ObjectType({ description: '通报单位行 one unit in a bulletin' })
export class BulletinEntry {
  @Field(() => Int, { nullable: true, description: '排名 rank; null for units not assessed (不参评)' })
  rank?: number | null;

  @Field({ description: '单位代码 unit code' })
  unitCode!: string;

  @Field({ description: '单位名称 unit name' })
  unitName!: string;

  @Field({ description: '是否参评 assessed' })
  assessed!: boolean;

  @Field(() => Float, { nullable: true, description: '得分 score out of 100; null when not assessed' })
  score?: number | null;

  @Field(() => Float, { nullable: true, description: '上期得分 score in the previous period of the same length' })
  previousScore?: number | null;

  @Field(() => Float, { nullable: true, description: '变化 change against the previous period' })
  change?: number | null;

  @Field(() => [MetricPoints], { description: '指标得分 points per metric' })
  points!: MetricPoints[];

  @Field(() => [DeductionApplied], { description: '扣分 deductions' })
  deductions!: DeductionApplied[];

  @Field(() => UnitAssessment, { description: '考核数据 the figures scored' })
  assessment!: UnitAssessment;
}

@ObjectType({ description: '最慢单位 the slowest unit for one measure (by p90)' })
export class SlowestUnit {
  @Field({ description: '环节 SIGN, ARRIVE or FEEDBACK' })
  measure!: string;

  @Field({ description: '单位代码 unit code' })
  unitCode!: string;

  @Field({ description: '单位名称 unit name' })
  unitName!: string;

  @Field(() => Float, { description: '90分位 p90 in seconds' })
  p90Seconds!: number;
}

@ObjectType({ description: '考核通报 a period\'s bulletin: units ranked by score, change, slowest units, red and black lists' })
export class AssessmentBulletin {
  @Field(() => PeriodView, { description: '周期 period' })
  period!: PeriodView;

  @Field(() => PeriodView, { description: '上期 previous period of the same length' })
  previousPeriod!: PeriodView;

  @Field(() => Int, { description: '考核方案版本 scoring scheme version used' })
  schemeVersion!: number;

  @Field({ description: '统计时点 the moment the figures were taken (deadlines still ahead then were not yet due)' })
  asOf!: Date;

  @Field(() => [BulletinEntry], { description: '排名 units ranked by score; units not assessed (不参评) last, apart' })
  entries!: BulletinEntry[];

  @Field(() => [SlowestUnit], { description: '最慢单位 the slowest unit per measure' })
  slowest!: SlowestUnit[];

  @Field(() => [String], { description: '红榜 unit codes on the red list' })
  redList!: string[];

  @Field(() => [String], { description: '黑榜 unit codes on the black list' })
  blackList!: string[];
}

@ObjectType({ description: '导出文件 an exported report file' })
export class ReportFile {
  @Field({ description: '文件名 file name' })
  filename!: string;

  @Field({ description: '类型 MIME type' })
  contentType!: string;

  @Field(() => Int, { description: '大小 size in bytes' })
  size!: number;

  @Field({ description: '内容 the file, base64-encoded' })
  base64!: string;
}
