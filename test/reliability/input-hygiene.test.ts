import { getIntrospectionQuery, parse } from 'graphql';
import {
  DispatchOrdersDocument,
  IncidentsDocument,
  RecordPhoneNotificationDocument,
  ReportIncidentDocument,
  type ReportIncidentMutationVariables,
} from '../generated/graphql';
import { startTestApp, type TestApp } from '../support/app';
import { FeedClient } from '../support/subscriptions';
import { counts, deskSteps } from '../workflow/steps';

let app: TestApp;
let steps: ReturnType<typeof deskSteps>;
beforeAll(async () => {
  app = await startTestApp();
  steps = deskSteps(app);
});
afterAll(() => app.close());

const HOSTILE = {
  NUL: 'a\u0000b',
  'lone surrogate': 'a\ud800b',
  'bell (control)': 'a\u0007b',
  'carriage return (control)': 'a\rb',
  'DEL (control)': 'a\u007fb',
  'C1 control': 'a\u0085b',
};

const report = (over: Partial<ReportIncidentMutationVariables['input']> = {}): ReportIncidentMutationVariables['input'] => ({
  description: '小区电梯困人',
  place: { areaCode: 'zagunao', address: '朝阳小区3栋' },
  intakeChannel: 'CALL_110',
  callerName: '王先生',
  ...over,
});

const placesOfText: [string, (bad: string) => ReportIncidentMutationVariables['input']][] = [
  ['input.description', (bad) => report({ description: bad })],
  ['input.callerName', (bad) => report({ callerName: bad })],
  ['input.place.address', (bad) => report({ place: { areaCode: 'zagunao', address: bad } })],
  ['input.place.areaCode', (bad) => report({ place: { areaCode: bad } })],
  ['input.idempotencyKey', (bad) => report({ idempotencyKey: bad })],
];

describe('text a client sends', () => {
  it.each(Object.entries(HOSTILE))('with %s is BAD_USER_INPUT naming the field, in every place, and changes nothing', async (_what, bad) => {
    const before = await counts(app);
    for (const [field, input] of placesOfText) {
      const res = await app.gql(ReportIncidentDocument, { input: input(bad) }, steps.desk);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(res.errors?.[0].message).toContain(field);
    }
    const { incident, order } = await steps.orderTo('power');
    const afterArrange = await counts(app);
    const dispatch = await app.gql(
      DispatchOrdersDocument,
      { input: { incidentId: incident.id, orders: [{ unitCode: 'telecom', channel: 'PHONE', urgency: 'URGENT', instructions: bad }] } },
      steps.desk,
    );
    expect(dispatch.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.orders[0].instructions' });
    const unit = await app.gql(
      DispatchOrdersDocument,
      { input: { incidentId: incident.id, orders: [{ unitCode: bad, channel: 'PHONE', urgency: 'URGENT' }] } },
      steps.desk,
    );
    expect(unit.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.orders[0].unitCode' });
    const phone = await app.gql(RecordPhoneNotificationDocument, { input: { orderId: order.id, contactName: bad } }, steps.desk);
    expect(phone.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.contactName' });
    const search = await app.gql(IncidentsDocument, { filter: { search: bad } }, steps.desk);
    expect(search.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search' });
    expect(await counts(app)).toEqual(afterArrange);
    expect(Number(afterArrange.incidents)).toBe(Number(before.incidents) + 1);
  });

  it('written into the document itself (a literal, not a variable) is refused the same way', async () => {
    const res = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${steps.desk.token}` },
      body: JSON.stringify({ query: '{ incidents(filter: { search: "a\\u0000b" }) { totalCount } }' }),
    });
    const body = (await res.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.search' });
  });

  it('keeps tab and newline, and any script', async () => {
    const res = await app.gql(ReportIncidentDocument, { input: report({ description: '第一行\n\t第二行 🚒 ñ' }) }, steps.desk);
    expect(res.errors).toBeUndefined();
  });
});

describe('subscription arguments', () => {
  it.each(Object.entries(HOSTILE))('with %s are refused when the client subscribes, naming the argument', async (_what, bad) => {
    const feed = new FeedClient(app.url, app.token('dispatcher')).subscribe('subscription ($unit: String) { orderFeed(unit: $unit) { cursor } }', {
      unit: `power${bad}`,
    });
    try {
      const message = await feed.next(5000);
      expect(message.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unit' });
      expect(message.errors?.[0].message).toMatch(/^Subscription\.orderFeed argument unit contains /);
    } finally {
      await feed.close();
    }
  });

  it('in a literal of the document are refused the same way, on every feed', async () => {
    for (const field of ['incidentFeed', 'escalationFeed']) {
      const feed = new FeedClient(app.url, app.token('commander')).subscribe(`subscription { ${field}(after: "1\\u0000") { cursor } }`);
      try {
        const message = await feed.next(5000);
        expect(message.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
        expect(message.errors?.[0].message).toMatch(new RegExp(`^Subscription\\.${field} argument after contains a NUL character`));
      } finally {
        await feed.close();
      }
    }
  });
});

describe('other malformed input', () => {
  it('a pagination cursor that is not one we gave out is BAD_USER_INPUT naming after', async () => {
    const forged = Buffer.from(JSON.stringify(['2026-01-01T00:00:00.000Z', 'not-a-uuid'])).toString('base64url');
    for (const after of [forged, 'garbage', Buffer.from('[1,2]').toString('base64url')]) {
      const res = await app.gql(IncidentsDocument, { after }, steps.desk);
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    }
  });

  it('receivedAt in the year 0001 is refused and stores nothing', async () => {
    const before = await counts(app);
    const res = await app.gql(ReportIncidentDocument, { input: report({ receivedAt: '0001-01-01T00:00:00Z' }) }, steps.desk);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'receivedAt' });
    expect(await counts(app)).toEqual(before);
  });
});

describe('schema introspection', () => {
  const introspect = (token?: string) => app.gql(parse(getIntrospectionQuery()) as never, {}, { token: token ?? null });

  it('needs a token', async () => {
    const res = await introspect();
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // A missing token is the client's to fix, with the HTTP status that says so, not a 500.
    expect(res.status).toBe(401);
    const typeQuery = await app.gql(parse('{ __type(name: "Incident") { name } }') as never, {}, { token: null });
    expect(typeQuery.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers the standard getIntrospectionQuery() front-end tooling sends, within the depth limit', async () => {
    const res = await introspect(steps.desk.token);
    expect(res.errors).toBeUndefined();
    expect((res.data as { __schema: { types: unknown[] } }).__schema.types.length).toBeGreaterThan(10);
  });
});

describe('the request body', () => {
  it('in invalid UTF-8 is refused with 400 BAD_USER_INPUT, not stored as U+FFFD', async () => {
    const before = await counts(app);
    const query = 'mutation ($input: ReportIncidentInput!) { reportIncident(input: $input) { id } }';
    const json = JSON.stringify({ query, variables: { input: report({ description: 'XX' }) } });
    const [head, tail] = json.split('XX');
    const body = Buffer.concat([Buffer.from(head), Buffer.from([0xc3, 0x28]), Buffer.from(tail)]);
    const res = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${steps.desk.token}` },
      body,
    });
    expect(res.status).toBe(400);
    const parsed = (await res.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(parsed.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await counts(app)).toEqual(before);
  });
});
