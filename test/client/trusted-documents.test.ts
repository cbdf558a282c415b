import fs from 'node:fs';
import path from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { IncidentFeedDocument, IncidentsDocument, ReportIncidentDocument, resumableFeed, trustedRequest, type FeedTransport, type IncidentFeedSubscription } from '../../integrations/client/src';
import { loadConfig } from '../../src/config';
import { startTestApp, type TestApp } from '../support/app';
import { feedHead } from '../support/subscriptions';

/**
 * TRUSTED_DOCUMENTS=only: the endpoint runs the operations of schema/trusted-documents.json,
 * named by their hash (or sent as exactly the manifest's text), and refuses anything else with
 * TRUSTED_DOCUMENT_REQUIRED, over HTTP and over WebSocket alike.
 */
const manifest = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../schema/trusted-documents.json'), 'utf8')) as { operations: { id: string; name: string; body: string }[] };
const entry = (name: string) => manifest.operations.find((op) => op.name === name)!;

let app: TestApp;
let token: string;
beforeAll(async () => {
  app = await startTestApp({ config: { trustedDocuments: { mode: 'only' } } });
  token = app.token('dispatcher');
});
afterAll(() => app.close());

type Answer = { data?: Record<string, never> | null; errors?: { message: string; extensions?: { code?: string } }[] };

async function post(body: unknown): Promise<{ status: number; body: Answer }> {
  const res = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as Answer };
}

const reportInput = (description: string) => ({ input: { description, place: { areaCode: 'zagunao', address: '杂谷脑镇朝阳小区3栋' }, intakeChannel: 'CALL_110' as const, callbackNumber: '13900001111' } });

async function incidentCount(): Promise<number> {
  const res = await post(trustedRequest(IncidentsDocument, { first: 1 }));
  return (res.body.data as unknown as { incidents: { totalCount: number } }).incidents.totalCount;
}

it('runs a manifest operation sent by its hash, as the typed client sends it', async () => {
  const reported = await post(trustedRequest(ReportIncidentDocument, reportInput('小区电梯困人')));
  expect(reported.body.errors).toBeUndefined();
  expect(reported.body.data).toMatchObject({ reportIncident: { status: expect.any(String), description: '小区电梯困人' } });
  const listed = await post({ documentId: `sha256:${entry('Incidents').id}`, variables: { first: 5 } });
  expect(listed.status).toBe(200);
  expect(listed.body.data).toMatchObject({ incidents: { totalCount: 1 } });
});

it('runs a manifest operation sent as its exact text', async () => {
  const res = await post({ query: entry('Incidents').body, variables: { first: 1 } });
  expect(res.body.errors).toBeUndefined();
  expect(res.body.data).toHaveProperty('incidents.totalCount');
});

it('refuses free text, a changed text and an unknown hash with TRUSTED_DOCUMENT_REQUIRED, and runs none of them', async () => {
  const before = await incidentCount();
  const freeText = await post({ query: 'mutation ($input: ReportIncidentInput!) { reportIncident(input: $input) { id } }', variables: reportInput('自由文本的操作') });
  expect(freeText.status).toBe(400);
  expect(freeText.body.errors).toEqual([{ message: expect.stringMatching(/runs only trusted documents.*by its id/), extensions: { code: 'TRUSTED_DOCUMENT_REQUIRED' } }]);

  const changed = await post({ query: entry('ReportIncident').body.replace('description', 'description callbackNumber'), variables: reportInput('改过的文本') });
  expect(changed.status).toBe(400);
  expect(changed.body.errors?.[0].extensions?.code).toBe('TRUSTED_DOCUMENT_REQUIRED');

  const unknown = await post({ variables: {}, extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } });
  expect(unknown.status).toBe(400);
  expect(unknown.body.errors).toEqual([{ message: expect.stringContaining(`No trusted document has the id "${'f'.repeat(64)}"`), extensions: { code: 'TRUSTED_DOCUMENT_REQUIRED' } }]);

  const mismatched = await post({ query: entry('Incidents').body, extensions: { persistedQuery: { version: 1, sha256Hash: entry('Units').id } } });
  expect(mismatched.body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/not the trusted document "Units"/), extensions: { code: 'TRUSTED_DOCUMENT_REQUIRED' } });

  const introspection = await post({ query: '{ __schema { types { name } } }' });
  expect(introspection.body.errors?.[0].extensions?.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
  expect(await incidentCount()).toBe(before);
});

it('refuses a free-text subscription over WebSocket and runs a trusted one by its hash', async () => {
  const socket = createClient({ url: app.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, lazy: true, retryAttempts: 0, connectionParams: { authorization: `Bearer ${token}` } });
  try {
    const refused = await new Promise<unknown>((resolve) => {
      socket.subscribe({ query: 'subscription { incidentFeed { cursor } }' }, { next: resolve, error: resolve, complete: () => resolve('completed') });
    });
    expect(refused).toEqual([expect.objectContaining({ message: expect.stringMatching(/runs only trusted documents/), extensions: { code: 'TRUSTED_DOCUMENT_REQUIRED' } })]);

    const head = await feedHead(app.databaseUrl);
    const received = new Promise<IncidentFeedSubscription['incidentFeed']>((resolve, reject) => {
      const feed = resumableFeed({
        transport: socket as unknown as FeedTransport,
        document: IncidentFeedDocument,
        after: head,
        trusted: true,
        onEvent: (event) => {
          feed.stop();
          resolve(event);
        },
        onError: reject,
      });
    });
    const reported = await post(trustedRequest(ReportIncidentDocument, reportInput('商铺门口有人打架')));
    const event = await received;
    expect(event).toMatchObject({ kind: 'INCIDENT_REPORTED', incident: { id: (reported.body.data as unknown as { reportIncident: { id: string } }).reportIncident.id } });
  } finally {
    await socket.dispose();
  }
});

it('is off unless TRUSTED_DOCUMENTS=only, and refuses a value it does not know', () => {
  expect(loadConfig({}).trustedDocuments).toEqual({ mode: 'off' });
  expect(loadConfig({ NODE_ENV: 'production', KEYCLOAK_URL: 'http://kc', KEYCLOAK_REALM: 'r', KEYCLOAK_CLIENT_ID: 'c' }).trustedDocuments).toEqual({ mode: 'off' });
  expect(loadConfig({ TRUSTED_DOCUMENTS: 'only' }).trustedDocuments).toEqual({ mode: 'only', manifestFile: undefined });
  expect(() => loadConfig({ TRUSTED_DOCUMENTS: 'sometimes' })).toThrow(/TRUSTED_DOCUMENTS must be one of off, only/);
});
