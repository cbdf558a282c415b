import type { AccountabilityCase, JointMeeting, MeetingFollowUp } from './supervision.entity';
import { weeksOf, type Period } from './supervision.period';
import { periodView, scoreOf, type SupervisionService } from './supervision.service';
import type { AssessmentBulletin, PeriodView } from './supervision.types';

/** What a joint meeting's report for a period holds, before it is rendered as XLSX or PDF. */
export interface MeetingReport {
  period: Period;
  generatedAt: Date;
  bulletin: AssessmentBulletin;
  /** Each week meeting the period, with every assessed unit's score that week. */
  weeks: { week: PeriodView; scores: Record<string, number | null> }[];
  cases: AccountabilityCase[];
  openFollowUps: MeetingFollowUp[];
  meetings: JointMeeting[];
}

export async function buildMeetingReport(service: SupervisionService, period: Period, asOf = new Date()): Promise<MeetingReport> {
  const bulletin = await service.bulletin(period, undefined, asOf);
  const scheme = await service.scheme(bulletin.schemeVersion);
  const weeks = [];
  for (const week of weeksOf(period)) {
    const assessments = await service.assessments(week, undefined, asOf);
    weeks.push({ week: periodView(week), scores: Object.fromEntries(assessments.map((a) => [a.unitCode, scoreOf(scheme, a).score])) });
  }
  const cases = await service.cases({ kind: 'all' }, { periodKey: period.key });
  const openFollowUps = await service.followUps(undefined, true);
  const meetings = (await service.meetings()).filter((m) => m.heldOn >= period.firstDay && m.heldOn <= period.lastDay);
  return { period, generatedAt: asOf, bulletin, weeks, cases, openFollowUps, meetings };
}
