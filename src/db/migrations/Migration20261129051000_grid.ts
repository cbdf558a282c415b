import { Migration } from '@mikro-orm/migrations';

/** Grid platform mirroring: transactional outbox, what the grid holds, webhook receipts. */
export class Migration20261129051000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "grid_outbox" (
      "id" uuid not null, "seq" bigserial not null, "order_id" uuid not null, "reason" varchar(255) not null,
      "status" text check ("status" in ('PENDING', 'RETRYING', 'DELIVERED', 'DEAD', 'SKIPPED')) not null default 'PENDING',
      "attempts" int not null default 0, "next_attempt_at" timestamptz not null default now(),
      "window_started_at" timestamptz not null default now(), "lease_until" timestamptz null, "last_error" text null,
      "delivered_at" timestamptz null, "created_at" timestamptz not null default now(),
      constraint "grid_outbox_pkey" primary key ("id"));`);
    this.addSql(`alter table "grid_outbox" add constraint "grid_outbox_seq_unique" unique ("seq");`);
    this.addSql(`create index "grid_outbox_due" on "grid_outbox" ("next_attempt_at") where "status" in ('PENDING', 'RETRYING');`);
    this.addSql(`create index "grid_outbox_order_id_seq_index" on "grid_outbox" ("order_id", "seq");`);
    this.addSql(`create index "grid_outbox_status_next_attempt_at_index" on "grid_outbox" ("status", "next_attempt_at");`);
    this.addSql(`alter table "grid_outbox" add constraint "grid_outbox_order_id_foreign" foreign key ("order_id") references "order" ("id") on update cascade on delete restrict;`);

    this.addSql(`create table "grid_task" (
      "order_id" uuid not null, "grid_case_id" varchar(255) not null, "synced_version" int not null,
      "synced_stage" varchar(255) not null, "cancelled" boolean not null default false, "synced_at" timestamptz not null,
      constraint "grid_task_pkey" primary key ("order_id"));`);
    this.addSql(`alter table "grid_task" add constraint "grid_task_order_id_foreign" foreign key ("order_id") references "order" ("id") on update cascade on delete restrict;`);

    this.addSql(`create table "grid_webhook_receipt" (
      "id" varchar(255) not null, "webhook_timestamp" timestamptz not null, "received_at" timestamptz not null default now(),
      constraint "grid_webhook_receipt_pkey" primary key ("id"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "grid_webhook_receipt";`);
    this.addSql(`drop table if exists "grid_task";`);
    this.addSql(`drop table if exists "grid_outbox";`);
  }
}
