import { Migration } from '@mikro-orm/migrations';

/** Dispatch workflow: idempotency keys, time-limit policy, dispute deadline, desk search. */
export class Migration20261129042435 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "idempotency_key" ("actor_id" varchar(255) not null, "key" varchar(255) not null, "operation" varchar(255) not null, "input_hash" varchar(255) not null, "result_ids" jsonb not null, "created_at" timestamptz not null default now(), constraint "idempotency_key_pkey" primary key ("actor_id", "key"));`);

    this.addSql(`create table "time_limit_policy" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "urgency" text check ("urgency" in ('EMERGENCY', 'URGENT', 'ROUTINE')) not null, "duty_mode" text check ("duty_mode" in ('TWENTY_FOUR_HOUR_TEAM', 'PHONE_DUTY', 'UNSPECIFIED')) not null, "sign_within_minutes" int not null, "arrive_within_minutes" int not null, "feedback_within_minutes" int not null, "dispute_within_minutes" int not null, constraint "time_limit_policy_pkey" primary key ("id"));`);
    this.addSql(`alter table "time_limit_policy" add constraint "time_limit_policy_urgency_duty_mode_unique" unique ("urgency", "duty_mode");`);

    this.addSql(`alter table "order" add column "dispute_deadline" timestamptz null, add column "overdue_since" timestamptz null, add column "status_before_dispute" text check ("status_before_dispute" in ('ISSUED', 'SIGNED', 'ON_SCENE', 'HANDLING', 'COMPLETED', 'DISPUTED', 'CANCELLED')) null;`);

    // Desk search in Chinese descriptions: a substring match (ILIKE), which a trigram index
    // serves for terms of three characters or more.
    this.addSql(`create extension if not exists pg_trgm;`);
    this.addSql(`create index "incident_description_trgm" on "incident" using gin ("description" gin_trgm_ops);`);
    this.addSql(`create index "order_open_deadlines" on "order" ("status", "overdue") where "status" not in ('COMPLETED', 'CANCELLED');`);

    // Starting time limits in minutes: sign / arrive / feed back / dispute. 24-hour rescue
    // teams answer faster than phone-duty units; administrators tune them.
    const limits: [string, string, number, number, number, number][] = [
      ['EMERGENCY', 'TWENTY_FOUR_HOUR_TEAM', 5, 30, 120, 10],
      ['EMERGENCY', 'PHONE_DUTY', 10, 60, 240, 15],
      ['URGENT', 'TWENTY_FOUR_HOUR_TEAM', 15, 60, 480, 30],
      ['URGENT', 'PHONE_DUTY', 30, 120, 720, 30],
      ['ROUTINE', 'TWENTY_FOUR_HOUR_TEAM', 60, 240, 1440, 120],
      ['ROUTINE', 'PHONE_DUTY', 120, 480, 2880, 240],
    ];
    for (const [urgency, mode, sign, arrive, feedback, dispute] of limits) {
      this.addSql(
        `insert into "time_limit_policy" ("id", "urgency", "duty_mode", "sign_within_minutes", "arrive_within_minutes", "feedback_within_minutes", "dispute_within_minutes")
         values (gen_random_uuid(), '${urgency}', '${mode}', ${sign}, ${arrive}, ${feedback}, ${dispute});`,
      );
    }
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "idempotency_key" cascade;`);

    this.addSql(`drop table if exists "time_limit_policy" cascade;`);

    this.addSql(`alter table "order" drop column "dispute_deadline", drop column "overdue_since", drop column "status_before_dispute";`);
  }

}
