/**
 * Roster reads and the spreadsheet import.
 *   npm run bench:rosters
 * Fresh database (embedded PostgreSQL, or the server in DATABASE_URL), migrated and seeded with the
 * demo roster of the 24 units. Measures, in process:
 *  - SQL statements of onDuty for 1 unit and for all 24 (the same number is the point);
 *  - rosterGaps for 24 units over 30 days (p50/p99 of RUNS), before and after storing one year of
 *    past shifts (temporary rosters of two 12-hour shifts a day per unit) and overrides;
 *  - importing a 10,000-row XLSX in one transaction.
 * Ends with one `RESULT ...` line. Figures are quoted in docs, never asserted.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import ExcelJS from 'exceljs';
import { migrateAndSeed } from '../src/db/migrate';
import { initOrm } from '../src/db/orm';
import { seedDemoRosters } from '../src/db/seeders/rosters.demo.seeder';
import { ActionChannel } from '../src/modules/history/history.enums';
import { RosterOverride, RosterShift, RosterTemporary } from '../src/modules/rosters/roster.entity';
import { OverrideKind, RosterDuty } from '../src/modules/rosters/roster.enums';
import { RosterService } from '../src/modules/rosters/roster.service';
import { COLUMNS, importRosterWorkbook } from '../src/modules/rosters/roster.spreadsheet';
import { Unit } from '../src/modules/units/unit.entity';
import { openBenchDatabase } from './support/database';
import { runBench } from './support/run';

const RUNS = 200;
const DAY = 86_400_000;
const HOUR = 3_600_000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

runBench(async (cleanups) => {
  const db = await openBenchDatabase('bench_rosters');
  cleanups.push(() => db.close());
  let counting: string[] | undefined;
  const orm = await initOrm({ databaseUrl: db.url, onQuery: (m) => counting && m.includes('[query]') && counting.push(m) });
  cleanups.push(() => orm.close());
  await migrateAndSeed(orm, db.url);
  await seedDemoRosters(orm.em.fork());
  const units = await orm.em.fork().find(Unit, { active: true }, { orderBy: { rank: 'asc' } });
  const now = new Date();

  const statements = async (work: () => Promise<unknown>) => {
    counting = [];
    await work();
    const n = counting.length;
    counting = undefined;
    return n;
  };
  const onDutyOne = await statements(() => new RosterService(orm.em.fork()).onDuty(units.slice(0, 1), now));
  const onDutyAll = await statements(() => new RosterService(orm.em.fork()).onDuty(units, now));

  const gapsTimes = async () => {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      await new RosterService(orm.em.fork()).gaps(units, now, new Date(now.getTime() + 30 * DAY));
      times.push(performance.now() - t0);
    }
    return times.sort((a, b) => a - b);
  };
  const fresh = await gapsTimes();

  // One year of past shifts: a temporary roster per unit and month, two 12-hour shifts a day, plus a weekly override.
  const em = orm.em.fork();
  let stored = 0;
  for (const unit of units) {
    const rows: Record<string, unknown>[] = [];
    for (let m = 12; m >= 1; m--) {
      const start = new Date(now.getTime() - m * 30 * DAY - DAY);
      const temporary = em.create(RosterTemporary, { unit, post: RosterDuty.RESCUE_TEAM, startsAt: start, endsAt: new Date(start.getTime() + 30 * DAY) });
      em.persist(temporary);
      for (let h = 0; h < 60; h++) {
        rows.push({ id: randomUUID(), unit: unit.id, temporary: temporary.id, duty: RosterDuty.RESCUE_TEAM, personName: `历史${h % 5}`, phone: '13800000000', startsAt: new Date(start.getTime() + h * 12 * HOUR), endsAt: new Date(start.getTime() + (h + 1) * 12 * HOUR) });
      }
    }
    for (let w = 52; w >= 1; w--) {
      const start = new Date(now.getTime() - w * 7 * DAY - DAY);
      em.persist(em.create(RosterOverride, { unit, post: RosterDuty.RESCUE_TEAM, kind: OverrideKind.ADD, personName: '历史替班', phone: '13800000000', startsAt: start, endsAt: new Date(start.getTime() + 8 * HOUR) }));
    }
    await em.flush();
    await em.insertMany(RosterShift, rows as never);
    stored += rows.length;
  }
  await orm.em.getConnection().execute('analyze');
  const withHistory = await gapsTimes();

  // A 10,000-row workbook imported in one transaction.
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('值班表');
  sheet.addRow(COLUMNS.map((c) => c.header));
  const base = new Date(now.getTime() + 40 * DAY);
  for (let i = 0; i < 10_000; i++) {
    const from = new Date(base.getTime() + Math.floor(i / 24) * HOUR);
    sheet.addRow([units[i % 24].code, '抢险队', `队员${i % 7}`, '13800001234', new Date(from.getTime() + 8 * HOUR), new Date(from.getTime() + 9 * HOUR)]);
  }
  const file = Buffer.from(await book.xlsx.writeBuffer());
  const actor = { id: 'bench', role: 'admin', channel: ActionChannel.SYSTEM };
  const t0 = performance.now();
  const imported = await orm.em.fork().transactional((tx) => importRosterWorkbook(tx, actor, file));
  const importMs = performance.now() - t0;

  console.log(`database: ${db.where}`);
  console.log(`onDuty statements: 1 unit ${onDutyOne}, 24 units ${onDutyAll}`);
  console.log(`rosterGaps 24 units x 30 days, ${RUNS} runs: p50 ${percentile(fresh, 50).toFixed(1)} ms, p99 ${percentile(fresh, 99).toFixed(1)} ms`);
  console.log(`  with ${stored} past shifts and ${units.length * 52} past overrides stored: p50 ${percentile(withHistory, 50).toFixed(1)} ms, p99 ${percentile(withHistory, 99).toFixed(1)} ms`);
  console.log(`import: ${imported.rows} rows (${file.length} bytes) into ${imported.temporaries} temporary rosters in ${importMs.toFixed(0)} ms`);
  console.log(
    `RESULT onduty_statements_1=${onDutyOne} onduty_statements_24=${onDutyAll} gaps_p50_ms=${percentile(fresh, 50).toFixed(1)} gaps_p99_ms=${percentile(fresh, 99).toFixed(1)} ` +
      `gaps_history_p99_ms=${percentile(withHistory, 99).toFixed(1)} past_shifts=${stored} import_rows=${imported.rows} import_ms=${importMs.toFixed(0)}`,
  );
});
