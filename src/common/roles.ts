import type { Role } from '../../integrations/keycloak';

/**
 * Every role group of the platform, in one place: `@Authorized` on root fields, the live feeds'
 * subscribe-time checks, row-level scope and the channel an actor is recorded under all read
 * these. docs/SECURITY.md is the written matrix and the permission-matrix test holds the code to it.
 */
export const EVERYONE: Role[] = ['dispatcher', 'commander', 'unit_operator', 'leadership', 'grid_sync', 'admin'];
/** The 110 desk and those who oversee it. */
export const DESK_AND_OVERSIGHT: Role[] = ['dispatcher', 'commander', 'leadership', 'admin'];
/** Who may read orders: the desk and oversight in full, units and the grid platform in their scope. */
export const ORDER_READERS: Role[] = [...DESK_AND_OVERSIGHT, 'unit_operator', 'grid_sync'];
/** The 110 desk: receives, classifies, dispatches, escalates, closes. */
export const DESK: Role[] = ['dispatcher', 'commander'];
/** Who acts on an order as the unit: the unit itself, the grid platform for it, or the desk by phone. */
export const ORDER_HANDLERS: Role[] = ['unit_operator', 'grid_sync', 'dispatcher', 'commander'];
/** Who rules on disputes (notice: the desk or the office rules). */
export const DISPUTE_JUDGES: Role[] = ['commander', 'leadership'];
/** Who acknowledges reports of major incidents on behalf of the targets. */
export const ESCALATION_RECEIVERS: Role[] = ['leadership'];
export const ADMIN: Role[] = ['admin'];
/** Who may check that the event history is untouched (accountability rests on it). */
export const HISTORY_VERIFIERS: Role[] = ['admin', 'leadership'];
/** Who reads and edits the routing taxonomy's categories. */
export const TAXONOMY_READERS: Role[] = [...DESK, ...ADMIN];
/** The grid platform's machine client. */
export const GRID_CLIENT: Role[] = ['grid_sync'];
/** Who may pull the grid platform's change feed: the platform itself, and an administrator checking it. */
export const GRID_FEED_READERS: Role[] = [...GRID_CLIENT, ...ADMIN];

/** Live feeds: who may follow orders (a unit operator its own unit's), every change, or escalations. */
export const ORDER_FEED_READERS: Role[] = [...DESK_AND_OVERSIGHT, 'unit_operator'];
export const INCIDENT_FEED_READERS: Role[] = DESK_AND_OVERSIGHT;
export const ESCALATION_FEED_READERS: Role[] = ['leadership', 'commander', 'admin'];

/** Who reopens a closed incident (重办): the desk, or the office after a callback or complaint. */
export const REOPENERS: Role[] = [...DESK, 'leadership'];
/** Who records supervision facts: callbacks (回访) by the desk; complaints (投诉) by the desk or the office. */
export const CALLBACK_RECORDERS: Role[] = DESK;
export const COMPLAINT_RECORDERS: Role[] = [...DESK, 'leadership'];
/** Who reads assessments (KPIs, bulletins): the office and admin in full, the desk, a unit its own. */
export const ASSESSMENT_READERS: Role[] = ['leadership', 'admin', 'dispatcher', 'commander', 'unit_operator'];
/** Who reads accountability cases: the office and admin in full, a unit operator its own unit's. */
export const CASE_READERS: Role[] = ['leadership', 'admin', 'unit_operator'];
/** The leadership office: publishes bulletins, runs the rule pass, decides cases, records joint meetings. */
export const SUPERVISORS: Role[] = ['leadership'];
/** Who edits the scoring scheme and the accountability rules (data, versioned): the administrator. */
export const SCHEME_EDITORS: Role[] = ['admin'];
/** A unit files its own statement (申辩) on a case. */
export const CASE_RESPONDENTS: Role[] = ['unit_operator'];
/** Who marks a meeting's follow-up item done: the office, or the unit it is assigned to. */
export const FOLLOW_UP_REPORTERS: Role[] = ['leadership', 'unit_operator'];
/** Who reads the county-wide bulletin and the published bulletins: the office, admin and the desk. */
export const BULLETIN_READERS: Role[] = ['leadership', 'admin', 'dispatcher', 'commander'];
/** Who reads the scoring schemes and rules (what units are measured by). */
export const SCHEME_READERS: Role[] = ['leadership', 'admin', 'dispatcher', 'commander', 'unit_operator'];
/** Who reads joint meetings and exports their report. */
export const MEETING_READERS: Role[] = ['leadership', 'admin'];
/** Who edits rosters and unit contacts: a unit operator its own unit's, an administrator any. */
export const ROSTER_EDITORS: Role[] = ['unit_operator', 'admin'];
/** Who reads rosters: the desk and oversight all units, a unit operator its own; the grid platform none. */
export const ROSTER_READERS: Role[] = [...DESK_AND_OVERSIGHT, 'unit_operator'];
