import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Tokens of this subject issued before `revokedBefore` are refused, over HTTP, at WebSocket
 * connect and for every live-feed event (Keycloak's not-before, kept by the platform itself
 * because tokens are verified offline).
 */
@Entity({ tableName: 'access_revocation' })
export class AccessRevocation {
  @PrimaryKey()
  subject!: string;

  @Property({ columnType: 'timestamptz' })
  revokedBefore!: Date;

  @Property()
  revokedBy!: string;

  @Property({ columnType: 'text', nullable: true })
  reason?: string;
}
