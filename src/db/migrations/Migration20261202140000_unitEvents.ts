import { Migration } from '@mikro-orm/migrations';

/**
 * Unit-level history events: a change that concerns a member unit and no incident (the daily
 * roster coverage report) is recorded in the same append-only, hash-chained history, with
 * subject UNIT, the unit, and no incident. Additive: incident_id becomes nullable only for
 * such rows (a check keeps every INCIDENT and ORDER event tied to its incident).
 *
 * The hash chain covers the new column without re-hashing the past: event_chain_hash appends
 * unit_id to the hashed content only when it is set, so every existing row (unit_id null) keeps
 * the hash it has, and verifyHistory recomputes old and new rows with the one function.
 */
export class Migration20261202140000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "event" add column "unit_id" uuid null;`);
    this.addSql(`alter table "event" add constraint "event_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`create index "event_unit_id_seq_index" on "event" ("unit_id", "seq");`);
    this.addSql(`alter table "event" alter column "incident_id" drop not null;`);
    this.addSql(`alter table "event" drop constraint if exists "event_subject_type_check";`);
    this.addSql(`alter table "event" add constraint "event_subject_type_check" check ("subject_type" in ('INCIDENT', 'ORDER', 'UNIT'));`);
    this.addSql(`alter table "event" add constraint "event_subject_check" check (
      case "subject_type" when 'UNIT' then "unit_id" is not null and "incident_id" is null and "order_id" is null
                          else "incident_id" is not null end);`);
    this.addSql(`create or replace function "event_chain_hash"(previous text, e "event") returns text
      language sql immutable set timezone = 'UTC' as $$
        select encode(sha256(convert_to(coalesce(previous, '') || '|' || (jsonb_build_array(
          e.seq, e.id, e.created_at, e.subject_type, e.incident_id, e.order_id, e.kind, e.actor_id, e.actor_name,
          e.actor_role, e.actor_unit, e.channel, e.occurred_at, e.recorded_at, e.before, e.after, e.note)
          || case when e.unit_id is null then '[]'::jsonb else jsonb_build_array(e.unit_id) end)::text, 'UTF8')), 'hex')
      $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`create or replace function "event_chain_hash"(previous text, e "event") returns text
      language sql immutable set timezone = 'UTC' as $$
        select encode(sha256(convert_to(coalesce(previous, '') || '|' || jsonb_build_array(
          e.seq, e.id, e.created_at, e.subject_type, e.incident_id, e.order_id, e.kind, e.actor_id, e.actor_name,
          e.actor_role, e.actor_unit, e.channel, e.occurred_at, e.recorded_at, e.before, e.after, e.note)::text, 'UTF8')), 'hex')
      $$;`);
    this.addSql(`alter table "event" drop constraint if exists "event_subject_check";`);
    this.addSql(`alter table "event" drop constraint if exists "event_subject_type_check";`);
    this.addSql(`alter table "event" add constraint "event_subject_type_check" check ("subject_type" in ('INCIDENT', 'ORDER'));`);
    this.addSql(`alter table "event" alter column "incident_id" set not null;`);
    this.addSql(`drop index if exists "event_unit_id_seq_index";`);
    this.addSql(`alter table "event" drop constraint if exists "event_unit_id_foreign";`);
    this.addSql(`alter table "event" drop column if exists "unit_id";`);
  }
}
