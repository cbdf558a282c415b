import {
  API_PATHS,
  checkGridTaskView,
  IDEMPOTENCY_KEY_HEADER,
  IDEMPOTENT_REPLAYED_HEADER,
  isObject,
  MAX_LIST_LIMIT,
  PROBLEM_CODES,
  toGridTaskView,
} from './contract';
import {
  GridError,
  type GridDeliveryResult,
  type GridErrorCode,
  type GridListQuery,
  type GridOperation,
  type GridPort,
  type GridProblem,
  type GridReadOptions,
  type GridTask,
  type GridTaskChange,
  type GridTaskPage,
  type GridTaskView,
  type GridWriteOptions,
} from './grid.port';

/** The JSON-over-HTTP contract of docs/GRID.md, authenticated with a bearer API key. */
export interface GridHttpSettings {
  /** Everything before `/tasks`, e.g. `https://grid.example.gov.cn/api/linkage110/v1`. */
  baseUrl: string;
  /** Sent as `Authorization: Bearer <apiKey>`. */
  apiKey: string;
  /** Per request, covering connect, send and the whole response body. */
  timeoutMs?: number;
  userAgent?: string;
}

export const DEFAULT_GRID_TIMEOUT_MS = 10_000;

export const GRID_HTTP_ENV = {
  baseUrl: 'GRID_API_URL',
  apiKey: 'GRID_API_KEY',
  timeoutMs: 'GRID_TIMEOUT_MS',
} as const;

export class GridSettingsError extends Error {
  constructor(
    readonly setting: string,
    message: string,
  ) {
    super(`${setting}: ${message}`);
    this.name = 'GridSettingsError';
  }
}

/** Reads GRID_API_URL, GRID_API_KEY and GRID_TIMEOUT_MS; throws GridSettingsError naming the bad one. */
export function gridHttpSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): GridHttpSettings {
  const baseUrl = env[GRID_HTTP_ENV.baseUrl];
  const apiKey = env[GRID_HTTP_ENV.apiKey];
  if (!baseUrl) throw new GridSettingsError(GRID_HTTP_ENV.baseUrl, 'is required, e.g. https://grid.example.gov.cn/api/linkage110/v1');
  if (!apiKey) throw new GridSettingsError(GRID_HTTP_ENV.apiKey, 'is required: the API key the grid platform issued to us');
  const timeoutText = env[GRID_HTTP_ENV.timeoutMs];
  const settings: GridHttpSettings = { baseUrl, apiKey };
  if (timeoutText !== undefined && timeoutText !== '') {
    if (!/^\d+$/u.test(timeoutText)) throw new GridSettingsError(GRID_HTTP_ENV.timeoutMs, 'must be whole milliseconds');
    settings.timeoutMs = Number(timeoutText);
  }
  return normaliseSettings(settings);
}

function normaliseSettings(settings: GridHttpSettings): Required<GridHttpSettings> {
  let url: URL;
  try {
    url = new URL(settings.baseUrl);
  } catch {
    throw new GridSettingsError(GRID_HTTP_ENV.baseUrl, `"${settings.baseUrl}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new GridSettingsError(GRID_HTTP_ENV.baseUrl, 'must be an http or https URL');
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new GridSettingsError(GRID_HTTP_ENV.baseUrl, 'must not carry a query, fragment or credentials');
  }
  if (!/^[\x21-\x7e]+$/u.test(settings.apiKey)) {
    throw new GridSettingsError(GRID_HTTP_ENV.apiKey, 'must be visible ASCII characters without spaces');
  }
  const timeoutMs = settings.timeoutMs ?? DEFAULT_GRID_TIMEOUT_MS;
  if (!Number.isSafeInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > 300_000) {
    throw new GridSettingsError(GRID_HTTP_ENV.timeoutMs, 'must be between 1 and 300000 ms');
  }
  return {
    baseUrl: url.href.replace(/\/+$/u, ''),
    apiKey: settings.apiKey,
    timeoutMs,
    userAgent: settings.userAgent ?? 'linkage110-grid-adapter/1',
  };
}

interface CallOptions {
  operation: GridOperation;
  taskId?: string;
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  body?: unknown;
  idempotencyKey?: string;
  signal?: AbortSignal;
}

interface CallResult {
  status: number;
  headers: Headers;
  json: unknown;
}

export function createGridHttpAdapter(settings: GridHttpSettings): GridPort {
  const { baseUrl, apiKey, timeoutMs, userAgent } = normaliseSettings(settings);

  async function call(options: CallOptions): Promise<CallResult> {
    const { operation, taskId } = options;
    const headers: Record<string, string> = {
      authorization: `Bearer ${apiKey}`,
      accept: 'application/json, application/problem+json',
      'user-agent': userAgent,
    };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.idempotencyKey !== undefined) headers[IDEMPOTENCY_KEY_HEADER.toLowerCase()] = options.idempotencyKey;

    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
    let response: Response;
    let text: string;
    try {
      response = await fetch(`${baseUrl}${options.path}`, {
        method: options.method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        // A redirected POST turns into a GET; a moved endpoint is a configuration fault to see.
        redirect: 'manual',
        signal,
      });
      text = await response.text();
    } catch (error) {
      if (timeout.aborted) {
        throw new GridError('TIMEOUT', `grid platform did not answer ${operation} within ${timeoutMs} ms`, { operation, taskId, cause: error });
      }
      if (options.signal?.aborted) {
        throw new GridError('ABORTED', `${operation} was aborted`, { operation, taskId, cause: error });
      }
      const reason = networkReason(error);
      throw new GridError('NETWORK', `grid platform unreachable for ${operation}: ${reason}`, { operation, taskId, cause: error });
    }

    const json = parseJson(text);
    if (response.status >= 200 && response.status < 300) {
      if (json === undefined) {
        throw new GridError('BAD_RESPONSE', `grid platform answered ${operation} with ${response.status} but no JSON body`, {
          operation,
          taskId,
          status: response.status,
        });
      }
      return { status: response.status, headers: response.headers, json };
    }
    throw statusError(operation, taskId, response, json);
  }

  function delivery(operation: GridOperation, taskId: string, result: CallResult): GridDeliveryResult {
    const view = readTaskView(operation, taskId, result);
    return {
      taskId: view.taskId,
      gridCaseId: view.gridCaseId,
      stage: view.stage,
      version: view.version,
      cancelled: view.cancelled,
      replayed: result.headers.get(IDEMPOTENT_REPLAYED_HEADER)?.toLowerCase() === 'true',
    };
  }

  return {
    async createTask(task: GridTask, options: GridWriteOptions): Promise<GridDeliveryResult> {
      requireKey('createTask', task.taskId, options);
      const result = await call({
        operation: 'createTask',
        taskId: task.taskId,
        method: 'POST',
        path: API_PATHS.tasks,
        body: task,
        idempotencyKey: options.idempotencyKey,
        signal: options.signal,
      });
      return delivery('createTask', task.taskId, result);
    },

    async updateTask(taskId: string, change: GridTaskChange, options: GridWriteOptions): Promise<GridDeliveryResult> {
      requireKey('updateTask', taskId, options);
      const result = await call({
        operation: 'updateTask',
        taskId,
        method: 'PATCH',
        path: API_PATHS.task(taskId),
        body: change,
        idempotencyKey: options.idempotencyKey,
        signal: options.signal,
      });
      return delivery('updateTask', taskId, result);
    },

    async cancelTask(taskId, cancellation, options): Promise<GridDeliveryResult> {
      requireKey('cancelTask', taskId, options);
      const result = await call({
        operation: 'cancelTask',
        taskId,
        method: 'POST',
        path: API_PATHS.cancel(taskId),
        body: { reason: cancellation.reason, version: cancellation.version },
        idempotencyKey: options.idempotencyKey,
        signal: options.signal,
      });
      return delivery('cancelTask', taskId, result);
    },

    async getTask(taskId: string, options: GridReadOptions = {}): Promise<GridTaskView | null> {
      try {
        const result = await call({ operation: 'getTask', taskId, method: 'GET', path: API_PATHS.task(taskId), signal: options.signal });
        return readTaskView('getTask', taskId, result);
      } catch (error) {
        // Only the contract's own 404 means "no such task"; a bare 404 from a wrong base URL must
        // not make reconciliation believe every task is missing.
        if (error instanceof GridError && error.code === 'NOT_FOUND' && error.details.problem?.code === PROBLEM_CODES.taskNotFound) {
          return null;
        }
        throw error;
      }
    },

    async listTasks(query: GridListQuery = {}, options: GridReadOptions = {}): Promise<GridTaskPage> {
      const params = new URLSearchParams();
      if (query.updatedSince !== undefined) params.set('updatedSince', query.updatedSince);
      if (query.limit !== undefined) params.set('limit', String(Math.min(Math.max(1, Math.floor(query.limit)), MAX_LIST_LIMIT)));
      if (query.cursor !== undefined) params.set('cursor', query.cursor);
      const search = params.size > 0 ? `?${params.toString()}` : '';
      const result = await call({ operation: 'listTasks', method: 'GET', path: `${API_PATHS.tasks}${search}`, signal: options.signal });
      const body = result.json;
      if (!isObject(body) || !Array.isArray(body.tasks) || !(body.nextCursor === null || typeof body.nextCursor === 'string')) {
        throw new GridError('BAD_RESPONSE', 'grid platform answered listTasks without {tasks: [...], nextCursor}', {
          operation: 'listTasks',
          status: result.status,
        });
      }
      const tasks = body.tasks.map((item, index) => {
        const problems = checkGridTaskView(item);
        if (problems.length > 0) {
          throw new GridError('BAD_RESPONSE', `grid platform listed a malformed task at /tasks/${index}: ${describe(problems)}`, {
            operation: 'listTasks',
            status: result.status,
          });
        }
        return toGridTaskView(item as Record<string, unknown>);
      });
      return { tasks, nextCursor: body.nextCursor };
    },
  };
}

function requireKey(operation: GridOperation, taskId: string, options: GridWriteOptions): void {
  if (typeof options?.idempotencyKey !== 'string' || !/^[\x21-\x7e]{1,255}$/u.test(options.idempotencyKey)) {
    // Thrown before anything is sent: without a usable key a retry could apply the change twice.
    throw new GridError('VALIDATION', `${operation} needs an idempotency key of 1-255 visible ASCII characters`, { operation, taskId });
  }
}

function readTaskView(operation: GridOperation, taskId: string, result: CallResult): GridTaskView {
  const task = isObject(result.json) ? result.json.task : undefined;
  const problems = checkGridTaskView(task);
  if (problems.length > 0) {
    throw new GridError('BAD_RESPONSE', `grid platform answered ${operation} without a valid {task}: ${describe(problems)}`, {
      operation,
      taskId,
      status: result.status,
    });
  }
  const view = toGridTaskView(task as Record<string, unknown>);
  if (view.taskId !== taskId) {
    throw new GridError('BAD_RESPONSE', `grid platform answered ${operation} for task ${taskId} with task ${view.taskId}`, {
      operation,
      taskId,
      status: result.status,
    });
  }
  return view;
}

function statusError(operation: GridOperation, taskId: string | undefined, response: Response, json: unknown): GridError {
  const status = response.status;
  const problem = readProblem(json);
  const code = errorCode(status, problem?.code);
  const retryAfterMs = code === 'RATE_LIMITED' || code === 'UNAVAILABLE' || code === 'IN_PROGRESS' ? parseRetryAfter(response.headers.get('retry-after')) : undefined;
  const what = problem?.detail ?? problem?.title ?? response.statusText;
  const where = problem?.errors?.length ? ` (${describe(problem.errors)})` : '';
  return new GridError(code, `grid platform refused ${operation} with ${status}${problem?.code ? ` ${problem.code}` : ''}: ${what}${where}`, {
    operation,
    taskId,
    status,
    retryAfterMs,
    problem,
  });
}

/** Status first, the problem's `code` only to tell apart the cases one status covers. */
export function errorCode(status: number, problemCode?: string): GridErrorCode {
  if (status === 401 || status === 403) return 'UNAUTHORIZED';
  if (status === 404) return 'NOT_FOUND';
  if (status === 408) return 'UNAVAILABLE';
  if (status === 409) {
    switch (problemCode) {
      case PROBLEM_CODES.requestInProgress:
        return 'IN_PROGRESS';
      case PROBLEM_CODES.staleVersion:
        return 'STALE_VERSION';
      case PROBLEM_CODES.taskExists:
        return 'ALREADY_EXISTS';
      case PROBLEM_CODES.taskCancelled:
      case PROBLEM_CODES.taskClosed:
        return 'TASK_FINISHED';
      default:
        return 'UNEXPECTED';
    }
  }
  if (status === 422 && problemCode === PROBLEM_CODES.idempotencyKeyReused) return 'IDEMPOTENCY_KEY_REUSED';
  if (status === 400 || status === 413 || status === 415 || status === 422) return 'VALIDATION';
  if (status === 429) return 'RATE_LIMITED';
  if (status >= 500 && status <= 599 && status !== 501 && status !== 505) return 'UNAVAILABLE';
  return 'UNEXPECTED';
}

/** Retry-After as delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/u.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function readProblem(json: unknown): GridProblem | undefined {
  if (!isObject(json)) return undefined;
  const problem: GridProblem = {};
  for (const key of ['type', 'title', 'detail', 'code'] as const) {
    if (typeof json[key] === 'string') problem[key] = json[key] as string;
  }
  if (typeof json.status === 'number') problem.status = json.status;
  if (Array.isArray(json.errors)) {
    problem.errors = json.errors
      .filter(isObject)
      .map((entry) => ({ pointer: String(entry.pointer ?? ''), detail: String(entry.detail ?? '') }));
  }
  return problem;
}

function parseJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error);
}

function describe(problems: { pointer: string; detail: string }[]): string {
  return problems.map((p) => `${p.pointer || '/'} ${p.detail}`).join('; ');
}
