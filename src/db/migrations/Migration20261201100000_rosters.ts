import { Migration } from '@mikro-orm/migrations';

const POSTS = `('LEADER_ON_CALL', 'LIAISON', 'DUTY_OFFICER', 'RESCUE_TEAM')`;
const BASE = `"id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now()`;

/**
 * Rosters (issue 11): rotations with rules, overrides, temporary rosters (their fixed shifts are
 * rows of the existing roster_shift), the roster change log, calendar tokens, and the duty contact
 * an order records at issue. The leader-on-call post (带班领导) is named LEADER_ON_CALL, as the
 * notice's duty rules and the API call it; roster_shift's RESPONSIBLE_LEADER rows are renamed.
 */
export class Migration20261201100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "roster_shift" drop constraint if exists "roster_shift_duty_check";`);
    this.addSql(`update "roster_shift" set "duty" = 'LEADER_ON_CALL' where "duty" = 'RESPONSIBLE_LEADER';`);
    this.addSql(`alter table "roster_shift" add constraint "roster_shift_duty_check" check ("duty" in ${POSTS});`);
    this.addSql(`create table "roster_rotation" (${BASE}, "unit_id" uuid not null references "unit" ("id") on update cascade,
      "post" text check ("post" in ${POSTS}) not null, "name" varchar(255) not null, "members" jsonb not null,
      "starts_at" timestamptz not null, "shift_hours" int null, "handoff_time" varchar(255) null, "shift_days" int null,
      "days" text check ("days" in ('EVERY_DAY', 'WORKDAYS', 'OFF_DAYS')) not null default 'EVERY_DAY',
      "weekdays" jsonb not null default '[]', "time_from" varchar(255) null, "time_to" varchar(255) null,
      "version" int not null default 1, constraint "roster_rotation_pkey" primary key ("id"));`);
    this.addSql(`create index "roster_rotation_unit_id_post_index" on "roster_rotation" ("unit_id", "post");`);

    this.addSql(`create table "roster_override" (${BASE}, "unit_id" uuid not null references "unit" ("id") on update cascade,
      "post" text check ("post" in ${POSTS}) not null, "kind" text check ("kind" in ('ADD', 'REMOVE', 'REPLACE')) not null,
      "person_name" varchar(255) null, "phone" varchar(255) null, "replaces_name" varchar(255) null,
      "starts_at" timestamptz not null, "ends_at" timestamptz not null, "note" text null,
      constraint "roster_override_pkey" primary key ("id"), constraint "roster_override_interval" check ("ends_at" > "starts_at"));`);
    this.addSql(`create index "roster_override_unit_id_ends_at_index" on "roster_override" ("unit_id", "ends_at");`);

    this.addSql(`create table "roster_temporary" (${BASE}, "unit_id" uuid not null references "unit" ("id") on update cascade,
      "post" text check ("post" in ${POSTS}) not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "note" text null,
      constraint "roster_temporary_pkey" primary key ("id"), constraint "roster_temporary_interval" check ("ends_at" > "starts_at"));`);
    this.addSql(`create index "roster_temporary_unit_id_ends_at_index" on "roster_temporary" ("unit_id", "ends_at");`);

    this.addSql(`alter table "roster_shift" add column "temporary_id" uuid null references "roster_temporary" ("id") on update cascade on delete cascade;`);
    this.addSql(`create index "roster_shift_temporary_id_index" on "roster_shift" ("temporary_id");`);
    // Reads are bounded by the window's start: past shifts (a year of them) are skipped by the index.
    this.addSql(`create index "roster_shift_unit_id_ends_at_index" on "roster_shift" ("unit_id", "ends_at");`);

    this.addSql(`create table "roster_change" (${BASE}, "seq" bigserial not null, "unit_id" uuid null references "unit" ("id") on update cascade,
      "unit_code" varchar(255) null, "kind" text not null, "actor_id" varchar(255) not null, "actor_name" varchar(255) null,
      "actor_role" varchar(255) not null, "recorded_at" timestamptz not null default now(), "before" jsonb null, "after" jsonb null,
      "note" text null, "dedupe_key" varchar(255) null, constraint "roster_change_pkey" primary key ("id"));`);
    this.addSql(`alter table "roster_change" add constraint "roster_change_seq_unique" unique ("seq");`);
    this.addSql(`alter table "roster_change" add constraint "roster_change_dedupe_key_unique" unique ("dedupe_key");`);
    this.addSql(`create index "roster_change_unit_id_seq_index" on "roster_change" ("unit_id", "seq");`);

    this.addSql(`create table "roster_calendar_token" (${BASE}, "unit_id" uuid not null references "unit" ("id") on update cascade,
      "token_hash" varchar(255) not null, "revoked_at" timestamptz null, constraint "roster_calendar_token_pkey" primary key ("id"));`);
    this.addSql(`alter table "roster_calendar_token" add constraint "roster_calendar_token_token_hash_unique" unique ("token_hash");`);

    this.addSql(`alter table "order" add column "duty_contact_person_name" varchar(255) null, add column "duty_contact_phone" varchar(255) null,
      add column "duty_contact_post" text check ("duty_contact_post" in ${POSTS}) null, add column "roster_gap" boolean not null default false;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "order" drop column "duty_contact_person_name", drop column "duty_contact_phone", drop column "duty_contact_post", drop column "roster_gap";`);
    this.addSql(`drop table if exists "roster_calendar_token";`);
    this.addSql(`drop table if exists "roster_change";`);
    this.addSql(`alter table "roster_shift" drop column "temporary_id";`);
    this.addSql(`drop index if exists "roster_shift_unit_id_ends_at_index";`);
    this.addSql(`drop table if exists "roster_temporary";`);
    this.addSql(`drop table if exists "roster_override";`);
    this.addSql(`drop table if exists "roster_rotation";`);
  }
}
