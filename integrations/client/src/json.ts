/**
 * The JSON a `JSONObject` field carries (a history event's `before` and `after`, an
 * accountability case's `evidence`, a bulletin's `content`): plain JSON, so a value is narrowed
 * with `typeof` and never needs a cast from `unknown`.
 */
export type JsonPrimitive = string | number | boolean | null;
export type JsonValue = JsonPrimitive | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

/**
 * The keys a history event's `before` / `after` records for the common changes (each present
 * only where the change touched it); other keys, named by the event's kind, stay JSON.
 */
export interface HistoryState {
  [key: string]: JsonValue | undefined;
  status?: string;
  classification?: string | null;
  overdue?: boolean;
  major?: boolean;
  signedAt?: string;
  arrivedAt?: string;
  closedAt?: string | null;
  unit?: string;
  units?: string[];
  reason?: string | null;
  note?: string | null;
}

/** Reads a history event's `before` or `after` as a {@link HistoryState} (null when absent). */
export function historyState(value: JsonObject | null | undefined): HistoryState | null {
  return value ? (value as HistoryState) : null;
}
