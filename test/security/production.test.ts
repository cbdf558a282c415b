import { UnitsDocument } from '../generated/graphql';
import { startTestApp, type TestApp } from '../support/app';
import { consoleForm, keycloakClaims, newRealmKey, nowSeconds, signWith, type RealmKey } from '../keycloak/helpers';

/**
 * The server as deployed: NODE_ENV=production, Keycloak tokens verified offline with the
 * realm public key (the Keycloak URL points nowhere, so a network call would fail the test).
 */
const KEYCLOAK_URL = 'http://127.0.0.1:9';
let app: TestApp;
let realm: RealmKey;

beforeAll(async () => {
  realm = newRealmKey();
  app = await startTestApp({
    config: {
      nodeEnv: 'production',
      introspection: false,
      auth: {
        mode: 'keycloak',
        keycloak: { url: KEYCLOAK_URL, realm: 'linkage110', clientId: 'linkage110-api', realmPublicKey: consoleForm(realm) },
      },
    },
  });
});
afterAll(() => app.close());

const token = (overrides: Record<string, unknown> = {}) => signWith(realm, keycloakClaims(KEYCLOAK_URL, overrides));

describe('in production', () => {
  it('accepts a Keycloak token signed with the realm key', async () => {
    const res = await app.gql(UnitsDocument, {}, { token: token() });
    expect(res.errors).toBeUndefined();
    expect(res.data!.units).toHaveLength(24);
  });

  it.each([
    ['without exp', { exp: undefined }, /exp/],
    ['not valid before a later time', { nbf: nowSeconds() + 600 }, /not valid before|nbf/i],
    ['expired', { exp: nowSeconds() - 60 }, /expired/i],
    ['for another audience', { aud: ['account'], azp: 'other-client' }, /meant for "account", not for "linkage110-api"/],
  ])('refuses a token %s as UNAUTHENTICATED', async (_name, overrides, message) => {
    const res = await app.gql(UnitsDocument, {}, { token: token(overrides) });
    expect(res.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.errors![0].message).toMatch(message);
  });

  it('refuses a development token', async () => {
    const res = await app.gql(UnitsDocument, {}, { token: app.token('admin') });
    expect(res.errors![0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps introspection off and gives no field suggestions', async () => {
    const introspection = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token()}` },
      body: JSON.stringify({ query: '{ __schema { types { name } } }' }),
    });
    const body = (await introspection.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors[0].message).toMatch(/introspection/i);

    const typo = await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token()}` },
      body: JSON.stringify({ query: '{ unitz { code } }' }),
    });
    const typoBody = (await typo.json()) as { errors: { message: string }[] };
    expect(typoBody.errors[0].message).toContain('Cannot query field "unitz"');
    expect(typoBody.errors[0].message).not.toMatch(/Did you mean/);
  });
});
