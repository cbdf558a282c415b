import {
  createWebhookVerifier,
  decodeWebhookSecret,
  generateWebhookSecret,
  InMemorySeenWebhookIds,
  signWebhook,
  WebhookSecretError,
  WebhookVerificationError,
  type WebhookRejectionReason,
  type WebhookRequest,
} from '../../integrations/grid';

const T0 = new Date('2024-05-01T08:30:00.000Z');
const body = JSON.stringify({ type: 'task.feedback', timestamp: T0.toISOString(), data: { eventId: 'evt_1', taskId: 'o-1', kind: 'ARRIVED' } });

function signed(secrets: string | string[], options: { id?: string; at?: Date; payload?: string } = {}): WebhookRequest {
  const payload = options.payload ?? body;
  return { headers: signWebhook({ id: options.id ?? 'evt_1', timestamp: options.at ?? T0, body: payload, secrets }), body: payload };
}

function rejection(run: () => unknown, reason: WebhookRejectionReason): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(WebhookVerificationError);
  expect(caught).toMatchObject({ reason });
}

describe('webhook signatures (Standard Webhooks)', () => {
  const secret = generateWebhookSecret();
  const at = (offsetSeconds: number) => () => new Date(T0.getTime() + offsetSeconds * 1000);

  it('matches the Standard Webhooks reference vector, so any conforming library interoperates', () => {
    const verifier = createWebhookVerifier({ secrets: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', now: () => new Date(1614265330 * 1000) });
    const headers = {
      'webhook-id': 'msg_p5jXN8AQM9LWM0D4loKWxJek',
      'webhook-timestamp': '1614265330',
      'webhook-signature': 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    };
    expect(verifier.verifySignature({ headers, body: '{"test": 2432232314}' })).toEqual({
      id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
      timestamp: new Date(1614265330 * 1000),
      body: '{"test": 2432232314}',
    });
    expect(signWebhook({ id: headers['webhook-id'], timestamp: new Date(1614265330 * 1000), body: '{"test": 2432232314}', secrets: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' })).toEqual(headers);
  });

  it('accepts a good signature from a Node header record, a fetch Headers object or a Buffer body', () => {
    const verifier = createWebhookVerifier({ secrets: secret, now: at(0) });
    const request = signed(secret);
    expect(verifier.verifySignature(request)).toEqual({ id: 'evt_1', timestamp: T0, body });

    const upperCase = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name.toUpperCase(), value]));
    expect(verifier.verifySignature({ headers: upperCase, body: Buffer.from(body) }).body).toBe(body);
    expect(verifier.verifySignature({ headers: new Headers(request.headers as Record<string, string>), body }).id).toBe('evt_1');
  });

  it('refuses a body that is not valid UTF-8 (the library signs text), whatever its signature', () => {
    const verifier = createWebhookVerifier({ secrets: secret, now: at(0) });
    const request = signed(secret);
    const bytes = Buffer.concat([Buffer.from(body), Buffer.from([0xc3, 0x28])]);
    rejection(() => verifier.verifySignature({ headers: request.headers, body: bytes }), 'MALFORMED_BODY');
  });

  it('refuses a signature made with another secret', () => {
    const verifier = createWebhookVerifier({ secrets: secret, now: at(0) });
    rejection(() => verifier.verifySignature(signed(generateWebhookSecret())), 'BAD_SIGNATURE');
  });

  it('refuses a tampered body, id or timestamp', () => {
    const verifier = createWebhookVerifier({ secrets: secret, now: at(0) });
    const request = signed(secret);
    const headers = request.headers as Record<string, string>;
    rejection(() => verifier.verifySignature({ ...request, body: body.replace('ARRIVED', 'RESULT') }), 'BAD_SIGNATURE');
    rejection(() => verifier.verifySignature({ ...request, body: `${body} ` }), 'BAD_SIGNATURE');
    rejection(() => verifier.verifySignature({ body, headers: { ...headers, 'webhook-id': 'evt_2' } }), 'BAD_SIGNATURE');
    rejection(() => verifier.verifySignature({ body, headers: { ...headers, 'webhook-timestamp': String(Number(headers['webhook-timestamp']) + 1) } }), 'BAD_SIGNATURE');
  });

  it('accepts timestamps up to five minutes either side of its clock and refuses beyond', () => {
    const request = signed(secret);
    expect(createWebhookVerifier({ secrets: secret, now: at(300) }).verifySignature(request).id).toBe('evt_1');
    expect(createWebhookVerifier({ secrets: secret, now: at(-300) }).verifySignature(request).id).toBe('evt_1');
    rejection(() => createWebhookVerifier({ secrets: secret, now: at(301) }).verifySignature(request), 'TIMESTAMP_TOO_OLD');
    rejection(() => createWebhookVerifier({ secrets: secret, now: at(-301) }).verifySignature(request), 'TIMESTAMP_TOO_NEW');
    rejection(() => createWebhookVerifier({ secrets: secret, now: at(86_400) }).verifySignature(request), 'TIMESTAMP_TOO_OLD');
  });

  it('refuses a replayed id, but only after the signature is good', async () => {
    const verifier = createWebhookVerifier({ secrets: secret, now: at(10) });
    const seen = new InMemorySeenWebhookIds({ now: at(10) });
    expect((await verifier.verify(signed(secret), seen)).id).toBe('evt_1');

    await expect(verifier.verify(signed(secret), seen)).rejects.toMatchObject({ reason: 'REPLAYED' });
    // Re-signed a second later by the sender retrying: same id, so still a replay.
    await expect(verifier.verify(signed(secret, { at: new Date(T0.getTime() + 1000) }), seen)).rejects.toMatchObject({ reason: 'REPLAYED' });
    // A forgery must not burn an id the real sender has yet to use.
    await expect(verifier.verify(signed(generateWebhookSecret(), { id: 'evt_2' }), seen)).rejects.toMatchObject({ reason: 'BAD_SIGNATURE' });
    expect((await verifier.verify(signed(secret, { id: 'evt_2' }), seen)).id).toBe('evt_2');
  });

  it('forgets ids once their timestamps could no longer pass, and stays bounded', async () => {
    let now = T0.getTime();
    const seen = new InMemorySeenWebhookIds({ now: () => now, maxEntries: 3 });
    expect(await seen.markSeen('a', T0)).toBe(true);
    expect(await seen.markSeen('a', T0)).toBe(false);
    now += 361_000;
    expect(await seen.markSeen('a', new Date(now))).toBe(true);

    for (const id of ['b', 'c', 'd']) await seen.markSeen(id, new Date(now));
    expect(seen.size).toBe(3);
  });

  describe('secret rotation', () => {
    const oldSecret = generateWebhookSecret();
    const newSecret = generateWebhookSecret();

    it('a receiver holding the new and the old secret accepts either', () => {
      const verifier = createWebhookVerifier({ secrets: [newSecret, oldSecret], now: at(0) });
      expect(verifier.verifySignature(signed(oldSecret)).id).toBe('evt_1');
      expect(verifier.verifySignature(signed(newSecret)).id).toBe('evt_1');
    });

    it('a sender signing with both reaches a receiver that has switched already', () => {
      const request = signed([oldSecret, newSecret]);
      expect((request.headers as Record<string, string>)['webhook-signature'].split(' ')).toHaveLength(2);
      expect(createWebhookVerifier({ secrets: newSecret, now: at(0) }).verifySignature(request).id).toBe('evt_1');
      expect(createWebhookVerifier({ secrets: oldSecret, now: at(0) }).verifySignature(request).id).toBe('evt_1');
    });

    it('once the old secret is dropped, messages signed only with it are refused', () => {
      rejection(() => createWebhookVerifier({ secrets: newSecret, now: at(0) }).verifySignature(signed(oldSecret)), 'BAD_SIGNATURE');
    });

    it('takes the secrets as one space-separated setting', () => {
      const verifier = createWebhookVerifier({ secrets: `${newSecret} ${oldSecret}`, now: at(0) });
      expect(verifier.verifySignature(signed(oldSecret)).id).toBe('evt_1');
    });
  });

  describe('malformed requests', () => {
    const verifier = createWebhookVerifier({ secrets: secret, now: at(0) });
    const good = signed(secret).headers as Record<string, string>;
    const without = (name: string) => Object.fromEntries(Object.entries(good).filter(([key]) => key !== name));

    it.each(['webhook-id', 'webhook-timestamp', 'webhook-signature'])('refuses a request without %s', (name) => {
      rejection(() => verifier.verifySignature({ headers: without(name), body }), 'MISSING_HEADER');
    });

    it('refuses a timestamp in milliseconds or ISO form, an id with a dot, and a signature of another scheme', () => {
      rejection(() => verifier.verifySignature({ headers: { ...good, 'webhook-timestamp': T0.toISOString() }, body }), 'MALFORMED_HEADER');
      rejection(() => verifier.verifySignature({ headers: { ...good, 'webhook-timestamp': String(T0.getTime()) }, body }), 'MALFORMED_HEADER');
      rejection(() => verifier.verifySignature({ headers: { ...good, 'webhook-timestamp': '-1' }, body }), 'MALFORMED_HEADER');
      rejection(() => verifier.verifySignature({ headers: { ...good, 'webhook-id': 'evt.1' }, body }), 'MALFORMED_HEADER');
      rejection(() => verifier.verifySignature({ headers: { ...good, 'webhook-signature': good['webhook-signature'].replace('v1,', 'v1a,') }, body }), 'MALFORMED_HEADER');
      rejection(() => verifier.verifySignature({ headers: { ...good, 'webhook-signature': 'v1,c2hvcnQ=' }, body }), 'MALFORMED_HEADER');
    });

    it('ignores signatures it cannot read as long as one matches', () => {
      const headers = { ...good, 'webhook-signature': `v2,zzz v1,c2hvcnQ= ${good['webhook-signature']}` };
      expect(verifier.verifySignature({ headers, body }).id).toBe('evt_1');
    });
  });

  it('refuses malformed secrets when it is built, not at the first webhook', () => {
    expect(() => createWebhookVerifier({ secrets: 'MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' })).toThrow(WebhookSecretError);
    expect(() => createWebhookVerifier({ secrets: 'whsec_not base64!' })).toThrow(WebhookSecretError);
    expect(() => createWebhookVerifier({ secrets: 'whsec_c2hvcnQ=' })).toThrow(/24 to 64/);
    expect(() => createWebhookVerifier({ secrets: [] })).toThrow(WebhookSecretError);
    expect(decodeWebhookSecret(generateWebhookSecret())).toHaveLength(32);
  });
});
