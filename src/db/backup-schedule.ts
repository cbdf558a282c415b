import fsp from 'node:fs/promises';
import path from 'node:path';
import { Client } from 'pg';
import { logger } from '../common/logger';
import { backupDatabase, type BackupManifest } from './backup';

/**
 * The optional daily backup (BACKUP_DAILY_AT): once a day at a local time, the same consistent
 * backup as `npm run backup` into BACKUP_DIR, then the oldest scheduled backups beyond
 * BACKUP_KEEP are removed. Safe with several processes on one database: a session advisory lock
 * lets one take the backup while the others skip, and the day's folder name makes a second run
 * on the same day (a restart, a late replica) do nothing. Only folders this schedule wrote (the
 * `linkage110-daily-` prefix with a manifest) are ever removed; `npm run backup`'s are left alone.
 */
export const DAILY_PREFIX = 'linkage110-daily-';
const BACKUP_LOCK = 110_0015;

export interface DailyBackupOptions {
  /** The database to back up. */
  url: string;
  /** A session connection for the lock (DATABASE_LISTEN_URL behind PgBouncer); `url` otherwise. */
  lockUrl?: string;
  dir: string;
  /** How many daily backups to keep (the newest). */
  keep: number;
  /** IANA zone of the day in the folder name and of `at`. */
  timeZone: string;
}

/** The local calendar day of `at` in `timeZone`, YYYY-MM-DD. */
export function localDay(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/** Milliseconds from `now` until the next `hh:mm` in `timeZone` (now itself counts as 24 h away). */
export function untilNext(hhmm: string, now: Date, timeZone: string): number {
  const [hours, minutes] = hhmm.split(':').map(Number);
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(now)
      .map((p) => [p.type, p.value]),
  );
  const nowMs = ((Number(parts.hour) * 60 + Number(parts.minute)) * 60 + Number(parts.second)) * 1000 + now.getUTCMilliseconds();
  const day = 86_400_000;
  const wait = (((hours * 60 + minutes) * 60_000 - nowMs) % day + day) % day;
  return wait === 0 ? day : wait;
}

export interface DailyBackupResult {
  /** The folder written, or why none was. */
  written?: string;
  skipped?: 'locked' | 'done today';
  removed: string[];
}

/** Takes today's backup unless another process holds the lock or it exists, then applies the retention. */
export async function runDailyBackup(options: DailyBackupOptions, now = new Date()): Promise<DailyBackupResult> {
  const lock = new Client({ connectionString: options.lockUrl ?? options.url, application_name: 'linkage110 backup lock' });
  await lock.connect();
  try {
    const { rows } = await lock.query<{ locked: boolean }>('select pg_try_advisory_lock($1) as locked', [BACKUP_LOCK]);
    if (!rows[0].locked) return { skipped: 'locked', removed: [] };
    await fsp.mkdir(options.dir, { recursive: true });
    const folder = path.join(options.dir, `${DAILY_PREFIX}${localDay(now, options.timeZone)}`);
    let written: string | undefined;
    if (!(await exists(path.join(folder, 'manifest.json')))) {
      // A folder without a manifest is a run that failed half-way: start it again.
      await fsp.rm(folder, { recursive: true, force: true });
      try {
        await backupDatabase(options.url, folder);
      } catch (err) {
        await fsp.rm(folder, { recursive: true, force: true });
        throw err;
      }
      written = folder;
    }
    const removed = await applyRetention(options.dir, options.keep);
    return written ? { written, removed } : { skipped: 'done today', removed };
  } finally {
    await lock.end();
  }
}

/** Removes the oldest complete daily backups beyond `keep`; returns the folders removed. */
export async function applyRetention(dir: string, keep: number): Promise<string[]> {
  const daily: string[] = [];
  for (const name of await fsp.readdir(dir)) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(name.slice(DAILY_PREFIX.length)) || !name.startsWith(DAILY_PREFIX)) continue;
    const manifest = await fsp
      .readFile(path.join(dir, name, 'manifest.json'), 'utf8')
      .then((text) => JSON.parse(text) as BackupManifest)
      .catch(() => undefined);
    if (manifest?.format === 'linkage110-backup/1') daily.push(name);
  }
  // Newest day first: the folder names are local days, YYYY-MM-DD.
  daily.sort().reverse();
  const old = daily.slice(Math.max(keep, 1)).map((name) => path.join(dir, name));
  for (const folder of old) await fsp.rm(folder, { recursive: true, force: true });
  return old;
}

async function exists(file: string): Promise<boolean> {
  return fsp.stat(file).then(
    () => true,
    () => false,
  );
}

/** The clock the scheduler reads and the timer it sets: injectable, so a test fires it at once. */
export interface SchedulerClock {
  now(): Date;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const SYSTEM_CLOCK: SchedulerClock = {
  now: () => new Date(),
  setTimeout: (run, ms) => setTimeout(run, ms).unref(),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/**
 * Runs `runDailyBackup` every day at `at` (HH:MM in the options' zone). Each run sets the timer
 * for the next; a failed run is logged and the next day's goes ahead.
 */
export function startDailyBackup(
  options: DailyBackupOptions & { at: string },
  clock: SchedulerClock = SYSTEM_CLOCK,
  onRun: (result: DailyBackupResult | Error) => void = () => undefined,
): { stop(): Promise<void> } {
  let timer: unknown;
  let running: Promise<unknown> = Promise.resolve();
  let stopped = false;
  const schedule = () => {
    if (stopped) return;
    timer = clock.setTimeout(fire, untilNext(options.at, clock.now(), options.timeZone));
  };
  const fire = () => {
    running = runDailyBackup(options, clock.now())
      .then(
        (result) => {
          if (result.written) logger.info('daily backup written', { folder: result.written, removed: result.removed });
          onRun(result);
        },
        (err: unknown) => {
          logger.error('daily backup failed', { err });
          onRun(err instanceof Error ? err : new Error(String(err)));
        },
      )
      .finally(schedule);
  };
  schedule();
  return {
    async stop() {
      stopped = true;
      clock.clearTimeout(timer);
      await running;
    },
  };
}
