import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { IssueCalendarFeedDocument, ReportIncidentDocument, RevokeCalendarFeedDocument, RosterChangesDocument, RosterShiftsDocument } from '../generated/graphql';
import { runCoverageCheck } from '../../src/modules/rosters/roster.coverage';
import { COLUMNS } from '../../src/modules/rosters/roster.spreadsheet';
import { main } from '../../src/scripts/roster';
import { parse } from 'graphql';
import { startTestApp, type TestApp } from '../support/app';
import { FeedClient, feedHead } from '../support/subscriptions';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const HOUR = 3_600_000;
const DAY_MS = 24 * HOUR;

/** Wall-clock cells as a unit office types them: Excel keeps no zone, so UTC fields carry the local time. */
function local(at: Date): Date {
  return new Date(at.getTime() + 8 * HOUR);
}

async function workbook(rows: (string | Date)[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('值班表');
  sheet.addRow(COLUMNS.map((c) => c.header));
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function upload(body: Buffer, token: string | null) {
  const res = await fetch(`${app.baseUrl}/rosters/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: new Uint8Array(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { errors?: { message: string; extensions: Record<string, unknown> }[] } };
}

async function shiftRows(): Promise<number> {
  const [row] = await app.em().getConnection().execute<{ n: string }[]>('select count(*) n from roster_shift');
  return Number(row.n);
}

describe('spreadsheet import and export', () => {
  it('reports every bad row with row, column and reason in Chinese and English, and writes nothing', async () => {
    const start = new Date('2026-12-10T00:00:00Z');
    const file = await workbook([
      ['power', '抢险队', '张伟', '13800000001', local(start), local(new Date(start.getTime() + 12 * HOUR))],
      ['nowhere', '抢险队', '李娜', '13800000002', local(start), local(new Date(start.getTime() + 12 * HOUR))],
      ['power', '门卫', '王强', '', local(start), local(new Date(start.getTime() - HOUR))],
    ]);
    const before = await shiftRows();
    const res = await upload(file, app.token('admin'));
    expect(res.status).toBe(400);
    expect(res.body.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    const problems = res.body.errors![0].extensions.problems as { row: number; column: string; reason: string }[];
    expect(problems.map((p) => [p.row, p.column])).toEqual([
      [3, '单位代码 unit code'],
      [4, '岗位 post'],
      [4, '电话 phone'],
      [4, '结束时间 end'],
    ]);
    expect(problems[0].reason).toMatch(/没有代码.*no member unit/);
    expect(problems[2].reason).toMatch(/没有电话 the person has no phone/);
    expect(await shiftRows()).toBe(before);
  });

  it('keeps a unit operator to its own unit\'s rows and refuses a caller without a token', async () => {
    const start = new Date('2026-12-10T00:00:00Z');
    const file = await workbook([['police', '抢险队', '张伟', '13800000001', local(start), local(new Date(start.getTime() + HOUR))]]);
    const mine = await upload(file, app.token('unit_operator', 'power'));
    expect(mine.status).toBe(400);
    expect(JSON.stringify(mine.body)).toMatch(/无权编辑/);
    expect((await upload(file, null)).status).toBe(401);
    expect((await upload(file, app.token('grid_sync'))).status).toBe(403);
  });

  it('imports 10,000 rows in one transaction and exports them again', async () => {
    const start = new Date('2027-01-01T00:00:00Z');
    const rows: (string | Date)[][] = [];
    for (let i = 0; i < 10_000; i++) {
      const unit = i % 2 === 0 ? 'power' : 'police';
      const from = new Date(start.getTime() + Math.floor(i / 2) * HOUR);
      rows.push([unit, '抢险队', `队员${i % 7}`, `1380000${String(1000 + (i % 7)).padStart(4, '0')}`, local(from), local(new Date(from.getTime() + HOUR))]);
    }
    const file = await workbook(rows);
    const before = await shiftRows();
    const res = await upload(file, app.token('admin'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ rows: 10_000, temporaries: 2, units: ['power', 'police'] });
    expect(await shiftRows()).toBe(before + 10_000);

    const shifts = await app.gql(RosterShiftsDocument, { unitCode: 'power', from: start.toISOString(), to: new Date(start.getTime() + 3 * HOUR).toISOString() }, { token: app.token('dispatcher') });
    expect(shifts.data!.rosterShifts.map((s) => [s.personName, s.source])).toEqual([
      ['队员0', 'TEMPORARY'],
      ['队员2', 'TEMPORARY'],
      ['队员4', 'TEMPORARY'],
    ]);
    const exported = await fetch(`${app.baseUrl}/rosters/export?unit=power&from=${start.toISOString()}&to=${new Date(start.getTime() + 3 * HOUR).toISOString()}`, {
      headers: { authorization: `Bearer ${app.token('dispatcher')}` },
    });
    expect(exported.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await exported.arrayBuffer()) as never);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, ...COLUMNS.map((c) => c.header)]);
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getRow(2).getCell(3).value).toBe('队员0');
    expect((sheet.getRow(2).getCell(5).value as Date).toISOString()).toBe('2027-01-01T08:00:00.000Z');
  });
});

describe('calendar feed', () => {
  it('serves a unit\'s shifts as .ics until the token is revoked', async () => {
    const admin = { token: app.token('admin') };
    const issued = await app.gql(IssueCalendarFeedDocument, { input: { unitCode: 'power' } }, admin);
    expect(issued.errors).toBeUndefined();
    const { id, path } = issued.data!.issueCalendarFeed;
    const feed = await fetch(`${app.baseUrl}${path}`);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toMatch(/text\/calendar/);
    expect(await feed.text()).toMatch(/BEGIN:VCALENDAR[\s\S]*X-WR-TIMEZONE:Asia\/Shanghai/);
    const revoked = await app.gql(RevokeCalendarFeedDocument, { input: { id } }, admin);
    expect(revoked.data!.revokeCalendarFeed.kind).toBe('CALENDAR_TOKEN_REVOKED');
    expect((await fetch(`${app.baseUrl}${path}`)).status).toBe(404);
  });
});

describe('daily coverage report', () => {
  it('posts one summary per unit with gaps, once a day, however many replicas run it at once, on the escalation feed too', async () => {
    const now = new Date('2026-12-20T02:00:00Z');
    const office = new FeedClient(app.url, app.token('leadership')).subscribe(
      'subscription ($after: String) { escalationFeed(after: $after) { kind subjectType incident { id } unit { code } order { id } event { actorId channel note after } } }',
      { after: await feedHead(app.databaseUrl) },
    );
    const desk = new FeedClient(app.url, app.token('dispatcher')).subscribe('subscription ($after: String) { incidentFeed(after: $after) { kind } }', {
      after: await feedHead(app.databaseUrl),
    });
    try {
      const [a, b, c] = await Promise.all([runCoverageCheck(app.em(), now), runCoverageCheck(app.em(), now), runCoverageCheck(app.em(), now)]);
      const again = await runCoverageCheck(app.em(), now);
      const posted = [...a, ...b, ...c, ...again];
      expect(new Set(posted).size).toBe(posted.length);
      expect(posted).toHaveLength(24);

      // The leadership office sees one summary per unit, as it happened: no incident, the unit named.
      type Pushed = { kind: string; subjectType: string; incident: null; unit: { code: string }; order: null; event: { actorId: string; channel: string; note: string; after: { missing: string[] } } };
      const pushed: Pushed[] = [];
      for (let i = 0; i < 24; i++) {
        const message = await office.next(10_000);
        expect(message.errors).toBeUndefined();
        pushed.push(message.data!.escalationFeed as Pushed);
      }
      expect(new Set(pushed.map((p) => p.unit.code)).size).toBe(24);
      const tourism = pushed.find((p) => p.unit.code === 'tourism')!;
      expect(tourism).toMatchObject({ kind: 'ROSTER_COVERAGE_GAPS', subjectType: 'UNIT', incident: null, order: null, event: { actorId: 'system', channel: 'SYSTEM' } });
      expect(tourism.event.after.missing).toEqual(['RESPONSIBLE_LEADER', 'LIAISON', 'DUTY_PHONE']);
      expect(tourism.event.note).toMatch(/未来7天值班缺口/);

      // The unit-level events are in the hash chain, which verifyHistory finds intact.
      const verified = await app.gql(parse('{ verifyHistory { intact eventsChecked } }') as never, {}, { token: app.token('admin') });
      expect(verified.data).toMatchObject({ verifyHistory: { intact: true } });
      // The desk's incident feed carries changes of incidents and orders only: a report it gets next is its first message.
      const report = await app.gql(
        ReportIncidentDocument,
        { input: { description: '值班缺口日报之后的第一起警情', place: { areaCode: 'zagunao' }, intakeChannel: 'CALL_110' } },
        { token: app.token('dispatcher') },
      );
      expect(report.errors).toBeUndefined();
      expect((await desk.next(10_000)).data?.incidentFeed).toEqual({ kind: 'INCIDENT_REPORTED' });
    } finally {
      await office.close();
      await desk.close();
    }
    const changes = await app.gql(RosterChangesDocument, { unitCode: 'tourism' }, { token: app.token('leadership') });
    const reports = changes.data!.rosterChanges.filter((ch) => ch.kind === 'COVERAGE_GAPS_FOUND');
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({ actorId: 'system', after: expect.objectContaining({ missing: ['RESPONSIBLE_LEADER', 'LIAISON', 'DUTY_PHONE'] }) });
  });
});

describe('npm run roster', () => {
  it('imports a spreadsheet into the configured database, and lists every bad row when there is one', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'linkage110-roster-'));
    try {
      const start = new Date('2027-03-01T00:00:00Z');
      const good = path.join(dir, 'good.xlsx');
      const bad = path.join(dir, 'bad.xlsx');
      await fs.writeFile(good, await workbook([['health', '抢险队', '罗勇', '13800005555', local(start), local(new Date(start.getTime() + 24 * HOUR))]]));
      await fs.writeFile(bad, await workbook([['health', '抢险队', '罗勇', '999', local(start), 'tomorrow']]));
      const env = { DATABASE_URL: app.databaseUrl, LOG_LEVEL: 'silent' };
      let stdout = '';
      let stderr = '';
      const out = { stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t) };
      const before = await shiftRows();
      expect(await main(['import', bad], env, out)).toBe(1);
      expect(stderr).toMatch(/第2行 row 2\t结束时间 end\t/);
      expect(await shiftRows()).toBe(before);
      expect(await main(['import', good], env, out)).toBe(0);
      expect(stdout).toMatch(/imported 1 rows into 1 temporary rosters \(health\)/);
      expect(await shiftRows()).toBe(before + 1);
      const exported = path.join(dir, 'out.xlsx');
      expect(await main(['export', 'health', start.toISOString(), new Date(start.getTime() + DAY_MS).toISOString(), exported], env, out)).toBe(0);
      expect(stdout).toMatch(/wrote 1 shifts of health/);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
