import { parse } from 'graphql';
import { runCoverageCheck } from '../../src/modules/rosters/roster.coverage';
import { startTestApp, type TestApp } from '../support/app';
import { deskSteps } from '../workflow/steps';

let app: TestApp;
let steps: ReturnType<typeof deskSteps>;
beforeAll(async () => {
  app = await startTestApp();
  steps = deskSteps(app);
  await steps.orderTo('power');
  await steps.orderTo('telecom');
});
afterAll(() => app.close());

const VERIFY = parse('{ verifyHistory { intact eventsChecked firstBrokenSeq firstBrokenEventId reason } }');
type Verification = { intact: boolean; eventsChecked: number; firstBrokenSeq: string | null; firstBrokenEventId: string | null; reason: string | null };

async function verify(role: 'admin' | 'leadership' = 'admin'): Promise<Verification> {
  const res = await app.gql(VERIFY as never, {}, { token: app.token(role) });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return (res.data as { verifyHistory: Verification }).verifyHistory;
}

const sql = <T = unknown>(text: string, params: unknown[] = []) => app.em().getConnection().execute<T[]>(text, params);

/** As a superuser could, behind the platform's back: the append-only trigger switched off for one statement. */
async function behindTheBack(statement: string, params: unknown[]): Promise<void> {
  await app.em().transactional(async (tx) => {
    const conn = tx.getConnection();
    const ctx = tx.getTransactionContext();
    await conn.execute('alter table event disable trigger event_append_only', [], 'run', ctx);
    await conn.execute(statement, params, 'run', ctx);
    await conn.execute('alter table event enable trigger event_append_only', [], 'run', ctx);
  });
}

describe('the event history', () => {
  it('refuses UPDATE and DELETE at the database, whoever sends them', async () => {
    const [{ seq }] = await sql<{ seq: string }>('select seq::text from event order by seq limit 1');
    await expect(sql(`update event set note = 'rewritten' where seq = ?`, [seq])).rejects.toThrow(/append-only/);
    await expect(sql(`delete from event where seq = ?`, [seq])).rejects.toThrow(/append-only/);
    await expect(sql(`update event set hash = 'x' where seq = ?`, [seq])).rejects.toThrow(/append-only/);
  });

  it('chains every event to the one before it, and verifyHistory finds the chain intact', async () => {
    const rows = await sql<{ hash: string | null }>('select hash from event order by seq');
    expect(rows.length).toBeGreaterThan(4);
    expect(rows.every((row) => /^[0-9a-f]{64}$/.test(row.hash ?? ''))).toBe(true);
    expect(new Set(rows.map((row) => row.hash)).size).toBe(rows.length);
    expect(await verify()).toEqual({ intact: true, eventsChecked: rows.length, firstBrokenSeq: null, firstBrokenEventId: null, reason: null });
    expect((await verify('leadership')).intact).toBe(true);
  });

  it('is verified by admin and leadership only', async () => {
    for (const role of ['dispatcher', 'commander', 'grid_sync'] as const) {
      const res = await app.gql(VERIFY as never, {}, { token: app.token(role) });
      expect(res.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const unit = await app.gql(VERIFY as never, {}, { token: app.token('unit_operator', 'power') });
    expect(unit.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('chains unit-level events (the daily coverage report, no incident) and names one edited behind the platform\'s back', async () => {
    expect(await runCoverageCheck(app.em(), new Date('2026-12-21T02:00:00Z'))).toHaveLength(24);
    expect(await verify()).toMatchObject({ intact: true });
    const [unitEvent] = await sql<{ seq: string; id: string; after: string }>(`select seq::text, id, after::text from event where subject_type = 'UNIT' order by seq limit 1`);
    await behindTheBack(`update event set after = jsonb_set(after, '{missing}', '[]') where seq = ?`, [unitEvent.seq]);
    expect(await verify()).toMatchObject({ intact: false, firstBrokenSeq: unitEvent.seq, firstBrokenEventId: unitEvent.id });
    // Put back exactly as it was, the chain holds again (the hash covers content, nothing else).
    await behindTheBack(`update event set after = ?::jsonb where seq = ?`, [unitEvent.after, unitEvent.seq]);
    expect(await verify()).toMatchObject({ intact: true });
  });

  it('names the first broken link when a row is edited behind the platform\'s back, then when one is removed', async () => {
    const rows = await sql<{ seq: string; id: string }>('select seq::text, id from event order by seq');
    const edited = rows[2];
    await behindTheBack(`update event set note = '已处置完毕' where seq = ?`, [edited.seq]);
    expect(await verify()).toMatchObject({ intact: false, firstBrokenSeq: edited.seq, firstBrokenEventId: edited.id });

    await behindTheBack(`delete from event where seq = ?`, [rows[1].seq]);
    // Removing an event breaks the link of the one after it, which is now the first broken one.
    expect(await verify()).toMatchObject({ intact: false, firstBrokenSeq: rows[2].seq, eventsChecked: rows.length - 1 });
  });
});
