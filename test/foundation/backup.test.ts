import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { backupDatabase, restoreDatabase } from '../../src/db/backup';
import { initOrm } from '../../src/db/orm';
import { ReportIncidentDocument } from '../generated/graphql';
import { startTestApp, type TestApp } from '../support/app';
import { createTestDatabase } from '../support/database';

/**
 * A backup taken while the desk keeps reporting calls holds every call acknowledged before it
 * began, and restores into a new database that the platform then writes to as before.
 */
let app: TestApp;
let folder: string;
beforeAll(async () => {
  app = await startTestApp({ defaultRole: 'dispatcher' });
  folder = await fs.mkdtemp(path.join(os.tmpdir(), 'linkage110-backup-'));
});
afterAll(async () => {
  await app.close();
  await fs.rm(folder, { recursive: true, force: true });
});

async function report(n: number): Promise<string> {
  const res = await app.gql(ReportIncidentDocument, {
    input: { description: `第${n}次报警：小区停水`, place: { areaCode: 'zagunao' }, intakeChannel: 'CALL_110' },
  });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data!.reportIncident.id;
}

it('keeps every write acknowledged before the backup began, consistent, and the restored database takes new writes', async () => {
  const acknowledgedBefore: string[] = [];
  for (let n = 0; n < 20; n++) acknowledgedBefore.push(await report(n));

  // Writes go on while the backup runs.
  let writing = true;
  const during: Promise<string[]> = (async () => {
    const ids: string[] = [];
    for (let n = 100; writing; n++) ids.push(await report(n));
    return ids;
  })();
  const manifest = await backupDatabase(app.databaseUrl, path.join(folder, 'b1'));
  writing = false;
  const acknowledgedDuring = await during;
  expect(acknowledgedDuring.length).toBeGreaterThan(0);

  const target = await createTestDatabase();
  try {
    const orm = await initOrm({ databaseUrl: target.url });
    try {
      await orm.getMigrator().up();
      expect(await restoreDatabase(target.url, path.join(folder, 'b1'))).toEqual(manifest);
      const connection = orm.em.fork().getConnection();
      const restored = new Set((await connection.execute<{ id: string }[]>('select id from incident')).map((row) => row.id));
      expect(acknowledgedBefore.filter((id) => !restored.has(id))).toEqual([]);
      const incidents = manifest.tables.find((table) => table.name === 'incident')!;
      expect(restored.size).toBe(incidents.rows);
      // Consistent as of one moment: every event's incident is there, and every incident has its report.
      const [check] = await connection.execute<{ orphans: string; unreported: string }[]>(
        `select (select count(*) from event e where not exists (select 1 from incident i where i.id = e.incident_id)) as orphans,
                (select count(*) from incident i where not exists (select 1 from event e where e.incident_id = i.id and e.kind = 'INCIDENT_REPORTED')) as unreported`,
      );
      expect(check).toEqual({ orphans: '0', unreported: '0' });
      const [counts] = await connection.execute<{ units: string; events: string }[]>('select (select count(*) from unit) as units, (select count(*) from event) as events');
      expect(Number(counts.units)).toBe(24);
      expect(Number(counts.events)).toBe(manifest.tables.find((table) => table.name === 'event')!.rows);
      // Sequences moved past what was loaded: a new event sorts after every restored one.
      const [seq] = await connection.execute<{ max: string; next: string }[]>(
        `select (select max(seq) from event)::text as max, nextval(pg_get_serial_sequence('event', 'seq'))::text as next`,
      );
      expect(BigInt(seq.next)).toBeGreaterThan(BigInt(seq.max));
    } finally {
      await orm.close();
    }
    // A second restore into the same database is refused and changes nothing.
    await expect(restoreDatabase(target.url, path.join(folder, 'b1'))).rejects.toThrow(/already holds incidents/);
  } finally {
    await target.drop();
  }
});
