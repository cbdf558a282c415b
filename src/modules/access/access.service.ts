import type { EntityManager } from '@mikro-orm/postgresql';
import { requireText } from '../../common/time';
import { AccessRevocation } from './access.entity';
import type { RevocationList } from './access.revocations';

export class AccessService {
  constructor(private readonly em: EntityManager) {}

  /** Refuses every token of `subject` issued until now, on this replica at once and on the others within the refresh. */
  async revoke(input: { subject: string; reason?: string }, revokedBy: string, revocations?: RevocationList) {
    const subject = requireText(input.subject, 'subject');
    const revokedBefore = new Date();
    await this.em.upsert(AccessRevocation, { subject, revokedBefore, revokedBy, reason: input.reason });
    revocations?.remember(subject, revokedBefore);
    return { subject, revokedBefore };
  }
}
