import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { logger } from '../../common/logger';
import { SYSTEM_ACTOR } from '../history/history.actor';
import { EventKind } from '../history/history.enums';
import { recordEvent } from '../history/history.service';
import { Unit } from '../units/unit.entity';
import { RosterChange } from './roster.entity';
import { RosterChangeKind } from './roster.enums';
import { RosterService } from './roster.service';
import { rosterSettings } from './roster.settings';
import { isoDay, localDay } from './roster.time';

/** The daily coverage report looks this far ahead (issue 11: the next 7 days). */
export const COVERAGE_DAYS = 7;
/** Advisory-lock key of the coverage job: one replica computes at a time, the others skip. */
const COVERAGE_LOCK = 110_011;

/**
 * Finds the gaps of every active unit in the next 7 days and posts one COVERAGE_GAPS_FOUND entry
 * per unit with gaps (or missing contacts) to the roster change feed, and the same summary as a
 * unit-level ROSTER_COVERAGE_GAPS history event to the escalation feed, once per unit and local day.
 * Safe in several replicas twice over: a transaction-scoped advisory lock lets one replica work
 * while the others return at once, and the entry's dedupe key (unit and day) is unique, so even
 * a replica that runs after the first committed posts nothing twice. Returns the units posted.
 */
export async function runCoverageCheck(em: EntityManager, now = new Date()): Promise<string[]> {
  return em.transactional(async (tx) => {
    const [lock] = await tx.getConnection().execute<{ locked: boolean }[]>(
      'select pg_try_advisory_xact_lock(?) as locked',
      [COVERAGE_LOCK],
      'all',
      tx.getTransactionContext(),
    );
    if (!lock.locked) return [];
    const day = isoDay(localDay(now, rosterSettings().timeZone));
    const units = await tx.find(Unit, { active: true }, { orderBy: { rank: 'asc' } });
    const to = new Date(now.getTime() + COVERAGE_DAYS * 86_400_000);
    const report = await new RosterService(tx).gaps(units, now, to);
    const keys = report.map((r) => `coverage:${r.unitCode}:${day}`);
    const done = new Set((await tx.find(RosterChange, { dedupeKey: { $in: keys } })).map((c) => c.dedupeKey));
    const posted: string[] = [];
    for (const r of report) {
      const key = `coverage:${r.unitCode}:${day}`;
      if ((r.gaps.length === 0 && r.missing.length === 0) || done.has(key)) continue;
      const unit = units.find((u) => u.id === r.unitId)!;
      const hours = r.gaps.reduce((sum, g) => sum + (g.until.getTime() - g.from.getTime()) / 3_600_000, 0);
      const summary = {
        from: now.toISOString(),
        to: to.toISOString(),
        gaps: r.gaps.map((g) => ({ post: g.post, from: g.from.toISOString(), until: g.until.toISOString() })),
        missing: r.missing,
      };
      const note = `未来${COVERAGE_DAYS}天值班缺口 ${r.gaps.length} 段共 ${hours.toFixed(1)} 小时; 缺少 ${r.missing.join(', ') || '无'} — ${r.gaps.length} gaps (${hours.toFixed(1)} h) in the next ${COVERAGE_DAYS} days`;
      tx.persist(
        tx.create(RosterChange, {
          kind: RosterChangeKind.COVERAGE_GAPS_FOUND,
          unit,
          unitCode: unit.code,
          actorId: SYSTEM_ACTOR.id,
          actorName: SYSTEM_ACTOR.name,
          actorRole: SYSTEM_ACTOR.role,
          after: summary,
          note,
          dedupeKey: key,
        }),
      );
      // The same summary on the escalation feed, as a unit-level history event (no incident).
      recordEvent(tx, { unit, kind: EventKind.ROSTER_COVERAGE_GAPS, actor: SYSTEM_ACTOR, after: { unitCode: unit.code, ...summary }, note });
      posted.push(unit.code);
    }
    return posted;
  });
}

/** Runs the coverage check every `intervalMs` (hourly by default; it posts once a day per unit). */
export function startCoverageScheduler(orm: MikroORM, intervalMs: number): { stop(): Promise<void> } {
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = runCoverageCheck(orm.em.fork())
      .then((units) => units.length > 0 && logger.info('roster coverage gaps posted', { units }))
      .catch((err: unknown) => logger.error('roster coverage check failed', { err }));
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
