import type { MikroORM } from '@mikro-orm/postgresql';
import type { Principal } from '../../../integrations/keycloak';
import { logger } from '../../common/logger';
import { AccessRevocation } from './access.entity';

/** How stale this process's copy of the revocation list may be. */
export const REVOCATION_REFRESH_MS = 2000;

/**
 * The revocation list, re-read from the database in the background every REVOCATION_REFRESH_MS
 * and shared by all requests of the process: a revocation saved on any replica takes effect on
 * every replica within that time, and no request waits for or pays a query.
 */
export class RevocationList {
  private revoked = new Map<string, Date>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly orm: MikroORM,
    private readonly refreshMs = REVOCATION_REFRESH_MS,
  ) {}

  async start(): Promise<void> {
    await this.refresh();
    this.timer = setInterval(() => {
      this.refresh().catch((err: unknown) => logger.error('revocation list refresh failed; keeping the last one', { err }));
    }, this.refreshMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  private async refresh(): Promise<void> {
    const rows = await this.orm.em.fork().find(AccessRevocation, {});
    this.revoked = new Map(rows.map((row) => [row.subject, row.revokedBefore]));
  }

  /** When the principal's token was revoked, or undefined while it stands. */
  revokedAt(principal: Principal): Date | undefined {
    const before = this.revoked.get(principal.subject);
    if (!before) return undefined;
    // A token without iat cannot prove it is newer than the revocation.
    return !principal.issuedAt || principal.issuedAt < before ? before : undefined;
  }

  /** Applies a revocation saved by this process at once, without waiting for the refresh. */
  remember(subject: string, revokedBefore: Date): void {
    this.revoked.set(subject, revokedBefore);
  }
}

export function revokedMessage(revokedAt: Date): string {
  return `The token was refused: access was revoked at ${revokedAt.toISOString()}; sign in again.`;
}

/**
 * Why a token that was valid when presented no longer holds (it expired, or its user's access was
 * revoked since), or undefined while it holds. A live feed asks this for every event it sends.
 */
export function tokenRefusal(principal: Principal, revocations: RevocationList | undefined, now = Date.now()): string | undefined {
  if (principal.expiresAt.getTime() <= now) return 'The token has expired; reconnect with a fresh one and resume from the last cursor.';
  const revokedAt = revocations?.revokedAt(principal);
  return revokedAt ? revokedMessage(revokedAt) : undefined;
}
