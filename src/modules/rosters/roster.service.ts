import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError } from '../../common/errors';
import { assertId } from '../../common/ids';
import { readInOneStatement } from '../../common/one-statement';
import { validPhone } from '../../common/phone';
import type { Actor } from '../history/history.actor';
import { EscalationTarget, LeadershipMember } from '../leadership/leadership.entity';
import { Unit } from '../units/unit.entity';
import { DutyMode } from '../units/unit.enums';
import { UnitService } from '../units/unit.service';
import { expandRoster, onDutyAt, uncovered, type RosterSpec, type Shift } from './roster.engine';
import { RosterCalendarToken, RosterChange, RosterOverride, RosterRotation, RosterShift, RosterTemporary } from './roster.entity';
import { MissingContact, OverrideKind, RosterChangeKind, RosterDays, RosterDuty } from './roster.enums';
import type {
  AddOverrideInput,
  ContactInput,
  SaveRotationInput,
  SaveTemporaryRosterInput,
  SetEscalationTargetContactInput,
  SetLeadershipContactInput,
  SetUnitContactsInput,
} from './roster.inputs';
import { rosterSettings } from './roster.settings';
import { parseTimeOfDay } from './roster.time';
import { DutyShift, PostOnDuty, RosterGap, UnitOnDuty, UnitRosterGaps } from './roster.types';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** How far around a moment shifts are expanded to find its shift's start and the next handoff. */
const ON_DUTY_REACH = 8 * DAY;
/** Longest window rosterShifts and rosterGaps answer for; longer is a report, not a screen. */
export const MAX_WINDOW_DAYS = 92;
export const DEFAULT_GAP_WINDOW_DAYS = 30;
const POSTS = Object.values(RosterDuty);

/** The post the notice requires around the clock: a rescue team for 24-hour units, phone duty staff for the others. */
export function requiredPost(unit: Pick<Unit, 'dutyMode'>): RosterDuty {
  return unit.dutyMode === DutyMode.TWENTY_FOUR_HOUR_TEAM ? RosterDuty.RESCUE_TEAM : RosterDuty.DUTY_OFFICER;
}

export function missingContacts(unit: Unit): MissingContact[] {
  const missing: MissingContact[] = [];
  if (!unit.responsibleLeader.name || !unit.responsibleLeader.phone) missing.push(MissingContact.RESPONSIBLE_LEADER);
  if (!unit.liaison.name || !unit.liaison.phone) missing.push(MissingContact.LIAISON);
  if (!unit.dutyPhone) missing.push(MissingContact.DUTY_PHONE);
  return missing;
}

export function checkWindow(from: Date, to: Date): void {
  if (!(to > from)) throw new BadInputError('to: the end of the window must be after its start (from).', { field: 'to' });
  if (to.getTime() - from.getTime() > MAX_WINDOW_DAYS * DAY) {
    throw new BadInputError(`to: a window may span at most ${MAX_WINDOW_DAYS} days; ask for shorter windows.`, { field: 'to' });
  }
}

/** The roster rows of the units `units` selects (SQL returning unit ids) that reach into [from, to): parts of one read. */
export function rosterParts(units: { sql: string; params: unknown[] }, from: Date, to: Date) {
  const unit = `t.unit_id in (${units.sql})`;
  return {
    rotations: { entity: RosterRotation, where: `${unit} and t.starts_at < ?`, params: [...units.params, to] },
    overrides: { entity: RosterOverride, where: `${unit} and t.starts_at < ? and t.ends_at > ?`, params: [...units.params, to, from] },
    temporaries: { entity: RosterTemporary, where: `${unit} and t.starts_at < ? and t.ends_at > ?`, params: [...units.params, to, from] },
    shifts: { entity: RosterShift, where: `${unit} and t.starts_at < ? and t.ends_at > ?`, params: [...units.params, to, from] },
  };
}

/** Each unit's roster spec from the rows rosterParts read. */
export function specsFrom(
  unitIds: string[],
  rows: { rotations: RosterRotation[]; overrides: RosterOverride[]; temporaries: RosterTemporary[]; shifts: RosterShift[] },
): Map<string, RosterSpec> {
  const specs = new Map<string, RosterSpec>(unitIds.map((id) => [id, { rotations: [], overrides: [], temporaries: [], fixed: [] }]));
  const { rotations, overrides, temporaries, shifts } = rows;
  for (const s of shifts.filter((x) => !x.temporary)) {
    specs.get(s.unit.id)?.fixed!.push({ id: s.id, post: s.duty, personName: s.personName, phone: s.phone, startsAt: s.startsAt, endsAt: s.endsAt });
  }
  for (const r of rotations) specs.get(r.unit.id)?.rotations.push({ ...r, id: r.id, post: r.post, members: r.members, startsAt: r.startsAt, days: r.days, weekdays: r.weekdays });
  for (const o of overrides) specs.get(o.unit.id)?.overrides.push({ id: o.id, post: o.post, kind: o.kind, personName: o.personName, phone: o.phone, replacesName: o.replacesName, startsAt: o.startsAt, endsAt: o.endsAt });
  for (const t of temporaries) {
    specs.get(t.unit.id)?.temporaries.push({
      id: t.id,
      post: t.post,
      startsAt: t.startsAt,
      endsAt: t.endsAt,
      shifts: shifts.filter((s) => s.temporary?.id === t.id),
    });
  }
  return specs;
}

/** The window of roster rows dutyContact reads around `at`. */
export function dutyContactWindow(at: Date): { from: Date; to: Date } {
  return { from: new Date(at.getTime() - ON_DUTY_REACH), to: new Date(at.getTime() + ON_DUTY_REACH) };
}

/** Whom the desk phones at `at`, from the unit's roster spec over dutyContactWindow(at). */
export function dutyContactFrom(unit: Unit, spec: RosterSpec, at: Date): { contact?: { post?: RosterDuty; personName?: string; phone: string }; gap: boolean } {
  const { from, to } = dutyContactWindow(at);
  const post = requiredPost(unit);
  const first = onDutyAt(expandRoster(spec, from, to, rosterSettings().timeZone), [post], at)[0].onDuty[0];
  if (first) return { contact: { post, personName: first.personName, phone: first.phone }, gap: false };
  const keepsRoster = [...spec.rotations, ...spec.temporaries, ...(spec.fixed ?? [])].some((x) => x.post === post);
  return { contact: unit.dutyPhone ? { phone: unit.dutyPhone } : undefined, gap: keepsRoster };
}

/**
 * Roster reads. Every read loads the roster of all the units it concerns in one statement
 * (rotations, overrides, temporary rosters, their shifts: rosterParts), limited to the window,
 * so the cost follows the window and the number of shifts in it, never the history kept or the
 * units asked.
 */
export class RosterService {
  constructor(private readonly em: EntityManager) {}

  async specs(unitIds: string[], from: Date, to: Date): Promise<Map<string, RosterSpec>> {
    if (unitIds.length === 0) return new Map();
    return specsFrom(unitIds, await readInOneStatement(this.em, rosterParts({ sql: 'select jsonb_array_elements_text(?::jsonb)::uuid', params: [JSON.stringify(unitIds)] }, from, to)));
  }

  async expand(unitIds: string[], from: Date, to: Date): Promise<Map<string, Shift[]>> {
    const specs = await this.specs(unitIds, from, to);
    const { timeZone } = rosterSettings();
    return new Map([...specs].map(([id, spec]) => [id, expandRoster(spec, from, to, timeZone)]));
  }

  async shifts(unitCode: string, from: Date, to: Date): Promise<DutyShift[]> {
    checkWindow(from, to);
    const unit = await new UnitService(this.em).byCode(unitCode);
    return ((await this.expand([unit.id], from, to)).get(unit.id) ?? []).map(DutyShift.of);
  }

  /** Each unit's posts at `at`, in the order of `units`. */
  async onDuty(units: Unit[], at: Date): Promise<UnitOnDuty[]> {
    const expanded = await this.expand(
      units.map((u) => u.id),
      new Date(at.getTime() - ON_DUTY_REACH),
      new Date(at.getTime() + ON_DUTY_REACH),
    );
    return units.map((unit) =>
      Object.assign(new UnitOnDuty(), {
        unitId: unit.id,
        at,
        posts: onDutyAt(expanded.get(unit.id) ?? [], POSTS, at).map((p) => {
          const first = p.onDuty[0];
          return Object.assign(new PostOnDuty(), {
            unitId: unit.id,
            at,
            post: p.post,
            required: p.post === requiredPost(unit),
            onDuty: p.onDuty.map(DutyShift.of),
            nextHandoff: p.nextHandoff,
            personName: first?.personName,
            phone: first?.phone,
            from: first?.startsAt,
            until: first?.endsAt,
            source: first?.source,
          });
        }),
      }),
    );
  }

  async onDutyByUnitIds(unitIds: readonly string[], at: Date): Promise<UnitOnDuty[]> {
    const units = await this.em.find(Unit, { id: { $in: [...unitIds] } });
    const answers = await this.onDuty(units, at);
    return unitIds.map((id) => answers.find((a) => a.unitId === id)!);
  }

  /**
   * Whom to phone at `unit` at `at`: the first person on its required post. A unit that keeps a
   * roster for that post but has nobody on it now is in a gap (the duty phone, if any, is still
   * given). A unit that keeps no roster for the post is not flagged at each dispatch: it is
   * reported by rosterGaps and the daily coverage check, and the desk gets its duty phone.
   */
  async dutyContact(unit: Unit, at: Date): Promise<{ contact?: { post?: RosterDuty; personName?: string; phone: string }; gap: boolean }> {
    const { from, to } = dutyContactWindow(at);
    return dutyContactFrom(unit, (await this.specs([unit.id], from, to)).get(unit.id)!, at);
  }

  /** The leader on call now, else the unit's responsible leader: whom an overdue order goes to. */
  async leaderFor(unit: Unit, at: Date): Promise<{ name: string | null; phone: string | null; source: string }> {
    const [answer] = await this.onDuty([unit], at);
    const onCall = answer.posts.find((p) => p.post === RosterDuty.LEADER_ON_CALL)?.onDuty[0];
    return onCall
      ? { name: onCall.personName, phone: onCall.phone, source: 'roster' }
      : { name: unit.responsibleLeader.name ?? null, phone: unit.responsibleLeader.phone ?? null, source: 'unit' };
  }

  async gaps(units: Unit[], from: Date, to: Date): Promise<UnitRosterGaps[]> {
    checkWindow(from, to);
    const expanded = await this.expand(units.map((u) => u.id), from, to);
    return units.map((unit) => {
      const post = requiredPost(unit);
      return Object.assign(new UnitRosterGaps(), {
        unitId: unit.id,
        unitCode: unit.code,
        gaps: uncovered(expanded.get(unit.id) ?? [], post, from, to).map((g) => Object.assign(new RosterGap(), { post, ...g })),
        missing: missingContacts(unit),
      });
    });
  }

  changes(unitCode: string | undefined, after: string | undefined, first: number): Promise<RosterChange[]> {
    if (after !== undefined && !/^\d{1,18}$/.test(after)) throw new BadInputError('after: a cursor is the seq of a change, a whole number.', { field: 'after' });
    return this.em.find(
      RosterChange,
      { ...(unitCode ? { unitCode } : {}), ...(after ? { seq: { $gt: after } } : {}) },
      { orderBy: { seq: 'asc' }, limit: Math.min(Math.max(first, 1), 200) },
    );
  }

  rotations(unit: Unit): Promise<RosterRotation[]> {
    return this.em.find(RosterRotation, { unit }, { orderBy: { post: 'asc', name: 'asc' } });
  }

  overrides(unit: Unit, from: Date): Promise<RosterOverride[]> {
    return this.em.find(RosterOverride, { unit, endsAt: { $gt: from } }, { orderBy: { startsAt: 'asc' } });
  }

  /** The unit a calendar token opens, or undefined when unknown or revoked. */
  async calendarUnit(token: string): Promise<Unit | undefined> {
    const row = await this.em.findOne(RosterCalendarToken, { tokenHash: hashToken(token), revokedAt: null }, { populate: ['unit'] });
    return row?.unit;
  }
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function contact(input: ContactInput | undefined, field: string, current: { name?: string; position?: string; phone?: string }) {
  if (!input) return current;
  const name = input.name?.trim() || undefined;
  const phone = input.phone?.trim() ? validPhone(input.phone, `${field}.phone`) : undefined;
  if (name && !phone) throw new BadInputError(`${field}.phone: ${name} needs a phone number the desk can call.`, { field: `${field}.phone` });
  return { name, position: input.position?.trim() || undefined, phone };
}

function times(startsAt: Date, endsAt: Date, field = 'endsAt'): void {
  if (!(endsAt > startsAt)) throw new BadInputError(`${field}: the end must be after the start.`, { field });
}

function person(name: string | undefined, phone: string | undefined, field: string): { name: string; phone: string } {
  const trimmed = name?.trim();
  if (!trimmed) throw new BadInputError(`${field}Name: name the person on duty.`, { field: `${field}Name` });
  if (!phone?.trim()) throw new BadInputError(`phone: ${trimmed} needs a phone number the desk can call.`, { field: 'phone' });
  return { name: trimmed, phone: validPhone(phone, 'phone') };
}

/**
 * Roster and contact writes, bound to one transaction and acting as one caller. A unit operator
 * edits its own unit only; every change is recorded in the roster change log with before/after.
 * The unit is found before the scope check, so an unknown code is NOT_FOUND for everyone.
 */
export class RosterEditor {
  constructor(
    private readonly tx: EntityManager,
    private readonly actor: Actor,
  ) {}

  private async unit(code: string): Promise<Unit> {
    const unit = await new UnitService(this.tx).byCode(code);
    if (this.actor.role === 'unit_operator' && this.actor.unit !== unit.code) {
      throw new ForbiddenError(`This token may edit the roster and contacts of unit "${this.actor.unit}" only, not "${unit.code}".`);
    }
    return unit;
  }

  private record(kind: RosterChangeKind, unit: Unit | undefined, before?: object | null, after?: object | null): RosterChange {
    const change = this.tx.create(RosterChange, {
      kind,
      unit,
      unitCode: unit?.code,
      actorId: this.actor.id,
      actorName: this.actor.name,
      actorRole: this.actor.role,
      before: before ? JSON.parse(JSON.stringify(before)) : undefined,
      after: after ? JSON.parse(JSON.stringify(after)) : undefined,
    });
    this.tx.persist(change);
    return change;
  }

  async setUnitContacts(input: SetUnitContactsInput): Promise<Unit> {
    const unit = await this.unit(input.unitCode);
    const before = { responsibleLeader: { ...unit.responsibleLeader }, liaison: { ...unit.liaison }, dutyPhone: unit.dutyPhone ?? null };
    const leader = contact(input.responsibleLeader, 'responsibleLeader', unit.responsibleLeader);
    const liaison = contact(input.liaison, 'liaison', unit.liaison);
    const dutyPhone = input.dutyPhone === undefined ? unit.dutyPhone : input.dutyPhone.trim() ? validPhone(input.dutyPhone, 'dutyPhone') : undefined;
    Object.assign(unit.responsibleLeader, leader);
    Object.assign(unit.liaison, liaison);
    unit.dutyPhone = dutyPhone;
    unit.adminEditedAt = new Date();
    this.record(RosterChangeKind.UNIT_CONTACTS_SET, unit, before, { responsibleLeader: leader, liaison, dutyPhone: dutyPhone ?? null });
    return unit;
  }

  async setLeadershipContact(input: SetLeadershipContactInput): Promise<LeadershipMember> {
    const member = await this.tx.findOne(LeadershipMember, { id: assertId(input.memberId, 'leadership position') });
    if (!member) throw new NotFoundError(`No leadership position has the id ${input.memberId}. The leadership query lists them.`, { id: input.memberId });
    const { name, phone } = person(input.personName, input.phone, 'person');
    const before = { personName: member.personName ?? null, phone: member.phone ?? null };
    member.personName = name;
    member.phone = phone;
    this.record(RosterChangeKind.LEADERSHIP_CONTACT_SET, undefined, before, { position: member.position, personName: name, phone });
    return member;
  }

  async setEscalationTargetContact(input: SetEscalationTargetContactInput): Promise<EscalationTarget> {
    const target = await this.tx.findOne(EscalationTarget, { code: input.code });
    if (!target) throw new NotFoundError(`No escalation target has the code "${input.code}". The escalationTargets query lists them.`, { code: input.code });
    const phone = validPhone(input.phone, 'phone');
    const before = { phone: target.phone ?? null };
    target.phone = phone;
    this.record(RosterChangeKind.ESCALATION_TARGET_CONTACT_SET, undefined, before, { code: target.code, phone });
    return target;
  }

  async saveRotation(input: SaveRotationInput): Promise<RosterRotation> {
    const unit = await this.unit(input.unitCode);
    if (input.members.length === 0) throw new BadInputError('members: a rotation needs at least one member.', { field: 'members' });
    const members = input.members.map((m, i) => {
      const name = m.name.trim();
      if (!name) throw new BadInputError(`members[${i}].name: name the member.`, { field: `members[${i}].name` });
      return { name, phone: validPhone(m.phone, `members[${i}].phone`) };
    });
    if ((input.shiftHours == null) === (input.handoffTime == null)) {
      throw new BadInputError('shiftHours: give either shiftHours (fixed turns) or handoffTime (daily handoff), not both or neither.', { field: 'shiftHours' });
    }
    if (input.shiftHours != null && (input.shiftHours < 1 || input.shiftHours > 168)) {
      throw new BadInputError('shiftHours: a turn lasts 1 to 168 hours.', { field: 'shiftHours' });
    }
    if (input.shiftDays != null && (input.shiftDays < 1 || input.shiftDays > 31)) throw new BadInputError('shiftDays: a turn lasts 1 to 31 days.', { field: 'shiftDays' });
    for (const field of ['handoffTime', 'timeFrom', 'timeTo'] as const) {
      const value = input[field];
      if (value != null && parseTimeOfDay(value) === undefined) throw new BadInputError(`${field}: "${value}" is not a time of day "HH:MM", e.g. "08:30".`, { field });
    }
    if ((input.timeFrom == null) !== (input.timeTo == null)) throw new BadInputError('timeTo: give both timeFrom and timeTo, or neither (the whole day).', { field: 'timeTo' });
    const weekdays = [...new Set(input.weekdays ?? [])].sort();
    if (weekdays.some((d) => d < 1 || d > 7)) throw new BadInputError('weekdays: weekdays are 1 (Monday) to 7 (Sunday).', { field: 'weekdays' });
    let rotation: RosterRotation;
    let before: object | null = null;
    if (input.id) {
      const found = await this.tx.findOne(RosterRotation, { id: assertId(input.id, 'rotation'), unit });
      if (!found) throw new NotFoundError(`Unit "${unit.code}" has no rotation with the id ${input.id}.`, { id: input.id });
      rotation = found;
      before = snapshot(rotation);
    } else {
      rotation = this.tx.create(RosterRotation, { unit, post: input.post, name: input.name, members, startsAt: input.startsAt });
    }
    Object.assign(rotation, {
      post: input.post,
      name: input.name.trim(),
      members,
      startsAt: input.startsAt,
      shiftHours: input.shiftHours ?? undefined,
      handoffTime: input.handoffTime ?? undefined,
      shiftDays: input.shiftDays ?? undefined,
      days: input.days ?? RosterDays.EVERY_DAY,
      weekdays,
      timeFrom: input.timeFrom ?? undefined,
      timeTo: input.timeTo ?? undefined,
    });
    this.tx.persist(rotation);
    this.record(RosterChangeKind.ROTATION_SAVED, unit, before, snapshot(rotation));
    return rotation;
  }

  async deleteRotation(id: string): Promise<RosterChange> {
    const rotation = await this.tx.findOne(RosterRotation, { id: assertId(id, 'rotation') }, { populate: ['unit'] });
    if (!rotation) throw new NotFoundError(`No rotation has the id ${id}.`, { id });
    const unit = await this.unit(rotation.unit.code);
    this.tx.remove(rotation);
    return this.record(RosterChangeKind.ROTATION_DELETED, unit, snapshot(rotation), null);
  }

  async addOverride(input: AddOverrideInput): Promise<RosterOverride> {
    const unit = await this.unit(input.unitCode);
    times(input.startsAt, input.endsAt);
    const adds = input.kind !== OverrideKind.REMOVE;
    const who = adds ? person(input.personName, input.phone, 'person') : undefined;
    const replacesName = input.replacesName?.trim() || undefined;
    if (input.kind === OverrideKind.REMOVE && !replacesName) {
      throw new BadInputError('replacesName: name the person a REMOVE override takes off duty.', { field: 'replacesName' });
    }
    const overlapping = await this.tx.find(RosterOverride, { unit, post: input.post, startsAt: { $lt: input.endsAt }, endsAt: { $gt: input.startsAt } });
    const contradiction = overlapping.find((o) => {
      // Two overrides that decide differently about the same person at the same time.
      if (o.kind !== OverrideKind.ADD && input.kind !== OverrideKind.ADD && (o.replacesName ?? null) === (replacesName ?? null)) {
        return !(o.kind === input.kind && o.personName === who?.name);
      }
      if (o.kind === OverrideKind.ADD && input.kind !== OverrideKind.ADD) return o.personName === replacesName;
      if (o.kind !== OverrideKind.ADD && input.kind === OverrideKind.ADD) return o.replacesName === who?.name;
      return false;
    });
    if (contradiction) {
      throw new BadInputError(
        `startsAt: this override contradicts the ${contradiction.kind} override of ${contradiction.startsAt.toISOString()} to ${contradiction.endsAt.toISOString()} ` +
          `(${contradiction.replacesName ?? contradiction.personName ?? 'whoever is on duty'}); delete that one first or choose another interval.`,
        { field: 'startsAt', conflictingOverrideId: contradiction.id },
      );
    }
    const override = this.tx.create(RosterOverride, {
      unit,
      post: input.post,
      kind: input.kind,
      personName: who?.name,
      phone: who?.phone,
      replacesName,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      note: input.note?.trim() || undefined,
    });
    this.tx.persist(override);
    this.record(RosterChangeKind.OVERRIDE_ADDED, unit, null, snapshot(override));
    return override;
  }

  async deleteOverride(id: string): Promise<RosterChange> {
    const override = await this.tx.findOne(RosterOverride, { id: assertId(id, 'override') }, { populate: ['unit'] });
    if (!override) throw new NotFoundError(`No override has the id ${id}.`, { id });
    const unit = await this.unit(override.unit.code);
    this.tx.remove(override);
    return this.record(RosterChangeKind.OVERRIDE_DELETED, unit, snapshot(override), null);
  }

  async saveTemporary(input: SaveTemporaryRosterInput): Promise<RosterTemporary> {
    const unit = await this.unit(input.unitCode);
    times(input.startsAt, input.endsAt);
    const shifts = input.shifts.map((s, i) => {
      times(s.startsAt, s.endsAt, `shifts[${i}].endsAt`);
      if (s.startsAt < input.startsAt || s.endsAt > input.endsAt) {
        throw new BadInputError(`shifts[${i}].startsAt: the shift must lie within the temporary roster's period.`, { field: `shifts[${i}].startsAt` });
      }
      const who = person(s.personName, s.phone, `shifts[${i}].person`);
      return { personName: who.name, phone: who.phone, startsAt: s.startsAt, endsAt: s.endsAt };
    });
    const overlapping = await this.tx.count(RosterTemporary, { unit, post: input.post, startsAt: { $lt: input.endsAt }, endsAt: { $gt: input.startsAt } });
    if (overlapping > 0) {
      throw new BadInputError('startsAt: another temporary roster of this post overlaps the period; delete it first.', { field: 'startsAt' });
    }
    const temporary = this.tx.create(RosterTemporary, { unit, post: input.post, startsAt: input.startsAt, endsAt: input.endsAt, note: input.note?.trim() || undefined });
    this.tx.persist(temporary);
    for (const s of shifts) this.tx.persist(this.tx.create(RosterShift, { unit, temporary, duty: input.post, ...s }));
    this.record(RosterChangeKind.TEMPORARY_SAVED, unit, null, { ...snapshot(temporary), shifts });
    return temporary;
  }

  async deleteTemporary(id: string): Promise<RosterChange> {
    const temporary = await this.tx.findOne(RosterTemporary, { id: assertId(id, 'temporary roster') }, { populate: ['unit'] });
    if (!temporary) throw new NotFoundError(`No temporary roster has the id ${id}.`, { id });
    const unit = await this.unit(temporary.unit.code);
    const shifts = await this.tx.find(RosterShift, { temporary });
    for (const s of shifts) this.tx.remove(s);
    this.tx.remove(temporary);
    return this.record(RosterChangeKind.TEMPORARY_DELETED, unit, { ...snapshot(temporary), shifts: shifts.length }, null);
  }

  /** The token is returned once and never stored or recorded: only its hash is kept. */
  async issueCalendarToken(unitCode: string): Promise<{ change: RosterChange; id: string; token: string }> {
    const unit = await this.unit(unitCode);
    const token = randomBytes(24).toString('base64url');
    const row = this.tx.create(RosterCalendarToken, { unit, tokenHash: hashToken(token) });
    this.tx.persist(row);
    const change = this.record(RosterChangeKind.CALENDAR_TOKEN_ISSUED, unit, null, { tokenId: row.id });
    return { change, id: row.id, token };
  }

  async revokeCalendarToken(id: string): Promise<RosterChange> {
    const row = await this.tx.findOne(RosterCalendarToken, { id: assertId(id, 'calendar feed') }, { populate: ['unit'] });
    if (!row) throw new NotFoundError(`No calendar feed has the id ${id}.`, { id });
    const unit = await this.unit(row.unit.code);
    if (row.revokedAt) throw new ConflictError('This calendar feed is already revoked.', {});
    row.revokedAt = new Date();
    return this.record(RosterChangeKind.CALENDAR_TOKEN_REVOKED, unit, { tokenId: row.id }, { tokenId: row.id, revokedAt: row.revokedAt });
  }
}

function snapshot(entity: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entity)) {
    if (key === 'unit' || key === 'temporary' || key === 'createdAt' || key === 'updatedAt' || key.startsWith('_') || typeof value === 'function') continue;
    out[key] = value instanceof Date ? value.toISOString() : value;
  }
  return out;
}
