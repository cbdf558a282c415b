import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import unitsData from './data/units.json';
import leadershipData from './data/leadership.json';
import countyData from './data/county.json';

export interface SeedCounts {
  units: number;
  duties: number;
  leadershipMembers: number;
  escalationTargets: number;
  areas: number;
}

/**
 * Seeds the notice's catalogue: the 24 member units and their numbered duties, the leadership
 * group and office by position, the escalation targets, the county and its townships.
 *
 * Insert-only by natural key (unit code, unit + item, body + role + position, area code): a
 * second run adds nothing, and a row an administrator edited is never written over. Runs in
 * one transaction so a failure leaves no half-seeded catalogue.
 */
export async function seedCatalogue(em: EntityManager): Promise<SeedCounts> {
  return em.transactional(async (tx) => {
    const conn = tx.getConnection();
    const insert = async (sql: string, params: unknown[]): Promise<number> => {
      const res = await conn.execute<{ affectedRows: number }>(sql, params, 'run');
      return res.affectedRows;
    };
    const counts: SeedCounts = { units: 0, duties: 0, leadershipMembers: 0, escalationTargets: 0, areas: 0 };

    for (const [rank, unit] of unitsData.units.entries()) {
      counts.units += await insert(
        `insert into unit (id, code, name, short_name, notice_section, rank, duty_mode, source)
         values (?, ?, ?, ?, ?, ?, ?, 'NOTICE') on conflict (code) do nothing`,
        [randomUUID(), unit.code, unit.name, unit.shortName, unit.noticeSection, rank + 1, unit.dutyMode],
      );
      for (const duty of unit.duties) {
        counts.duties += await insert(
          `insert into duty (id, unit_id, item, text, source)
           select ?, u.id, ?, ?, 'NOTICE' from unit u where u.code = ?
           on conflict (unit_id, item) do nothing`,
          [randomUUID(), duty.item, duty.text, unit.code],
        );
      }
    }

    const bodies = [
      { body: 'GROUP', members: leadershipData.members },
      { body: 'OFFICE', members: leadershipData.office.members },
    ];
    for (const { body, members } of bodies) {
      for (const [rank, member] of members.entries()) {
        counts.leadershipMembers += await insert(
          `insert into leadership_member (id, body, role, position, unit_id, rank)
           values (?, ?, ?, ?, (select id from unit where code = ?), ?)
           on conflict (body, role, position) do nothing`,
          [randomUUID(), body, member.role, member.position, member.unit, rank + 1],
        );
      }
    }

    for (const [rank, target] of countyData.escalationTargets.entries()) {
      counts.escalationTargets += await insert(
        `insert into escalation_target (id, code, name, rank) values (?, ?, ?, ?) on conflict (code) do nothing`,
        [randomUUID(), target.code, target.name, rank + 1],
      );
    }

    counts.areas += await insert(
      `insert into area (id, code, name, kind, source) values (?, ?, ?, 'COUNTY', 'NOTICE') on conflict (code) do nothing`,
      [randomUUID(), countyData.county.code, countyData.county.name],
    );
    for (const township of countyData.townships) {
      counts.areas += await insert(
        `insert into area (id, code, name, kind, parent_id, source)
         values (?, ?, ?, ?, (select id from area where code = ?), 'NOTICE') on conflict (code) do nothing`,
        [randomUUID(), township.code, township.name, township.kind, countyData.county.code],
      );
    }
    return counts;
  });
}
