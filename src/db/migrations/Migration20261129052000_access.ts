import { Migration } from '@mikro-orm/migrations';

/** Access revocations: tokens of a subject issued before a moment are refused. */
export class Migration20261129052000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "access_revocation" ("subject" varchar(255) not null, "revoked_before" timestamptz not null,
      "revoked_by" varchar(255) not null, "reason" text null, constraint "access_revocation_pkey" primary key ("subject"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "access_revocation";`);
  }
}
