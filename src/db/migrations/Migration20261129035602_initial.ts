import { Migration } from '@mikro-orm/migrations';

/** The whole domain model as of the platform foundation. */
export class Migration20261129035602 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "area" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" varchar(255) not null, "name" varchar(255) not null, "kind" text check ("kind" in ('COUNTY', 'TOWN', 'XIANG', 'VILLAGE', 'COMMUNITY', 'GRID_CELL')) not null, "parent_id" uuid null, "source" text check ("source" in ('NOTICE', 'ADMIN')) not null default 'NOTICE', constraint "area_pkey" primary key ("id"));`);
    this.addSql(`alter table "area" add constraint "area_code_unique" unique ("code");`);
    this.addSql(`create index "area_parent_id_index" on "area" ("parent_id");`);

    this.addSql(`create table "escalation_target" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" varchar(255) not null, "name" varchar(255) not null, "phone" varchar(255) null, "rank" int not null, constraint "escalation_target_pkey" primary key ("id"));`);
    this.addSql(`alter table "escalation_target" add constraint "escalation_target_code_unique" unique ("code");`);

    this.addSql(`create table "incident" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "status" text check ("status" in ('RECEIVED', 'CLASSIFIED', 'DISPATCHED', 'CLOSED')) not null default 'RECEIVED', "classification" text check ("classification" in ('POLICE', 'JOINT', 'LINKAGE', 'NO_DISPATCH')) null, "no_dispatch_reason" text check ("no_dispatch_reason" in ('ADVICE_GIVEN', 'MISDIAL', 'NUISANCE', 'DUPLICATE', 'OTHER')) null, "caller_name" varchar(255) null, "callback_number" varchar(255) null, "area_id" uuid null, "address" text null, "latitude" double precision null, "longitude" double precision null, "description" text not null, "received_at" timestamptz not null, "intake_channel" text check ("intake_channel" in ('CALL_110', 'SMS_110', 'WALK_IN', 'ONLINE', 'GRID')) not null, "major" boolean not null default false, "classified_at" timestamptz null, "closed_at" timestamptz null, "closing_note" text null, "version" int not null default 1, constraint "incident_pkey" primary key ("id"));`);
    this.addSql(`create index "incident_status_index" on "incident" ("status");`);
    this.addSql(`create index "incident_area_id_index" on "incident" ("area_id");`);
    this.addSql(`create index "incident_received_at_id_index" on "incident" ("received_at", "id");`);

    this.addSql(`create table "escalation" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "incident_id" uuid not null, "target_id" uuid not null, "reason" text null, "reported_at" timestamptz not null, "acknowledged_at" timestamptz null, "acknowledged_by" varchar(255) null, constraint "escalation_pkey" primary key ("id"));`);
    this.addSql(`create index "escalation_incident_id_index" on "escalation" ("incident_id");`);
    this.addSql(`alter table "escalation" add constraint "escalation_incident_id_target_id_unique" unique ("incident_id", "target_id");`);

    this.addSql(`create table "unit" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" varchar(255) not null, "name" varchar(255) not null, "short_name" varchar(255) not null, "notice_section" int null, "rank" int not null, "duty_mode" text check ("duty_mode" in ('TWENTY_FOUR_HOUR_TEAM', 'PHONE_DUTY', 'UNSPECIFIED')) not null, "leader_name" varchar(255) null, "leader_position" varchar(255) null, "leader_phone" varchar(255) null, "liaison_name" varchar(255) null, "liaison_position" varchar(255) null, "liaison_phone" varchar(255) null, "duty_phone" varchar(255) null, "active" boolean not null default true, "source" text check ("source" in ('NOTICE', 'ADMIN')) not null default 'NOTICE', "admin_edited_at" timestamptz null, constraint "unit_pkey" primary key ("id"));`);
    this.addSql(`alter table "unit" add constraint "unit_code_unique" unique ("code");`);

    this.addSql(`create table "roster_shift" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "unit_id" uuid not null, "duty" text check ("duty" in ('RESPONSIBLE_LEADER', 'LIAISON', 'DUTY_OFFICER', 'RESCUE_TEAM')) not null, "person_name" varchar(255) not null, "phone" varchar(255) not null, "starts_at" timestamptz not null, "ends_at" timestamptz not null, "note" text null, constraint "roster_shift_pkey" primary key ("id"));`);
    this.addSql(`create index "roster_shift_unit_id_starts_at_ends_at_index" on "roster_shift" ("unit_id", "starts_at", "ends_at");`);

    this.addSql(`create table "order" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "incident_id" uuid not null, "unit_id" uuid not null, "status" text check ("status" in ('ISSUED', 'SIGNED', 'ON_SCENE', 'HANDLING', 'COMPLETED', 'DISPUTED', 'CANCELLED')) not null default 'ISSUED', "channel" text check ("channel" in ('GRID', 'PHONE')) not null, "urgency" text check ("urgency" in ('EMERGENCY', 'URGENT', 'ROUTINE')) not null, "instructions" text null, "issued_at" timestamptz not null, "signed_at" timestamptz null, "arrived_at" timestamptz null, "completed_at" timestamptz null, "disputed_at" timestamptz null, "dispute_reason" text null, "cancelled_at" timestamptz null, "sign_deadline" timestamptz null, "arrive_deadline" timestamptz null, "feedback_deadline" timestamptz null, "overdue" boolean not null default false, "reassigned_from_id" uuid null, "version" int not null default 1, constraint "order_pkey" primary key ("id"));`);
    this.addSql(`create index "order_incident_id_index" on "order" ("incident_id");`);
    this.addSql(`create index "order_status_index" on "order" ("status");`);
    this.addSql(`create index "order_unit_id_status_index" on "order" ("unit_id", "status");`);
    this.addSql(`create index "order_issued_at_id_index" on "order" ("issued_at", "id");`);

    this.addSql(`create table "event" ("id" uuid not null, "seq" bigserial not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "subject_type" text check ("subject_type" in ('INCIDENT', 'ORDER')) not null, "incident_id" uuid not null, "order_id" uuid null, "kind" varchar(255) not null, "actor_id" varchar(255) not null, "actor_name" varchar(255) null, "actor_role" varchar(255) not null, "actor_unit" varchar(255) null, "channel" text check ("channel" in ('DESK', 'UNIT_CONSOLE', 'GRID', 'PHONE', 'SYSTEM')) not null, "occurred_at" timestamptz not null, "recorded_at" timestamptz not null default now(), "before" jsonb null, "after" jsonb null, "note" text null, constraint "event_pkey" primary key ("id"));`);
    this.addSql(`alter table "event" add constraint "event_seq_unique" unique ("seq");`);
    this.addSql(`create index "event_order_id_seq_index" on "event" ("order_id", "seq");`);
    this.addSql(`create index "event_incident_id_seq_index" on "event" ("incident_id", "seq");`);

    this.addSql(`create table "feedback" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "order_id" uuid not null, "kind" text check ("kind" in ('ARRIVAL', 'SCENE_STATUS', 'PROGRESS', 'RESULT')) not null, "text" text null, "attachment_urls" text[] not null default '{}', "channel" text check ("channel" in ('DESK', 'UNIT_CONSOLE', 'GRID', 'PHONE', 'SYSTEM')) not null, "reported_at" timestamptz not null, "recorded_by" varchar(255) not null, constraint "feedback_pkey" primary key ("id"));`);
    this.addSql(`create index "feedback_order_id_index" on "feedback" ("order_id");`);

    this.addSql(`create table "leadership_member" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "body" text check ("body" in ('GROUP', 'OFFICE')) not null, "role" text check ("role" in ('LEADER', 'DEPUTY_LEADER', 'MEMBER', 'DIRECTOR', 'DEPUTY_DIRECTOR')) not null, "position" varchar(255) not null, "unit_id" uuid null, "person_name" varchar(255) null, "phone" varchar(255) null, "rank" int not null, constraint "leadership_member_pkey" primary key ("id"));`);
    this.addSql(`alter table "leadership_member" add constraint "leadership_member_body_role_position_unique" unique ("body", "role", "position");`);

    this.addSql(`create table "duty" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "unit_id" uuid not null, "item" int not null, "text" text not null, "source" text check ("source" in ('NOTICE', 'ADMIN')) not null default 'NOTICE', "retired_at" timestamptz null, constraint "duty_pkey" primary key ("id"));`);
    this.addSql(`alter table "duty" add constraint "duty_unit_id_item_unique" unique ("unit_id", "item");`);

    this.addSql(`create table "accountability_case" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "unit_id" uuid not null, "incident_id" uuid null, "order_id" uuid null, "category" text check ("category" in ('LEAVING_POST', 'SLACKING', 'DISOBEYING_ORDER', 'SHIRKING', 'DELAY')) not null, "consequence" text check ("consequence" in ('MEDIA_EXPOSURE', 'PUBLIC_COMPLAINT', 'MAJOR_LOSS')) null, "status" text check ("status" in ('OPEN', 'UNDER_REVIEW', 'DECIDED', 'DISMISSED')) not null default 'OPEN', "summary" text not null, "decision" text null, "opened_by" varchar(255) not null, "opened_at" timestamptz not null, "decided_at" timestamptz null, "decided_by" varchar(255) null, constraint "accountability_case_pkey" primary key ("id"));`);
    this.addSql(`create index "accountability_case_unit_id_index" on "accountability_case" ("unit_id");`);

    this.addSql(`alter table "area" add constraint "area_parent_id_foreign" foreign key ("parent_id") references "area" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "incident" add constraint "incident_area_id_foreign" foreign key ("area_id") references "area" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "escalation" add constraint "escalation_incident_id_foreign" foreign key ("incident_id") references "incident" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "escalation" add constraint "escalation_target_id_foreign" foreign key ("target_id") references "escalation_target" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "roster_shift" add constraint "roster_shift_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "order" add constraint "order_incident_id_foreign" foreign key ("incident_id") references "incident" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "order" add constraint "order_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "order" add constraint "order_reassigned_from_id_foreign" foreign key ("reassigned_from_id") references "order" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "event" add constraint "event_incident_id_foreign" foreign key ("incident_id") references "incident" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "event" add constraint "event_order_id_foreign" foreign key ("order_id") references "order" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "feedback" add constraint "feedback_order_id_foreign" foreign key ("order_id") references "order" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "leadership_member" add constraint "leadership_member_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "duty" add constraint "duty_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "accountability_case" add constraint "accountability_case_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "accountability_case" add constraint "accountability_case_incident_id_foreign" foreign key ("incident_id") references "incident" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "accountability_case" add constraint "accountability_case_order_id_foreign" foreign key ("order_id") references "order" ("id") on update cascade on delete restrict;`);

    // The history is what supervision and accountability stand on: refuse rewrites at the
    // database, not only in application code.
    this.addSql(`create function "event_is_append_only"() returns trigger language plpgsql as $$
      begin
        raise exception 'the event history is append-only (% refused)', tg_op using errcode = 'insufficient_privilege';
      end $$;`);
    this.addSql(`create trigger "event_append_only" before update or delete on "event"
      for each row execute function "event_is_append_only"();`);
  }
}
