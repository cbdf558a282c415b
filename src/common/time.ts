import { BadInputError } from './errors';

/** Clocks of phones and consoles drift; a time this far ahead is still taken as "now". */
const FUTURE_TOLERANCE_MS = 2 * 60_000;

/**
 * No reported time lies before this: the county's 110 linkage records begin long after it, so
 * an earlier one (year 0001 from an unset date picker) is a mistake, not history.
 */
export const EARLIEST_REPORTED_TIME = new Date('2000-01-01T00:00:00Z');

/** A reported time: defaults to now, may not lie in the future, before 2000 or before `notBefore`. */
export function reportedTime(
  value: Date | undefined,
  field: string,
  notBefore?: { at: Date; what: string },
  now = new Date(),
): Date {
  const at = value ?? now;
  if (Number.isNaN(at.getTime())) throw new BadInputError(`${field} is not a valid time.`, { field });
  if (at.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    throw new BadInputError(`${field} (${at.toISOString()}) is in the future.`, { field });
  }
  if (at < EARLIEST_REPORTED_TIME) {
    throw new BadInputError(`${field} (${at.toISOString()}) is before ${EARLIEST_REPORTED_TIME.toISOString().slice(0, 10)}; send the real time.`, { field });
  }
  if (notBefore && at < notBefore.at) {
    throw new BadInputError(
      `${field} (${at.toISOString()}) is before ${notBefore.what} (${notBefore.at.toISOString()}).`,
      { field },
    );
  }
  return at;
}

export function requireText(value: string | undefined, field: string): string {
  const text = value?.trim() ?? '';
  if (!text) throw new BadInputError(`${field} must not be empty.`, { field });
  return text;
}
