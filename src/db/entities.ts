import { Area } from '../modules/areas/area.entity';
import { Escalation } from '../modules/escalations/escalation.entity';
import { HistoryEvent } from '../modules/history/history.entity';
import { Incident } from '../modules/incidents/incident.entity';
import { EscalationTarget, LeadershipMember } from '../modules/leadership/leadership.entity';
import { DutyContact, Feedback, Order } from '../modules/orders/order.entity';
import { RosterCalendarToken, RosterChange, RosterOverride, RosterRotation, RosterShift, RosterTemporary } from '../modules/rosters/roster.entity';
import {
  AccountabilityCase,
  AccountabilityRule,
  CaseEvent,
  JointMeeting,
  MeetingFollowUp,
  PublishedBulletin,
  ScoringScheme,
} from '../modules/supervision/supervision.entity';
import { Contact, Duty, Unit } from '../modules/units/unit.entity';
import { BaseEntity } from '../common/base.entity';
import { IdempotencyRecord } from '../modules/idempotency/idempotency.entity';
import { TimeLimitPolicy } from '../modules/policies/policy.entity';
import { AccessRevocation } from '../modules/access/access.entity';
import { GridOutboxMessage, GridTaskRecord, GridWebhookReceipt } from '../modules/grid-sync/grid-sync.entity';
import {
  RoutingCategory,
  RoutingCategoryUnit,
  RoutingLearnedChoice,
  RoutingSynonym,
  RoutingVersion,
} from '../modules/routing/routing.entity';

/** Every entity, listed once: no folder scanning, so tsc output and jest see the same set. */
export const entities = [
  BaseEntity,
  Contact,
  Unit,
  Duty,
  LeadershipMember,
  EscalationTarget,
  Area,
  Incident,
  Order,
  Feedback,
  HistoryEvent,
  Escalation,
  RosterShift,
  RosterRotation,
  RosterOverride,
  RosterTemporary,
  RosterChange,
  RosterCalendarToken,
  DutyContact,
  AccountabilityCase,
  CaseEvent,
  AccountabilityRule,
  ScoringScheme,
  PublishedBulletin,
  JointMeeting,
  MeetingFollowUp,
  IdempotencyRecord,
  TimeLimitPolicy,
  AccessRevocation,
  GridOutboxMessage,
  GridTaskRecord,
  GridWebhookReceipt,
  RoutingCategory,
  RoutingSynonym,
  RoutingCategoryUnit,
  RoutingLearnedChoice,
  RoutingVersion,
];
