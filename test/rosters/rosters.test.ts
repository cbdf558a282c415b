import {
  AddRosterOverrideDocument,
  LeadershipDocument,
  OnDutyDocument,
  OrderDutyContactDocument,
  RosterChangesDocument,
  RosterGapsDocument,
  RosterShiftsDocument,
  SaveRotationDocument,
  SaveTemporaryRosterDocument,
  SetLeadershipContactDocument,
  SetUnitContactsDocument,
  UnitsOnDutyNowDocument,
} from '../generated/graphql';
import { sweepOverdueOrders } from '../../src/modules/orders/order.overdue-sweep';
import { startTestApp, type TestApp } from '../support/app';
import { FeedClient, feedHead } from '../support/subscriptions';
import { deskSteps } from '../workflow/steps';

let app: TestApp;
let steps: ReturnType<typeof deskSteps>;
let admin: { token: string };
let power: { token: string };
beforeAll(async () => {
  app = await startTestApp();
  steps = deskSteps(app);
  admin = { token: app.token('admin') };
  power = steps.unit('power');
});
afterAll(() => app.close());

async function rosterRows(): Promise<Record<string, string>> {
  const [row] = await app
    .em()
    .getConnection()
    .execute<Record<string, string>[]>(
      `select (select count(*) from roster_rotation) rotations, (select count(*) from roster_override) overrides,
              (select count(*) from roster_temporary) temporaries, (select count(*) from roster_change) changes,
              (select string_agg(coalesce(duty_phone, '-') || coalesce(leader_phone, '-'), ',' order by code) from unit) contacts`,
    );
  return row;
}

const HOUR = 3_600_000;
const startOfHour = () => new Date(Math.floor(Date.now() / HOUR) * HOUR - 48 * HOUR);

describe('contacts (分管领导, 联络员, 值班电话)', () => {
  it('lets a unit operator set its own unit\'s contacts and records who changed what', async () => {
    const res = await app.gql(
      SetUnitContactsDocument,
      {
        input: {
          unitCode: 'power',
          responsibleLeader: { name: '赵刚', position: '副经理', phone: '+86 139 0000 0001' },
          liaison: { name: '钱芳', phone: '0837-6822110' },
          dutyPhone: '95598',
        },
      },
      power,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.setUnitContacts).toEqual({
      code: 'power',
      dutyPhone: '95598',
      responsibleLeader: { name: '赵刚', position: '副经理', phone: '13900000001' },
      liaison: { name: '钱芳', phone: '0837-6822110' },
    });
    const changes = await app.gql(RosterChangesDocument, { unitCode: 'power' }, admin);
    expect(changes.data!.rosterChanges).toEqual([
      expect.objectContaining({
        kind: 'UNIT_CONTACTS_SET',
        actorRole: 'unit_operator',
        before: expect.objectContaining({ dutyPhone: null }),
        after: expect.objectContaining({ dutyPhone: '95598' }),
      }),
    ]);
  });

  it('refuses another unit\'s contacts, a bad phone and a person without a phone, changing nothing', async () => {
    const before = await rosterRows();
    const other = await app.gql(SetUnitContactsDocument, { input: { unitCode: 'police', dutyPhone: '110' } }, power);
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const bad = await app.gql(SetUnitContactsDocument, { input: { unitCode: 'power', dutyPhone: '12345678901234' } }, admin);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].message).toMatch(/^dutyPhone: .*格式不对.*mainland mobile/);
    const noPhone = await app.gql(SetUnitContactsDocument, { input: { unitCode: 'power', liaison: { name: '孙丽' } } }, admin);
    expect(noPhone.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(noPhone.errors?.[0].message).toMatch(/^liaison\.phone:/);
    const unknown = await app.gql(SetUnitContactsDocument, { input: { unitCode: 'no-such-unit', dutyPhone: '110' } }, admin);
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await rosterRows()).toEqual(before);
  });

  it('names the person and phone of a leadership position (admin)', async () => {
    const { data } = await app.gql(LeadershipDocument, {}, admin);
    const seat = (data!.leadership as { position: string }[])[0] as unknown as { id?: string };
    const members = await app.em().getConnection().execute<{ id: string }[]>(`select id from leadership_member order by rank limit 1`);
    const res = await app.gql(SetLeadershipContactDocument, { input: { memberId: members[0].id, personName: '周明', phone: '13700000000' } }, admin);
    expect(res.errors).toBeUndefined();
    expect(res.data!.setLeadershipContact).toEqual({ id: members[0].id, personName: '周明', phone: '13700000000' });
    expect(seat).toBeDefined();
    const asUnit = await app.gql(SetLeadershipContactDocument, { input: { memberId: members[0].id, personName: '周明', phone: '13700000000' } }, power);
    expect(asUnit.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});

describe('rosters through GraphQL', () => {
  it('refuses a rotation with no members and an override that ends before it starts, changing nothing', async () => {
    const before = await rosterRows();
    const empty = await app.gql(
      SaveRotationDocument,
      { input: { unitCode: 'power', post: 'RESCUE_TEAM', name: '抢修一班', members: [], startsAt: startOfHour().toISOString(), shiftHours: 12 } },
      power,
    );
    expect(empty.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(empty.errors?.[0].message).toMatch(/^members:/);
    const backwards = await app.gql(
      AddRosterOverrideDocument,
      {
        input: {
          unitCode: 'power',
          post: 'RESCUE_TEAM',
          kind: 'ADD',
          personName: '吴军',
          phone: '13600000000',
          startsAt: new Date(Date.now() + HOUR).toISOString(),
          endsAt: new Date().toISOString(),
        },
      },
      power,
    );
    expect(backwards.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(backwards.errors?.[0].message).toMatch(/^endsAt:/);
    const unknownPost = await app.gql(SaveRotationDocument, { input: { unitCode: 'power', post: 'NOPE' as never, name: 'x', members: [], startsAt: new Date().toISOString() } }, power);
    expect(unknownPost.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await rosterRows()).toEqual(before);
  });

  it('answers who is on duty, the expanded shifts and the gaps, with overrides and temporary rosters on top', async () => {
    const start = startOfHour();
    const rotation = await app.gql(
      SaveRotationDocument,
      {
        input: {
          unitCode: 'power',
          post: 'RESCUE_TEAM',
          name: '抢修班',
          members: [
            { name: '张伟', phone: '13800000001' },
            { name: '李娜', phone: '13800000002' },
          ],
          startsAt: start.toISOString(),
          shiftHours: 12,
        },
      },
      power,
    );
    expect(rotation.errors).toBeUndefined();
    const now = new Date();
    const duty = await app.gql(OnDutyDocument, { unitCode: 'power', at: now.toISOString() }, steps.desk);
    expect(duty.errors).toBeUndefined();
    const rescue = duty.data!.onDuty.find((p) => p.post === 'RESCUE_TEAM')!;
    expect(rescue.required).toBe(true);
    expect(rescue.onDuty).toHaveLength(1);
    expect(rescue).toMatchObject({ source: 'ROTATION', phone: expect.stringMatching(/^1380000000[12]$/) });
    expect(new Date(rescue.nextHandoff!).getTime() - new Date(rescue.from!).getTime()).toBe(12 * HOUR);
    expect(duty.data!.onDuty.find((p) => p.post === 'LEADER_ON_CALL')).toMatchObject({ required: false, personName: null, onDuty: [] });

    // An override replaces whoever is on for the next hour.
    const replace = await app.gql(
      AddRosterOverrideDocument,
      {
        input: {
          unitCode: 'power',
          post: 'RESCUE_TEAM',
          kind: 'REPLACE',
          personName: '吴军',
          phone: '13600000000',
          startsAt: new Date(now.getTime() - HOUR).toISOString(),
          endsAt: new Date(now.getTime() + HOUR).toISOString(),
        },
      },
      power,
    );
    expect(replace.errors).toBeUndefined();
    const contradicting = await app.gql(
      AddRosterOverrideDocument,
      {
        input: {
          unitCode: 'power',
          post: 'RESCUE_TEAM',
          kind: 'REPLACE',
          personName: '郑洁',
          phone: '13600000001',
          startsAt: now.toISOString(),
          endsAt: new Date(now.getTime() + 2 * HOUR).toISOString(),
        },
      },
      power,
    );
    expect(contradicting.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(contradicting.errors?.[0].message).toMatch(/contradicts/);
    const replaced = await app.gql(OnDutyDocument, { unitCode: 'power' }, steps.desk);
    expect(replaced.data!.onDuty.find((p) => p.post === 'RESCUE_TEAM')!.onDuty.map((s) => [s.personName, s.source])).toEqual([['吴军', 'OVERRIDE']]);

    // A temporary roster two days ahead leaves its uncovered hour as a gap.
    const day2 = new Date(start.getTime() + 96 * HOUR);
    const temp = await app.gql(
      SaveTemporaryRosterDocument,
      {
        input: {
          unitCode: 'power',
          post: 'RESCUE_TEAM',
          startsAt: day2.toISOString(),
          endsAt: new Date(day2.getTime() + 3 * HOUR).toISOString(),
          shifts: [{ personName: '冯涛', phone: '13500000000', startsAt: day2.toISOString(), endsAt: new Date(day2.getTime() + 2 * HOUR).toISOString() }],
        },
      },
      power,
    );
    expect(temp.errors).toBeUndefined();
    const shifts = await app.gql(RosterShiftsDocument, { unitCode: 'power', from: day2.toISOString(), to: new Date(day2.getTime() + 4 * HOUR).toISOString() }, steps.desk);
    expect(shifts.data!.rosterShifts.map((s) => [s.personName, s.source])).toEqual([
      ['冯涛', 'TEMPORARY'],
      [expect.any(String), 'ROTATION'],
    ]);
    const gaps = await app.gql(RosterGapsDocument, { unitCode: 'power', from: now.toISOString() }, steps.desk);
    expect(gaps.data!.rosterGaps).toEqual([
      {
        unitCode: 'power',
        gaps: [{ post: 'RESCUE_TEAM', from: new Date(day2.getTime() + 2 * HOUR).toISOString(), until: new Date(day2.getTime() + 3 * HOUR).toISOString() }],
        missing: [],
      },
    ]);
    const all = await app.gql(RosterGapsDocument, {}, steps.desk);
    const tourism = all.data!.rosterGaps.find((g) => g.unitCode === 'tourism')!;
    expect(tourism.gaps).toHaveLength(1);
    expect(tourism.gaps[0].post).toBe('DUTY_OFFICER');
    expect(tourism.missing).toEqual(['RESPONSIBLE_LEADER', 'LIAISON', 'DUTY_PHONE']);
    expect(all.data!.rosterGaps).toHaveLength(24);
  });

  it('keeps a unit operator to its own unit\'s roster and the grid platform out', async () => {
    const mine = await app.gql(OnDutyDocument, {}, power);
    expect([...new Set(mine.data!.onDuty.map((u) => u.unit.code))]).toEqual(['power']);
    const other = await app.gql(OnDutyDocument, { unitCode: 'police' }, power);
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const grid = await app.gql(OnDutyDocument, {}, { token: app.token('grid_sync') });
    expect(grid.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('answers onDuty and Unit.onDutyNow for 1 unit and for all 24 in the same number of SQL statements', async () => {
    const one = await app.countStatements(() => app.gql(OnDutyDocument, { unitCode: 'power' }, steps.desk));
    const all = await app.countStatements(() => app.gql(OnDutyDocument, {}, steps.desk));
    expect(all.result.data!.onDuty).toHaveLength(24 * 4);
    expect(all.statements).toHaveLength(one.statements.length);
    const units = await app.countStatements(() => app.gql(UnitsOnDutyNowDocument, {}, steps.desk));
    expect(units.result.errors).toBeUndefined();
    expect(units.result.data!.units.find((u) => u.code === 'power')!.onDutyNow.find((p) => p.post === 'RESCUE_TEAM')!.personName).toBe('吴军');
    expect(units.statements.length).toBeLessThanOrEqual(one.statements.length + 1);
  });
});

describe('dispatch uses the roster', () => {
  it('gives the duty phone of a unit that keeps no roster, without flagging every dispatch', async () => {
    await app.gql(SetUnitContactsDocument, { input: { unitCode: 'civil-affairs', dutyPhone: '0837-6822001' } }, admin);
    const { order } = await steps.orderTo('civil-affairs');
    const shown = (await app.gql(OrderDutyContactDocument, { id: order.id }, steps.desk)).data!.order!;
    expect(shown).toMatchObject({ rosterGap: false, dutyContact: { phone: '0837-6822001', personName: null, post: null } });
    expect(shown.timeline.map((e) => e.kind)).toEqual(['ORDER_ISSUED']);
  });

  it('records who was on duty at issue, and flags and escalates a dispatch into a gap', async () => {
    const covered = await steps.orderTo('power');
    const shown = await app.gql(OrderDutyContactDocument, { id: covered.order.id }, steps.desk);
    expect(shown.data!.order).toMatchObject({ rosterGap: false, dutyContact: { post: 'RESCUE_TEAM', personName: '吴军', phone: '13600000000' } });

    await app.gql(SetUnitContactsDocument, { input: { unitCode: 'tourism', responsibleLeader: { name: '陈静', phone: '13911112222' }, liaison: { name: '林涛', phone: '13911113333' } } }, admin);
    // Tourism keeps a roster, but its temporary roster for today leaves the next hours empty.
    const now = Date.now();
    const temp = await app.gql(
      SaveTemporaryRosterDocument,
      {
        input: {
          unitCode: 'tourism',
          post: 'DUTY_OFFICER',
          startsAt: new Date(now - 2 * HOUR).toISOString(),
          endsAt: new Date(now + 2 * HOUR).toISOString(),
          shifts: [{ personName: '何平', phone: '13812345678', startsAt: new Date(now - 2 * HOUR).toISOString(), endsAt: new Date(now - HOUR).toISOString() }],
        },
      },
      steps.unit('tourism'),
    );
    expect(temp.errors).toBeUndefined();
    const office = new FeedClient(app.url, app.token('leadership')).subscribe(
      'subscription ($after: String) { escalationFeed(after: $after) { kind order { id } event { note } } }',
      { after: await feedHead(app.databaseUrl) },
    );
    const gap = await steps.orderTo('tourism');
    try {
      const pushed = [(await office.next()).data!.escalationFeed, (await office.next()).data!.escalationFeed] as { kind: string; order: { id: string } }[];
      expect(pushed.map((e) => [e.kind, e.order.id])).toEqual([
        ['ROSTER_GAP', gap.order.id],
        ['ESCALATED_FOR_ROSTER_GAP', gap.order.id],
      ]);
    } finally {
      await office.close();
    }
    const order = (await app.gql(OrderDutyContactDocument, { id: gap.order.id }, steps.desk)).data!.order!;
    expect(order.rosterGap).toBe(true);
    expect(order.dutyContact).toBeNull();
    const kinds = order.timeline.map((e) => e.kind);
    expect(kinds).toEqual(['ORDER_ISSUED', 'ROSTER_GAP', 'ESCALATED_FOR_ROSTER_GAP']);
    const escalation = order.timeline[2];
    expect(escalation.note).toContain('陈静 13911112222');
    expect(escalation.after).toMatchObject({ leader: { name: '陈静', phone: '13911112222' }, liaison: { name: '林涛', phone: '13911113333' } });
  });
});

describe('overdue escalation uses the roster', () => {
  it('names the leader on call and the phone it went to', async () => {
    const leader = await app.gql(
      SaveRotationDocument,
      {
        input: {
          unitCode: 'power',
          post: 'LEADER_ON_CALL',
          name: '带班领导',
          members: [{ name: '郭峰', phone: '13722223333' }],
          startsAt: new Date(Date.now() - 24 * HOUR).toISOString(),
          handoffTime: '08:30',
          shiftDays: 7,
        },
      },
      power,
    );
    expect(leader.errors).toBeUndefined();
    const { order } = await steps.orderTo('power');
    // An hour past every deadline, with the rotation still running.
    await sweepOverdueOrders(app.em(), new Date(Date.now() + 72 * HOUR));
    const timeline = (await app.gql(OrderDutyContactDocument, { id: order.id }, steps.desk)).data!.order!.timeline;
    const escalation = timeline.find((e) => e.kind === 'ESCALATED_TO_UNIT_LEADER')!;
    expect(escalation.note).toBe('通知分管领导 郭峰 13722223333');
    expect(escalation.after).toMatchObject({ leader: { name: '郭峰', phone: '13722223333', source: 'roster' } });
  });
});
