import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  checkCancellation,
  checkGridTask,
  checkGridTaskChange,
  DEFAULT_LIST_LIMIT,
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENT_REPLAYED_HEADER,
  isInstant,
  isObject,
  MAX_LIST_LIMIT,
  PROBLEM_CODES,
  PROBLEM_CONTENT_TYPE,
  toGridTask,
  toGridTaskChange,
  type JsonProblem,
} from '../contract';
import { parseGridWebhookEvent } from '../feedback';
import {
  GRID_FEEDBACK_KINDS,
  type GridFeedback,
  type GridFeedbackKind,
  type GridStage,
  type GridTaskChange,
  type GridTaskView,
  type GridWebhookEvent,
} from '../grid.port';
import { loadGridMapping } from '../mapping';
import { generateWebhookSecret, signWebhook, type SignedWebhookHeaders } from '../webhook-signature';

/**
 * A stand-in for the county's grid platform, speaking the contract of docs/GRID.md, with knobs
 * to make it fail the ways a real one does: error statuses, latency, a listener that is gone.
 * It keeps everything in memory and is meant for tests and local development only.
 */

export interface GridSimulatorOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** The bearer key we must send; random when not given. */
  apiKey?: string;
  /** Signs feedback with every secret given (several during a rotation); random when not given. */
  secret?: string | readonly string[];
  /** Where feedback webhooks go, e.g. http://127.0.0.1:4000/integrations/grid/webhook. */
  callbackUrl?: string;
  clock?: () => Date;
  /** Department ids it knows; by default those of the grid mapping (GRID_MAPPING_FILE or the default file). */
  departmentIds?: Iterable<string>;
  feedbackTimeoutMs?: number;
  /** One line per request and control action, for the CLI. */
  log?: (line: string) => void;
}

export interface GridApplication {
  taskId: string;
  operation: 'create' | 'update' | 'cancel';
  idempotencyKey: string;
  version: number;
  at: string;
}

export interface SimulatorRequest {
  method: string;
  path: string;
  idempotencyKey?: string;
  authorization?: string;
  status: number;
  replayed: boolean;
  at: string;
}

export interface SimulatedFeedbackInput {
  taskId: string;
  kind: GridFeedbackKind;
  text?: string;
  attachmentUrls?: string[];
  workerName?: string;
  workerPhone?: string;
  latitude?: number;
  longitude?: number;
  /** Defaults to the simulator's clock. */
  occurredAt?: string;
  /** Defaults to a fresh `evt_<uuid>`. */
  eventId?: string;
}

export interface SentFeedback {
  eventId: string;
  event: GridWebhookEvent;
  /** Exactly what was posted, so a test can verify it again. */
  body: string;
  headers: SignedWebhookHeaders;
  /** The callback's HTTP status; undefined when it could not be reached. */
  callbackStatus?: number;
  callbackBody?: string;
  error?: string;
}

export interface FailurePlan {
  remaining: number | 'always';
  status: number;
  retryAfterSeconds?: number;
}

export interface GridSimulator {
  readonly url: string;
  readonly port: number;
  readonly apiKey: string;
  readonly secrets: readonly string[];
  readonly callbackUrl: string | undefined;
  setCallbackUrl(url: string | undefined): void;
  stop(): Promise<void>;
  /** Stops listening and drops every open connection: connections are refused until comeBack. */
  goDown(): Promise<void>;
  /** Listens again on the same port. */
  comeBack(): Promise<void>;
  readonly down: boolean;
  /** The next `count` API requests (or all, with 'always') get `status` before anything is applied. */
  failNext(count: number | 'always', status?: number, options?: { retryAfterSeconds?: number }): void;
  clearFailures(): void;
  /** Added to every API request after its idempotency key is reserved. */
  setLatency(ms: number): void;
  tasks(): GridTaskView[];
  task(taskId: string): GridTaskView | undefined;
  /**
   * Loses a task, as a platform restored from an old backup does: it answers 404 for it and
   * leaves it out of lists until it is created again. `applications` keeps what was applied.
   * False when there was no such task.
   */
  forget(taskId: string): boolean;
  /** Every change applied, in order; a key never appears twice. */
  applications(taskId?: string): GridApplication[];
  /** The last 1000 API requests, oldest first. */
  requests(): SimulatorRequest[];
  sendFeedback(input: SimulatedFeedbackInput): Promise<SentFeedback>;
  /** Sends an earlier event again with its id, as a sender retrying a delivery does. */
  resendFeedback(eventId: string): Promise<SentFeedback>;
}

export class SimulatorInputError extends Error {
  constructor(
    message: string,
    readonly problems: JsonProblem[] = [],
  ) {
    super(message);
    this.name = 'SimulatorInputError';
  }
}

interface StoredResponse {
  fingerprint: string;
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

type IdempotencyEntry = { fingerprint: string; inFlight: true } | (StoredResponse & { inFlight: false });

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const MAX_BODY_BYTES = 1024 * 1024;
const MAX_REQUEST_LOG = 1000;
const MAX_DOWN_SECONDS = 3600;

const FEEDBACK_STAGES: Partial<Record<GridFeedbackKind, GridStage>> = {
  ARRIVED: 'HANDLING',
  SCENE_STATUS: 'HANDLING',
  PROGRESS: 'HANDLING',
  RESULT: 'FEEDBACK',
  RETURNED: 'REGISTERED',
};

export async function startGridSimulator(options: GridSimulatorOptions = {}): Promise<GridSimulator> {
  const host = options.host ?? '127.0.0.1';
  const clock = options.clock ?? (() => new Date());
  const now = () => clock().toISOString();
  const apiKey = options.apiKey ?? `gridsim_${randomBytes(18).toString('base64url')}`;
  const secrets = options.secret === undefined ? [generateWebhookSecret()] : typeof options.secret === 'string' ? [options.secret] : [...options.secret];
  // Fails here, not at the first feedback, when a secret is malformed.
  signWebhook({ id: 'probe', timestamp: new Date(0), body: '', secrets });
  const departments = new Set(options.departmentIds ?? loadGridMapping().departments().values());
  const feedbackTimeoutMs = options.feedbackTimeoutMs ?? 5000;
  const log = options.log ?? (() => undefined);
  let callbackUrl = options.callbackUrl;

  const tasks = new Map<string, GridTaskView>();
  const idempotency = new Map<string, IdempotencyEntry>();
  const applications: GridApplication[] = [];
  const requestLog: SimulatorRequest[] = [];
  const sent = new Map<string, { event: GridWebhookEvent; body: string }>();
  let caseSequence = 0;
  let failure: FailurePlan | undefined;
  let latencyMs = 0;
  let down = false;
  let comeBackTimer: NodeJS.Timeout | undefined;
  const stopping = new AbortController();
  const sockets = new Set<Socket>();

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      log(`internal error: ${String(error)}`);
      if (!res.headersSent) reply(res, problemReply(500, PROBLEM_CODES.unavailable, 'simulator error'));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await listen(options.port ?? 0);
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  function listen(onPort: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const onError = (error: Error) => reject(error);
      server.once('error', onError);
      server.listen(onPort, host, () => {
        server.off('error', onError);
        resolve();
      });
    });
  }

  async function close(): Promise<void> {
    if (!server.listening) return;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // closeAllConnections misses sockets whose request is still being read; destroy them too.
    server.closeAllConnections();
    for (const socket of sockets) socket.destroy();
    await closed;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const target = new URL(req.url ?? '/', 'http://simulator');
    const body = await readBody(req);
    if (target.pathname.startsWith('/_control/') || target.pathname === '/_control') {
      reply(res, await control(req.method ?? 'GET', target, body));
      return;
    }
    const key = headerValue(req, IDEMPOTENCY_KEY_HEADER);
    const record = (result: Reply) => {
      const replayed = result.headers?.[IDEMPOTENT_REPLAYED_HEADER] === 'true' ? ' (replayed)' : '';
      requestLog.push({
        method: req.method ?? 'GET',
        path: target.pathname + target.search,
        idempotencyKey: key,
        authorization: headerValue(req, 'authorization'),
        status: result.status,
        replayed: replayed !== '',
        at: now(),
      });
      if (requestLog.length > MAX_REQUEST_LOG) requestLog.shift();
      log(`${req.method} ${target.pathname}${target.search} -> ${result.status}${replayed}${key ? ` key=${key}` : ''}`);
      reply(res, result);
    };
    if (body === 'TOO_LARGE') {
      record(problemReply(413, PROBLEM_CODES.validation, `bodies are limited to ${MAX_BODY_BYTES} bytes`));
      return;
    }

    const injected = nextFailure();
    if (injected) {
      record(injected);
      return;
    }
    if (!authorized(req)) {
      record(problemReply(401, PROBLEM_CODES.unauthorized, 'send Authorization: Bearer <api key>'));
      return;
    }
    record(await api(req.method ?? 'GET', target, body, key, headerValue(req, 'content-type')));
  }

  function nextFailure(): Reply | undefined {
    if (!failure) return undefined;
    const { status, retryAfterSeconds } = failure;
    if (failure.remaining !== 'always') {
      failure.remaining -= 1;
      if (failure.remaining <= 0) failure = undefined;
    }
    const code = status === 429 ? PROBLEM_CODES.rateLimited : PROBLEM_CODES.unavailable;
    const result = problemReply(status, code, `failure injected by the simulator (${status})`);
    if (retryAfterSeconds !== undefined) result.headers = { ...result.headers, 'retry-after': String(retryAfterSeconds) };
    return result;
  }

  function authorized(req: IncomingMessage): boolean {
    const header = headerValue(req, 'authorization') ?? '';
    const match = /^Bearer (.+)$/u.exec(header);
    if (!match) return false;
    const digest = (text: string) => createHash('sha256').update(text).digest();
    return timingSafeEqual(digest(match[1]), digest(apiKey));
  }

  async function api(method: string, target: URL, body: Buffer, key: string | undefined, contentType: string | undefined): Promise<Reply> {
    let parts: string[];
    try {
      parts = target.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    } catch {
      return problemReply(404, 'NOT_FOUND', `no such endpoint: ${target.pathname}`);
    }
    if (parts[0] !== 'tasks' || parts.length > 3 || (parts.length === 3 && parts[2] !== 'cancel')) {
      return problemReply(404, 'NOT_FOUND', `no such endpoint: ${target.pathname}`);
    }
    const taskId = parts[1];
    const isCancel = parts.length === 3;

    if (method === 'GET' && !isCancel) {
      await delay();
      return taskId === undefined ? list(target.searchParams) : get(taskId);
    }
    let write: ((key: string) => Reply) | undefined;
    if (method === 'POST' && taskId === undefined) write = (reserved) => create(body, reserved);
    else if (method === 'PATCH' && taskId !== undefined && !isCancel) write = (reserved) => update(taskId, body, reserved);
    else if (method === 'POST' && isCancel) write = (reserved) => cancel(taskId, body, reserved);
    if (!write) return problemReply(405, 'METHOD_NOT_ALLOWED', `${method} is not allowed on ${target.pathname}`);
    if (!/^application\/json\b/u.test(contentType ?? '')) {
      return problemReply(415, PROBLEM_CODES.validation, 'writes carry Content-Type: application/json');
    }

    if (!key || !/^[\x21-\x7e]{1,255}$/u.test(key)) {
      return problemReply(400, PROBLEM_CODES.idempotencyKeyRequired, `${IDEMPOTENCY_KEY_HEADER} (1-255 visible ASCII characters) is required on every write`);
    }
    const fingerprint = createHash('sha256').update(`${method} ${target.pathname}\n`).update(body).digest('hex');
    const known = idempotency.get(key);
    if (known?.inFlight) {
      return problemReply(409, PROBLEM_CODES.requestInProgress, `a request with ${IDEMPOTENCY_KEY_HEADER} ${key} is still being processed`);
    }
    if (known) {
      if (known.fingerprint !== fingerprint) {
        return problemReply(422, PROBLEM_CODES.idempotencyKeyReused, `${IDEMPOTENCY_KEY_HEADER} ${key} was used for a different request`);
      }
      return { status: known.status, body: known.body, headers: { ...known.headers, [IDEMPOTENT_REPLAYED_HEADER]: 'true' } };
    }
    idempotency.set(key, { fingerprint, inFlight: true });
    try {
      await delay();
      const result = write(key);
      // A snapshot: the replay must repeat the first answer, not show the task as it is now.
      idempotency.set(key, { fingerprint, inFlight: false, status: result.status, body: structuredClone(result.body), headers: result.headers ?? {} });
      return result;
    } catch (error) {
      idempotency.delete(key);
      throw error;
    }
  }

  async function delay(): Promise<void> {
    if (latencyMs > 0) await sleep(latencyMs, undefined, { signal: stopping.signal }).catch(() => undefined);
  }

  function parse(body: Buffer): { value?: unknown; problem?: Reply } {
    try {
      return { value: JSON.parse(body.toString('utf8')) as unknown };
    } catch {
      return { problem: problemReply(400, PROBLEM_CODES.validation, 'the body is not JSON') };
    }
  }

  function invalid(problems: JsonProblem[]): Reply {
    return problemReply(400, PROBLEM_CODES.validation, 'the body does not follow the contract', problems);
  }

  function unknownDepartment(departmentId: string): Reply {
    return problemReply(422, PROBLEM_CODES.unknownDepartment, `no department "${departmentId}" on the grid platform`, [
      { pointer: '/departmentId', detail: 'is not a department of the grid platform' },
    ]);
  }

  function apply(taskId: string, operation: GridApplication['operation'], key: string, version: number): void {
    applications.push({ taskId, operation, idempotencyKey: key, version, at: now() });
  }

  function create(body: Buffer, key: string): Reply {
    const parsed = parse(body);
    if (parsed.problem) return parsed.problem;
    const problems = checkGridTask(parsed.value);
    if (problems.length > 0) return invalid(problems);
    const task = toGridTask(parsed.value as Record<string, unknown>);
    if (!departments.has(task.departmentId)) return unknownDepartment(task.departmentId);
    if (tasks.has(task.taskId)) {
      return problemReply(409, PROBLEM_CODES.taskExists, `task ${task.taskId} already exists (created under another ${IDEMPOTENCY_KEY_HEADER})`);
    }
    caseSequence += 1;
    const at = now();
    const view: GridTaskView = {
      ...task,
      gridCaseId: `WG${at.slice(0, 10).replace(/-/gu, '')}${String(caseSequence).padStart(5, '0')}`,
      cancelled: false,
      createdAt: at,
      updatedAt: at,
    };
    tasks.set(task.taskId, view);
    apply(task.taskId, 'create', key, task.version);
    return { status: 201, body: { task: view }, headers: { location: `/tasks/${encodeURIComponent(task.taskId)}` } };
  }

  function update(taskId: string, body: Buffer, key: string): Reply {
    const parsed = parse(body);
    if (parsed.problem) return parsed.problem;
    const problems = checkGridTaskChange(parsed.value);
    if (problems.length > 0) return invalid(problems);
    const change: GridTaskChange = toGridTaskChange(parsed.value as Record<string, unknown>);
    const task = tasks.get(taskId);
    if (!task) return problemReply(404, PROBLEM_CODES.taskNotFound, `no task ${taskId}`);
    if (task.cancelled) return problemReply(409, PROBLEM_CODES.taskCancelled, `task ${taskId} was cancelled`);
    if (change.version <= task.version) {
      return problemReply(409, PROBLEM_CODES.staleVersion, `task ${taskId} is at version ${task.version}; version ${change.version} is not newer`);
    }
    if (change.departmentId !== undefined && !departments.has(change.departmentId)) return unknownDepartment(change.departmentId);
    const { note: _note, ...fields } = change;
    Object.assign(task, fields, { updatedAt: now() });
    apply(taskId, 'update', key, change.version);
    return { status: 200, body: { task } };
  }

  function cancel(taskId: string, body: Buffer, key: string): Reply {
    const parsed = parse(body);
    if (parsed.problem) return parsed.problem;
    const problems = checkCancellation(parsed.value);
    if (problems.length > 0) return invalid(problems);
    const { reason, version } = parsed.value as { reason: string; version: number };
    const task = tasks.get(taskId);
    if (!task) return problemReply(404, PROBLEM_CODES.taskNotFound, `no task ${taskId}`);
    if (task.cancelled) return { status: 200, body: { task } };
    if (task.stage === 'CLOSED') return problemReply(409, PROBLEM_CODES.taskClosed, `task ${taskId} is closed`);
    if (version <= task.version) {
      return problemReply(409, PROBLEM_CODES.staleVersion, `task ${taskId} is at version ${task.version}; version ${version} is not newer`);
    }
    Object.assign(task, { stage: 'CLOSED', cancelled: true, cancelReason: reason, version, updatedAt: now() });
    apply(taskId, 'cancel', key, version);
    return { status: 200, body: { task } };
  }

  function get(taskId: string): Reply {
    const task = tasks.get(taskId);
    return task ? { status: 200, body: { task } } : problemReply(404, PROBLEM_CODES.taskNotFound, `no task ${taskId}`);
  }

  function list(params: URLSearchParams): Reply {
    const problems: JsonProblem[] = [];
    const updatedSince = params.get('updatedSince');
    if (updatedSince !== null && !isInstant(updatedSince)) problems.push({ pointer: 'updatedSince', detail: 'must be an ISO 8601 instant' });
    const limitText = params.get('limit');
    const limit = limitText === null ? DEFAULT_LIST_LIMIT : Number(limitText);
    if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_LIST_LIMIT) problems.push({ pointer: 'limit', detail: `must be 1 to ${MAX_LIST_LIMIT}` });
    let after: [string, string] | undefined;
    const cursor = params.get('cursor');
    if (cursor !== null) {
      try {
        after = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
        if (!Array.isArray(after) || after.length !== 2) throw new Error('shape');
      } catch {
        problems.push({ pointer: 'cursor', detail: 'is not a cursor this platform issued' });
      }
    }
    if (problems.length > 0) return invalid(problems);

    const since = updatedSince === null ? undefined : Date.parse(updatedSince);
    const ordered = [...tasks.values()]
      .filter((task) => since === undefined || Date.parse(task.updatedAt) >= since)
      .sort((a, b) => compareKeys(sortKey(a), sortKey(b)))
      .filter((task) => !after || compareKeys(sortKey(task), after) > 0);
    const page = ordered.slice(0, limit);
    const last = page.at(-1);
    const nextCursor = ordered.length > limit && last ? Buffer.from(JSON.stringify(sortKey(last))).toString('base64url') : null;
    return { status: 200, body: { tasks: page, nextCursor } };
  }

  async function control(method: string, target: URL, raw: Buffer | 'TOO_LARGE'): Promise<Reply> {
    const route = `${method} ${target.pathname}`;
    let body: Record<string, unknown> = {};
    if (raw === 'TOO_LARGE') return problemReply(413, PROBLEM_CODES.validation, `bodies are limited to ${MAX_BODY_BYTES} bytes`);
    if (raw.length > 0) {
      try {
        const parsed: unknown = JSON.parse(raw.toString('utf8'));
        if (!isObject(parsed)) throw new Error('not an object');
        body = parsed;
      } catch {
        return problemReply(400, PROBLEM_CODES.validation, 'control bodies are JSON objects');
      }
    }
    log(`control: ${route}`);
    try {
      switch (route) {
        case 'GET /_control/state':
          return { status: 200, body: state() };
        case 'POST /_control/fail': {
          const count = body.count === undefined ? 'always' : body.count;
          if (count !== 'always' && (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 1)) {
            throw new SimulatorInputError('count is a whole number, 1 or more; leave it out to fail every request');
          }
          simulator.failNext(count, optionalNumber(body.status, 'status') ?? 503, {
            retryAfterSeconds: optionalNumber(body.retryAfterSeconds, 'retryAfterSeconds'),
          });
          return { status: 200, body: state() };
        }
        case 'DELETE /_control/fail':
          simulator.clearFailures();
          return { status: 200, body: state() };
        case 'POST /_control/latency':
          simulator.setLatency(optionalNumber(body.ms, 'ms') ?? 0);
          return { status: 200, body: state() };
        case 'POST /_control/down': {
          const seconds = optionalNumber(body.seconds, 'seconds') ?? 30;
          if (seconds < 1 || seconds > MAX_DOWN_SECONDS) throw new SimulatorInputError(`seconds is 1 to ${MAX_DOWN_SECONDS}`);
          // Answer first: once down, this very connection is gone.
          setImmediate(() => {
            goDown()
              .then(() => {
                comeBackTimer = setTimeout(() => {
                  comeBackTimer = undefined;
                  comeBack().catch((error: unknown) => log(`could not listen again on ${port}: ${String(error)}`));
                }, seconds * 1000);
              })
              .catch((error: unknown) => log(`could not go down: ${String(error)}`));
          });
          return { status: 202, body: { down: true, backInSeconds: seconds } };
        }
        case 'PUT /_control/callback': {
          if (body.url !== null && typeof body.url !== 'string') throw new SimulatorInputError('url is a string, or null to forget it');
          simulator.setCallbackUrl((body.url as string | null) ?? undefined);
          return { status: 200, body: state() };
        }
        case 'GET /_control/tasks':
          return { status: 200, body: { tasks: simulator.tasks() } };
        case 'GET /_control/applications':
          return { status: 200, body: { applications: simulator.applications(target.searchParams.get('taskId') ?? undefined) } };
        case 'GET /_control/requests':
          return { status: 200, body: { requests: simulator.requests() } };
        case 'POST /_control/feedback': {
          const result = await simulator.sendFeedback(body as unknown as SimulatedFeedbackInput);
          return feedbackReply(result);
        }
        default: {
          const resend = /^POST \/_control\/feedback\/([^/]+)\/resend$/u.exec(route);
          if (resend) return feedbackReply(await simulator.resendFeedback(decodeURIComponent(resend[1])));
          return problemReply(404, 'NOT_FOUND', `no control endpoint ${route}`);
        }
      }
    } catch (error) {
      if (error instanceof SimulatorInputError) return problemReply(400, PROBLEM_CODES.validation, error.message, error.problems);
      throw error;
    }
  }

  function feedbackReply(result: SentFeedback): Reply {
    const body = { eventId: result.eventId, callbackStatus: result.callbackStatus, callbackBody: result.callbackBody, error: result.error };
    return { status: result.callbackStatus === undefined ? 502 : 200, body };
  }

  function state() {
    return {
      url,
      callbackUrl,
      down,
      latencyMs,
      failure: failure ?? null,
      tasks: tasks.size,
      applications: applications.length,
    };
  }

  async function goDown(): Promise<void> {
    down = true;
    await close();
    log(`down: ${url} refuses connections`);
  }

  async function comeBack(): Promise<void> {
    if (comeBackTimer) clearTimeout(comeBackTimer);
    comeBackTimer = undefined;
    if (!server.listening) await listen(port);
    down = false;
    log(`back: listening on ${url}`);
  }

  async function deliver(eventId: string, stored: { event: GridWebhookEvent; body: string }): Promise<SentFeedback> {
    const headers = signWebhook({ id: eventId, timestamp: clock(), body: stored.body, secrets });
    const result: SentFeedback = { eventId, event: stored.event, body: stored.body, headers };
    if (!callbackUrl) {
      result.error = 'no callback URL configured';
      return result;
    }
    try {
      const response = await fetch(callbackUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'grid-simulator', ...headers },
        body: stored.body,
        redirect: 'manual',
        signal: AbortSignal.any([AbortSignal.timeout(feedbackTimeoutMs), stopping.signal]),
      });
      result.callbackStatus = response.status;
      result.callbackBody = await response.text();
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      result.error = cause?.code ?? cause?.message ?? (error as Error).message;
    }
    log(`feedback ${eventId} -> ${callbackUrl}: ${result.callbackStatus ?? result.error}`);
    return result;
  }

  const simulator: GridSimulator = {
    url,
    port,
    apiKey,
    secrets,
    get callbackUrl() {
      return callbackUrl;
    },
    setCallbackUrl(next) {
      if (next !== undefined) {
        const parsed = new URL(next);
        if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new SimulatorInputError('the callback URL is http or https');
      }
      callbackUrl = next;
    },
    async stop() {
      if (comeBackTimer) clearTimeout(comeBackTimer);
      comeBackTimer = undefined;
      stopping.abort();
      await close();
    },
    goDown,
    comeBack,
    get down() {
      return down;
    },
    failNext(count, status = 503, failOptions = {}) {
      if (!Number.isInteger(status) || status < 400 || status > 599) throw new SimulatorInputError('status is 400 to 599');
      if (count !== 'always' && (!Number.isSafeInteger(count) || count < 1)) throw new SimulatorInputError('count is 1 or more, or always');
      failure = { remaining: count, status, retryAfterSeconds: failOptions.retryAfterSeconds };
    },
    clearFailures() {
      failure = undefined;
    },
    setLatency(ms) {
      if (!Number.isFinite(ms) || ms < 0 || ms > 600_000) throw new SimulatorInputError('latency is 0 to 600000 ms');
      latencyMs = ms;
    },
    tasks() {
      return [...tasks.values()].map((task) => structuredClone(task));
    },
    task(taskId) {
      const task = tasks.get(taskId);
      return task && structuredClone(task);
    },
    forget(taskId) {
      const forgotten = tasks.delete(taskId);
      if (forgotten) log(`forgot task ${taskId}`);
      return forgotten;
    },
    applications(taskId) {
      return applications.filter((entry) => taskId === undefined || entry.taskId === taskId).map((entry) => ({ ...entry }));
    },
    requests() {
      return requestLog.map((entry) => ({ ...entry }));
    },
    async sendFeedback(input) {
      if (!isObject(input)) throw new SimulatorInputError('feedback is an object {taskId, kind, ...}');
      const task = typeof input.taskId === 'string' ? tasks.get(input.taskId) : undefined;
      if (!task) throw new SimulatorInputError(`no task ${String(input.taskId)} on the simulator; create it first`);
      if (!(GRID_FEEDBACK_KINDS as readonly unknown[]).includes(input.kind)) {
        throw new SimulatorInputError(`kind is one of ${GRID_FEEDBACK_KINDS.join(', ')}`);
      }
      const eventId = input.eventId ?? `evt_${randomUUID()}`;
      if (sent.has(eventId)) throw new SimulatorInputError(`event ${eventId} was sent already; resend it instead`);
      const data: GridFeedback = {
        eventId,
        taskId: task.taskId,
        gridCaseId: task.gridCaseId,
        kind: input.kind,
        occurredAt: input.occurredAt ?? now(),
        departmentId: task.departmentId,
      };
      for (const key of ['text', 'attachmentUrls', 'workerName', 'workerPhone', 'latitude', 'longitude'] as const) {
        if (input[key] !== undefined) Object.assign(data, { [key]: input[key] });
      }
      const event: GridWebhookEvent = { type: 'task.feedback', timestamp: now(), data };
      const body = JSON.stringify(event);
      try {
        parseGridWebhookEvent(body, { webhookId: eventId });
      } catch (error) {
        throw new SimulatorInputError((error as Error).message, (error as { problems?: JsonProblem[] }).problems);
      }
      const stage = FEEDBACK_STAGES[input.kind];
      if (stage && !task.cancelled) Object.assign(task, { stage, updatedAt: now() });
      const stored = { event, body };
      sent.set(eventId, stored);
      return deliver(eventId, stored);
    },
    async resendFeedback(eventId) {
      const stored = sent.get(eventId);
      if (!stored) throw new SimulatorInputError(`no event ${eventId} was sent`);
      return deliver(eventId, stored);
    },
  };
  return simulator;
}

function sortKey(task: GridTaskView): [string, string] {
  return [new Date(task.updatedAt).toISOString(), task.taskId];
}

function compareKeys(a: [string, string], b: [string, string]): number {
  return a[0] === b[0] ? (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0) : a[0] < b[0] ? -1 : 1;
}

function optionalNumber(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new SimulatorInputError(`${name} is a number`);
  return value;
}

function headerValue(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(', ') : value;
}

function problemReply(status: number, code: string, detail: string, errors?: JsonProblem[]): Reply {
  const body: Record<string, unknown> = { type: 'about:blank', title: statusTitle(status), status, code, detail };
  if (errors && errors.length > 0) body.errors = errors;
  return { status, body, headers: { 'content-type': PROBLEM_CONTENT_TYPE } };
}

function statusTitle(status: number): string {
  const titles: Record<number, string> = {
    400: 'Bad Request',
    401: 'Unauthorized',
    404: 'Not Found',
    405: 'Method Not Allowed',
    409: 'Conflict',
    413: 'Content Too Large',
    422: 'Unprocessable Content',
    429: 'Too Many Requests',
    500: 'Internal Server Error',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
    504: 'Gateway Timeout',
  };
  return titles[status] ?? 'Error';
}

function reply(res: ServerResponse, result: Reply): void {
  if (res.destroyed) return;
  const headers: Record<string, string> = { 'content-type': 'application/json', ...result.headers };
  const text = result.body === undefined ? '' : JSON.stringify(result.body);
  res.writeHead(result.status, { ...headers, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<Buffer | 'TOO_LARGE'> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? 'TOO_LARGE' : Buffer.concat(chunks)));
    // A dropped connection: nobody is left to answer, so an empty body is as good as any.
    req.on('error', () => resolve(Buffer.alloc(0)));
    req.on('aborted', () => resolve(Buffer.alloc(0)));
  });
}
