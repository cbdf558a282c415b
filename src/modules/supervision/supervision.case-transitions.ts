import { ConflictError } from '../../common/errors';
import { CaseEventKind, CaseStatus } from './supervision.enums';

const { PROPOSED, OPENED, DECIDED, DISMISSED } = CaseStatus;

export interface CaseTransition {
  from: readonly CaseStatus[];
  to: CaseStatus | 'UNCHANGED';
  event: CaseEventKind;
  words: string;
}

/**
 * The accountability case machine: the rule pass proposes from the facts; the office opens,
 * then decides or dismisses (a proposal may be dismissed without opening). A unit's statement
 * (申辩) is recorded while the case is still open to it and changes no state. Every status
 * write goes through CaseWorkflow.move().
 */
export const CASE_TRANSITIONS = {
  open: { from: [PROPOSED], to: OPENED, event: CaseEventKind.CASE_OPENED, words: 'open the case' },
  decide: { from: [OPENED], to: DECIDED, event: CaseEventKind.CASE_DECIDED, words: 'decide the case' },
  dismiss: { from: [PROPOSED, OPENED], to: DISMISSED, event: CaseEventKind.CASE_DISMISSED, words: 'dismiss the case' },
  fileStatement: { from: [PROPOSED, OPENED], to: 'UNCHANGED', event: CaseEventKind.STATEMENT_FILED, words: 'file a statement' },
} as const satisfies Record<string, CaseTransition>;

export type CaseAction = keyof typeof CASE_TRANSITIONS;

/** A case comes into being PROPOSED, recorded as CASE_PROPOSED. */
export const CASE_CREATION = { to: PROPOSED, event: CaseEventKind.CASE_PROPOSED } as const;

export function assertCaseMay(c: { status: CaseStatus }, action: CaseAction): void {
  const row: CaseTransition = CASE_TRANSITIONS[action];
  if (row.from.includes(c.status)) return;
  throw new ConflictError(`Cannot ${row.words}: the case is ${c.status}; this is possible only when it is ${row.from.join(' or ')}.`, {
    currentStatus: c.status,
  });
}
