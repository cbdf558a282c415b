import { RosterGapsDocument, OnDutyDocument } from '../generated/graphql';
import { DEMO_GAP_UNIT, seedDemoRosters } from '../../src/db/seeders/rosters.demo.seeder';
import { loadConfig } from '../../src/config';
import { startTestApp, type TestApp } from '../support/app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ defaultRole: 'commander' });
});
afterAll(() => app.close());

describe('the demo roster (npm run seed -- --demo)', () => {
  it('covers every unit round the clock but one, and names every contact', async () => {
    const first = await seedDemoRosters(app.em());
    expect(first).toEqual({ units: 24, rotations: 48 });
    expect(await seedDemoRosters(app.em())).toEqual({ units: 0, rotations: 0 });
    const gaps = (await app.gql(RosterGapsDocument, {})).data!.rosterGaps;
    expect(gaps.filter((g) => g.gaps.length > 0).map((g) => g.unitCode)).toEqual([DEMO_GAP_UNIT]);
    expect(gaps.every((g) => g.missing.length === 0)).toBe(true);
    const onDuty = (await app.gql(OnDutyDocument, { unitCode: 'police' })).data!.onDuty;
    expect(onDuty.find((p) => p.post === 'RESCUE_TEAM')).toMatchObject({ required: true, source: 'ROTATION', personName: expect.any(String) });
    expect(onDuty.find((p) => p.post === 'LEADER_ON_CALL')!.personName).toEqual(expect.any(String));
  });
});

describe('roster configuration', () => {
  it('defaults to Asia/Shanghai and refuses an unknown zone or an unanchored phone pattern', () => {
    expect(loadConfig({}).rosters.timeZone).toBe('Asia/Shanghai');
    expect(() => loadConfig({ ROSTER_TIME_ZONE: 'Mars/Olympus' })).toThrow(/ROSTER_TIME_ZONE must be an IANA time zone/);
    expect(() => loadConfig({ PHONE_SHORT_PATTERN: '\\d+' })).toThrow(/PHONE_SHORT_PATTERN must be anchored/);
    expect(loadConfig({ PHONE_SHORT_PATTERN: '^8\\d{3}$' }).rosters.shortPhonePattern.test('8110')).toBe(true);
  });
});
