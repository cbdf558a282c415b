import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { DAILY_PREFIX, runDailyBackup, startDailyBackup, type DailyBackupResult, type SchedulerClock } from '../../src/db/backup-schedule';
import { ReportIncidentDocument } from '../generated/graphql';
import { startTestApp, type TestApp } from '../support/app';

/**
 * The daily backup: fires at the configured local time (the clock and the timer are the test's,
 * so nothing waits for real time), writes the same backup as `npm run backup`, keeps the newest
 * BACKUP_KEEP and leaves every other folder alone; with several processes on one database, one
 * takes the backup and the others skip.
 */
let app: TestApp;
let dir: string;
beforeAll(async () => {
  app = await startTestApp({ defaultRole: 'dispatcher' });
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'linkage110-daily-'));
});
afterAll(async () => {
  await app.close();
  await fs.rm(dir, { recursive: true, force: true });
});

const TZ = 'Asia/Shanghai';

class ManualClock implements SchedulerClock {
  timers: { run: () => void; ms: number; cleared: boolean }[] = [];
  constructor(public at: Date) {}
  now(): Date {
    return this.at;
  }
  setTimeout(run: () => void, ms: number) {
    const timer = { run, ms, cleared: false };
    this.timers.push(timer);
    return timer;
  }
  clearTimeout(handle: unknown): void {
    (handle as { cleared: boolean }).cleared = true;
  }
  /** Moves the clock to the pending timer's moment and fires it. */
  fire(): void {
    const timer = this.timers.at(-1)!;
    this.at = new Date(this.at.getTime() + timer.ms);
    timer.run();
  }
}

async function incidentCount(): Promise<number> {
  const [row] = await app.em().getConnection().execute<{ n: string }[]>('select count(*) as n from incident');
  return Number(row.n);
}

it('fires at the set local time, writes the day\'s backup and keeps only the newest', async () => {
  const options = { url: app.databaseUrl, dir, keep: 2, timeZone: TZ };
  // Two earlier daily backups, a manual one and an unrelated file already in the folder.
  await runDailyBackup(options, new Date('2026-11-29T03:00:00Z'));
  await runDailyBackup(options, new Date('2026-11-30T03:00:00Z'));
  await fs.mkdir(path.join(dir, 'linkage110-2026-11-28T10-00-00-000Z'));
  await fs.writeFile(path.join(dir, 'notes.txt'), 'keep me');
  const res = await app.gql(ReportIncidentDocument, { input: { description: '凌晨报警：小区停电', place: { areaCode: 'zagunao' }, intakeChannel: 'CALL_110' } });
  expect(res.errors).toBeUndefined();

  // 01:59 in Shanghai; the backup is set for 02:00.
  const clock = new ManualClock(new Date('2026-12-02T17:59:00Z'));
  let done!: (r: DailyBackupResult | Error) => void;
  const ran = new Promise<DailyBackupResult | Error>((resolve) => (done = resolve));
  const scheduler = startDailyBackup({ ...options, at: '02:00' }, clock, (r) => done(r));
  try {
    expect(clock.timers.map((t) => t.ms)).toEqual([60_000]);
    clock.fire();
    const result = await ran;
    if (result instanceof Error) throw result;
    expect(result.written).toBe(path.join(dir, `${DAILY_PREFIX}2026-12-03`));
    expect(result.removed).toEqual([path.join(dir, `${DAILY_PREFIX}2026-11-29`)]);
    const manifest = JSON.parse(await fs.readFile(path.join(result.written!, 'manifest.json'), 'utf8')) as { tables: { name: string; rows: number }[] };
    expect(manifest.tables.find((t) => t.name === 'incident')?.rows).toBe(await incidentCount());
    expect((await fs.readdir(dir)).sort()).toEqual(
      [`${DAILY_PREFIX}2026-11-30`, `${DAILY_PREFIX}2026-12-03`, 'linkage110-2026-11-28T10-00-00-000Z', 'notes.txt'].sort(),
    );
    // The next run is set for 02:00 the day after.
    await new Promise((resolve) => setImmediate(resolve));
    expect(clock.timers.at(-1)!.ms).toBe(86_400_000);
  } finally {
    await scheduler.stop();
  }
  expect(clock.timers.at(-1)!.cleared).toBe(true);
});

it('takes one backup a day across processes: a second run skips, and so does one while another holds the lock', async () => {
  const options = { url: app.databaseUrl, dir, keep: 5, timeZone: TZ };
  const day = new Date('2026-12-05T01:00:00Z');
  expect((await runDailyBackup(options, day)).written).toBe(path.join(dir, `${DAILY_PREFIX}2026-12-05`));
  expect((await runDailyBackup(options, day)).skipped).toBe('done today');

  const other = new Client({ connectionString: app.databaseUrl });
  await other.connect();
  try {
    // Another replica in the middle of its backup holds the lock.
    await other.query('select pg_advisory_lock(1100015)');
    const next = new Date('2026-12-06T01:00:00Z');
    expect(await runDailyBackup(options, next)).toEqual({ skipped: 'locked', removed: [] });
    await expect(fs.stat(path.join(dir, `${DAILY_PREFIX}2026-12-06`))).rejects.toThrow();
  } finally {
    await other.end();
  }
});
