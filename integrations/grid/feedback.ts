import { isInstant, isObject, type JsonProblem } from './contract';
import {
  GRID_FEEDBACK_KINDS,
  GRID_WEBHOOK_EVENT_TYPES,
  type GridFeedback,
  type GridFeedbackKind,
  type GridWebhookEvent,
  type GridWebhookEventType,
} from './grid.port';

/** A verified webhook whose body is not a feedback event: answer 400 with the problems. */
export class GridFeedbackError extends Error {
  constructor(readonly problems: JsonProblem[]) {
    super(`invalid grid feedback: ${problems.map((p) => `${p.pointer} ${p.detail}`).join('; ')}`);
    this.name = 'GridFeedbackError';
  }
}

const MAX_TEXT = 4000;
const MAX_ATTACHMENTS = 20;

/**
 * Reads a `task.feedback` webhook body (the raw string, or JSON already parsed) after its
 * signature is verified. With `webhookId`, the event id must equal it: the id the replay check
 * remembers must be the event's own.
 */
export function parseGridWebhookEvent(body: unknown, options: { webhookId?: string } = {}): GridWebhookEvent {
  let raw: unknown = body;
  if (typeof body === 'string') {
    try {
      raw = JSON.parse(body);
    } catch {
      throw new GridFeedbackError([{ pointer: '', detail: 'is not JSON' }]);
    }
  }
  const problems: JsonProblem[] = [];
  const fail = (pointer: string, detail: string) => problems.push({ pointer, detail });
  if (!isObject(raw)) throw new GridFeedbackError([{ pointer: '', detail: 'must be an object {type, timestamp, data}' }]);

  if (!(GRID_WEBHOOK_EVENT_TYPES as readonly unknown[]).includes(raw.type)) {
    fail('/type', `must be one of ${GRID_WEBHOOK_EVENT_TYPES.join(', ')}`);
  }
  if (!isInstant(raw.timestamp)) fail('/timestamp', 'must be an ISO 8601 instant with an offset');
  const data = raw.data;
  if (!isObject(data)) {
    fail('/data', 'must be an object');
    throw new GridFeedbackError(problems);
  }

  const text = (key: string, max: number, required: boolean) => {
    const value = data[key];
    if (value === undefined && !required) return;
    if (typeof value !== 'string' || value.trim() === '' || value.length > max) {
      fail(`/data/${key}`, `must be a non-empty string of at most ${max} characters`);
    }
  };
  text('eventId', 256, true);
  text('taskId', 128, true);
  text('gridCaseId', 128, false);
  text('workerName', 100, false);
  text('workerPhone', 40, false);
  text('departmentId', 64, false);
  if (data.text !== undefined && (typeof data.text !== 'string' || data.text.length > MAX_TEXT)) {
    fail('/data/text', `must be a string of at most ${MAX_TEXT} characters`);
  }
  if (!(GRID_FEEDBACK_KINDS as readonly unknown[]).includes(data.kind)) {
    fail('/data/kind', `must be one of ${GRID_FEEDBACK_KINDS.join(', ')}`);
  }
  if (!isInstant(data.occurredAt)) fail('/data/occurredAt', 'must be an ISO 8601 instant with an offset');
  if (data.attachmentUrls !== undefined) {
    if (!Array.isArray(data.attachmentUrls) || data.attachmentUrls.length > MAX_ATTACHMENTS) {
      fail('/data/attachmentUrls', `must be an array of at most ${MAX_ATTACHMENTS} URLs`);
    } else {
      data.attachmentUrls.forEach((url, index) => {
        if (!isHttpUrl(url)) fail(`/data/attachmentUrls/${index}`, 'must be an http or https URL');
      });
    }
  }
  coordinate(data.latitude, 90, '/data/latitude', fail);
  coordinate(data.longitude, 180, '/data/longitude', fail);
  if ((data.latitude === undefined) !== (data.longitude === undefined)) {
    fail('/data', 'latitude and longitude come together or not at all');
  }
  if (data.kind === 'RETURNED' && (typeof data.text !== 'string' || data.text.trim() === '')) {
    fail('/data/text', 'a RETURNED feedback must say why the task is not the unit\'s duty');
  }
  if (options.webhookId !== undefined && typeof data.eventId === 'string' && data.eventId !== options.webhookId) {
    fail('/data/eventId', 'must equal the webhook-id header');
  }
  if (problems.length > 0) throw new GridFeedbackError(problems);

  const feedback: GridFeedback = {
    eventId: data.eventId as string,
    taskId: data.taskId as string,
    kind: data.kind as GridFeedbackKind,
    occurredAt: data.occurredAt as string,
  };
  for (const key of ['gridCaseId', 'text', 'workerName', 'workerPhone', 'departmentId'] as const) {
    if (typeof data[key] === 'string') feedback[key] = data[key] as string;
  }
  if (Array.isArray(data.attachmentUrls)) feedback.attachmentUrls = data.attachmentUrls as string[];
  if (typeof data.latitude === 'number' && typeof data.longitude === 'number') {
    feedback.latitude = data.latitude;
    feedback.longitude = data.longitude;
  }
  return { type: raw.type as GridWebhookEventType, timestamp: raw.timestamp as string, data: feedback };
}

function coordinate(value: unknown, limit: number, pointer: string, fail: (pointer: string, detail: string) => void): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isFinite(value) || Math.abs(value) > limit) {
    fail(pointer, `must be a number between -${limit} and ${limit}`);
  }
}

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > 2048) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
