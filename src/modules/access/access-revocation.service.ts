import type { MikroORM } from '@mikro-orm/postgresql';
import type { Principal } from '../../../integrations/keycloak';
import { AccessRevocation } from './access-revocation.entity';

/** How stale this process's copy of the revocation list may be. */
export const REVOCATION_REFRESH_MS = 2000;

/**
 * The revocation list, read from the database at most every REVOCATION_REFRESH_MS and shared
 * by all requests of the process, so a revocation saved on any replica takes effect on every
 * replica within that time without a query per request.
 */
export class RevocationList {
  private revoked = new Map<string, Date>();
  private loadedAt = 0;
  private loading: Promise<void> | undefined;

  constructor(
    private readonly orm: MikroORM,
    private readonly refreshMs = REVOCATION_REFRESH_MS,
  ) {}

  private async refresh(): Promise<void> {
    const rows = await this.orm.em.fork().find(AccessRevocation, {});
    this.revoked = new Map(rows.map((row) => [row.subject, row.revokedBefore]));
    this.loadedAt = Date.now();
  }

  /** When the principal's token was revoked, or undefined while it stands. */
  async revokedAt(principal: Principal): Promise<Date | undefined> {
    if (Date.now() - this.loadedAt >= this.refreshMs) {
      this.loading ??= this.refresh().finally(() => (this.loading = undefined));
      await this.loading;
    }
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
