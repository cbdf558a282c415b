import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '../../common/errors';
import type { Urgency } from '../orders/order.enums';
import { DutyMode } from '../units/unit.enums';
import { TimeLimitPolicy } from './time-limit-policy.entity';

export interface Deadlines {
  signDeadline: Date;
  arriveDeadline: Date;
  feedbackDeadline: Date;
  disputeDeadline: Date;
}

/** The notice names no mode for some units; they answer like phone-duty units. */
export function effectiveDutyMode(mode: DutyMode): DutyMode {
  return mode === DutyMode.UNSPECIFIED ? DutyMode.PHONE_DUTY : mode;
}

export async function policyFor(em: EntityManager, urgency: Urgency, dutyMode: DutyMode): Promise<TimeLimitPolicy> {
  const policy = await em.findOne(TimeLimitPolicy, { urgency, dutyMode: effectiveDutyMode(dutyMode) });
  if (!policy) throw new NotFoundError(`No time-limit policy for ${urgency} orders to ${dutyMode} units; an administrator must set one.`);
  return policy;
}

export function deadlinesFrom(policy: TimeLimitPolicy, issuedAt: Date): Deadlines {
  const after = (minutes: number) => new Date(issuedAt.getTime() + minutes * 60_000);
  return {
    signDeadline: after(policy.signWithinMinutes),
    arriveDeadline: after(policy.arriveWithinMinutes),
    feedbackDeadline: after(policy.feedbackWithinMinutes),
    disputeDeadline: after(policy.disputeWithinMinutes),
  };
}
