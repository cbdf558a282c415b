import { Migration } from '@mikro-orm/migrations';

/**
 * Routing (issue 5): the call-category taxonomy administrators edit (categories, their words,
 * their units with the notice duty item), dispatchers' learned choices, and the version
 * counters every replica compares before using its cached routing engine.
 */
export class Migration20261129050000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "routing_category" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "code" varchar(255) not null, "name" varchar(255) not null, "group_name" varchar(255) null, "description" text null, "police_first" boolean not null default false, "alternatives" boolean not null default false, "rank" int not null, "source" text check ("source" in ('NOTICE', 'ADMIN')) not null default 'NOTICE', "admin_edited_at" timestamptz null, "admin_edited_by" varchar(255) null, "retired_at" timestamptz null, constraint "routing_category_pkey" primary key ("id"));`);
    this.addSql(`alter table "routing_category" add constraint "routing_category_code_unique" unique ("code");`);

    this.addSql(`create table "routing_synonym" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "category_id" uuid not null, "word" varchar(100) not null, "weak" boolean not null default false, "rank" int not null, constraint "routing_synonym_pkey" primary key ("id"));`);
    this.addSql(`alter table "routing_synonym" add constraint "routing_synonym_category_id_weak_word_unique" unique ("category_id", "weak", "word");`);

    this.addSql(`create table "routing_category_unit" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "category_id" uuid not null, "unit_id" uuid not null, "rank" int not null, "duty_item" int null, constraint "routing_category_unit_pkey" primary key ("id"));`);
    this.addSql(`create index "routing_category_unit_unit_id_index" on "routing_category_unit" ("unit_id");`);
    this.addSql(`alter table "routing_category_unit" add constraint "routing_category_unit_category_id_unit_id_unique" unique ("category_id", "unit_id");`);

    this.addSql(`create table "routing_learned_choice" ("id" uuid not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "seq" bigint not null, "text" text not null, "chosen_unit_codes" text[] not null, "suggested_top_code" varchar(255) null, "incident_id" uuid not null, "actor_id" varchar(255) not null, "actor_name" varchar(255) null, "actor_role" varchar(255) not null, "decided_at" timestamptz not null, constraint "routing_learned_choice_pkey" primary key ("id"));`);
    this.addSql(`alter table "routing_learned_choice" add constraint "routing_learned_choice_seq_unique" unique ("seq");`);
    this.addSql(`create index "routing_learned_choice_incident_id_index" on "routing_learned_choice" ("incident_id");`);

    this.addSql(`create table "routing_version" ("name" varchar(255) not null, "value" bigint not null, "updated_at" timestamptz not null default now(), constraint "routing_version_pkey" primary key ("name"));`);

    this.addSql(`alter table "routing_synonym" add constraint "routing_synonym_category_id_foreign" foreign key ("category_id") references "routing_category" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "routing_category_unit" add constraint "routing_category_unit_category_id_foreign" foreign key ("category_id") references "routing_category" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "routing_category_unit" add constraint "routing_category_unit_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "routing_learned_choice" add constraint "routing_learned_choice_incident_id_foreign" foreign key ("incident_id") references "incident" ("id") on update cascade on delete restrict;`);

    // The two counters exist from the start, so edits and dispatches only ever update them.
    this.addSql(`insert into "routing_version" ("name", "value") values ('taxonomy', 0), ('learned', 0);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "routing_version" cascade;`);

    this.addSql(`drop table if exists "routing_learned_choice" cascade;`);

    this.addSql(`drop table if exists "routing_category_unit" cascade;`);

    this.addSql(`drop table if exists "routing_synonym" cascade;`);

    this.addSql(`drop table if exists "routing_category" cascade;`);
  }

}
