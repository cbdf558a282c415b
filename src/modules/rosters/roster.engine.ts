import { isWorkday } from 'chinese-days';
import { OverrideKind, RosterDays, RosterDuty, ShiftSource } from './roster.enums';
import { addDays, dayNumber, isoDay, isoWeekday, localDay, parseTimeOfDay, zoned, type LocalDay } from './roster.time';

/**
 * The roster expansion engine, after GoAlert's schedules (oncall/state.go) and PagerDuty's
 * layers: pure functions from a unit's rotations, overrides and temporary rosters to the shifts
 * of a window. Nothing here reads the database, so the same code answers onDuty, rosterGaps,
 * dispatch, the calendar feed and the coverage job, and is tested on its own.
 *
 * Precedence per post: a temporary roster replaces everything in its period (its gaps too);
 * outside one, overrides change the rotations' shifts; the rotations, each limited by its rule,
 * are the base. Several rotations of one post add up (a rescue team of two on at once).
 */
export interface Member {
  name: string;
  phone: string;
}

export interface RotationSpec {
  id: string;
  post: RosterDuty;
  members: Member[];
  startsAt: Date;
  /** Fixed-length shifts from startsAt... */
  shiftHours?: number | null;
  /** ...or handoff at this local time ("08:00") every shiftDays days. */
  handoffTime?: string | null;
  shiftDays?: number | null;
  days: RosterDays;
  /** ISO weekdays the rule applies on (1 Monday .. 7 Sunday); empty: all. */
  weekdays: number[];
  /** Time-of-day window of the rule; both empty: the whole day. An end before the start runs past midnight. */
  timeFrom?: string | null;
  timeTo?: string | null;
}

export interface OverrideSpec {
  id: string;
  post: RosterDuty;
  kind: OverrideKind;
  personName?: string | null;
  phone?: string | null;
  /** REMOVE and REPLACE: whom; empty: whoever is on duty. */
  replacesName?: string | null;
  startsAt: Date;
  endsAt: Date;
}

export interface TemporarySpec {
  id: string;
  post: RosterDuty;
  startsAt: Date;
  endsAt: Date;
  shifts: { personName: string; phone: string; startsAt: Date; endsAt: Date }[];
}

export interface Shift {
  post: RosterDuty;
  personName: string;
  phone: string;
  startsAt: Date;
  endsAt: Date;
  source: ShiftSource;
  sourceId: string;
}

/** A fixed shift outside any temporary roster (rows written before the rosters API): it adds to the rotation layer. */
export interface FixedSpec {
  id: string;
  post: RosterDuty;
  personName: string;
  phone: string;
  startsAt: Date;
  endsAt: Date;
}

export interface RosterSpec {
  rotations: RotationSpec[];
  overrides: OverrideSpec[];
  temporaries: TemporarySpec[];
  fixed?: FixedSpec[];
}

interface Span {
  start: number;
  end: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function clip<T extends Span>(items: T[], from: number, to: number): T[] {
  return items.filter((s) => s.end > from && s.start < to).map((s) => ({ ...s, start: Math.max(s.start, from), end: Math.min(s.end, to) }));
}

/** `span` minus `cut`: zero, one or two pieces. */
function subtract(span: Span, cut: Span): Span[] {
  if (cut.end <= span.start || cut.start >= span.end) return [span];
  const pieces: Span[] = [];
  if (cut.start > span.start) pieces.push({ start: span.start, end: cut.start });
  if (cut.end < span.end) pieces.push({ start: cut.end, end: span.end });
  return pieces;
}

/** The rotation's turns that overlap [from, to), each with its member, before the rule. */
function turns(r: RotationSpec, from: number, to: number, timeZone: string): (Span & { member: Member })[] {
  const n = r.members.length;
  if (n === 0) return [];
  const out: (Span & { member: Member })[] = [];
  const start = r.startsAt.getTime();
  if (r.shiftHours) {
    const period = r.shiftHours * HOUR;
    for (let k = Math.max(0, Math.floor((from - start) / period)); start + k * period < to; k++) {
      out.push({ start: start + k * period, end: start + (k + 1) * period, member: r.members[k % n] });
    }
    return out;
  }
  const handoff = parseTimeOfDay(r.handoffTime ?? '') ?? 0;
  const every = Math.max(1, r.shiftDays ?? 1);
  const first = localDay(r.startsAt, timeZone);
  const anchor = dayNumber(first);
  // One turn per local day, so a day shortened or lengthened by a zone change keeps its handoff time.
  let day = localDay(new Date(Math.max(from - DAY, start)), timeZone);
  for (;;) {
    const dayStart = zoned(day, handoff, timeZone).getTime();
    if (dayStart >= to) break;
    const k = dayNumber(day) - anchor;
    const next = zoned(addDays(day, 1), handoff, timeZone).getTime();
    if (k >= 0 && next > from) out.push({ start: dayStart, end: next, member: r.members[Math.floor(k / every) % n] });
    day = addDays(day, 1);
  }
  return out;
}

function dayApplies(r: RotationSpec, day: LocalDay): boolean {
  if (r.weekdays.length > 0 && !r.weekdays.includes(isoWeekday(day))) return false;
  if (r.days === RosterDays.EVERY_DAY) return true;
  const work = isWorkday(isoDay(day));
  return r.days === RosterDays.WORKDAYS ? work : !work;
}

/** The rule's intervals that overlap [from, to), merged. A shift past midnight belongs to the day it starts. */
function ruleSpans(r: RotationSpec, from: number, to: number, timeZone: string): Span[] {
  const everyDay = r.days === RosterDays.EVERY_DAY && r.weekdays.length === 0;
  const fromMin = parseTimeOfDay(r.timeFrom ?? '');
  const toMin = parseTimeOfDay(r.timeTo ?? '');
  if (everyDay && fromMin === undefined && toMin === undefined) return [{ start: from, end: to }];
  const spans: Span[] = [];
  for (let day = localDay(new Date(from - DAY), timeZone); ; day = addDays(day, 1)) {
    const start = zoned(day, fromMin ?? 0, timeZone).getTime();
    if (start >= to) break;
    if (!dayApplies(r, day)) continue;
    const endMin = toMin ?? 0;
    const end = toMin !== undefined && toMin > (fromMin ?? 0) ? zoned(day, endMin, timeZone).getTime() : zoned(addDays(day, 1), endMin, timeZone).getTime();
    const last = spans[spans.length - 1];
    if (last && last.end >= start) last.end = Math.max(last.end, end);
    else spans.push({ start, end });
  }
  return clip(spans, from, to);
}

function rotationShifts(r: RotationSpec, from: number, to: number, timeZone: string): Shift[] {
  const rule = ruleSpans(r, from, to, timeZone);
  const out: Shift[] = [];
  let i = 0;
  for (const t of clip(turns(r, from, to, timeZone), from, to)) {
    while (i < rule.length && rule[i].end <= t.start) i++;
    for (let j = i; j < rule.length && rule[j].start < t.end; j++) {
      const start = Math.max(t.start, rule[j].start);
      const end = Math.min(t.end, rule[j].end);
      if (end > start) out.push(shift(r.post, t.member.name, t.member.phone, start, end, ShiftSource.ROTATION, r.id));
    }
  }
  return out;
}

function shift(post: RosterDuty, personName: string, phone: string, start: number, end: number, source: ShiftSource, sourceId: string): Shift {
  return { post, personName, phone, startsAt: new Date(start), endsAt: new Date(end), source, sourceId };
}

function cutOut(shifts: Shift[], cut: Span, who?: string | null): { kept: Shift[]; removed: Span[] } {
  const kept: Shift[] = [];
  const removed: Span[] = [];
  for (const s of shifts) {
    const span = { start: s.startsAt.getTime(), end: s.endsAt.getTime() };
    if (who && s.personName !== who) {
      kept.push(s);
      continue;
    }
    const pieces = subtract(span, cut);
    for (const p of pieces) kept.push({ ...s, startsAt: new Date(p.start), endsAt: new Date(p.end) });
    const overlapStart = Math.max(span.start, cut.start);
    const overlapEnd = Math.min(span.end, cut.end);
    if (overlapEnd > overlapStart) removed.push({ start: overlapStart, end: overlapEnd });
  }
  return { kept, removed };
}

/** Joins back-to-back shifts of the same person from the same source (a rule's days, a split turn). */
function merge(shifts: Shift[]): Shift[] {
  const sorted = [...shifts].sort(
    (a, b) => a.post.localeCompare(b.post) || a.personName.localeCompare(b.personName) || a.startsAt.getTime() - b.startsAt.getTime(),
  );
  const out: Shift[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && last.post === s.post && last.personName === s.personName && last.phone === s.phone && last.source === s.source && last.sourceId === s.sourceId && last.endsAt.getTime() >= s.startsAt.getTime()) {
      if (s.endsAt > last.endsAt) last.endsAt = s.endsAt;
    } else {
      out.push({ ...s });
    }
  }
  return out.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.post.localeCompare(b.post) || a.personName.localeCompare(b.personName));
}

/** Every shift of one unit's roster that overlaps [from, to), clipped to it. */
export function expandRoster(spec: RosterSpec, from: Date, to: Date, timeZone: string): Shift[] {
  const f = from.getTime();
  const t = to.getTime();
  if (t <= f) return [];
  const fixed = spec.fixed ?? [];
  const posts = new Set<RosterDuty>([...spec.rotations, ...spec.overrides, ...spec.temporaries, ...fixed].map((x) => x.post));
  const all: Shift[] = [];
  for (const post of posts) {
    let shifts = spec.rotations.filter((r) => r.post === post).flatMap((r) => rotationShifts(r, f, t, timeZone));
    for (const x of fixed.filter((y) => y.post === post && y.endsAt.getTime() > f && y.startsAt.getTime() < t)) {
      shifts.push(shift(post, x.personName, x.phone, Math.max(f, x.startsAt.getTime()), Math.min(t, x.endsAt.getTime()), ShiftSource.TEMPORARY, x.id));
    }
    const overrides = spec.overrides.filter((o) => o.post === post && o.endsAt.getTime() > f && o.startsAt.getTime() < t);
    for (const o of overrides.filter((x) => x.kind !== OverrideKind.ADD)) {
      const cut = { start: o.startsAt.getTime(), end: o.endsAt.getTime() };
      const { kept, removed } = cutOut(shifts, cut, o.replacesName);
      shifts = kept;
      if (o.kind === OverrideKind.REPLACE) {
        for (const p of clip(removed, f, t)) shifts.push(shift(post, o.personName!, o.phone!, p.start, p.end, ShiftSource.OVERRIDE, o.id));
      }
    }
    for (const o of overrides.filter((x) => x.kind === OverrideKind.ADD)) {
      shifts.push(shift(post, o.personName!, o.phone!, Math.max(f, o.startsAt.getTime()), Math.min(t, o.endsAt.getTime()), ShiftSource.OVERRIDE, o.id));
    }
    for (const temp of spec.temporaries.filter((x) => x.post === post && x.endsAt.getTime() > f && x.startsAt.getTime() < t)) {
      const period = { start: temp.startsAt.getTime(), end: temp.endsAt.getTime() };
      shifts = cutOut(shifts, period).kept;
      for (const s of temp.shifts) {
        const start = Math.max(f, period.start, s.startsAt.getTime());
        const end = Math.min(t, period.end, s.endsAt.getTime());
        if (end > start) shifts.push(shift(post, s.personName, s.phone, start, end, ShiftSource.TEMPORARY, temp.id));
      }
    }
    all.push(...shifts.filter((s) => s.endsAt > s.startsAt));
  }
  return merge(all);
}

/** The parts of [from, to) no shift of `post` covers. */
export function uncovered(shifts: Shift[], post: RosterDuty, from: Date, to: Date): { from: Date; until: Date }[] {
  const spans = shifts
    .filter((s) => s.post === post)
    .map((s) => ({ start: s.startsAt.getTime(), end: s.endsAt.getTime() }))
    .sort((a, b) => a.start - b.start);
  const gaps: { from: Date; until: Date }[] = [];
  let cursor = from.getTime();
  for (const s of spans) {
    if (s.start > cursor) gaps.push({ from: new Date(cursor), until: new Date(Math.min(s.start, to.getTime())) });
    cursor = Math.max(cursor, s.end);
    if (cursor >= to.getTime()) break;
  }
  if (cursor < to.getTime()) gaps.push({ from: new Date(cursor), until: to });
  return gaps.filter((g) => g.until > g.from);
}

export interface PostNow {
  post: RosterDuty;
  /** Everyone on the post at `at` (a rescue team may have several). */
  onDuty: Shift[];
  /** When who is on duty next changes: the end of a current shift or the start of the next. */
  nextHandoff?: Date;
}

/** Who holds each post at `at`, from shifts expanded around it. */
export function onDutyAt(shifts: Shift[], posts: RosterDuty[], at: Date): PostNow[] {
  const t = at.getTime();
  return posts.map((post) => {
    const mine = shifts.filter((s) => s.post === post);
    const onDuty = mine.filter((s) => s.startsAt.getTime() <= t && s.endsAt.getTime() > t);
    const changes = [...onDuty.map((s) => s.endsAt.getTime()), ...mine.filter((s) => s.startsAt.getTime() > t).map((s) => s.startsAt.getTime())];
    return { post, onDuty, nextHandoff: changes.length ? new Date(Math.min(...changes)) : undefined };
  });
}
