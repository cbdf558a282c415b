import { BadInputError } from '../../common/errors';
import { PeriodKind } from './supervision.enums';
import type { PeriodInput } from './supervision.inputs';

/** Asia/Shanghai keeps UTC+8 all year (no daylight saving), so a day there is a fixed UTC range. */
const SHANGHAI_OFFSET_MS = 8 * 3600_000;
const DAY_MS = 24 * 3600_000;
const MAX_CUSTOM_DAYS = 366;

/** A period resolved to its half-open UTC range [from, to). */
export interface Period {
  kind: PeriodKind;
  /** Stable name of the period, e.g. `MONTH:2026-11`, `CUSTOM:2026-11-03..2026-11-09`. */
  key: string;
  /** First and last day, inclusive, in Asia/Shanghai. */
  firstDay: string;
  lastDay: string;
  from: Date;
  to: Date;
}

/** Midnight in Shanghai of a day, as days since the epoch (UTC calendar arithmetic on the local day). */
function dayNumber(day: string, field: string): number {
  const [y, m, d] = day.split('-').map(Number);
  const t = Date.UTC(y!, m! - 1, d!);
  const back = new Date(t);
  if (Number.isNaN(t) || back.getUTCFullYear() !== y || back.getUTCMonth() !== m! - 1 || back.getUTCDate() !== d) {
    throw new BadInputError(`${field} (${day}) is not a day of the calendar.`, { field });
  }
  return t / DAY_MS;
}

const iso = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);
const startOf = (n: number) => new Date(n * DAY_MS - SHANGHAI_OFFSET_MS);

function build(kind: PeriodKind, first: number, last: number, key: string): Period {
  return { kind, key, firstDay: iso(first), lastDay: iso(last), from: startOf(first), to: startOf(last + 1) };
}

function monthRange(y: number, m0: number, months: number): [number, number] {
  return [Date.UTC(y, m0, 1) / DAY_MS, Date.UTC(y, m0 + months, 1) / DAY_MS - 1];
}

export function resolvePeriod(input: PeriodInput, dateField = 'period.date'): Period {
  const n = dayNumber(input.date, dateField);
  const d = new Date(n * DAY_MS);
  const y = d.getUTCFullYear();
  const m0 = d.getUTCMonth();
  if (input.kind !== PeriodKind.CUSTOM && input.to) {
    throw new BadInputError('period.to goes only with a CUSTOM period.', { field: 'period.to' });
  }
  switch (input.kind) {
    case PeriodKind.DAY:
      return build(input.kind, n, n, `DAY:${iso(n)}`);
    case PeriodKind.WEEK: {
      const monday = n - ((d.getUTCDay() + 6) % 7);
      return build(input.kind, monday, monday + 6, `WEEK:${iso(monday)}`);
    }
    case PeriodKind.MONTH: {
      const [a, b] = monthRange(y, m0, 1);
      return build(input.kind, a, b, `MONTH:${iso(a).slice(0, 7)}`);
    }
    case PeriodKind.QUARTER: {
      const q = Math.floor(m0 / 3);
      const [a, b] = monthRange(y, q * 3, 3);
      return build(input.kind, a, b, `QUARTER:${y}-Q${q + 1}`);
    }
    case PeriodKind.CUSTOM: {
      if (!input.to) throw new BadInputError('A CUSTOM period needs period.to, its last day.', { field: 'period.to' });
      const last = dayNumber(input.to, 'period.to');
      if (last < n) throw new BadInputError('period.to is before period.date.', { field: 'period.to' });
      if (last - n + 1 > MAX_CUSTOM_DAYS) {
        throw new BadInputError(`A CUSTOM period may span at most ${MAX_CUSTOM_DAYS} days.`, { field: 'period.to' });
      }
      return build(input.kind, n, last, `CUSTOM:${iso(n)}..${iso(last)}`);
    }
  }
}

/** The period of the same kind (and, for CUSTOM, the same length) just before this one. */
export function previousPeriod(period: Period): Period {
  const first = dayNumber(period.firstDay, 'period.date');
  const last = dayNumber(period.lastDay, 'period.to');
  if (period.kind === PeriodKind.CUSTOM) {
    const len = last - first + 1;
    return resolvePeriod({ kind: period.kind, date: iso(first - len), to: iso(first - 1) });
  }
  return resolvePeriod({ kind: period.kind, date: iso(first - 1) });
}

/** The Monday-to-Sunday weeks that meet the period, for trend lines. */
export function weeksOf(period: Period): Period[] {
  const weeks: Period[] = [];
  let week = resolvePeriod({ kind: PeriodKind.WEEK, date: period.firstDay });
  while (week.from < period.to) {
    weeks.push(week);
    week = resolvePeriod({ kind: PeriodKind.WEEK, date: iso(dayNumber(week.lastDay, 'period.date') + 1) });
  }
  return weeks;
}
