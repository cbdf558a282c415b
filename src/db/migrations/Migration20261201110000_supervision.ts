import { Migration } from '@mikro-orm/migrations';

/**
 * Supervision and assessment (issue 12): the case lifecycle and its append-only history, the
 * versioned scoring scheme (seeded with version 1), accountability rules, frozen bulletins,
 * joint meetings and their follow-ups, and the index the month's KPI query reads by unit.
 */
export class Migration20261201110000 extends Migration {
  override async up(): Promise<void> {
    // accountability_case had no API and holds no rows: its lifecycle becomes proposed → opened → decided/dismissed.
    this.addSql(`alter table "accountability_case" drop constraint if exists "accountability_case_status_check";`);
    this.addSql(`alter table "accountability_case" alter column "status" set default 'PROPOSED';`);
    this.addSql(`alter table "accountability_case" add constraint "accountability_case_status_check"
      check ("status" in ('PROPOSED', 'OPENED', 'DECIDED', 'DISMISSED'));`);
    this.addSql(`alter table "accountability_case" alter column "opened_by" drop not null, alter column "opened_at" drop not null;`);
    this.addSql(`alter table "accountability_case" add column "rule_code" varchar(255) not null, add column "dedupe_key" varchar(255) not null,
      add column "period_key" varchar(255) not null, add column "evidence" jsonb not null, add column "proposed_at" timestamptz not null,
      add column "statement" text null, add column "version" int not null default 1;`);
    this.addSql(`alter table "accountability_case" add constraint "accountability_case_rule_code_unit_id_dedupe_key_unique"
      unique ("rule_code", "unit_id", "dedupe_key");`);

    this.addSql(`create table "accountability_case_event" ("id" uuid not null, "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(), "accountability_case_id" uuid not null,
      "kind" text check ("kind" in ('CASE_PROPOSED', 'CASE_OPENED', 'CASE_DECIDED', 'CASE_DISMISSED', 'STATEMENT_FILED')) not null,
      "actor_id" varchar(255) not null, "actor_name" varchar(255) null, "actor_role" varchar(255) not null, "actor_unit" varchar(255) null,
      "channel" text check ("channel" in ('DESK', 'UNIT_CONSOLE', 'GRID', 'PHONE', 'SYSTEM')) not null,
      "recorded_at" timestamptz not null default clock_timestamp(),
      "from_status" text check ("from_status" in ('PROPOSED', 'OPENED', 'DECIDED', 'DISMISSED')) null,
      "to_status" text check ("to_status" in ('PROPOSED', 'OPENED', 'DECIDED', 'DISMISSED')) not null, "note" text null,
      constraint "accountability_case_event_pkey" primary key ("id"),
      constraint "accountability_case_event_case_foreign" foreign key ("accountability_case_id") references "accountability_case" ("id") on update cascade on delete restrict);`);
    this.addSql(`create index "accountability_case_event_case_recorded_index" on "accountability_case_event" ("accountability_case_id", "recorded_at");`);
    this.addSql(`create trigger "accountability_case_event_append_only" before update or delete on "accountability_case_event"
      for each row execute function "event_is_append_only"();`);

    this.addSql(`create table "scoring_scheme" ("id" uuid not null, "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(), "version" int not null, "name" varchar(255) not null, "metrics" jsonb not null,
      "deductions" jsonb not null, "red_list_min_score" numeric(6,2) not null, "black_list_below_score" numeric(6,2) not null,
      "saved_by" varchar(255) not null, constraint "scoring_scheme_pkey" primary key ("id"), constraint "scoring_scheme_version_unique" unique ("version"));`);
    this.addSql(`create trigger "scoring_scheme_append_only" before update or delete on "scoring_scheme"
      for each row execute function "event_is_append_only"();`);
    // A published-style curve (after Lianyungang's monthly 12345 scoring): timely sign-for, arrival,
    // feedback, on-time completion and satisfaction, each losing points per percentage point short
    // of 100% and scoring nothing below its floor; complaints and media reports deduct.
    this.addSql(`insert into "scoring_scheme" ("id", "version", "name", "metrics", "deductions", "red_list_min_score", "black_list_below_score", "saved_by")
      values (gen_random_uuid(), 1, '联动单位月度考核办法（试行） monthly assessment, trial', '${JSON.stringify([
        { metric: 'TIMELY_SIGN_RATE', weight: 30, floor: 60, slope: 0.75, cap: 30 },
        { metric: 'TIMELY_ARRIVAL_RATE', weight: 20, floor: 60, slope: 0.5, cap: 20 },
        { metric: 'TIMELY_FEEDBACK_RATE', weight: 15, floor: 60, slope: 0.375, cap: 15 },
        { metric: 'ON_TIME_COMPLETION_RATE', weight: 20, floor: 60, slope: 0.5, cap: 20 },
        { metric: 'SATISFACTION_RATE', weight: 15, floor: 60, slope: 0.375, cap: 15 },
      ])}', '${JSON.stringify([
        { kind: 'NO_NAMED_LEADER', points: 5 },
        { kind: 'PUBLIC_COMPLAINT', points: 2 },
        { kind: 'MEDIA_EXPOSURE', points: 5 },
        { kind: 'LEADERSHIP_INSTRUCTION', points: 3 },
      ])}', 95, 60, 'system');`);

    this.addSql(`create table "accountability_rule" ("id" uuid not null, "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(), "code" varchar(255) not null,
      "category" text check ("category" in ('LEAVING_POST', 'SLACKING', 'DISOBEYING_ORDER', 'SHIRKING', 'DELAY')) not null,
      "description" text not null, "enabled" boolean not null, "threshold" int not null,
      constraint "accountability_rule_pkey" primary key ("id"), constraint "accountability_rule_code_unique" unique ("code"));`);
    this.addSql(`insert into "accountability_rule" ("id", "code", "category", "description", "enabled", "threshold") values
      (gen_random_uuid(), 'REPEATED_REJECTED_DISPUTES', 'SHIRKING', '遇事推诿: at least threshold disputes by one unit ruled not its duty (rejected) in the period', true, 2),
      (gen_random_uuid(), 'IGNORED_ORDER', 'DISOBEYING_ORDER', '不服从指令: an order neither signed nor disputed more than threshold minutes after its sign deadline, or disputed again after a rejected dispute and never handled', true, 60),
      (gen_random_uuid(), 'DELAY_WITH_COMPLAINT', 'DELAY', '贻误时机: an order that missed a deadline and drew a complaint, media report or leadership instruction (threshold unused)', true, 0),
      (gen_random_uuid(), 'UNSIGNED_WHILE_ON_DUTY', 'LEAVING_POST', '擅离职守: an order not signed by its sign deadline while the roster had someone on the unit''s required post (threshold: minutes of grace after the deadline)', true, 0),
      (gen_random_uuid(), 'LATE_FEEDBACK_RUN', 'SLACKING', '消极怠工: a run of at least threshold consecutive orders of one unit fed back late in the period', true, 3);`);

    this.addSql(`create table "published_bulletin" ("id" uuid not null, "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(), "period_key" varchar(255) not null, "version" int not null,
      "scheme_version" int not null, "as_of" timestamptz not null, "content" jsonb not null, "published_by" varchar(255) not null,
      "note" text null, constraint "published_bulletin_pkey" primary key ("id"),
      constraint "published_bulletin_period_key_version_unique" unique ("period_key", "version"));`);
    this.addSql(`create trigger "published_bulletin_append_only" before update or delete on "published_bulletin"
      for each row execute function "event_is_append_only"();`);

    this.addSql(`create table "joint_meeting" ("id" uuid not null, "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(), "held_on" date not null, "title" varchar(255) not null,
      "attendees" jsonb not null, "topics" jsonb not null, "decisions" jsonb not null, "recorded_by" varchar(255) not null,
      constraint "joint_meeting_pkey" primary key ("id"));`);
    this.addSql(`create table "meeting_follow_up" ("id" uuid not null, "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(), "meeting_id" uuid not null, "unit_id" uuid not null, "item" text not null,
      "due_on" date not null, "completed_at" timestamptz null, "completion_note" text null, "completed_by" varchar(255) null,
      constraint "meeting_follow_up_pkey" primary key ("id"),
      constraint "meeting_follow_up_meeting_id_foreign" foreign key ("meeting_id") references "joint_meeting" ("id") on update cascade on delete restrict,
      constraint "meeting_follow_up_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict);`);
    this.addSql(`create index "meeting_follow_up_meeting_id_index" on "meeting_follow_up" ("meeting_id");`);

    // One unit's month is a range of this index; the whole county's month uses order(issued_at, id).
    this.addSql(`create index "order_unit_id_issued_at_index" on "order" ("unit_id", "issued_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "order_unit_id_issued_at_index";`);
    this.addSql(`drop table if exists "meeting_follow_up";`);
    this.addSql(`drop table if exists "joint_meeting";`);
    this.addSql(`drop table if exists "published_bulletin";`);
    this.addSql(`drop table if exists "accountability_rule";`);
    this.addSql(`drop table if exists "scoring_scheme";`);
    this.addSql(`drop table if exists "accountability_case_event";`);
    this.addSql(`alter table "accountability_case" drop constraint if exists "accountability_case_rule_code_unit_id_dedupe_key_unique";`);
    this.addSql(`alter table "accountability_case" drop column "rule_code", drop column "dedupe_key", drop column "period_key",
      drop column "evidence", drop column "proposed_at", drop column "statement", drop column "version";`);
    this.addSql(`alter table "accountability_case" drop constraint if exists "accountability_case_status_check";`);
    this.addSql(`alter table "accountability_case" alter column "status" set default 'OPEN';`);
    this.addSql(`alter table "accountability_case" add constraint "accountability_case_status_check"
      check ("status" in ('OPEN', 'UNDER_REVIEW', 'DECIDED', 'DISMISSED'));`);
  }
}
