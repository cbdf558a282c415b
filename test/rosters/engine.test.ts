import { expandRoster, onDutyAt, uncovered, type RosterSpec } from '../../src/modules/rosters/roster.engine';
import { OverrideKind, RosterDays, RosterDuty, ShiftSource } from '../../src/modules/rosters/roster.enums';

const TZ = 'Asia/Shanghai';
const at = (local: string) => new Date(`${local}+08:00`);
const A = { name: '张伟', phone: '13800000001' };
const B = { name: '李娜', phone: '13800000002' };
const C = { name: '王强', phone: '13800000003' };

function spec(partial: Partial<RosterSpec>): RosterSpec {
  return { rotations: [], overrides: [], temporaries: [], ...partial };
}

const daily = {
  id: 'r1',
  post: RosterDuty.RESCUE_TEAM,
  members: [A, B, C],
  startsAt: at('2026-09-28T08:00:00'),
  handoffTime: '08:00',
  days: RosterDays.EVERY_DAY,
  weekdays: [],
};

describe('the expansion engine', () => {
  it('hands off daily at 08:00 local time across a change of day and month', () => {
    const shifts = expandRoster(spec({ rotations: [daily] }), at('2026-09-30T00:00:00'), at('2026-10-02T00:00:00'), TZ);
    expect(shifts.map((s) => [s.personName, s.startsAt.toISOString(), s.endsAt.toISOString()])).toEqual([
      ['李娜', '2026-09-29T16:00:00.000Z', '2026-09-30T00:00:00.000Z'],
      ['王强', '2026-09-30T00:00:00.000Z', '2026-10-01T00:00:00.000Z'],
      // Clipped to the window's end, local midnight of 2 October.
      ['张伟', '2026-10-01T00:00:00.000Z', '2026-10-01T16:00:00.000Z'],
    ]);
    expect(uncovered(shifts, RosterDuty.RESCUE_TEAM, at('2026-09-30T00:00:00'), at('2026-10-02T00:00:00'))).toEqual([]);
  });

  it('keeps a workdays-only rule off the National Day holiday and on the make-up Saturday', () => {
    const office = {
      ...daily,
      id: 'r2',
      post: RosterDuty.DUTY_OFFICER,
      members: [A],
      handoffTime: '00:00',
      days: RosterDays.WORKDAYS,
      timeFrom: '08:30',
      timeTo: '17:30',
    };
    const shifts = expandRoster(spec({ rotations: [office] }), at('2026-09-30T00:00:00'), at('2026-10-11T00:00:00'), TZ);
    const days = shifts.map((s) => s.startsAt.toLocaleDateString('sv', { timeZone: TZ }));
    // 2026-10-01..07 is the statutory holiday; Saturday 10-10 is a make-up workday, Sunday 10-11 is not in the window.
    expect(days).toEqual(['2026-09-30', '2026-10-08', '2026-10-09', '2026-10-10']);
    expect(shifts[0].startsAt).toEqual(at('2026-09-30T08:30:00'));
    expect(shifts[0].endsAt).toEqual(at('2026-09-30T17:30:00'));
  });

  it('runs a night rule past midnight into the next month', () => {
    const night = { ...daily, id: 'r3', members: [B], timeFrom: '18:00', timeTo: '08:00' };
    const shifts = expandRoster(spec({ rotations: [night] }), at('2026-10-31T12:00:00'), at('2026-11-01T12:00:00'), TZ);
    expect(shifts).toHaveLength(1);
    expect(shifts[0].startsAt).toEqual(at('2026-10-31T18:00:00'));
    expect(shifts[0].endsAt).toEqual(at('2026-11-01T08:00:00'));
  });

  it('applies temporary, then override, then rotation', () => {
    const roster = spec({
      rotations: [{ ...daily, members: [A] }],
      overrides: [
        { id: 'o1', post: RosterDuty.RESCUE_TEAM, kind: OverrideKind.REPLACE, personName: B.name, phone: B.phone, replacesName: A.name, startsAt: at('2026-10-01T10:00:00'), endsAt: at('2026-10-01T12:00:00') },
        { id: 'o2', post: RosterDuty.RESCUE_TEAM, kind: OverrideKind.ADD, personName: C.name, phone: C.phone, startsAt: at('2026-10-01T11:00:00'), endsAt: at('2026-10-01T13:00:00') },
        { id: 'o3', post: RosterDuty.RESCUE_TEAM, kind: OverrideKind.REMOVE, replacesName: A.name, startsAt: at('2026-10-01T20:00:00'), endsAt: at('2026-10-01T21:00:00') },
      ],
      temporaries: [
        { id: 't1', post: RosterDuty.RESCUE_TEAM, startsAt: at('2026-10-01T14:00:00'), endsAt: at('2026-10-01T16:00:00'), shifts: [{ personName: C.name, phone: C.phone, startsAt: at('2026-10-01T14:00:00'), endsAt: at('2026-10-01T15:00:00') }] },
      ],
    });
    const from = at('2026-10-01T08:00:00');
    const to = at('2026-10-02T08:00:00');
    const shifts = expandRoster(roster, from, to, TZ);
    const now = (local: string) => onDutyAt(shifts, [RosterDuty.RESCUE_TEAM], at(local))[0];
    expect(now('2026-10-01T09:00:00').onDuty.map((s) => [s.personName, s.source])).toEqual([[A.name, ShiftSource.ROTATION]]);
    expect(now('2026-10-01T11:30:00').onDuty.map((s) => [s.personName, s.source]).sort()).toEqual([
      [C.name, ShiftSource.OVERRIDE],
      [B.name, ShiftSource.OVERRIDE],
    ].sort());
    expect(now('2026-10-01T14:30:00').onDuty.map((s) => [s.personName, s.source])).toEqual([[C.name, ShiftSource.TEMPORARY]]);
    // The temporary roster's own gap is a gap: it replaces the rotation for its whole period.
    expect(now('2026-10-01T15:30:00').onDuty).toEqual([]);
    expect(now('2026-10-01T15:30:00').nextHandoff).toEqual(at('2026-10-01T16:00:00'));
    expect(now('2026-10-01T20:30:00').onDuty).toEqual([]);
    expect(uncovered(shifts, RosterDuty.RESCUE_TEAM, from, to)).toEqual([
      { from: at('2026-10-01T15:00:00'), until: at('2026-10-01T16:00:00') },
      { from: at('2026-10-01T20:00:00'), until: at('2026-10-01T21:00:00') },
    ]);
  });

  it('turns fixed-length shifts from the start in member order, in another configured zone too', () => {
    const twelve = { ...daily, handoffTime: undefined, shiftHours: 12, members: [A, B], startsAt: new Date('2026-03-28T20:00:00Z') };
    const shifts = expandRoster(spec({ rotations: [twelve] }), new Date('2026-03-29T00:00:00Z'), new Date('2026-03-30T00:00:00Z'), 'Europe/Berlin');
    expect(shifts.map((s) => s.personName)).toEqual([A.name, B.name, A.name]);
    expect(shifts[1].startsAt.toISOString()).toBe('2026-03-29T08:00:00.000Z');
  });
});
