/**
 * Roster settings the domain needs at run time, set once at start from the validated config
 * (src/config). Kept here rather than passed to every service: the expansion engine, the
 * dispatch path and the import all read the same time zone.
 */
export interface RosterSettings {
  /** IANA time zone in which rules, handoff times and holidays are read. */
  timeZone: string;
  /** Largest spreadsheet accepted over HTTP, in bytes. */
  importMaxBytes: number;
}

let settings: RosterSettings = { timeZone: 'Asia/Shanghai', importMaxBytes: 5 * 1024 * 1024 };

export function configureRosters(next: Partial<RosterSettings>): void {
  settings = { ...settings, ...next };
}

export function rosterSettings(): RosterSettings {
  return settings;
}
