import type { EntityManager } from '@mikro-orm/postgresql';
import { EscalationTarget, LeadershipMember } from './leadership.entity';

export class LeadershipService {
  constructor(private readonly em: EntityManager) {}

  /** The leadership group and its office by position, in the notice's order. */
  members(): Promise<LeadershipMember[]> {
    return this.em.find(LeadershipMember, {}, { orderBy: { body: 'asc', rank: 'asc' } });
  }

  /** Where major incidents are reported, in the order they are reported to. */
  escalationTargets(): Promise<EscalationTarget[]> {
    return this.em.find(EscalationTarget, {}, { orderBy: { rank: 'asc' } });
  }
}
