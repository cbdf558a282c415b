import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import KeycloakConnect from 'keycloak-connect';
import { signRs256 } from '../support/jwt';
import {
  createDevVerifier,
  createKeycloakVerifier,
  DEV_ISSUER,
  devKeyDir,
  KeycloakSettingsError,
  signDevToken,
  TokenRejectedError,
  type TokenRejectionReason,
  type TokenVerifier,
} from '../../integrations/keycloak';
import {
  CERTS_PATH,
  CLIENT_ID,
  closedPortUrl,
  consoleForm,
  FakeCertsEndpoint,
  keycloakClaims,
  newRealmKey,
  nowSeconds,
  REALM,
  signHs256,
  signWith,
  unsigned,
  withPayload,
  type RealmKey,
} from './helpers';

async function expectRejected(verifying: Promise<unknown>, reason: TokenRejectionReason): Promise<TokenRejectedError> {
  const error = await verifying.then(
    () => undefined,
    (rejection: unknown) => rejection,
  );
  expect(error).toBeInstanceOf(TokenRejectedError);
  expect(error).toMatchObject({ reason });
  expect((error as Error).message).not.toBe('');
  return error as TokenRejectedError;
}

const realmKey = newRealmKey();
const strangerKey = newRealmKey();

describe('Keycloak verifier with the realm public key configured', () => {
  let url: string;
  let verifier: TokenVerifier;

  beforeAll(async () => {
    // Nothing listens here: every check below passes without Keycloak being reachable.
    url = await closedPortUrl();
    verifier = createKeycloakVerifier({ url, realm: REALM, clientId: CLIENT_ID, realmPublicKey: consoleForm(realmKey) });
  });

  it('turns a dispatcher access token into a principal, keeping only our roles', async () => {
    const claims = keycloakClaims(url);
    const principal = await verifier.verify(signWith(realmKey, claims));
    expect(principal).toEqual({
      subject: claims.sub,
      username: 'wang.li',
      displayName: '王立',
      roles: ['dispatcher'],
      expiresAt: new Date((claims.exp as number) * 1000),
      issuedAt: new Date((claims.iat as number) * 1000),
      tokenId: claims.jti,
    });
  });

  it('gives a unit operator the unit code from the token', async () => {
    const claims = keycloakClaims(url, { realm_access: { roles: ['unit_operator'] }, unit: 'city-management' });
    const principal = await verifier.verify(signWith(realmKey, claims));
    expect(principal).toMatchObject({ roles: ['unit_operator'], unitCode: 'city-management' });
  });

  it('accepts the key as PEM too, and a trailing slash on the URL', async () => {
    const pemVerifier = createKeycloakVerifier({
      url: `${url}/`,
      realm: REALM,
      clientId: CLIENT_ID,
      realmPublicKey: realmKey.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    });
    await expect(pemVerifier.verify(signWith(realmKey, keycloakClaims(url)))).resolves.toMatchObject({ username: 'wang.li' });
  });

  it('accepts a token that names our client as azp instead of in aud', async () => {
    const claims = keycloakClaims(url, { aud: 'account', azp: CLIENT_ID });
    await expect(verifier.verify(signWith(realmKey, claims))).resolves.toMatchObject({ roles: ['dispatcher'] });
  });

  it('validates through keycloak-connect\'s grant manager as a bearer access token', async () => {
    const grantManagerPrototype = Object.getPrototypeOf(new KeycloakConnect({}, { realm: REALM, 'auth-server-url': url, resource: CLIENT_ID, 'ssl-required': 'external', 'confidential-port': 0 }).grantManager);
    const validateToken = jest.spyOn(grantManagerPrototype, 'validateToken');
    try {
      await verifier.verify(signWith(realmKey, keycloakClaims(url)));
      expect(validateToken).toHaveBeenCalledWith(expect.objectContaining({ clientId: CLIENT_ID }), 'Bearer');
    } finally {
      validateToken.mockRestore();
    }
  });

  it('refuses a token without exp, which keycloak-connect alone would accept', async () => {
    const claims = keycloakClaims(url, { exp: undefined });
    await expectRejected(verifier.verify(signWith(realmKey, claims)), 'NO_EXPIRY');
  });

  it('refuses a token whose nbf lies in the future, which keycloak-connect alone would accept', async () => {
    const claims = keycloakClaims(url, { nbf: nowSeconds() + 600 });
    const error = await expectRejected(verifier.verify(signWith(realmKey, claims)), 'NOT_YET_VALID');
    expect(error.message).toMatch(/not valid before/);
  });

  it('tolerates an nbf a few seconds ahead of our clock', async () => {
    const claims = keycloakClaims(url, { nbf: nowSeconds() + 5 });
    await expect(verifier.verify(signWith(realmKey, claims))).resolves.toMatchObject({ username: 'wang.li' });
  });

  it('refuses an expired token', async () => {
    const claims = keycloakClaims(url, { iat: nowSeconds() - 900, exp: nowSeconds() - 600 });
    await expectRejected(verifier.verify(signWith(realmKey, claims)), 'EXPIRED');
  });

  it('leaves no leeway on exp, because keycloak-connect allows none', async () => {
    const claims = keycloakClaims(url, { exp: nowSeconds() - 2 });
    const error = await expectRejected(verifier.verify(signWith(realmKey, claims)), 'EXPIRED');
    expect(error.message).toMatch(/keycloak-connect/);
  });

  it('refuses a token from another realm', async () => {
    const claims = keycloakClaims(url, { iss: `${url}/realms/master` });
    await expectRejected(verifier.verify(signWith(realmKey, claims)), 'WRONG_ISSUER');
  });

  it('refuses a token meant for another client', async () => {
    const claims = keycloakClaims(url, { aud: 'account', azp: 'grafana' });
    const error = await expectRejected(verifier.verify(signWith(realmKey, claims)), 'WRONG_AUDIENCE');
    expect(error.message).toContain('"account"');
  });

  it('refuses ID and refresh tokens', async () => {
    await expectRejected(verifier.verify(signWith(realmKey, keycloakClaims(url, { typ: 'ID' }))), 'WRONG_TYPE');
    await expectRejected(verifier.verify(signWith(realmKey, keycloakClaims(url, { typ: 'Refresh' }))), 'WRONG_TYPE');
  });

  it('refuses a token without typ, as keycloak-connect requires "Bearer"', async () => {
    const error = await expectRejected(verifier.verify(signWith(realmKey, keycloakClaims(url, { typ: undefined }))), 'WRONG_TYPE');
    expect(error.message).toMatch(/keycloak-connect/);
  });

  it('refuses an unsigned token (alg none)', async () => {
    await expectRejected(verifier.verify(unsigned(keycloakClaims(url))), 'UNSUPPORTED_ALG');
  });

  it('refuses an HS256 token signed with the realm public key as the HMAC secret', async () => {
    const claims = keycloakClaims(url);
    const pem = realmKey.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    await expectRejected(verifier.verify(signHs256(pem, claims)), 'UNSUPPORTED_ALG');
    await expectRejected(verifier.verify(signHs256(consoleForm(realmKey), claims)), 'UNSUPPORTED_ALG');
  });

  it('refuses algorithms keycloak-connect cannot verify', async () => {
    const token = signWith(realmKey, keycloakClaims(url), { alg: 'ES256' });
    const error = await expectRejected(verifier.verify(token), 'UNSUPPORTED_ALG');
    expect(error.message).toMatch(/RS256/);
  });

  it('refuses a token whose payload was changed after signing', async () => {
    const signed = signWith(realmKey, keycloakClaims(url));
    const promoted = withPayload(signed, keycloakClaims(url, { realm_access: { roles: ['admin'] } }));
    await expectRejected(verifier.verify(promoted), 'BAD_SIGNATURE');
  });

  it('refuses a token signed by another key', async () => {
    await expectRejected(verifier.verify(signWith(strangerKey, keycloakClaims(url))), 'BAD_SIGNATURE');
  });

  it('refuses a unit_operator token that names no unit', async () => {
    const claims = keycloakClaims(url, { realm_access: { roles: ['unit_operator'] } });
    const error = await expectRejected(verifier.verify(signWith(realmKey, claims)), 'MISSING_UNIT');
    expect(error.message).toMatch(/unit/);
  });

  it('refuses a token without a subject', async () => {
    await expectRejected(verifier.verify(signWith(realmKey, keycloakClaims(url, { sub: undefined }))), 'MISSING_SUBJECT');
  });

  it('refuses claims of the wrong shape', async () => {
    const cases = [{ exp: 'tomorrow' }, { nbf: 'soon' }, { aud: 42 }, { realm_access: { roles: 'admin' } }, { unit: ['city-management', 'power'] }];
    for (const overrides of cases) {
      await expectRejected(verifier.verify(signWith(realmKey, keycloakClaims(url, overrides))), 'INVALID_CLAIM');
    }
  });

  it.each([
    ['an empty string', ''],
    ['one word', 'Bearer'],
    ['two parts', 'eyJhbGciOiJSUzI1NiJ9.e30'],
    ['four parts', 'a.b.c.d'],
    ['characters outside base64url', 'eyJhbGciOiJSUzI1NiJ9.e30=.c2ln'],
    ['a header that is not JSON', `${Buffer.from('not json').toString('base64url')}.e30.c2ln`],
    ['a payload that is a JSON list', `eyJhbGciOiJSUzI1NiJ9.${Buffer.from('[1]').toString('base64url')}.c2ln`],
    ['a header without alg', `${Buffer.from('{"typ":"JWT"}').toString('base64url')}.e30.c2ln`],
  ])('refuses %s as malformed', async (_label, token) => {
    await expectRejected(verifier.verify(token), 'MALFORMED');
  });

  it('fails at start-up on a key that is not an RSA public key', () => {
    const settings = { url, realm: REALM, clientId: CLIENT_ID };
    expect(() => createKeycloakVerifier({ ...settings, realmPublicKey: 'not-a-key' })).toThrow(KeycloakSettingsError);
    const ecKey = generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(() => createKeycloakVerifier({ ...settings, realmPublicKey: ecKey })).toThrow(/RS256/);
    expect(() => createKeycloakVerifier({ ...settings, url: 'sso.example' })).toThrow(KeycloakSettingsError);
  });
});

describe('keycloak-connect on its own (why the extra checks exist)', () => {
  it('accepts a signed token with no exp and one with a future nbf', async () => {
    const url = 'http://127.0.0.1:1';
    const grantManager = new KeycloakConnect(
      {},
      {
        realm: REALM,
        'auth-server-url': url,
        resource: CLIENT_ID,
        'bearer-only': true,
        'ssl-required': 'external',
        'confidential-port': 0,
        'realm-public-key': consoleForm(realmKey),
      } as KeycloakConnect.KeycloakConfig,
    ).grantManager;
    for (const overrides of [{ exp: undefined }, { nbf: nowSeconds() + 86400 }]) {
      const token = signWith(realmKey, keycloakClaims(url, overrides));
      await expect(grantManager.createGrant(JSON.stringify({ access_token: token }))).resolves.toBeDefined();
    }
  });
});

describe('Keycloak verifier with keys from the realm certs endpoint', () => {
  let certs: FakeCertsEndpoint;

  beforeEach(async () => {
    certs = await new FakeCertsEndpoint().start();
  });

  afterEach(async () => {
    jest.restoreAllMocks();
    await certs.stop();
  });

  function jwksVerifier(overrides: { jwksMinRefetchSeconds?: number; jwksCacheSeconds?: number; jwksTimeoutMs?: number } = {}): TokenVerifier {
    return createKeycloakVerifier({ url: certs.url, realm: REALM, clientId: CLIENT_ID, jwksMinRefetchSeconds: 0, ...overrides });
  }

  function tokenFrom(key: RealmKey, overrides: Record<string, unknown> = {}): string {
    return signWith(key, keycloakClaims(certs.url, overrides));
  }

  it('fetches the keys once and checks tokens by kid', async () => {
    certs.keys = [realmKey];
    const verifier = jwksVerifier();
    await expect(verifier.verify(tokenFrom(realmKey))).resolves.toMatchObject({ username: 'wang.li' });
    await expect(verifier.verify(tokenFrom(realmKey))).resolves.toMatchObject({ username: 'wang.li' });
    expect(certs.requests).toBe(1);
  });

  it('shares one fetch between verifications that arrive together', async () => {
    certs.keys = [realmKey];
    const verifier = jwksVerifier();
    await Promise.all(Array.from({ length: 5 }, () => verifier.verify(tokenFrom(realmKey))));
    expect(certs.requests).toBe(1);
  });

  it('picks up a rotated key when a token names a kid it has not seen', async () => {
    certs.keys = [realmKey];
    const verifier = jwksVerifier();
    await verifier.verify(tokenFrom(realmKey));

    const rotatedKey = newRealmKey();
    certs.keys = [rotatedKey, realmKey];
    await expect(verifier.verify(tokenFrom(rotatedKey, { preferred_username: 'li.na' }))).resolves.toMatchObject({ username: 'li.na' });
    expect(certs.requests).toBe(2);
  });

  it('stops trusting a key once the realm no longer publishes it', async () => {
    certs.keys = [realmKey];
    const verifier = jwksVerifier();
    await verifier.verify(tokenFrom(realmKey));

    const rotatedKey = newRealmKey();
    certs.keys = [rotatedKey];
    await verifier.verify(tokenFrom(rotatedKey));
    await expectRejected(verifier.verify(tokenFrom(realmKey)), 'UNKNOWN_KEY');
  });

  it('refetches after the cache time even when every kid is known', async () => {
    certs.keys = [realmKey];
    const verifier = jwksVerifier({ jwksCacheSeconds: 600 });
    await verifier.verify(tokenFrom(realmKey));
    const token = tokenFrom(realmKey, { exp: nowSeconds() + 3600 });
    const startedAt = Date.now();
    jest.spyOn(Date, 'now').mockImplementation(() => startedAt + 601_000);
    await verifier.verify(token);
    expect(certs.requests).toBe(2);
  });

  it('limits refetches caused by unknown kids', async () => {
    certs.keys = [realmKey];
    const verifier = jwksVerifier({ jwksMinRefetchSeconds: 60 });
    await verifier.verify(tokenFrom(realmKey));
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await expectRejected(verifier.verify(tokenFrom(newRealmKeyWithKid(strangerKey, `forged-${attempt}`))), 'UNKNOWN_KEY');
    }
    expect(certs.requests).toBe(1);
  });

  it('does not go to the network for a token from another issuer', async () => {
    certs.keys = [realmKey];
    const verifier = jwksVerifier();
    await expectRejected(verifier.verify(tokenFrom(realmKey, { iss: 'https://elsewhere.example/realms/x' })), 'WRONG_ISSUER');
    expect(certs.requests).toBe(0);
  });

  it('refuses a token without kid', async () => {
    certs.keys = [realmKey];
    await expectRejected(jwksVerifier().verify(signWith(realmKey, keycloakClaims(certs.url), { kid: undefined })), 'UNKNOWN_KEY');
  });

  it('reports unreachable keys as such, not as a bad token', async () => {
    certs.status = 503;
    const error = await expectRejected(jwksVerifier().verify(tokenFrom(realmKey)), 'KEYS_UNAVAILABLE');
    // jose's fetch reports a refused answer without its status code.
    expect(error.message).toContain(`could not be fetched from ${certs.url}${CERTS_PATH}: Expected 200 OK`);
  });

  it('reports a certs endpoint that does not answer in time as unreachable keys', async () => {
    certs.delayMs = 2_000;
    const error = await expectRejected(jwksVerifier({ jwksTimeoutMs: 50 }).verify(tokenFrom(realmKey)), 'KEYS_UNAVAILABLE');
    expect(error.message).toContain('no answer within the request timeout');
  });

  it('refuses a token whose kid two published keys share, as jose does', async () => {
    certs.keys = [realmKey, { ...newRealmKey(), kid: realmKey.kid }];
    const error = await expectRejected(jwksVerifier().verify(tokenFrom(realmKey)), 'UNKNOWN_KEY');
    expect(error.message).toContain('more than one RS256 signing key');
  });

  it('does not check signatures with a key whose key_ops exclude verify, as jose does', async () => {
    certs.keys = [{ ...realmKey, published: { key_ops: ['encrypt'] } }];
    await expectRejected(jwksVerifier().verify(tokenFrom(realmKey)), 'UNKNOWN_KEY');
  });

  it('keeps the last good keys when a refetch publishes no RS256 signing key', async () => {
    certs.keys = [realmKey];
    const verifier = jwksVerifier({ jwksCacheSeconds: 0 });
    await verifier.verify(tokenFrom(realmKey));
    certs.keys = [];
    await expect(verifier.verify(tokenFrom(realmKey))).resolves.toMatchObject({ username: 'wang.li' });
    expect(certs.requests).toBe(2);
  });

  it('keeps using fetched keys while Keycloak is down', async () => {
    certs.keys = [realmKey];
    const verifier = jwksVerifier({ jwksCacheSeconds: 0 });
    await verifier.verify(tokenFrom(realmKey));
    certs.status = 503;
    await expect(verifier.verify(tokenFrom(realmKey))).resolves.toMatchObject({ username: 'wang.li' });
    expect(certs.requests).toBe(2);
  });
});

function newRealmKeyWithKid(key: RealmKey, kid: string): RealmKey {
  return { ...key, kid };
}

describe('dev verifier', () => {
  const dataDirs: string[] = [];
  function freshDataDir(): string {
    const dir = mkdtempSync(path.join(tmpdir(), 'linkage110-dev-'));
    dataDirs.push(dir);
    return dir;
  }

  afterAll(() => {
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  });

  it('accepts what signDevToken mints, with the dev key created once and private', async () => {
    const dataDir = freshDataDir();
    const token = await signDevToken(dataDir, { role: 'unit_operator', unit: 'power', name: '李电工', ttlSeconds: 600 });
    const keyFile = path.join(devKeyDir(dataDir), 'signing-key.pem');
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    const keyPem = readFileSync(keyFile, 'utf8');

    const principal = await createDevVerifier(dataDir).verify(token);
    expect(principal).toMatchObject({
      subject: 'dev-unit_operator-power',
      username: 'dev-unit_operator-power',
      displayName: '李电工',
      roles: ['unit_operator'],
      unitCode: 'power',
    });
    expect(Math.abs(principal.expiresAt.getTime() - (Date.now() + 600_000))).toBeLessThan(5_000);
    expect(readFileSync(keyFile, 'utf8')).toBe(keyPem);
  });

  it('carries several roles and a chosen subject', async () => {
    const dataDir = freshDataDir();
    const token = await signDevToken(dataDir, { role: ['commander', 'leadership'], subject: 'zhao.commander' });
    await expect(createDevVerifier(dataDir).verify(token)).resolves.toMatchObject({
      subject: 'zhao.commander',
      roles: ['commander', 'leadership'],
    });
  });

  it('refuses a token signed with another data directory\'s key', async () => {
    const token = await signDevToken(freshDataDir(), { role: 'admin' });
    await expectRejected(createDevVerifier(freshDataDir()).verify(token), 'UNKNOWN_KEY');
  });

  it('applies the same checks as for Keycloak tokens', async () => {
    const dataDir = freshDataDir();
    const verifier = createDevVerifier(dataDir);
    const token = await signDevToken(dataDir, { role: 'dispatcher' });
    const [header, payload] = token.split('.') as [string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    expect(claims.iss).toBe(DEV_ISSUER);

    await expectRejected(verifier.verify(withPayload(token, { ...claims, exp: undefined })), 'NO_EXPIRY');
    await expectRejected(verifier.verify(withPayload(token, { ...claims, realm_access: { roles: ['admin'] } })), 'BAD_SIGNATURE');
    await expectRejected(verifier.verify(`${header}.${payload}.`), 'BAD_SIGNATURE');
    await expectRejected(verifier.verify(unsigned(claims)), 'UNSUPPORTED_ALG');
    await expectRejected(verifier.verify(signWith(realmKey, keycloakClaims('http://127.0.0.1:1'))), 'WRONG_ISSUER');
  });

  it('verifies the signature with jose, and still refuses a header naming critical parameters', async () => {
    const dataDir = freshDataDir();
    const verifier = createDevVerifier(dataDir);
    const minted = await signDevToken(dataDir, { role: 'dispatcher' });
    const claims = JSON.parse(Buffer.from(minted.split('.')[1], 'base64url').toString()) as Record<string, unknown>;
    const privateKey = createPrivateKey(readFileSync(path.join(devKeyDir(dataDir), 'signing-key.pem'), 'utf8'));
    await expect(verifier.verify(signRs256({ typ: 'JWT' }, claims, privateKey))).resolves.toMatchObject({ roles: ['dispatcher'] });
    await expectRejected(verifier.verify(signRs256({ typ: 'JWT', crit: ['x-l110'], 'x-l110': true }, claims, privateKey)), 'UNSUPPORTED_ALG');
  });

  it('will not mint a unit_operator token without a unit', async () => {
    await expect(signDevToken(freshDataDir(), { role: 'unit_operator' })).rejects.toThrow(/unit/);
  });

  it('refuses to run with NODE_ENV=production', async () => {
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      expect(() => createDevVerifier(freshDataDir())).toThrow(/production/);
      await expect(signDevToken(freshDataDir(), { role: 'admin' })).rejects.toThrow(/production/);
    } finally {
      process.env.NODE_ENV = previous;
    }
  });
});
