import unitsReference from '../../src/db/seeders/data/units.json';
import leadershipReference from '../../src/db/seeders/data/leadership.json';
import { seedCatalogue } from '../../src/db/seeders/catalogue.seeder';
import { AreasDocument, LeadershipDocument, UnitDocument, UnitsDocument } from '../generated/graphql';
import { startTestApp, type TestApp } from '../support/app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ defaultRole: 'dispatcher' });
});
afterAll(() => app.close());

describe('the notice\'s catalogue, as a console reads it', () => {
  it('lists the 24 member units with the codes, names, duty modes and duties of attachment 2', async () => {
    const res = await app.gql(UnitsDocument, {});
    expect(res.errors).toBeUndefined();
    const units = res.data!.units;
    expect(units.map((u) => u.code)).toEqual(unitsReference.units.map((u) => u.code));
    for (const expected of unitsReference.units) {
      const unit = units.find((u) => u.code === expected.code)!;
      expect(unit).toMatchObject({ name: expected.name, shortName: expected.shortName, dutyMode: expected.dutyMode });
      expect(unit.duties.map((d) => [d.item, d.text])).toEqual(expected.duties.map((d) => [d.item, d.text]));
    }
  });

  it('shows one unit by code with its duties and (still empty) contacts', async () => {
    const res = await app.gql(UnitDocument, { code: 'civil-affairs' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.unit).toMatchObject({
      code: 'civil-affairs',
      name: '县民政局',
      dutyMode: 'PHONE_DUTY',
      responsibleLeader: { name: null, phone: null },
      liaison: { name: null, phone: null },
    });
    expect(res.data!.unit.duties[0].text).toContain('流浪乞讨');
    expect(res.data!.unit.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-/);
  });

  it('answers an unknown unit code with NOT_FOUND and a malformed one with BAD_USER_INPUT', async () => {
    const unknown = await app.gql(UnitDocument, { code: 'fire-brigade' });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(unknown.errors?.[0].message).toContain('fire-brigade');

    const malformed = await app.gql(UnitDocument, { code: 'Civil Affairs!' });
    expect(malformed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(malformed.errors?.[0].message).toMatch(/lower-case/);
  });

  it('seats the leadership group and its office by position, and the three escalation targets', async () => {
    const res = await app.gql(LeadershipDocument, {});
    expect(res.errors).toBeUndefined();
    const group = res.data!.leadership.filter((m) => m.body === 'GROUP');
    const office = res.data!.leadership.filter((m) => m.body === 'OFFICE');
    expect(group.map((m) => m.position)).toEqual(leadershipReference.members.map((m) => m.position));
    expect(office.map((m) => m.role)).toEqual(leadershipReference.office.members.map((m) => m.role));
    expect(group[0]).toMatchObject({ role: 'LEADER', unit: { code: 'police' }, personName: null });
    expect(res.data!.escalationTargets.map((t) => t.name)).toEqual(leadershipReference.escalationTargets);
  });

  it('has the county and its 13 townships as areas', async () => {
    const all = await app.gql(AreasDocument, {});
    expect(all.data!.areas[0]).toMatchObject({ code: 'lixian', name: '理县', kind: 'COUNTY', parent: null });

    const townships = await app.gql(AreasDocument, { parentCode: 'lixian' });
    const names = townships.data!.areas.map((a) => a.name);
    expect(names.sort()).toEqual(
      [...leadershipReference.townships2017.towns, ...leadershipReference.townships2017.xiang].sort(),
    );
    expect(townships.data!.areas.every((a) => a.parent?.code === 'lixian')).toBe(true);

    const xiang = await app.gql(AreasDocument, { kind: 'XIANG' });
    expect(xiang.data!.areas).toHaveLength(leadershipReference.townships2017.xiang.length);
  });
});

describe('seeding again', () => {
  it('adds nothing and keeps what an administrator changed', async () => {
    const em = app.em();
    const conn = em.getConnection();
    await conn.execute(
      `update unit set name = '县民政局（社会救助）', leader_name = '王芳', leader_phone = '0837-6820001', admin_edited_at = now() where code = 'civil-affairs'`,
    );
    await conn.execute(`update duty set text = '受理流浪乞讨人员救助（管理员修订）' where item = 1 and unit_id = (select id from unit where code = 'civil-affairs')`);
    await conn.execute(`update leadership_member set person_name = '张三' where body = 'GROUP' and role = 'LEADER'`);

    const counts = await seedCatalogue(app.em());
    expect(counts).toEqual({ units: 0, duties: 0, leadershipMembers: 0, escalationTargets: 0, areas: 0 });

    const unit = await app.gql(UnitDocument, { code: 'civil-affairs' });
    expect(unit.data!.unit).toMatchObject({
      name: '县民政局（社会救助）',
      responsibleLeader: { name: '王芳', phone: '0837-6820001' },
    });
    expect(unit.data!.unit.duties[0].text).toBe('受理流浪乞讨人员救助（管理员修订）');
    const leadership = await app.gql(LeadershipDocument, {});
    expect(leadership.data!.leadership[0].personName).toBe('张三');
    const units = await app.gql(UnitsDocument, {});
    expect(units.data!.units).toHaveLength(24);
  });
});
