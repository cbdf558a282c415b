import { errorCode, parseRetryAfter } from '../../integrations/grid/http.adapter';
import {
  createGridHttpAdapter,
  GridError,
  gridHttpSettingsFromEnv,
  GridSettingsError,
  type GridErrorCode,
  type GridPort,
} from '../../integrations/grid';
import { startGridSimulator, type GridSimulator } from '../../integrations/grid/simulator/simulator';
import { closedPortUrl, connectError, sampleTask, SimulatorLog } from './helpers';

async function refusal(attempt: Promise<unknown>, code: GridErrorCode, retryable: boolean): Promise<GridError> {
  const error = await attempt.then(
    () => undefined,
    (rejection: unknown) => rejection,
  );
  expect(error).toBeInstanceOf(GridError);
  expect(error).toMatchObject({ code, retryable });
  expect((error as Error).message).not.toBe('');
  return error as GridError;
}

describe('HTTP adapter against the grid simulator', () => {
  let sim: GridSimulator;
  let grid: GridPort;
  const log = new SimulatorLog();

  beforeAll(async () => {
    sim = await startGridSimulator({ log: log.write });
    grid = createGridHttpAdapter({ baseUrl: sim.url, apiKey: sim.apiKey, timeoutMs: 2000 });
  });

  afterAll(async () => {
    await sim.stop();
  });

  afterEach(() => {
    sim.clearFailures();
    sim.setLatency(0);
  });

  it('creates a task with the bearer key and the idempotency key, and reads it back', async () => {
    const task = sampleTask();
    const result = await grid.createTask(task, { idempotencyKey: `create-${task.taskId}` });

    expect(result).toMatchObject({ taskId: task.taskId, stage: 'DISPATCHED', version: 1, cancelled: false, replayed: false });
    expect(result.gridCaseId).toMatch(/^WG\d{8}\d{5}$/);
    const request = sim.requests().at(-1)!;
    expect(request).toMatchObject({ method: 'POST', path: '/tasks', idempotencyKey: `create-${task.taskId}`, authorization: `Bearer ${sim.apiKey}` });

    const view = await grid.getTask(task.taskId);
    expect(view).toEqual({ ...task, gridCaseId: result.gridCaseId, cancelled: false, createdAt: expect.any(String), updatedAt: expect.any(String) });
  });

  it('answers a repeated create with the first response and applies it once', async () => {
    const task = sampleTask();
    const first = await grid.createTask(task, { idempotencyKey: `create-${task.taskId}` });
    const again = await grid.createTask(task, { idempotencyKey: `create-${task.taskId}` });

    expect(again).toEqual({ ...first, replayed: true });
    expect(sim.applications(task.taskId)).toHaveLength(1);
  });

  it('refuses a second create of the same order under another key, and one key with another body', async () => {
    const task = sampleTask();
    await grid.createTask(task, { idempotencyKey: `a-${task.taskId}` });

    await refusal(grid.createTask(task, { idempotencyKey: `b-${task.taskId}` }), 'ALREADY_EXISTS', false);
    await refusal(grid.createTask({ ...task, title: '另一个标题' }, { idempotencyKey: `a-${task.taskId}` }), 'IDEMPOTENCY_KEY_REUSED', false);
    expect(sim.applications(task.taskId)).toHaveLength(1);
  });

  it('moves a task through its stages and refuses an older version', async () => {
    const task = sampleTask();
    await grid.createTask(task, { idempotencyKey: `create-${task.taskId}` });

    const handling = await grid.updateTask(task.taskId, { stage: 'HANDLING', version: 3 }, { idempotencyKey: `v3-${task.taskId}` });
    expect(handling).toMatchObject({ stage: 'HANDLING', version: 3, replayed: false });
    const late = grid.updateTask(task.taskId, { stage: 'DISPATCHED', version: 2 }, { idempotencyKey: `v2-${task.taskId}` });
    await refusal(late, 'STALE_VERSION', false);

    expect((await grid.getTask(task.taskId))?.stage).toBe('HANDLING');
    expect(sim.applications(task.taskId).map((entry) => entry.operation)).toEqual(['create', 'update']);
  });

  it('cancels a task with a reason, and a cancelled task takes no more changes', async () => {
    const task = sampleTask();
    await grid.createTask(task, { idempotencyKey: `create-${task.taskId}` });

    const cancelled = await grid.cancelTask(task.taskId, { reason: '报警人来电称已自行处理', version: 2 }, { idempotencyKey: `cancel-${task.taskId}` });
    expect(cancelled).toMatchObject({ stage: 'CLOSED', cancelled: true, version: 2 });
    expect(await grid.getTask(task.taskId)).toMatchObject({ cancelled: true, cancelReason: '报警人来电称已自行处理' });

    await refusal(grid.updateTask(task.taskId, { stage: 'HANDLING', version: 3 }, { idempotencyKey: `v3-${task.taskId}` }), 'TASK_FINISHED', false);
  });

  it('returns null for a task the grid platform does not hold, and NOT_FOUND when changing one', async () => {
    expect(await grid.getTask('no-such-order')).toBeNull();
    await refusal(grid.updateTask('no-such-order', { stage: 'HANDLING', version: 2 }, { idempotencyKey: 'k-missing' }), 'NOT_FOUND', false);
  });

  it('does not take a bare 404 from a wrong base URL for a missing task', async () => {
    const misrouted = createGridHttpAdapter({ baseUrl: `${sim.url}/wrong/prefix`, apiKey: sim.apiKey });
    await refusal(misrouted.getTask('any'), 'NOT_FOUND', false);
  });

  it('lists tasks oldest change first, page by page, and from a given instant', async () => {
    let clock = Date.parse('2024-06-01T00:00:00.000Z');
    const own = await startGridSimulator({ clock: () => new Date((clock += 1000)) });
    try {
      const port = createGridHttpAdapter({ baseUrl: own.url, apiKey: own.apiKey });
      const created = [];
      for (let i = 0; i < 5; i++) {
        const task = sampleTask();
        await port.createTask(task, { idempotencyKey: `c-${task.taskId}` });
        created.push(task.taskId);
      }
      await port.updateTask(created[0], { stage: 'HANDLING', version: 2 }, { idempotencyKey: `u-${created[0]}` });

      const seen: string[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < 5; page++) {
        const result = await port.listTasks({ limit: 2, cursor });
        seen.push(...result.tasks.map((task) => task.taskId));
        if (!result.nextCursor) break;
        cursor = result.nextCursor;
      }
      expect(seen).toEqual([...created.slice(1), created[0]]);

      const since = own.task(created[3])!.updatedAt;
      const recent = await port.listTasks({ updatedSince: since });
      expect(recent.tasks.map((task) => task.taskId)).toEqual([created[3], created[4], created[0]]);
      expect(recent.nextCursor).toBeNull();
    } finally {
      await own.stop();
    }
  });

  describe('classifies failures so the relay can retry or dead-letter', () => {
    it('503 is retryable, with the Retry-After the grid platform asked for', async () => {
      sim.failNext(1, 503, { retryAfterSeconds: 7 });
      const task = sampleTask();
      const error = await refusal(grid.createTask(task, { idempotencyKey: `create-${task.taskId}` }), 'UNAVAILABLE', true);
      expect(error).toMatchObject({ status: 503, retryAfterMs: 7000 });

      const retried = await grid.createTask(task, { idempotencyKey: `create-${task.taskId}` });
      expect(retried.replayed).toBe(false);
      expect(sim.applications(task.taskId)).toHaveLength(1);
    });

    it('500 on every request stays retryable until the grid platform recovers', async () => {
      sim.failNext('always', 500);
      const task = sampleTask();
      for (let attempt = 0; attempt < 3; attempt++) {
        await refusal(grid.createTask(task, { idempotencyKey: `create-${task.taskId}` }), 'UNAVAILABLE', true);
      }
      sim.clearFailures();
      await grid.createTask(task, { idempotencyKey: `create-${task.taskId}` });
      expect(sim.applications(task.taskId)).toHaveLength(1);
    });

    it('429 is retryable and carries Retry-After', async () => {
      sim.failNext(2, 429, { retryAfterSeconds: 30 });
      const error = await refusal(grid.getTask('any'), 'RATE_LIMITED', true);
      expect(error).toMatchObject({ status: 429, retryAfterMs: 30_000 });
      await refusal(grid.listTasks(), 'RATE_LIMITED', true);
    });

    it('400 for a body against the contract is permanent and names the fields', async () => {
      const task = sampleTask({ stage: 'SIGNED' as never, issuedAt: 'yesterday' });
      const error = await refusal(grid.createTask(task, { idempotencyKey: `create-${task.taskId}` }), 'VALIDATION', false);
      expect(error.status).toBe(400);
      expect(error.details.problem?.errors).toEqual([
        { pointer: '/stage', detail: expect.stringContaining('REGISTERED') },
        { pointer: '/issuedAt', detail: expect.stringContaining('ISO 8601') },
      ]);
      expect(error.message).toContain('/stage');
    });

    it('an unknown department is permanent', async () => {
      const task = sampleTask({ departmentId: 'dept-nowhere' });
      const error = await refusal(grid.createTask(task, { idempotencyKey: `create-${task.taskId}` }), 'VALIDATION', false);
      expect(error.details.problem?.code).toBe('UNKNOWN_DEPARTMENT');
    });

    it('a wrong API key is not retryable and says so', async () => {
      const wrongKey = createGridHttpAdapter({ baseUrl: sim.url, apiKey: 'not-the-key' });
      await refusal(wrongKey.getTask('any'), 'UNAUTHORIZED', false);
    });

    it('a write without an idempotency key is refused before anything is sent', async () => {
      const before = sim.requests().length;
      await refusal(grid.createTask(sampleTask(), { idempotencyKey: '' }), 'VALIDATION', false);
      expect(sim.requests()).toHaveLength(before);
    });

    it('connection refused is retryable', async () => {
      const nowhere = createGridHttpAdapter({ baseUrl: await closedPortUrl(), apiKey: 'k' });
      const error = await refusal(nowhere.getTask('any'), 'NETWORK', true);
      expect(error.message).toContain('ECONNREFUSED');
    });

    it('a timeout is retryable, and the retry under the same key does not apply the task twice', async () => {
      const impatient = createGridHttpAdapter({ baseUrl: sim.url, apiKey: sim.apiKey, timeoutMs: 100 });
      const task = sampleTask();
      sim.setLatency(400);
      const applied = log.next(new RegExp(`^POST /tasks -> 201 key=create-${task.taskId}$`));
      await refusal(impatient.createTask(task, { idempotencyKey: `create-${task.taskId}` }), 'TIMEOUT', true);

      // The grid platform finished the first attempt although nobody heard the answer.
      await applied;
      expect(sim.applications(task.taskId)).toHaveLength(1);
      sim.setLatency(0);
      const retried = await impatient.createTask(task, { idempotencyKey: `create-${task.taskId}` });
      expect(retried).toMatchObject({ taskId: task.taskId, replayed: true });
      expect(sim.applications(task.taskId)).toHaveLength(1);
    });

    it('a retry while the first attempt is still being processed is told to come back later', async () => {
      const impatient = createGridHttpAdapter({ baseUrl: sim.url, apiKey: sim.apiKey, timeoutMs: 100 });
      const task = sampleTask();
      sim.setLatency(600);
      const applied = log.next(new RegExp(`^POST /tasks -> 201 key=create-${task.taskId}$`));
      await refusal(impatient.createTask(task, { idempotencyKey: `create-${task.taskId}` }), 'TIMEOUT', true);
      await refusal(grid.createTask(task, { idempotencyKey: `create-${task.taskId}` }), 'IN_PROGRESS', true);
      await applied;
      expect(sim.applications(task.taskId)).toHaveLength(1);
    });
  });
});

describe('HTTP adapter when the grid platform goes down', () => {
  it('gets connection refused while it is down and delivers once it is back, on the same port', async () => {
    const sim = await startGridSimulator();
    try {
      const grid = createGridHttpAdapter({ baseUrl: sim.url, apiKey: sim.apiKey, timeoutMs: 2000 });
      const task = sampleTask();
      await grid.createTask(task, { idempotencyKey: `create-${task.taskId}` });

      await sim.goDown();
      expect(await connectError(sim.port)).toBe('ECONNREFUSED');
      const error = await refusal(
        grid.updateTask(task.taskId, { stage: 'HANDLING', version: 2 }, { idempotencyKey: `v2-${task.taskId}` }),
        'NETWORK',
        true,
      );
      expect(error.message).toMatch(/ECONNREFUSED|ECONNRESET|UND_ERR_SOCKET/);

      await sim.comeBack();
      const result = await grid.updateTask(task.taskId, { stage: 'HANDLING', version: 2 }, { idempotencyKey: `v2-${task.taskId}` });
      expect(result).toMatchObject({ stage: 'HANDLING', version: 2 });
      expect(sim.applications(task.taskId)).toHaveLength(2);
    } finally {
      await sim.stop();
    }
  });
});

describe('adapter settings', () => {
  it('reads GRID_API_URL, GRID_API_KEY and GRID_TIMEOUT_MS', () => {
    expect(gridHttpSettingsFromEnv({ GRID_API_URL: 'https://grid.example.gov.cn/api/v1/', GRID_API_KEY: 'k', GRID_TIMEOUT_MS: '2500' })).toEqual({
      baseUrl: 'https://grid.example.gov.cn/api/v1',
      apiKey: 'k',
      timeoutMs: 2500,
      userAgent: expect.any(String),
    });
  });

  it.each([
    [{ GRID_API_KEY: 'k' }, 'GRID_API_URL'],
    [{ GRID_API_URL: 'https://grid.example.gov.cn' }, 'GRID_API_KEY'],
    [{ GRID_API_URL: 'ftp://grid.example.gov.cn', GRID_API_KEY: 'k' }, 'GRID_API_URL'],
    [{ GRID_API_URL: 'https://grid.example.gov.cn', GRID_API_KEY: 'k', GRID_TIMEOUT_MS: '10s' }, 'GRID_TIMEOUT_MS'],
  ])('names the bad setting in %j', (env, setting) => {
    expect(() => gridHttpSettingsFromEnv(env)).toThrow(GridSettingsError);
    expect(() => gridHttpSettingsFromEnv(env)).toThrow(new RegExp(`^${setting}:`));
  });
});

describe('status classification', () => {
  it.each([
    [400, undefined, 'VALIDATION'],
    [401, undefined, 'UNAUTHORIZED'],
    [403, undefined, 'UNAUTHORIZED'],
    [404, 'TASK_NOT_FOUND', 'NOT_FOUND'],
    [408, undefined, 'UNAVAILABLE'],
    [409, 'REQUEST_IN_PROGRESS', 'IN_PROGRESS'],
    [409, 'STALE_VERSION', 'STALE_VERSION'],
    [409, 'TASK_EXISTS', 'ALREADY_EXISTS'],
    [409, 'TASK_CLOSED', 'TASK_FINISHED'],
    [409, undefined, 'UNEXPECTED'],
    [413, undefined, 'VALIDATION'],
    [422, 'IDEMPOTENCY_KEY_REUSED', 'IDEMPOTENCY_KEY_REUSED'],
    [422, 'UNKNOWN_DEPARTMENT', 'VALIDATION'],
    [429, undefined, 'RATE_LIMITED'],
    [500, undefined, 'UNAVAILABLE'],
    [501, undefined, 'UNEXPECTED'],
    [502, undefined, 'UNAVAILABLE'],
    [504, undefined, 'UNAVAILABLE'],
    [302, undefined, 'UNEXPECTED'],
  ] as const)('%i %s is %s', (status, problemCode, code) => {
    expect(errorCode(status, problemCode)).toBe(code);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = Date.parse('2024-05-01T08:30:00Z');
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Wed, 01 May 2024 08:31:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('Wed, 01 May 2024 08:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });
});
