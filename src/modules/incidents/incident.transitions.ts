import { ConflictError } from '../../common/errors';
import { EventKind } from '../history/history.enums';
import { IncidentStatus } from './incident.enums';

const { RECEIVED, CLASSIFIED, DISPATCHED, CLOSED } = IncidentStatus;

export const UNCHANGED = 'UNCHANGED';

export interface IncidentTransition {
  from: readonly IncidentStatus[];
  to: IncidentStatus | typeof UNCHANGED;
  event: EventKind;
  words: string;
  /** Why the action is impossible from a particular state, when the general sentence would not say. */
  hints?: Partial<Record<IncidentStatus, string>>;
  /** Recorded only when the state actually changes: a further dispatch records its orders alone. */
  onlyWhenChanged?: true;
  movesVersion?: true;
}

/**
 * The incident state machine (notice 四): receive, classify, dispatch, escalate, close. Every
 * change of an incident's state and every incident-level event is a row here, applied by
 * IncidentWorkflow.move().
 */
export const INCIDENT_TRANSITIONS = {
  classify: { from: [RECEIVED, CLASSIFIED], to: CLASSIFIED, event: EventKind.INCIDENT_CLASSIFIED, words: 'classify the incident' },
  /** A call that needs no dispatch is finished the moment the desk says so. */
  classifyNoDispatch: { from: [RECEIVED, CLASSIFIED], to: CLOSED, event: EventKind.INCIDENT_CLASSIFIED, words: 'classify the incident' },
  dispatch: {
    from: [CLASSIFIED, DISPATCHED],
    to: DISPATCHED,
    event: EventKind.INCIDENT_DISPATCHED,
    words: 'dispatch',
    hints: { [RECEIVED]: 'Cannot dispatch: the incident is RECEIVED; classify it first.' },
    onlyWhenChanged: true,
  },
  escalate: { from: [RECEIVED, CLASSIFIED, DISPATCHED], to: UNCHANGED, event: EventKind.INCIDENT_ESCALATED, words: 'escalate the incident', movesVersion: true },
  acknowledgeEscalation: {
    from: [RECEIVED, CLASSIFIED, DISPATCHED, CLOSED],
    to: UNCHANGED,
    event: EventKind.ESCALATION_ACKNOWLEDGED,
    words: 'acknowledge the report',
  },
  close: { from: [CLASSIFIED, DISPATCHED], to: CLOSED, event: EventKind.INCIDENT_CLOSED, words: 'close the incident' },
  /**
   * 重复报警: a call not yet dispatched is linked to an open incident about the same matter; it
   * is closed as that incident's repeat (NO_DISPATCH, DUPLICATE), and the open incident records
   * the link (takeRepeatCall).
   */
  linkAsRepeat: {
    from: [RECEIVED, CLASSIFIED],
    to: CLOSED,
    event: EventKind.INCIDENT_LINKED_AS_REPEAT,
    words: 'link the call as a repeat',
    hints: { [DISPATCHED]: 'Cannot link the call as a repeat: the incident is DISPATCHED; a call with orders is handled on its own (cancel its orders first).' },
  },
  takeRepeatCall: {
    from: [RECEIVED, CLASSIFIED, DISPATCHED],
    to: UNCHANGED,
    event: EventKind.REPEAT_CALL_LINKED,
    words: 'take a repeat call',
    hints: { [CLOSED]: 'Cannot take a repeat call: the incident is CLOSED; reopen it, or handle the new call on its own.' },
    movesVersion: true,
  },
  /** 重办: a closed incident goes back to the desk, classified, to be dispatched again. */
  reopen: { from: [CLOSED], to: CLASSIFIED, event: EventKind.INCIDENT_REOPENED, words: 'reopen the incident' },
} as const satisfies Record<string, IncidentTransition>;

export type IncidentAction = keyof typeof INCIDENT_TRANSITIONS;

/** An incident comes into being RECEIVED; its creation is recorded as INCIDENT_REPORTED. */
export const INCIDENT_CREATION = { to: RECEIVED, event: EventKind.INCIDENT_REPORTED } as const;

export function assertIncidentMay(incident: { status: IncidentStatus }, action: IncidentAction): void {
  const row: IncidentTransition = INCIDENT_TRANSITIONS[action];
  if (row.from.includes(incident.status)) return;
  throw new ConflictError(
    row.hints?.[incident.status] ??
      `Cannot ${row.words}: the incident is ${incident.status}; this is possible only when it is ${row.from.join(' or ')}.`,
    { currentStatus: incident.status },
  );
}
