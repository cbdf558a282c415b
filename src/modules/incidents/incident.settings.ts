/**
 * Intake settings the domain needs at run time, set once at start from the validated config
 * (src/config, CASE_NUMBER_PATTERN and CASE_NUMBER_TIME_ZONE). Kept here rather than passed to
 * every workflow: the desk's intake, the test factories and the benches number calls alike.
 */
export interface IntakeSettings {
  /** 警情编号 pattern: literal text, date parts in braces (`{yyyyMMdd}`) and one `{seq:N}`. */
  caseNumberPattern: string;
  /** IANA zone whose calendar day the date parts (and so the per-day sequence) follow. */
  caseNumberTimeZone: string;
}

export const DEFAULT_CASE_NUMBER_PATTERN = 'LX110-{yyyyMMdd}-{seq:4}';

let settings: IntakeSettings = { caseNumberPattern: DEFAULT_CASE_NUMBER_PATTERN, caseNumberTimeZone: 'Asia/Shanghai' };

export function configureIntake(next: Partial<IntakeSettings>): void {
  settings = { ...settings, ...next };
}

export function intakeSettings(): IntakeSettings {
  return settings;
}
