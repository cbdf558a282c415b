import { createHmac, generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const REALM = 'linkage110';
export const CLIENT_ID = 'linkage110-api';
export const CERTS_PATH = `/realms/${REALM}/protocol/openid-connect/certs`;

export interface RealmKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** Members of the published JWK that differ from Keycloak's usual `use: "sig", alg: "RS256"`. */
  published?: Record<string, unknown>;
}

export function newRealmKey(): RealmKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid: randomUUID(), privateKey, publicKey };
}

/** The realm public key the way the Keycloak admin console shows it. */
export function consoleForm(key: RealmKey): string {
  return key.publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
}

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

/** An access token body as Keycloak 26 issues it for a desk dispatcher. */
export function keycloakClaims(url: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = nowSeconds();
  return {
    exp: now + 300,
    iat: now,
    jti: `onrtac:${randomUUID()}`,
    iss: `${url}/realms/${REALM}`,
    aud: [CLIENT_ID, 'account'],
    sub: '8f0f2f7e-5b8a-4c39-9f43-0f7d2c1f2b11',
    typ: 'Bearer',
    azp: CLIENT_ID,
    sid: randomUUID(),
    scope: 'openid profile email',
    preferred_username: 'wang.li',
    name: '王立',
    realm_access: { roles: ['dispatcher', 'offline_access', 'default-roles-linkage110'] },
    ...overrides,
  };
}

function part(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function signWith(key: RealmKey, claims: Record<string, unknown>, header: Record<string, unknown> = {}): string {
  const signingInput = `${part({ alg: 'RS256', typ: 'JWT', kid: key.kid, ...header })}.${part(claims)}`;
  return `${signingInput}.${sign('sha256', Buffer.from(signingInput), key.privateKey).toString('base64url')}`;
}

export function signHs256(secret: string | Buffer, claims: Record<string, unknown>): string {
  const signingInput = `${part({ alg: 'HS256', typ: 'JWT' })}.${part(claims)}`;
  return `${signingInput}.${createHmac('sha256', secret).update(signingInput).digest('base64url')}`;
}

export function unsigned(claims: Record<string, unknown>): string {
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
}

/** Swaps the payload of a signed token, keeping header and signature. */
export function withPayload(token: string, claims: Record<string, unknown>): string {
  const [header, , signature] = token.split('.');
  return `${header}.${part(claims)}.${signature}`;
}

/** A URL on which nothing listens, so any request to it fails. */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

/** Stands in for Keycloak's certs endpoint. */
export class FakeCertsEndpoint {
  keys: RealmKey[] = [];
  status = 200;
  /** How long each answer is held back. */
  delayMs = 0;
  requests = 0;
  private server: Server | undefined;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      if (request.url !== CERTS_PATH) {
        response.writeHead(404).end();
        return;
      }
      this.requests += 1;
      if (this.delayMs > 0) {
        const answer = setTimeout(() => response.writeHead(503).end(), this.delayMs);
        response.on('close', () => clearTimeout(answer));
        return;
      }
      if (this.status !== 200) {
        response.writeHead(this.status).end();
        return;
      }
      const encryptionKey = { kid: 'enc-key', kty: 'RSA', use: 'enc', alg: 'RSA-OAEP', n: 'AQAB', e: 'AQAB' };
      const keys = this.keys.map((key) => ({ ...key.publicKey.export({ format: 'jwk' }), kid: key.kid, use: 'sig', alg: 'RS256', ...key.published }));
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [encryptionKey, ...keys] }));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
