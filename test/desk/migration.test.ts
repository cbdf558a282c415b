import type { AbstractSqlDriver } from '@mikro-orm/knex';
import { Migration20261202100000 } from '../../src/db/migrations/Migration20261202100000_desk';
import { DeskReportDocument, DeskSearchDocument } from '../generated/graphql';
import { startTestApp, type TestApp } from '../support/app';
import { deskSteps } from '../workflow/steps';

/**
 * Incidents stored before case numbers and the search index: the desk migration numbers them
 * per Asia/Shanghai day in the order received, indexes them for search, and intake continues
 * each day's sequence after them.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

it('numbers and indexes the incidents already stored, and intake continues after them', async () => {
  const migration = new Migration20261202100000(app.orm.em.getDriver() as unknown as AbstractSqlDriver, app.orm.config);
  await migration.down();
  const conn = app.em().getConnection();
  const insert = (id: string, receivedAt: string, description: string) =>
    conn.execute(`insert into incident (id, description, received_at, intake_channel, callback_number) values (?, ?, ?, 'CALL_110', '13700001111')`, [
      id,
      description,
      receivedAt,
    ]);
  // 16:30 UTC on 30 November is 00:30 on 1 December in Shanghai.
  await insert('00000000-0000-4000-8000-000000000003', '2026-12-01T03:00:00Z', '西街停水两天了');
  await insert('00000000-0000-4000-8000-000000000001', '2026-11-30T16:30:00Z', '小区电梯困人，老人在里面');
  await insert('00000000-0000-4000-8000-000000000002', '2026-11-30T10:00:00Z', '路灯不亮');
  await migration.up();

  const rows = await conn.execute<{ id: string; case_number: string }[]>('select id, case_number from incident order by id');
  expect(rows).toEqual([
    { id: '00000000-0000-4000-8000-000000000001', case_number: 'LX110-20261201-0001' },
    { id: '00000000-0000-4000-8000-000000000002', case_number: 'LX110-20261130-0001' },
    { id: '00000000-0000-4000-8000-000000000003', case_number: 'LX110-20261201-0002' },
  ]);

  const steps = deskSteps(app);
  const next = await app.gql(
    DeskReportDocument,
    { input: { description: '又一起', place: {}, intakeChannel: 'CALL_110', receivedAt: '2026-12-01T05:00:00Z' } },
    steps.desk,
  );
  expect(next.data!.reportIncident.caseNumber).toBe('LX110-20261201-0003');
  const found = await app.gql(DeskSearchDocument, { input: { text: '电梯 困人' } }, steps.desk);
  expect(found.data!.searchIncidents.map((hit) => hit.incident.id)).toEqual(['00000000-0000-4000-8000-000000000001']);
  const byNumber = await app.gql(DeskSearchDocument, { input: { text: '13700001111' } }, steps.desk);
  expect(byNumber.data!.searchIncidents).toHaveLength(3);
});
