import {
  GRID_STAGES,
  GRID_URGENCIES,
  isGridStage,
  type GridTask,
  type GridTaskChange,
  type GridTaskView,
} from './grid.port';

/**
 * Shape checks of the JSON contract in docs/GRID.md, shared by both sides: the HTTP adapter
 * checks what the grid platform answers, the simulator checks what we send. Unknown fields are
 * ignored on both sides so either can add one without breaking the other.
 */

/** One problem, as in the `errors` member of an RFC 9457 problem document. */
export interface JsonProblem {
  /** JSON pointer into the body, e.g. `/deadlines/signBy`. */
  pointer: string;
  detail: string;
}

export const API_PATHS = {
  tasks: '/tasks',
  task: (taskId: string) => `/tasks/${encodeURIComponent(taskId)}`,
  cancel: (taskId: string) => `/tasks/${encodeURIComponent(taskId)}/cancel`,
};

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
export const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed';
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** `code` values of the grid platform's problem documents that the adapter tells apart. */
export const PROBLEM_CODES = {
  validation: 'VALIDATION_FAILED',
  unauthorized: 'UNAUTHORIZED',
  idempotencyKeyRequired: 'IDEMPOTENCY_KEY_REQUIRED',
  idempotencyKeyReused: 'IDEMPOTENCY_KEY_REUSED',
  requestInProgress: 'REQUEST_IN_PROGRESS',
  taskNotFound: 'TASK_NOT_FOUND',
  taskExists: 'TASK_EXISTS',
  staleVersion: 'STALE_VERSION',
  taskCancelled: 'TASK_CANCELLED',
  taskClosed: 'TASK_CLOSED',
  unknownDepartment: 'UNKNOWN_DEPARTMENT',
  rateLimited: 'RATE_LIMITED',
  unavailable: 'UNAVAILABLE',
} as const;

export const MAX_LIST_LIMIT = 500;
export const DEFAULT_LIST_LIMIT = 100;

const ID = /^[\w.:-]{1,128}$/u;
export const DEPARTMENT_ID_PATTERN = /^[\w.:/-]{1,64}$/u;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/u;

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isInstant(value: unknown): value is string {
  return typeof value === 'string' && INSTANT.test(value) && !Number.isNaN(Date.parse(value));
}

class Checker {
  readonly problems: JsonProblem[] = [];

  constructor(private readonly value: Record<string, unknown>) {}

  fail(pointer: string, detail: string): void {
    this.problems.push({ pointer, detail });
  }

  id(key: string, required = true): void {
    this.pattern(key, ID, 'must be 1-128 letters, digits or _ . : -', required);
  }

  departmentId(key: string, required = true): void {
    this.pattern(key, DEPARTMENT_ID_PATTERN, 'must be 1-64 letters, digits or _ . : / -', required);
  }

  text(key: string, max: number, required = true, allowEmpty = false): void {
    const value = this.value[key];
    if (value === undefined && !required) return;
    if (typeof value !== 'string' || value.length > max || (!allowEmpty && value.trim() === '')) {
      this.fail(`/${key}`, `must be a ${allowEmpty ? '' : 'non-empty '}string of at most ${max} characters`);
    }
  }

  stage(key: string, required = true): void {
    const value = this.value[key];
    if (value === undefined && !required) return;
    if (!isGridStage(value)) this.fail(`/${key}`, `must be one of ${GRID_STAGES.join(', ')}`);
  }

  urgency(key: string, required = true): void {
    const value = this.value[key];
    if (value === undefined && !required) return;
    if (!(GRID_URGENCIES as readonly unknown[]).includes(value)) this.fail(`/${key}`, `must be one of ${GRID_URGENCIES.join(', ')}`);
  }

  instant(key: string, required = true): void {
    const value = this.value[key];
    if (value === undefined && !required) return;
    if (!isInstant(value)) this.fail(`/${key}`, 'must be an ISO 8601 instant with an offset, e.g. 2024-05-01T08:30:00Z');
  }

  version(key = 'version'): void {
    const value = this.value[key];
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) this.fail(`/${key}`, 'must be a whole number, 1 or more');
  }

  boolean(key: string): void {
    if (typeof this.value[key] !== 'boolean') this.fail(`/${key}`, 'must be true or false');
  }

  coordinates(): void {
    const { latitude, longitude } = this.value;
    if (latitude === undefined && longitude === undefined) return;
    if (typeof latitude !== 'number' || !Number.isFinite(latitude) || Math.abs(latitude) > 90) {
      this.fail('/latitude', 'must be a number between -90 and 90, given with longitude');
    }
    if (typeof longitude !== 'number' || !Number.isFinite(longitude) || Math.abs(longitude) > 180) {
      this.fail('/longitude', 'must be a number between -180 and 180, given with latitude');
    }
  }

  deadlines(): void {
    const deadlines = this.value.deadlines;
    if (deadlines === undefined) return;
    if (!isObject(deadlines)) {
      this.fail('/deadlines', 'must be an object {signBy?, arriveBy?, feedbackBy?}');
      return;
    }
    for (const key of ['signBy', 'arriveBy', 'feedbackBy']) {
      if (deadlines[key] !== undefined && !isInstant(deadlines[key])) {
        this.fail(`/deadlines/${key}`, 'must be an ISO 8601 instant with an offset');
      }
    }
  }

  private pattern(key: string, pattern: RegExp, detail: string, required: boolean): void {
    const value = this.value[key];
    if (value === undefined && !required) return;
    if (typeof value !== 'string' || !pattern.test(value)) this.fail(`/${key}`, detail);
  }
}

function taskFields(check: Checker): void {
  check.id('taskId');
  check.id('incidentId');
  check.departmentId('departmentId');
  check.stage('stage');
  check.text('title', 200);
  check.text('description', 4000, true, true);
  check.text('address', 500, false);
  check.text('areaCode', 64, false);
  check.coordinates();
  check.urgency('urgency');
  check.instant('issuedAt');
  check.deadlines();
  check.version();
}

/** Problems with a create body; empty when it is a valid `GridTask`. */
export function checkGridTask(body: unknown): JsonProblem[] {
  if (!isObject(body)) return [{ pointer: '', detail: 'must be a JSON object' }];
  const check = new Checker(body);
  taskFields(check);
  return check.problems;
}

const CHANGE_FIELDS = ['stage', 'departmentId', 'title', 'description', 'urgency', 'deadlines', 'note'] as const;

export function checkGridTaskChange(body: unknown): JsonProblem[] {
  if (!isObject(body)) return [{ pointer: '', detail: 'must be a JSON object' }];
  const check = new Checker(body);
  check.stage('stage', false);
  check.departmentId('departmentId', false);
  check.text('title', 200, false);
  check.text('description', 4000, false, true);
  check.urgency('urgency', false);
  check.deadlines();
  check.text('note', 1000, false);
  check.version();
  if (!CHANGE_FIELDS.some((key) => body[key] !== undefined)) {
    check.fail('', `must change at least one of ${CHANGE_FIELDS.join(', ')}`);
  }
  return check.problems;
}

export function checkCancellation(body: unknown): JsonProblem[] {
  if (!isObject(body)) return [{ pointer: '', detail: 'must be a JSON object' }];
  const check = new Checker(body);
  check.text('reason', 500);
  check.version();
  return check.problems;
}

export function checkGridTaskView(body: unknown): JsonProblem[] {
  if (!isObject(body)) return [{ pointer: '', detail: 'must be a JSON object' }];
  const check = new Checker(body);
  taskFields(check);
  check.text('gridCaseId', 128);
  check.boolean('cancelled');
  check.text('cancelReason', 500, false);
  check.instant('createdAt');
  check.instant('updatedAt');
  return check.problems;
}

const TASK_FIELDS = [
  'taskId',
  'incidentId',
  'departmentId',
  'stage',
  'title',
  'description',
  'address',
  'areaCode',
  'latitude',
  'longitude',
  'urgency',
  'issuedAt',
  'deadlines',
  'version',
] as const;
const VIEW_FIELDS = [...TASK_FIELDS, 'gridCaseId', 'cancelled', 'cancelReason', 'createdAt', 'updatedAt'] as const;

/** Copies the contract's fields only, so unknown fields from the other side go no further. */
function pickTask<T extends { deadlines?: unknown }>(body: Record<string, unknown>, fields: readonly string[]): T {
  const task = pick(body, fields) as unknown as T;
  if (task.deadlines) task.deadlines = pick(task.deadlines as Record<string, unknown>, ['signBy', 'arriveBy', 'feedbackBy']);
  return task;
}

export function toGridTaskView(body: Record<string, unknown>): GridTaskView {
  return pickTask<GridTaskView>(body, VIEW_FIELDS);
}

export function toGridTask(body: Record<string, unknown>): GridTask {
  return pickTask<GridTask>(body, TASK_FIELDS);
}

export function toGridTaskChange(body: Record<string, unknown>): GridTaskChange {
  return pick(body, [...CHANGE_FIELDS, 'version']) as unknown as GridTaskChange;
}

function pick(source: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of keys) if (source[key] !== undefined) result[key] = source[key];
  return result;
}
