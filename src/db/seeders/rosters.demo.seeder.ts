import type { EntityManager } from '@mikro-orm/postgresql';
import { RosterRotation } from '../../modules/rosters/roster.entity';
import { RosterDays, RosterDuty } from '../../modules/rosters/roster.enums';
import { requiredPost } from '../../modules/rosters/roster.service';
import { rosterSettings } from '../../modules/rosters/roster.settings';
import { localDay, zoned } from '../../modules/rosters/roster.time';
import { Unit } from '../../modules/units/unit.entity';

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '罗', '高'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '强', '磊', '军', '洋', '勇', '艳', '杰', '涛', '明', '超', '秀', '霞', '平', '刚', '桂'];
/** The one deliberate gap: this unit's phone duty covers office hours on working days only. */
export const DEMO_GAP_UNIT = 'tourism';

function person(unitIndex: number, n: number): { name: string; phone: string } {
  const k = unitIndex * 7 + n;
  return { name: SURNAMES[k % SURNAMES.length] + GIVEN[(k * 3 + n) % GIVEN.length], phone: `139${String(unitIndex).padStart(2, '0')}${String(100000 + k).slice(-6)}` };
}

/**
 * A realistic demo roster for every unit (npm run seed -- --demo; off by default): contacts, a
 * three-person rotation on the required post handing off daily at 08:30, a weekly leader on
 * call, and one deliberate gap (tourism covers 08:30-17:30 on working days only) so rosterGaps
 * and the coverage check have something to show. Units that already have rotations are left alone.
 */
export async function seedDemoRosters(em: EntityManager, now = new Date()): Promise<{ units: number; rotations: number }> {
  const units = await em.find(Unit, { active: true }, { orderBy: { rank: 'asc' } });
  const has = new Set((await em.find(RosterRotation, {}, { fields: ['unit'] })).map((r) => r.unit.id));
  const { timeZone } = rosterSettings();
  const start = zoned(localDay(new Date(now.getTime() - 14 * 86_400_000), timeZone), 8 * 60 + 30, timeZone);
  let rotations = 0;
  let touched = 0;
  for (const [i, unit] of units.entries()) {
    if (has.has(unit.id)) continue;
    touched++;
    const leader = person(i, 0);
    const liaison = person(i, 1);
    Object.assign(unit.responsibleLeader, { name: leader.name, position: '副局长', phone: leader.phone });
    Object.assign(unit.liaison, { name: liaison.name, position: '办公室主任', phone: liaison.phone });
    unit.dutyPhone ??= `0837-68${String(22000 + i).slice(-5)}`;
    const post = requiredPost(unit);
    const gap = unit.code === DEMO_GAP_UNIT;
    em.persist(
      em.create(RosterRotation, {
        unit,
        post,
        name: post === RosterDuty.RESCUE_TEAM ? '抢险值班组' : '电话值班',
        members: [person(i, 2), person(i, 3), person(i, 4)],
        startsAt: start,
        handoffTime: '08:30',
        shiftDays: 1,
        days: gap ? RosterDays.WORKDAYS : RosterDays.EVERY_DAY,
        weekdays: [],
        timeFrom: gap ? '08:30' : undefined,
        timeTo: gap ? '17:30' : undefined,
      }),
    );
    em.persist(
      em.create(RosterRotation, {
        unit,
        post: RosterDuty.LEADER_ON_CALL,
        name: '带班领导',
        members: [leader, person(i, 5)],
        startsAt: start,
        handoffTime: '08:30',
        shiftDays: 7,
        days: RosterDays.EVERY_DAY,
        weekdays: [],
      }),
    );
    rotations += 2;
  }
  await em.flush();
  return { units: touched, rotations };
}
