import { logger } from '../../src/common/logger';
import { startTestApp, type TestApp } from '../support/app';
import { FeedClient, feedHead } from '../support/subscriptions';
import { deskSteps } from '../workflow/steps';

const INCIDENT_FEED = `subscription ($after: String) { incidentFeed(after: $after) { cursor kind incident { id description } } }`;

let app: TestApp;
let steps: ReturnType<typeof deskSteps>;
const clients: FeedClient[] = [];
beforeAll(async () => {
  app = await startTestApp();
  steps = deskSteps(app);
});
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await healIncidentReads();
});
afterAll(() => app.close());

function client(): FeedClient {
  const c = new FeedClient(app.url, app.token('dispatcher'));
  clients.push(c);
  return c;
}

const sql = (text: string) => app.em().getConnection().execute(text);

/**
 * From now on the first `failures` reads of the incident table fail, as a terminated backend
 * or a statement timeout would: the table is put behind a view whose every read counts.
 */
async function failIncidentReads(failures: number): Promise<void> {
  await sql(`alter table incident rename to incident_real`);
  await sql(`create sequence fault_reads`);
  await sql(`create function fault_read() returns boolean language plpgsql volatile as $$
    begin
      if nextval('fault_reads') <= ${failures} then raise exception 'injected fault: incident unreadable'; end if;
      return true;
    end $$`);
  await sql(`create view incident as select * from incident_real where fault_read()`);
}

async function healIncidentReads(): Promise<void> {
  await sql(`do $$ begin
    if to_regclass('incident_real') is not null then
      drop view incident;
      alter table incident_real rename to incident;
    end if;
  end $$`);
  await sql(`drop function if exists fault_read()`);
  await sql(`drop sequence if exists fault_reads`);
}

async function readsTried(): Promise<number> {
  const [row] = await app.em().getConnection().execute<{ last_value: string; is_called: boolean }[]>(`select last_value, is_called from fault_reads`);
  return row.is_called ? Number(row.last_value) : 0;
}

describe('a feed event whose resolution fails', () => {
  it('is tried again and delivered, never skipped, and the failure is logged', async () => {
    const errors = jest.spyOn(logger, 'error');
    const before = await feedHead(app.databaseUrl);
    const incident = await steps.report('河堤有裂缝，请水务到场');
    await failIncidentReads(2);

    const feed = client().subscribe(INCIDENT_FEED, { after: before });
    const message = await feed.next(10_000);
    expect(message.errors).toBeUndefined();
    expect(message.data?.incidentFeed).toMatchObject({ kind: 'INCIDENT_REPORTED', incident: { id: incident.id } });
    expect(await readsTried()).toBe(3);
    expect(errors.mock.calls.filter(([msg]) => msg.startsWith('feed event could not be resolved'))).toHaveLength(2);
    errors.mockRestore();
  });

  it('ends the subscription with SERVICE_UNAVAILABLE and the cursor to resume from when it keeps failing; resuming gets it', async () => {
    const before = await feedHead(app.databaseUrl);
    const incident = await steps.report('山体落石挡住村道');
    await failIncidentReads(1_000_000);

    const feed = client().subscribe(INCIDENT_FEED, { after: before });
    const message = await feed.next(15_000);
    expect(message.data ?? null).toBeNull();
    expect(message.errors?.[0].extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', resumeAfter: before });
    // The stream ends there: nothing after the unread change is delivered ahead of it.
    await feed.ended();
    expect(feed.messages).toHaveLength(1);

    await healIncidentReads();
    const resumed = client().subscribe(INCIDENT_FEED, { after: message.errors![0].extensions!.resumeAfter });
    const again = await resumed.next(10_000);
    expect(again.data?.incidentFeed).toMatchObject({ kind: 'INCIDENT_REPORTED', incident: { id: incident.id } });
  });
});
