import { DispatchOrdersDocument } from '../generated/graphql';
import { startTestApp, type TestApp } from '../support/app';
import { deskSteps } from '../workflow/steps';

let app: TestApp;
let steps: ReturnType<typeof deskSteps>;
beforeAll(async () => {
  app = await startTestApp();
  steps = deskSteps(app);
});
afterAll(() => app.close());

async function openOrders(incidentId: string, unitCode: string): Promise<string[]> {
  const rows = await app
    .em()
    .getConnection()
    .execute<{ id: string }[]>(
      `select o.id from "order" o join unit u on u.id = o.unit_id
        where o.incident_id = ? and u.code = ? and o.status not in ('COMPLETED', 'CANCELLED')`,
      [incidentId, unitCode],
    );
  return rows.map((row) => row.id);
}

/** An incident already DISPATCHED to the power company, where a second unit is ordered at the same moment by several dispatchers. */
async function raceOnce(concurrent: number) {
  const { incident } = await steps.orderTo('power');
  const results = await Promise.all(
    Array.from({ length: concurrent }, () =>
      app.gql(DispatchOrdersDocument, { input: { incidentId: incident.id, orders: [{ unitCode: 'telecom', channel: 'PHONE', urgency: 'URGENT' }] } }, steps.desk),
    ),
  );
  const open = await openOrders(incident.id, 'telecom');
  return { results, open };
}

/** 50 trials of a real race each; on two shared cores in the full run they take well over the default minute. */
const RACE_LOOP_TIMEOUT_MS = 240_000;

describe.each([2, 4])('%i concurrent dispatches of one unit to a DISPATCHED incident', (concurrent) => {
  it('leave one open order; every loser is told CONFLICT naming it (50 trials)', async () => {
    let winners = 0;
    for (let trial = 0; trial < 50; trial++) {
      const { results, open } = await raceOnce(concurrent);
      expect(open).toHaveLength(1);
      const won = results.filter((res) => !res.errors);
      expect(won).toHaveLength(1);
      expect(won[0].data!.dispatchOrders[0].id).toBe(open[0]);
      for (const lost of results.filter((res) => res.errors)) {
        expect(lost.errors![0].extensions?.code).toBe('CONFLICT');
        expect(lost.errors![0].extensions?.openOrderIds).toEqual([open[0]]);
        expect(lost.errors![0].message).toContain(open[0]);
      }
      winners += won.length;
    }
    expect(winners).toBe(50);
  }, RACE_LOOP_TIMEOUT_MS);
});

describe('the database itself', () => {
  it('refuses a second open order for the same (incident, unit), whatever wrote it', async () => {
    const { order } = await steps.orderTo('power');
    const conn = app.em().getConnection();
    const copy = `insert into "order" (id, incident_id, unit_id, channel, urgency, issued_at)
      select gen_random_uuid(), incident_id, unit_id, channel, urgency, issued_at from "order" where id = ?`;
    await expect(conn.execute(copy, [order.id])).rejects.toThrow(/order_one_open_per_incident_unit/);
  });
});
