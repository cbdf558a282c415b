import { UnitsDocument } from '../generated/graphql';
import { startTestApp, type TestApp } from '../support/app';
import { consoleForm, newRealmKey } from '../keycloak/helpers';

/**
 * Where the explorer is served, and where it is not: in development at GET /graphql (for a
 * browser) and /explorer, with the dev-token endpoint of its role picker; in production off
 * unless EXPLORER turns it on, and never minting tokens. Apollo's landing page is nowhere.
 */
const asBrowser = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

function production(explorer?: boolean) {
  return startTestApp({
    config: {
      nodeEnv: 'production',
      introspection: false,
      ...(explorer === undefined ? {} : { explorer }),
      auth: { mode: 'keycloak', keycloak: { url: 'http://127.0.0.1:9', realm: 'linkage110', clientId: 'linkage110-api', realmPublicKey: consoleForm(newRealmKey()) } },
    },
  });
}

function mint(app: TestApp, body: unknown, contentType = 'application/json') {
  return fetch(`${app.baseUrl}/explorer/dev-token`, { method: 'POST', headers: { 'content-type': contentType }, body: typeof body === 'string' ? body : JSON.stringify(body) });
}

describe('in development', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('serves the explorer page to a browser at GET /graphql and at /explorer, loading only the platform\'s own assets', async () => {
    for (const url of [app.url, `${app.baseUrl}/explorer`]) {
      const res = await fetch(url, { headers: asBrowser });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'.*connect-src 'self'/);
      const html = await res.text();
      expect(html).not.toMatch(/https?:\/\//);
      const config = JSON.parse(/<script type="application\/json" id="explorer-config">(.*?)<\/script>/s.exec(html)![1]);
      expect(config.devTokenPath).toBe('/explorer/dev-token');
      expect(config.operations.map((op: { file: string }) => op.file)).toEqual(expect.arrayContaining(['desk.graphql', 'feeds.graphql', 'workflow.graphql']));
      const scripts = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]).filter((href) => !href.startsWith('data:'));
      expect(scripts.length).toBeGreaterThan(0);
      for (const asset of scripts) {
        expect(asset).toMatch(/^\/explorer\/assets\//);
        expect((await fetch(`${app.baseUrl}${asset}`)).status).toBe(200);
      }
    }
  });

  it('still runs operations at /graphql for API clients', async () => {
    const res = await app.gql(UnitsDocument, {}, { token: app.token('dispatcher') });
    expect(res.errors).toBeUndefined();
    const get = await fetch(`${app.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { ...asBrowser, 'apollo-require-preflight': 'true' } });
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('mints a development token for the role picked, which the API accepts', async () => {
    const res = await mint(app, { role: 'unit_operator', unit: 'power' });
    expect(res.status).toBe(200);
    const { token, expiresAt } = (await res.json()) as { token: string; expiresAt: string };
    expect(new Date(expiresAt).getTime()).toBeGreaterThan(Date.now());
    const me = await app.gql(UnitsDocument, {}, { token });
    expect(me.errors).toBeUndefined();
  });

  it('refuses an unknown role, a unit operator without a unit, and a form post', async () => {
    const unknown = await mint(app, { role: 'superuser' });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toEqual({ error: { code: 'BAD_USER_INPUT', message: 'Unknown role "superuser".' } });
    const noUnit = await mint(app, { role: 'unit_operator' });
    expect(((await noUnit.json()) as { error: { message: string } }).error.message).toMatch(/needs a unit code/);
    const form = await mint(app, 'role=admin', 'application/x-www-form-urlencoded');
    expect(form.status).toBe(415);
  });
});

describe('in production', () => {
  it('is off by default: no page, no assets, no token endpoint, and no Apollo landing page', async () => {
    const app = await production();
    try {
      const page = await fetch(app.url, { headers: asBrowser });
      const html = await page.text();
      expect(html).not.toMatch(/<html|explorer-config|graphiql|sandbox|cdn|https?:\/\//i);
      expect(page.status).toBe(400);
      expect((await fetch(`${app.baseUrl}/explorer`, { headers: asBrowser })).status).toBe(404);
      expect((await mint(app, { role: 'admin' })).status).toBe(404);
    } finally {
      await app.close();
    }
  });

  it('serves the explorer when EXPLORER turns it on, but never mints a token', async () => {
    const app = await production(true);
    try {
      const res = await fetch(`${app.baseUrl}/explorer`, { headers: asBrowser });
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(JSON.parse(/id="explorer-config">(.*?)<\/script>/s.exec(html)![1]).devTokenPath).toBeNull();
      expect((await mint(app, { role: 'admin' })).status).toBe(404);
    } finally {
      await app.close();
    }
  });
});
