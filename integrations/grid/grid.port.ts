/**
 * What the platform needs from the county's grid-management platform (网格化平台), in our own
 * vocabulary. The grid platform's real API is not public: an adapter translates this port to
 * one wire format (`http.adapter.ts` speaks the JSON contract in docs/GRID.md), so another
 * format means one new adapter file and nothing else changes.
 */

/** Case stages of a digital city-management workflow, in order. */
export const GRID_STAGES = ['REGISTERED', 'DISPATCHED', 'HANDLING', 'FEEDBACK', 'VERIFYING', 'CLOSED'] as const;
export type GridStage = (typeof GRID_STAGES)[number];

export const GRID_STAGE_LABELS: Readonly<Record<GridStage, string>> = {
  REGISTERED: '立案',
  DISPATCHED: '派遣',
  HANDLING: '处置',
  FEEDBACK: '反馈',
  VERIFYING: '核查',
  CLOSED: '结案',
};

export function isGridStage(value: unknown): value is GridStage {
  return typeof value === 'string' && (GRID_STAGES as readonly string[]).includes(value);
}

export const GRID_URGENCIES = ['EMERGENCY', 'URGENT', 'ROUTINE'] as const;
export type GridUrgency = (typeof GRID_URGENCIES)[number];

/** ISO 8601 instants with an offset, e.g. `2024-05-01T08:30:00.000Z`. */
export type IsoInstant = string;

export interface GridDeadlines {
  /** 签收时限 */
  signBy?: IsoInstant;
  /** 到场时限 */
  arriveBy?: IsoInstant;
  /** 反馈时限 */
  feedbackBy?: IsoInstant;
}

/** One of our GRID-channel orders, as the grid platform should hold it. */
export interface GridTask {
  /** Our order id; the grid platform keys the task by it, so a retried create cannot fork it. */
  taskId: string;
  incidentId: string;
  /** The grid platform's id for the member unit (see mapping.ts). */
  departmentId: string;
  stage: GridStage;
  title: string;
  description: string;
  address?: string;
  /** Township, village or community code from our area catalogue. */
  areaCode?: string;
  latitude?: number;
  longitude?: number;
  urgency: GridUrgency;
  issuedAt: IsoInstant;
  deadlines?: GridDeadlines;
  /**
   * Our order's version. The grid platform refuses a change whose version is not higher than
   * the one it holds, so a late retry can never roll a task back.
   */
  version: number;
}

/** A change to a task already created; absent fields stay as they are. */
export interface GridTaskChange {
  stage?: GridStage;
  departmentId?: string;
  title?: string;
  description?: string;
  urgency?: GridUrgency;
  deadlines?: GridDeadlines;
  /** Why it changed, shown to the unit (e.g. the desk's ruling on a dispute). */
  note?: string;
  version: number;
}

/** A task as the grid platform reports it back (getTask, listTasks). */
export interface GridTaskView extends GridTask {
  /** 案件编号: the grid platform's own case number. */
  gridCaseId: string;
  cancelled: boolean;
  cancelReason?: string;
  createdAt: IsoInstant;
  updatedAt: IsoInstant;
}

/** What a successful create, update or cancel tells the relay. */
export interface GridDeliveryResult {
  taskId: string;
  gridCaseId: string;
  stage: GridStage;
  version: number;
  cancelled: boolean;
  /** The grid platform answered from its idempotency store: this key was applied before. */
  replayed: boolean;
}

export interface GridWriteOptions {
  /**
   * Stable across retries of one outbox message (use the message id): the grid platform applies
   * a key once and answers a repeat with the first response.
   */
  idempotencyKey: string;
  signal?: AbortSignal;
}

export interface GridReadOptions {
  signal?: AbortSignal;
}

export interface GridListQuery {
  /** Only tasks the grid platform changed at or after this instant. */
  updatedSince?: IsoInstant;
  /** 1..500, default 100. */
  limit?: number;
  /** `nextCursor` of the previous page. */
  cursor?: string;
}

export interface GridTaskPage {
  tasks: GridTaskView[];
  /** null on the last page. */
  nextCursor: string | null;
}

/**
 * Every method either resolves or throws a `GridError`; `GridError.retryable` tells the relay
 * whether to try the same message again later or dead-letter it.
 */
export interface GridPort {
  createTask(task: GridTask, options: GridWriteOptions): Promise<GridDeliveryResult>;
  updateTask(taskId: string, change: GridTaskChange, options: GridWriteOptions): Promise<GridDeliveryResult>;
  cancelTask(taskId: string, cancellation: { reason: string; version: number }, options: GridWriteOptions): Promise<GridDeliveryResult>;
  /** null when the grid platform has no such task. */
  getTask(taskId: string, options?: GridReadOptions): Promise<GridTaskView | null>;
  /** Oldest change first, for reconciliation. */
  listTasks(query?: GridListQuery, options?: GridReadOptions): Promise<GridTaskPage>;
}

export const GRID_ERROR_CODES = [
  /** Connection refused, reset, DNS failure: the request may not have arrived. */
  'NETWORK',
  /** No complete answer within the timeout: the request may or may not have been applied. */
  'TIMEOUT',
  /** The caller aborted (shutdown). */
  'ABORTED',
  /** 5xx (and 408). */
  'UNAVAILABLE',
  /** 429. */
  'RATE_LIMITED',
  /** 409 REQUEST_IN_PROGRESS: the same idempotency key is still being processed. */
  'IN_PROGRESS',
  /** A 2xx whose body is not the contract's: retrying under the same key is safe. */
  'BAD_RESPONSE',
  /** 401 or 403: our credentials are wrong; every message would fail the same way. */
  'UNAUTHORIZED',
  /** 400, 413, 415, 422 other than a reused key: this message will never be accepted. */
  'VALIDATION',
  'NOT_FOUND',
  /** 409 TASK_EXISTS: a create for a task id the grid platform already holds under another key. */
  'ALREADY_EXISTS',
  /** 409 STALE_VERSION: the grid platform holds a newer version; this message is superseded. */
  'STALE_VERSION',
  /** 409 TASK_CANCELLED or TASK_CLOSED: the task can no longer change. */
  'TASK_FINISHED',
  /** 422 IDEMPOTENCY_KEY_REUSED: one key was sent with two different bodies (a bug on our side). */
  'IDEMPOTENCY_KEY_REUSED',
  /** Any other status. */
  'UNEXPECTED',
] as const;
export type GridErrorCode = (typeof GRID_ERROR_CODES)[number];

const RETRYABLE: ReadonlySet<GridErrorCode> = new Set<GridErrorCode>([
  'NETWORK',
  'TIMEOUT',
  'ABORTED',
  'UNAVAILABLE',
  'RATE_LIMITED',
  'IN_PROGRESS',
  'BAD_RESPONSE',
]);

export function isRetryableGridErrorCode(code: GridErrorCode): boolean {
  return RETRYABLE.has(code);
}

export type GridOperation = 'createTask' | 'updateTask' | 'cancelTask' | 'getTask' | 'listTasks';

/** An RFC 9457 problem document as the grid platform sends it with a 4xx or 5xx. */
export interface GridProblem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  errors?: { pointer: string; detail: string }[];
}

/**
 * The one error a `GridPort` throws. `retryable` is decided by `code` alone, so the relay needs
 * no HTTP knowledge: retry (after `retryAfterMs` when the grid platform named a delay) or
 * dead-letter. UNAUTHORIZED is not retryable but is a configuration fault rather than a bad
 * message: the relay should pause and alert instead of dead-lettering its whole queue.
 */
export class GridError extends Error {
  readonly retryable: boolean;

  constructor(
    readonly code: GridErrorCode,
    message: string,
    readonly details: {
      operation: GridOperation;
      taskId?: string;
      status?: number;
      retryAfterMs?: number;
      problem?: GridProblem;
      cause?: unknown;
    },
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'GridError';
    this.retryable = isRetryableGridErrorCode(code);
  }

  get status(): number | undefined {
    return this.details.status;
  }

  get retryAfterMs(): number | undefined {
    return this.details.retryAfterMs;
  }
}

/** Feedback kinds a unit sends through the grid platform (notice 四.3, 四.4). */
export const GRID_FEEDBACK_KINDS = [
  /** 签收 the unit signed for the task */
  'SIGNED',
  /** 到场 the unit's people reached the scene; occurredAt is the arrival time */
  'ARRIVED',
  /** 现场现状 the situation on the scene */
  'SCENE_STATUS',
  /** 处置中 progress */
  'PROGRESS',
  /** 处置结果 result: the unit considers the task done */
  'RESULT',
  /** 补充材料 photos or documents added without a new report */
  'ATTACHMENT',
  /** 回退 the unit says the task is not its duty; text gives the reason */
  'RETURNED',
] as const;
export type GridFeedbackKind = (typeof GRID_FEEDBACK_KINDS)[number];

/** One feedback event from a grid worker, as carried in the `data` of a `task.feedback` webhook. */
export interface GridFeedback {
  /** Unique per event; equals the webhook-id header of its delivery, retries included. */
  eventId: string;
  taskId: string;
  gridCaseId?: string;
  kind: GridFeedbackKind;
  /** When it happened according to the worker (e.g. the time of arrival), not when it was sent. */
  occurredAt: IsoInstant;
  text?: string;
  attachmentUrls?: string[];
  workerName?: string;
  workerPhone?: string;
  departmentId?: string;
  latitude?: number;
  longitude?: number;
}

export const GRID_WEBHOOK_EVENT_TYPES = ['task.feedback'] as const;
export type GridWebhookEventType = (typeof GRID_WEBHOOK_EVENT_TYPES)[number];

/** The webhook body: the Standard Webhooks envelope around one feedback. */
export interface GridWebhookEvent {
  type: GridWebhookEventType;
  timestamp: IsoInstant;
  data: GridFeedback;
}
