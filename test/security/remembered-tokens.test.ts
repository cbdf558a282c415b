import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDevVerifier, signDevToken, TokenRejectedError, type Principal, type TokenVerifier } from '../../integrations/keycloak';
import { rememberingVerifier } from '../../src/graphql/auth';

/** The dev verifier, counting the tokens it is asked to verify. */
function counting(dataDir: string): TokenVerifier & { calls: number } {
  const verifier = createDevVerifier(dataDir);
  const counted = {
    calls: 0,
    verify(token: string): Promise<Principal> {
      counted.calls += 1;
      return verifier.verify(token);
    },
  };
  return counted;
}

describe('tokens verified lately (rememberingVerifier)', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'linkage110-remembered-'));
  });
  afterEach(() => {
    jest.restoreAllMocks();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('verifies a token sent again only once, and gives each request its own principal', async () => {
    const inner = counting(dataDir);
    const verifier = rememberingVerifier(inner);
    const token = await signDevToken(dataDir, { role: 'dispatcher', ttlSeconds: 600 });
    const first = await verifier.verify(token);
    first.roles.push('admin');
    const second = await verifier.verify(token);
    expect(inner.calls).toBe(1);
    expect(second.roles).toEqual(['dispatcher']);
  });

  it('refuses a remembered token once it has expired', async () => {
    const verifier = rememberingVerifier(counting(dataDir));
    const token = await signDevToken(dataDir, { role: 'dispatcher', ttlSeconds: 60 });
    await verifier.verify(token);
    const now = Date.now();
    jest.spyOn(Date, 'now').mockImplementation(() => now + 120_000);
    await expect(verifier.verify(token)).rejects.toMatchObject({ reason: 'EXPIRED' });
  });

  it('checks a token again after maxAgeMs, and a refused token every time', async () => {
    const inner = counting(dataDir);
    const verifier = rememberingVerifier(inner, { maxEntries: 10, maxAgeMs: 1_000 });
    const token = await signDevToken(dataDir, { role: 'dispatcher', ttlSeconds: 600 });
    await verifier.verify(token);
    const now = Date.now();
    jest.spyOn(Date, 'now').mockImplementation(() => now + 2_000);
    await verifier.verify(token);
    expect(inner.calls).toBe(2);

    const forged = `${token.slice(0, -4)}AAAA`;
    for (let i = 0; i < 2; i++) await expect(verifier.verify(forged)).rejects.toBeInstanceOf(TokenRejectedError);
    expect(inner.calls).toBe(4);
  });

  it('keeps at most maxEntries tokens, dropping the oldest', async () => {
    const inner = counting(dataDir);
    const verifier = rememberingVerifier(inner, { maxEntries: 2, maxAgeMs: 60_000 });
    const tokens = await Promise.all(['a', 'b', 'c'].map((subject) => signDevToken(dataDir, { role: 'dispatcher', subject })));
    for (const token of tokens) await verifier.verify(token);
    await verifier.verify(tokens[2]);
    expect(inner.calls).toBe(3);
    await verifier.verify(tokens[0]);
    expect(inner.calls).toBe(4);
  });
});
