import { BadInputError } from './errors';

/** Mainland mobile numbers: 11 digits starting 13-19 (an optional +86 is dropped). */
const MOBILE = /^1[3-9]\d{9}$/;
/** Landlines with their area code: 0 + 2-3 digit area code, then 7-8 digits, optional extension. */
const LANDLINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;

let shortNumber = /^\d{3,6}$/;

/**
 * Short internal numbers (a unit's switchboard, 110's own hotline) differ by county; the pattern
 * comes from configuration (PHONE_SHORT_PATTERN) and is set once at start.
 */
export function configureShortPhonePattern(pattern: RegExp): void {
  shortNumber = pattern;
}

/**
 * The one check of a phone number on the platform: contacts, rosters and spreadsheet imports all
 * call it. Returns the number normalised (spaces dropped, +86 removed) or throws BAD_USER_INPUT
 * naming the field.
 */
export function validPhone(raw: string, field: string): string {
  const phone = normalisePhone(raw);
  const problem = phoneProblem(phone);
  if (problem) throw new BadInputError(`${field}: ${problem}`, { field });
  return phone;
}

export function normalisePhone(raw: string): string {
  return raw.replace(/[\s()]/g, '').replace(/^(\+86|0086)(?=1)/, '');
}

/** Why a (normalised) number is not one we can dial, in Chinese and English; undefined when it is. */
export function phoneProblem(phone: string): string | undefined {
  if (phone === '') return '电话不能为空 the phone number is empty';
  if (MOBILE.test(phone) || LANDLINE.test(phone) || shortNumber.test(phone)) return undefined;
  return (
    `电话号码"${phone}"格式不对 "${phone}" is not a phone number we can dial: give a mainland mobile (11 digits, e.g. 13800138000), ` +
    `a landline with its area code (e.g. 0837-6822110) or an internal short number`
  );
}
