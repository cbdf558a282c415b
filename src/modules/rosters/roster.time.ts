/**
 * Wall-clock arithmetic in a named time zone without a date library: Intl gives the local
 * fields of an instant, and an instant for local fields is found by correcting a first guess by
 * the zone's offset (twice, so a DST change between guess and answer is handled too; Asia/Shanghai
 * has none, but the zone is configurable).
 */
export interface LocalDay {
  y: number;
  m: number;
  d: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Throws RangeError for a zone Intl does not know: the config check uses it. */
export function assertTimeZone(timeZone: string): void {
  new Intl.DateTimeFormat('en-US', { timeZone }).format(0);
}

export function localFields(at: Date, timeZone: string): { y: number; m: number; d: number; h: number; mi: number; s: number } {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(at)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { y: parts.year, m: parts.month, d: parts.day, h: parts.hour, mi: parts.minute, s: parts.second };
}

const QUARTER_HOUR = 900_000;
const offsets = new Map<string, number>();

/**
 * The zone's offset from UTC at `at`. Intl is slow (a roster of 24 units over 30 days asks
 * thousands of times), and zones change offset only on quarter hours, so the answer is kept per
 * zone and quarter hour.
 */
function offsetAt(at: number, timeZone: string): number {
  const bucket = Math.floor(at / QUARTER_HOUR) * QUARTER_HOUR;
  const key = `${timeZone}|${bucket}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const f = localFields(new Date(bucket), timeZone);
    offset = Date.UTC(f.y, f.m - 1, f.d, f.h, f.mi, f.s) - bucket;
    if (offsets.size > 100_000) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

/** The instant of local day `day` at `minutes` past local midnight. */
export function zoned(day: LocalDay, minutes: number, timeZone: string): Date {
  const wall = Date.UTC(day.y, day.m - 1, day.d) + minutes * 60_000;
  let at = wall - offsetAt(wall, timeZone);
  at = wall - offsetAt(at, timeZone);
  return new Date(at);
}

export function localDay(at: Date, timeZone: string): LocalDay {
  const wall = new Date(at.getTime() + offsetAt(at.getTime(), timeZone));
  return { y: wall.getUTCFullYear(), m: wall.getUTCMonth() + 1, d: wall.getUTCDate() };
}

export function addDays(day: LocalDay, n: number): LocalDay {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Whole days from `a` to `b`. */
export function dayNumber(day: LocalDay): number {
  return Math.round(Date.UTC(day.y, day.m - 1, day.d) / 86_400_000);
}

/** ISO weekday, Monday 1 to Sunday 7. */
export function isoWeekday(day: LocalDay): number {
  return ((new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay() + 6) % 7) + 1;
}

export function isoDay(day: LocalDay): string {
  return `${day.y}-${String(day.m).padStart(2, '0')}-${String(day.d).padStart(2, '0')}`;
}

/** "08:30" → 510; undefined for anything else. */
export function parseTimeOfDay(text: string): number | undefined {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}
