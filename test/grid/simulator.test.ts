import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  createWebhookVerifier,
  generateWebhookSecret,
  InMemorySeenWebhookIds,
  parseGridWebhookEvent,
  type GridPort,
} from '../../integrations/grid';
import { createGridHttpAdapter } from '../../integrations/grid/http.adapter';
import { main } from '../../integrations/grid/simulator/main';
import { SimulatorInputError, startGridSimulator, type GridSimulator } from '../../integrations/grid/simulator/simulator';
import { closedPortUrl, connectError, sampleTask, SimulatorLog, WebhookReceiver } from './helpers';

describe('grid simulator feedback', () => {
  const secret = generateWebhookSecret();
  const receiver = new WebhookReceiver();
  let sim: GridSimulator;
  let grid: GridPort;

  beforeAll(async () => {
    const callbackUrl = await receiver.start();
    sim = await startGridSimulator({ secret, callbackUrl });
    grid = createGridHttpAdapter({ baseUrl: sim.url, apiKey: sim.apiKey });
  });

  afterAll(async () => {
    await sim.stop();
    await receiver.stop();
  });

  it('posts a signed feedback that verifies with the shared secret and reads as a task.feedback event', async () => {
    const task = sampleTask();
    const created = await grid.createTask(task, { idempotencyKey: `create-${task.taskId}` });

    const sent = await sim.sendFeedback({
      taskId: task.taskId,
      kind: 'ARRIVED',
      occurredAt: '2024-05-01T08:52:00+08:00',
      text: '维修人员已到场，已关闭上游阀门',
      attachmentUrls: ['https://grid.example.gov.cn/files/photo-1.jpg'],
      workerName: '张三',
      workerPhone: '13800000000',
    });
    expect(sent).toMatchObject({ callbackStatus: 204 });

    const [webhook] = receiver.received.slice(-1);
    expect(webhook.headers['content-type']).toBe('application/json');
    const verifier = createWebhookVerifier({ secrets: secret });
    const verified = await verifier.verify({ headers: webhook.headers, body: webhook.body }, new InMemorySeenWebhookIds());
    expect(verified.id).toBe(sent.eventId);

    const event = parseGridWebhookEvent(verified.body, { webhookId: verified.id });
    expect(event).toEqual({
      type: 'task.feedback',
      timestamp: expect.any(String),
      data: {
        eventId: sent.eventId,
        taskId: task.taskId,
        gridCaseId: created.gridCaseId,
        departmentId: task.departmentId,
        kind: 'ARRIVED',
        occurredAt: '2024-05-01T08:52:00+08:00',
        text: '维修人员已到场，已关闭上游阀门',
        attachmentUrls: ['https://grid.example.gov.cn/files/photo-1.jpg'],
        workerName: '张三',
        workerPhone: '13800000000',
      },
    });
    expect(sim.task(task.taskId)?.stage).toBe('HANDLING');
  });

  it('resends an event under the same id, which the receiver recognises as already received', async () => {
    const task = sampleTask();
    await grid.createTask(task, { idempotencyKey: `create-${task.taskId}` });
    const verifier = createWebhookVerifier({ secrets: secret });
    const seen = new InMemorySeenWebhookIds();

    const first = await sim.sendFeedback({ taskId: task.taskId, kind: 'RESULT', text: '已修复，恢复供水' });
    await verifier.verify({ headers: receiver.received.at(-1)!.headers, body: receiver.received.at(-1)!.body }, seen);
    const again = await sim.resendFeedback(first.eventId);

    expect(again.eventId).toBe(first.eventId);
    expect(again.body).toBe(first.body);
    await expect(verifier.verify({ headers: receiver.received.at(-1)!.headers, body: receiver.received.at(-1)!.body }, seen)).rejects.toMatchObject({
      reason: 'REPLAYED',
    });
  });

  it('signs with every secret during a rotation', async () => {
    const next = generateWebhookSecret();
    const rotating = await startGridSimulator({ secret: [secret, next], callbackUrl: sim.callbackUrl });
    try {
      const port = createGridHttpAdapter({ baseUrl: rotating.url, apiKey: rotating.apiKey });
      const task = sampleTask();
      await port.createTask(task, { idempotencyKey: `create-${task.taskId}` });
      await rotating.sendFeedback({ taskId: task.taskId, kind: 'SIGNED' });
      const webhook = receiver.received.at(-1)!;
      expect(createWebhookVerifier({ secrets: next }).verifySignature({ headers: webhook.headers, body: webhook.body }).id).toMatch(/^evt_/);
    } finally {
      await rotating.stop();
    }
  });

  it('refuses feedback for a task it does not hold, of an unknown kind, or a RETURNED without a reason', async () => {
    const task = sampleTask();
    await grid.createTask(task, { idempotencyKey: `create-${task.taskId}` });
    await expect(sim.sendFeedback({ taskId: 'nope', kind: 'ARRIVED' })).rejects.toThrow(SimulatorInputError);
    await expect(sim.sendFeedback({ taskId: task.taskId, kind: 'ARRIVE' as never })).rejects.toThrow(/kind is one of/);
    await expect(sim.sendFeedback({ taskId: task.taskId, kind: 'RETURNED' })).rejects.toThrow(/\/data\/text/);
  });

  it('reports a callback it cannot reach instead of throwing', async () => {
    const task = sampleTask();
    await grid.createTask(task, { idempotencyKey: `create-${task.taskId}` });
    const callbackUrl = sim.callbackUrl;
    sim.setCallbackUrl(`${await closedPortUrl()}/integrations/grid/webhook`);
    try {
      const sent = await sim.sendFeedback({ taskId: task.taskId, kind: 'PROGRESS', text: '正在抢修' });
      expect(sent.callbackStatus).toBeUndefined();
      expect(sent.error).toBe('ECONNREFUSED');
    } finally {
      sim.setCallbackUrl(callbackUrl);
    }
  });
});

describe('grid simulator control endpoints', () => {
  const receiver = new WebhookReceiver();
  const log = new SimulatorLog();
  let sim: GridSimulator;
  let grid: GridPort;

  const control = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${sim.url}/_control/${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  beforeAll(async () => {
    sim = await startGridSimulator({ callbackUrl: await receiver.start(), log: log.write });
    grid = createGridHttpAdapter({ baseUrl: sim.url, apiKey: sim.apiKey, timeoutMs: 1000 });
  });

  afterAll(async () => {
    await sim.stop();
    await receiver.stop();
  });

  it('fails the next N requests with the status asked for, then recovers', async () => {
    expect((await control('POST', 'fail', { count: 2, status: 503, retryAfterSeconds: 1 })).status).toBe(200);
    await expect(grid.listTasks()).rejects.toMatchObject({ code: 'UNAVAILABLE', retryAfterMs: 1000 });
    await expect(grid.listTasks()).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    await expect(grid.listTasks()).resolves.toMatchObject({ nextCursor: null });
  });

  it('loses a task it is told to forget: not found, out of the list, and created anew when sent again', async () => {
    const task = sampleTask();
    await grid.createTask(task, { idempotencyKey: `create-${task.taskId}` });
    expect(sim.forget(task.taskId)).toBe(true);
    await expect(grid.getTask(task.taskId)).resolves.toBeNull();
    expect((await grid.listTasks()).tasks.map((t) => t.taskId)).not.toContain(task.taskId);
    await expect(grid.createTask({ ...task, version: 2 }, { idempotencyKey: `create-${task.taskId}:2` })).resolves.toMatchObject({ version: 2 });
    expect(sim.applications(task.taskId).map((a) => a.operation)).toEqual(['create', 'create']);
    expect(sim.forget('no-such-task')).toBe(false);
  });

  it('fails every request until told to stop', async () => {
    await control('POST', 'fail', { status: 500 });
    await expect(grid.listTasks()).rejects.toMatchObject({ code: 'UNAVAILABLE', status: 500 });
    await expect(grid.listTasks()).rejects.toMatchObject({ code: 'UNAVAILABLE', status: 500 });
    expect((await control('GET', 'state')).body.failure).toEqual({ remaining: 'always', status: 500 });
    await control('DELETE', 'fail');
    await expect(grid.listTasks()).resolves.toBeDefined();
  });

  it('adds latency', async () => {
    await control('POST', 'latency', { ms: 1500 });
    try {
      await expect(grid.listTasks()).rejects.toMatchObject({ code: 'TIMEOUT' });
    } finally {
      await control('POST', 'latency', { ms: 0 });
    }
  });

  it('sends a grid worker\'s feedback to the callback', async () => {
    const task = sampleTask();
    await grid.createTask(task, { idempotencyKey: `create-${task.taskId}` });
    const sent = await control('POST', 'feedback', { taskId: task.taskId, kind: 'SCENE_STATUS', text: '路面积水约 20 厘米' });
    expect(sent).toMatchObject({ status: 200, body: { callbackStatus: 204, eventId: expect.stringMatching(/^evt_/) } });
    expect(receiver.received.at(-1)!.headers['webhook-id']).toBe(sent.body.eventId);
    expect((await control('GET', `applications?taskId=${task.taskId}`)).body.applications).toHaveLength(1);
    expect((await control('POST', 'feedback', { taskId: task.taskId, kind: 'NOPE' })).status).toBe(400);
  });

  it('goes down for the seconds asked, refusing connections, and comes back on the same port', async () => {
    const down = log.next(/^down: /);
    expect(await control('POST', 'down', { seconds: 1 })).toEqual({ status: 202, body: { down: true, backInSeconds: 1 } });
    await down;
    const back = log.next(/^back: /, 4000);
    expect(sim.down).toBe(true);
    // A fresh connection, so the answer is the listener's and not a pooled socket's.
    expect(await connectError(sim.port)).toBe('ECONNREFUSED');
    await expect(grid.listTasks()).rejects.toMatchObject({ code: 'NETWORK', retryable: true });

    await back;
    expect(sim.down).toBe(false);
    expect(await connectError(sim.port)).toBeUndefined();
    expect((await control('GET', 'state')).status).toBe(200);
  });
});

describe('npm run grid:sim', () => {
  const quiet = { stdout: () => undefined, stderr: () => undefined };
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'grid-sim-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the exact settings to give the platform, from its own variables', async () => {
    const secret = generateWebhookSecret();
    let stdout = '';
    const sim = await main(
      { GRID_SIM_PORT: '0', GRID_SIM_API_KEY: 'dev-key', GRID_SIM_WEBHOOK_SECRET: secret, GRID_SIM_STATE_FILE: path.join(dir, 'sim.json') },
      { stdout: (text) => (stdout += text), stderr: () => undefined },
    );
    try {
      expect(stdout).toContain(`grid simulator listening on ${sim.url}`);
      const settings = stdout.split('\n').filter((line) => /^GRID_[A-Z_]+=/.test(line));
      expect(settings).toEqual([`GRID_API_URL=${sim.url}`, 'GRID_API_KEY=dev-key', `GRID_WEBHOOK_SECRET=${secret}`]);
      expect(stdout).toContain('http://127.0.0.1:4000/integrations/grid/webhook');
      const grid = createGridHttpAdapter({ baseUrl: sim.url, apiKey: 'dev-key' });
      await expect(grid.listTasks()).resolves.toEqual({ tasks: [], nextCursor: null });
    } finally {
      await sim.stop();
    }
  });

  it('keeps the key and secret it generated across a restart, and the platform\'s settings stay valid', async () => {
    const env = { GRID_SIM_PORT: '0', GRID_SIM_STATE_FILE: path.join(dir, 'sim.json') };
    let printed = '';
    const first = await main(env, { stdout: (text) => (printed = text), stderr: () => undefined });
    const settingsOf = (text: string) => Object.fromEntries(text.split('\n').filter((l) => /^GRID_[A-Z_]+=/.test(l)).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
    const given = settingsOf(printed);
    await first.stop();
    const second = await main(env, { stdout: (text) => (printed = text), stderr: () => undefined });
    try {
      expect(second.apiKey).toBe(given.GRID_API_KEY);
      expect(second.secrets).toEqual([given.GRID_WEBHOOK_SECRET]);
      expect(settingsOf(printed)).toMatchObject({ GRID_API_KEY: given.GRID_API_KEY, GRID_WEBHOOK_SECRET: given.GRID_WEBHOOK_SECRET });
      const grid = createGridHttpAdapter({ baseUrl: second.url, apiKey: given.GRID_API_KEY });
      await expect(grid.listTasks()).resolves.toEqual({ tasks: [], nextCursor: null });
    } finally {
      await second.stop();
    }
  });

  it('listens on GRID_SIM_PORT, not on the platform\'s PORT', async () => {
    const free = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const sim = await main({ PORT: '1', GRID_SIM_PORT: String(free), GRID_SIM_STATE_FILE: path.join(dir, 'sim.json') }, quiet);
    try {
      expect(sim.port).toBe(free);
    } finally {
      await sim.stop();
    }
  });

  it('refuses a bad port or secret with a message', async () => {
    const stateFile = path.join(dir, 'sim.json');
    await expect(main({ GRID_SIM_PORT: 'http', GRID_SIM_STATE_FILE: stateFile }, quiet)).rejects.toThrow(/GRID_SIM_PORT/);
    await expect(main({ GRID_SIM_PORT: '0', GRID_SIM_WEBHOOK_SECRET: 'secret', GRID_SIM_STATE_FILE: stateFile }, quiet)).rejects.toThrow(/whsec_/);
  });
});
