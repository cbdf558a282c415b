import type { EntityManager } from '@mikro-orm/postgresql';
import { NotFoundError } from '../../common/errors';
import type { Urgency } from '../orders/order.enums';
import { DutyMode } from '../units/unit.enums';
import type { UpdateTimeLimitPolicyInput } from './policy.inputs';
import { TimeLimitPolicy } from './policy.entity';

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

/** The time-limit policy table: read when orders are issued, edited by an administrator. */
export class PolicyService {
  /** Policies read through this service: a dispatch to several units reads each row once. */
  private readonly read = new Map<string, TimeLimitPolicy>();

  constructor(private readonly em: EntityManager) {}

  list(): Promise<TimeLimitPolicy[]> {
    return this.em.find(TimeLimitPolicy, {}, { orderBy: { urgency: 'asc', dutyMode: 'asc' } });
  }

  /** Policies the caller read already (a dispatch reads the whole table with its other checks). */
  remember(policies: TimeLimitPolicy[]): void {
    for (const policy of policies) this.read.set(`${policy.urgency}|${policy.dutyMode}`, policy);
  }

  async forOrder(urgency: Urgency, dutyMode: DutyMode): Promise<TimeLimitPolicy> {
    const mode = effectiveDutyMode(dutyMode);
    const key = `${urgency}|${mode}`;
    let policy = this.read.get(key);
    if (!policy) {
      const found = await this.em.findOne(TimeLimitPolicy, { urgency, dutyMode: mode });
      if (!found) throw new NotFoundError(`No time-limit policy for ${urgency} orders to ${dutyMode} units; an administrator must set one.`);
      policy = found;
      this.read.set(key, policy);
    }
    return policy;
  }

  deadlinesFrom(policy: TimeLimitPolicy, issuedAt: Date): Deadlines {
    const after = (minutes: number) => new Date(issuedAt.getTime() + minutes * 60_000);
    return {
      signDeadline: after(policy.signWithinMinutes),
      arriveDeadline: after(policy.arriveWithinMinutes),
      feedbackDeadline: after(policy.feedbackWithinMinutes),
      disputeDeadline: after(policy.disputeWithinMinutes),
    };
  }

  async update(input: UpdateTimeLimitPolicyInput): Promise<TimeLimitPolicy> {
    // The row named, never the one an UNSPECIFIED unit reads (the input refuses UNSPECIFIED).
    const row = await this.em.findOne(TimeLimitPolicy, { urgency: input.urgency, dutyMode: input.dutyMode });
    if (!row) throw new NotFoundError(`No time-limit policy for ${input.urgency} orders to ${input.dutyMode} units.`);
    this.read.clear();
    this.em.assign(row, {
      signWithinMinutes: input.signWithinMinutes,
      arriveWithinMinutes: input.arriveWithinMinutes,
      feedbackWithinMinutes: input.feedbackWithinMinutes,
      disputeWithinMinutes: input.disputeWithinMinutes,
    });
    return row;
  }
}
