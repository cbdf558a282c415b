import type { EntityManager } from '@mikro-orm/postgresql';
import ical from 'ical-generator';
import type { RosterDuty } from './roster.enums';
import { RosterService } from './roster.service';
import { rosterSettings } from './roster.settings';

const POST_WORDS: Record<RosterDuty, string> = {
  LEADER_ON_CALL: '带班领导',
  LIAISON: '联络员',
  DUTY_OFFICER: '值班员',
  RESCUE_TEAM: '抢险队',
};
/** What a subscribed phone shows: the past week and the next 30 days. */
const BACK_DAYS = 7;
const AHEAD_DAYS = 30;

/**
 * A unit's shifts as an iCalendar feed, opened by a calendar token (GoAlert's calendar
 * subscription). Undefined for an unknown or revoked token, which the endpoint answers 404.
 */
export async function unitCalendar(em: EntityManager, token: string, now = new Date()): Promise<string | undefined> {
  const rosters = new RosterService(em);
  const unit = await rosters.calendarUnit(token);
  if (!unit) return undefined;
  const from = new Date(now.getTime() - BACK_DAYS * 86_400_000);
  const to = new Date(now.getTime() + AHEAD_DAYS * 86_400_000);
  const shifts = (await rosters.expand([unit.id], from, to)).get(unit.id) ?? [];
  const calendar = ical({ name: `${unit.shortName}值班表 duty roster`, timezone: rosterSettings().timeZone, prodId: { company: 'linkage110', product: 'rosters' } });
  for (const s of shifts) {
    calendar.createEvent({
      id: `${unit.code}-${s.post}-${s.personName}-${s.startsAt.getTime()}@linkage110`,
      start: s.startsAt,
      end: s.endsAt,
      summary: `${POST_WORDS[s.post]} ${s.personName}`,
      description: `${unit.name} ${POST_WORDS[s.post]} ${s.personName} ${s.phone} (${s.source})`,
    });
  }
  return calendar.toString();
}
