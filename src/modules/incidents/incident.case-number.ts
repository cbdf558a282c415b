import type { EntityManager } from '@mikro-orm/postgresql';
import { intakeSettings } from './incident.settings';

/**
 * 警情编号 case numbers: a configurable pattern such as `LX110-{yyyyMMdd}-{seq:4}`. Text outside
 * braces is literal; `{yyyyMMdd}`, `{yyyy-MM-dd}`, `{yy}`, ... are the call's received date in
 * the configured zone; `{seq:N}` is the sequence, at least N digits. The sequence counts per
 * distinct rendering of everything but the sequence (its *scope*), so a pattern with a day in it
 * numbers each day from 1, one with only a year numbers the year.
 */
export interface CaseNumberPattern {
  parts: ({ literal: string } | { date: string } | { seq: number })[];
}

const DATE_TOKEN = /^(?:yyyy|yy|MM|dd|[-/.])+$/;
const SEQ_TOKEN = /^seq:([1-9])$/;

/** Why a pattern cannot number calls, or undefined when it can (the config check at start). */
export function caseNumberPatternProblem(pattern: string): string | undefined {
  try {
    parseCaseNumberPattern(pattern);
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
}

export function parseCaseNumberPattern(pattern: string): CaseNumberPattern {
  const parts: CaseNumberPattern['parts'] = [];
  let rest = pattern;
  let seqs = 0;
  while (rest.length) {
    const open = rest.indexOf('{');
    if (open === -1) {
      if (rest.includes('}')) throw new Error(`a "}" without its "{" in "${pattern}"`);
      parts.push({ literal: rest });
      break;
    }
    if (open > 0) parts.push({ literal: rest.slice(0, open) });
    const close = rest.indexOf('}', open);
    if (close === -1) throw new Error(`a "{" without its "}" in "${pattern}"`);
    const token = rest.slice(open + 1, close);
    const seq = SEQ_TOKEN.exec(token);
    if (seq) {
      parts.push({ seq: Number(seq[1]) });
      seqs++;
    } else if (DATE_TOKEN.test(token)) {
      parts.push({ date: token });
    } else {
      throw new Error(`unknown part {${token}} in "${pattern}": use {yyyyMMdd}-style dates and one {seq:N} (N from 1 to 9)`);
    }
    rest = rest.slice(close + 1);
  }
  if (seqs !== 1) throw new Error(`"${pattern}" must hold exactly one {seq:N}`);
  for (const part of parts) {
    if ('literal' in part && /\s/.test(part.literal)) throw new Error(`"${pattern}" must not contain spaces (a case number is one search word)`);
  }
  return { parts };
}

function dateParts(at: Date, timeZone: string): { yyyy: string; MM: string; dd: string } {
  const fields = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  const get = (type: string) => fields.find((f) => f.type === type)!.value;
  return { yyyy: get('year'), MM: get('month'), dd: get('day') };
}

function renderDate(format: string, at: Date, timeZone: string): string {
  const { yyyy, MM, dd } = dateParts(at, timeZone);
  return format.replace(/yyyy|yy|MM|dd/g, (token) => ({ yyyy, yy: yyyy.slice(2), MM, dd })[token]!);
}

/** The counter scope of a call received at `at` and the function that renders its number. */
export function caseNumberScope(at: Date, settings = intakeSettings()): { scope: string; render: (seq: number) => string } {
  const { parts } = parseCaseNumberPattern(settings.caseNumberPattern);
  const render = (seq: number | undefined) =>
    parts
      .map((part) => {
        if ('literal' in part) return part.literal;
        if ('date' in part) return renderDate(part.date, at, settings.caseNumberTimeZone);
        return seq === undefined ? '{seq}' : String(seq).padStart(part.seq, '0');
      })
      .join('');
  return { scope: render(undefined), render: (seq) => render(seq) };
}

/**
 * Takes the next number of the call's scope. The counter row is upserted in the caller's
 * transaction (`insert ... on conflict do update ... returning`): concurrent reports on any
 * replica queue on that one row, each gets the next value, and a report that rolls back gives
 * its number back. The unique constraint on incident.case_number is the guarantee behind it.
 */
export async function nextCaseNumber(em: EntityManager, receivedAt: Date): Promise<string> {
  const { scope, render } = caseNumberScope(receivedAt);
  const [row] = await em.execute<{ last_seq: number }[]>(
    `insert into case_number_counter (scope, last_seq) values (?, 1)
       on conflict (scope) do update set last_seq = case_number_counter.last_seq + 1
     returning last_seq`,
    [scope],
  );
  return render(Number(row!.last_seq));
}
