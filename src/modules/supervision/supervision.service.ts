import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError, NotFoundError } from '../../common/errors';
import { decodeCursor, type Page, type PageArgs } from '../../common/pagination';
import { Order } from '../orders/order.entity';
import { MAX_WINDOW_DAYS, RosterService } from '../rosters/roster.service';
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
import { DeductionKind, KpiMetric } from './supervision.enums';
import { bind, figureOrdersSql, kpiSql, METRICS, TIME_MEASURES } from './supervision.metrics';
import { previousPeriod, type Period } from './supervision.period';
import { score } from './supervision.scoring';
import type { AssessmentBulletin, BulletinEntry, KpiFigure, PeriodView, TimeStat, UnitAssessment } from './supervision.types';

type Row = Record<string, unknown>;
const num = (v: unknown) => (v === null || v === undefined ? 0 : Number(v));
const numOrNull = (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v) * 100) / 100);
const rate = (hit: number, base: number) => (base === 0 ? null : Math.round((10000 * hit) / base) / 100);

/** Who the caller may see cases of: everyone's, or one unit's. */
export type CaseScope = { kind: 'all' } | { kind: 'unit'; unitCode: string };

export function periodView(p: Period): PeriodView {
  return { kind: p.kind, key: p.key, firstDay: p.firstDay, lastDay: p.lastDay, from: p.from, to: p.to };
}

/** Reads of supervision: KPIs, the orders behind them, schemes, bulletins, cases, meetings. */
export class SupervisionService {
  constructor(private readonly em: EntityManager) {}

  /** Every unit's figures for the period (or one unit's), in one statement over the period's orders. */
  async assessments(period: Period, unitCode?: string, asOf = new Date()): Promise<UnitAssessment[]> {
    const units = unitCode
      ? [await this.unit(unitCode)]
      : await this.em.find(Unit, { active: true }, { orderBy: { rank: 'asc', code: 'asc' } });
    const { sql, values } = bind(kpiSql(!!unitCode), { from: period.from, to: period.to, asOf, unitCode });
    const rows = await this.em.getConnection().execute<Row[]>(sql, values);
    const byCode = new Map(rows.map((row) => [row.unit_code as string, row]));
    const coverage = await this.rosterCoverage(units, period);
    return units.map((unit) => ({ ...toAssessment(unit, period, byCode.get(unit.code)), ...coverage.get(unit.id) }));
  }

  /**
   * 值班覆盖率: the share of the period the unit's required post (rescue team or duty officer) is
   * covered by its roster, from the rosters module's gaps (issue 11). Periods longer than the
   * roster window the rosters module answers for get no figure.
   */
  private async rosterCoverage(units: Unit[], period: Period): Promise<Map<string, { rosterCoverage: number | null; rosterGapHours: number | null }>> {
    const length = period.to.getTime() - period.from.getTime();
    if (length > MAX_WINDOW_DAYS * 86_400_000) return new Map(units.map((u) => [u.id, { rosterCoverage: null, rosterGapHours: null }]));
    const gaps = await new RosterService(this.em).gaps(units, period.from, period.to);
    return new Map(
      gaps.map((g) => {
        const uncovered = g.gaps.reduce((sum, gap) => sum + (Math.min(gap.until.getTime(), period.to.getTime()) - Math.max(gap.from.getTime(), period.from.getTime())), 0);
        return [g.unitId, { rosterCoverage: Math.round((10000 * (length - uncovered)) / length) / 100, rosterGapHours: Math.round(uncovered / 36_000) / 100 }];
      }),
    );
  }

  async unit(code: string): Promise<Unit> {
    const unit = await this.em.findOne(Unit, { code });
    if (!unit) throw new BadInputError(`No member unit has the code "${code}". The units query lists every code.`, { field: 'unitCode' });
    return unit;
  }

  /** The orders behind one figure, with the figure's own conditions, newest first. */
  async figureOrders(period: Period, unitCode: string, metric: KpiMetric, outcome: 'ALL' | 'HIT' | 'MISS', page: PageArgs, asOf = new Date()) {
    await this.unit(unitCode);
    const after = page.after ? decodeCursor(page.after) : undefined;
    const params = { from: period.from, to: period.to, asOf, unitCode, afterAt: after?.at, afterId: after?.id, limit: page.first + 1 };
    const { sql, values } = bind(figureOrdersSql(metric, outcome, !!after), params);
    const rows = await this.em.getConnection().execute<{ id: string }[]>(sql, values);
    const ids = rows.slice(0, page.first).map((r) => r.id);
    const orders = ids.length ? await this.em.find(Order, { id: { $in: ids } }) : [];
    const result: Page<Order> = {
      items: ids.map((id) => orders.find((o) => o.id === id)!),
      hasNextPage: rows.length > page.first,
      countTotal: async () => {
        const counted = bind(`select count(*)::int as n from (${figureOrdersSql(metric, outcome, false).replace(/limit :limit$/, '')}) x`, params);
        const [row] = await this.em.fork().getConnection().execute<{ n: number }[]>(counted.sql, counted.values);
        return row!.n;
      },
    };
    return result;
  }

  async scheme(version?: number): Promise<ScoringScheme> {
    const scheme = version
      ? await this.em.findOne(ScoringScheme, { version })
      : await this.em.findOne(ScoringScheme, { version: { $gt: 0 } }, { orderBy: { version: 'desc' } });
    if (!scheme) throw new BadInputError(`No scoring scheme has version ${version}.`, { field: 'schemeVersion' });
    return scheme;
  }

  schemes(): Promise<ScoringScheme[]> {
    return this.em.find(ScoringScheme, {}, { orderBy: { version: 'asc' } });
  }

  /** The bulletin of a period: every unit scored with the scheme, ranked, against the previous period. */
  async bulletin(period: Period, schemeVersion?: number, asOf = new Date()): Promise<AssessmentBulletin> {
    const scheme = await this.scheme(schemeVersion);
    const previous = previousPeriod(period);
    const [now, before] = await Promise.all([this.assessments(period, undefined, asOf), this.assessments(previous, undefined, asOf)]);
    const previousScores = new Map(before.map((a) => [a.unitCode, scoreOf(scheme, a).score]));
    const entries: BulletinEntry[] = now.map((assessment) => {
      const result = scoreOf(scheme, assessment);
      const previousScore = previousScores.get(assessment.unitCode) ?? null;
      return {
        rank: null,
        unitCode: assessment.unitCode,
        unitName: assessment.unitName,
        assessed: result.assessed,
        score: result.score,
        previousScore,
        change: result.score !== null && previousScore !== null ? Math.round((result.score - previousScore) * 100) / 100 : null,
        points: result.points.map((p) => ({ ...p, metric: p.metric as KpiMetric })),
        deductions: result.deductions,
        assessment,
      };
    });
    const ranked = entries.filter((e) => e.assessed).sort((a, b) => b.score! - a.score! || a.unitCode.localeCompare(b.unitCode));
    ranked.forEach((e, i) => {
      e.rank = i > 0 && ranked[i - 1]!.score === e.score ? ranked[i - 1]!.rank : i + 1;
    });
    const apart = entries.filter((e) => !e.assessed);
    const slowest = Object.keys(TIME_MEASURES).flatMap((measure) => {
      const candidates = ranked
        .map((e) => ({ e, t: e.assessment.times.find((t) => t.measure === measure)! }))
        .filter(({ t }) => t.count > 0 && t.p90Seconds !== null && t.p90Seconds !== undefined)
        .sort((a, b) => b.t.p90Seconds! - a.t.p90Seconds! || a.e.unitCode.localeCompare(b.e.unitCode));
      const top = candidates[0];
      return top ? [{ measure, unitCode: top.e.unitCode, unitName: top.e.unitName, p90Seconds: top.t.p90Seconds! }] : [];
    });
    return {
      period: periodView(period),
      previousPeriod: periodView(previous),
      schemeVersion: scheme.version,
      asOf,
      entries: [...ranked, ...apart],
      slowest,
      redList: ranked.filter((e) => e.score! >= Number(scheme.redListMinScore)).map((e) => e.unitCode),
      blackList: ranked.filter((e) => e.score! < Number(scheme.blackListBelowScore)).map((e) => e.unitCode),
    };
  }

  publishedBulletins(periodKey?: string): Promise<PublishedBulletin[]> {
    return this.em.find(PublishedBulletin, periodKey ? { periodKey } : {}, { orderBy: { periodKey: 'desc', version: 'desc' } });
  }

  async publishedBulletin(id: string): Promise<PublishedBulletin> {
    const found = await this.em.findOne(PublishedBulletin, { id });
    if (!found) throw new NotFoundError(`No published bulletin has the id ${id}.`, { id });
    return found;
  }

  rules(): Promise<AccountabilityRule[]> {
    return this.em.find(AccountabilityRule, {}, { orderBy: { code: 'asc' } });
  }

  cases(scope: CaseScope, filter: { unitCode?: string; periodKey?: string } = {}): Promise<AccountabilityCase[]> {
    const where: Record<string, unknown> = {};
    if (scope.kind === 'unit') where.unit = { code: scope.unitCode };
    else if (filter.unitCode) where.unit = { code: filter.unitCode };
    if (filter.periodKey) where.periodKey = filter.periodKey;
    return this.em.find(AccountabilityCase, where, { populate: ['unit'], orderBy: { proposedAt: 'asc', ruleCode: 'asc', id: 'asc' } });
  }

  caseEvents(caseId: string): Promise<CaseEvent[]> {
    return this.em.find(CaseEvent, { accountabilityCase: caseId }, { orderBy: { recordedAt: 'asc', id: 'asc' } });
  }

  meetings(): Promise<JointMeeting[]> {
    return this.em.find(JointMeeting, {}, { orderBy: { heldOn: 'desc' } });
  }

  followUps(meetingIds?: string[], openOnly = false): Promise<MeetingFollowUp[]> {
    const where: Record<string, unknown> = {};
    if (meetingIds) where.meeting = { $in: meetingIds };
    if (openOnly) where.completedAt = null;
    return this.em.find(MeetingFollowUp, where, { populate: ['unit', 'meeting'], orderBy: { dueOn: 'asc', id: 'asc' } });
  }
}

/** A unit's score with a scheme, from its figures. */
export function scoreOf(scheme: ScoringScheme, a: UnitAssessment) {
  const rates = Object.fromEntries(a.figures.map((f) => [f.metric, f.rate ?? null]));
  const occurrences: Record<DeductionKind, number> = {
    [DeductionKind.NO_NAMED_LEADER]: a.hasNamedLeader ? 0 : 1,
    [DeductionKind.PUBLIC_COMPLAINT]: a.complaints - a.mediaReports - a.leaderInstructions,
    [DeductionKind.MEDIA_EXPOSURE]: a.mediaReports,
    [DeductionKind.LEADERSHIP_INSTRUCTION]: a.leaderInstructions,
    [DeductionKind.ROSTER_GAP_HOURS]: a.rosterGapHours ?? 0,
  };
  const result = score(scheme.metrics, scheme.deductions, { rates, occurrences });
  // Nothing received, nothing due: not assessed, and no deduction makes it a score.
  return a.assessed ? result : { ...result, assessed: false, score: null };
}

function toAssessment(unit: Unit, period: Period, row: Row | undefined): UnitAssessment {
  const r = row ?? {};
  const figures: KpiFigure[] = (Object.keys(METRICS) as KpiMetric[]).map((metric) => {
    const base = num(r[`${metric}:base`]);
    const hit = num(r[`${metric}:hit`]);
    return { metric, denominator: base, numerator: hit, rate: METRICS[metric].kind === 'rate' ? rate(hit, base) : null };
  });
  const times: TimeStat[] = Object.entries(TIME_MEASURES).map(([measure, t]) => {
    const edges: (number | null)[] = [0, ...t.bands, null];
    return {
      measure,
      count: num(r[`${measure}:count`]),
      p50Seconds: numOrNull(r[`${measure}:p50`]),
      p90Seconds: numOrNull(r[`${measure}:p90`]),
      bands: edges.slice(0, -1).map((lo, i) => ({ fromSeconds: lo!, toSeconds: edges[i + 1], count: num(r[`${measure}:band${i}`]) })),
    };
  });
  const dueSomething = figures.some((f) => METRICS[f.metric].kind === 'rate' && f.metric !== KpiMetric.DISPUTE_RATE && f.denominator > 0);
  const assessment: UnitAssessment = {
    unitCode: unit.code,
    unitName: unit.name,
    period: periodView(period),
    assessed: dueSomething,
    ordersReceived: figures.find((f) => f.metric === KpiMetric.ORDERS_RECEIVED)!.numerator,
    figures,
    times,
    overdue: figures.find((f) => f.metric === KpiMetric.OVERDUE)!.numerator,
    disputesFiled: num(r.disputes),
    disputesUpheld: num(r.disputes_upheld),
    disputesRejected: num(r.disputes_rejected),
    complaints: num(r.complaints),
    mediaReports: num(r.media_reports),
    leaderInstructions: num(r.leader_instructions),
    hasNamedLeader: !!unit.responsibleLeader?.name,
    rosterCoverage: null,
    rosterGapHours: null,
  };
  return assessment;
}
