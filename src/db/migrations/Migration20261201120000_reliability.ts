import { Migration } from '@mikro-orm/migrations';

/** Named in src/modules/orders/order.entity.ts (ONE_OPEN_ORDER_PER_UNIT), which turns its violation into CONFLICT. */
const ONE_OPEN_ORDER_PER_UNIT = 'order_one_open_per_incident_unit';

/**
 * Reliability: at most one open order per (incident, unit), held by the database itself so no
 * interleaving of dispatches can leave two (the workflow's row lock on the incident makes the
 * loser see the winner's order; this index is the guarantee behind it).
 */
export class Migration20261201120000 extends Migration {
  override async up(): Promise<void> {
    // A database that already holds duplicates refuses the migration with the pairs named,
    // rather than having the platform pick which order to cancel.
    this.addSql(`do $$
      declare dup text;
      begin
        select string_agg(incident_id || '/' || unit_id, ', ') into dup from (
          select incident_id, unit_id from "order" where status not in ('COMPLETED', 'CANCELLED')
          group by incident_id, unit_id having count(*) > 1) d;
        if dup is not null then
          raise exception 'open orders duplicated per (incident, unit): %; cancel the extra ones first', dup;
        end if;
      end $$;`);
    this.addSql(`create unique index "${ONE_OPEN_ORDER_PER_UNIT}" on "order" ("incident_id", "unit_id")
      where "status" not in ('COMPLETED', 'CANCELLED');`);

    this.historyHashChain();
  }

  /**
   * Tamper evidence for the history (UPDATE and DELETE are already refused by the
   * event_append_only trigger of the initial migration): each event carries
   * hash = sha256(previous event's hash || its own content), one chain over all events in seq
   * order (seq is commit order: the commit-order lock, taken here too for writers outside the
   * platform). The content is a fixed list of columns, so a column added later does not break
   * the chain of older rows. event_chain_hash is the one definition, used by the trigger and by
   * verifyHistory alike.
   */
  private historyHashChain(): void {
    this.addSql(`alter table "event" add column "hash" text null;`);
    this.addSql(`create function "event_chain_hash"(previous text, e "event") returns text
      language sql immutable set timezone = 'UTC' as $$
        select encode(sha256(convert_to(coalesce(previous, '') || '|' || jsonb_build_array(
          e.seq, e.id, e.created_at, e.subject_type, e.incident_id, e.order_id, e.kind, e.actor_id, e.actor_name,
          e.actor_role, e.actor_unit, e.channel, e.occurred_at, e.recorded_at, e.before, e.after, e.note)::text, 'UTF8')), 'hex')
      $$;`);
    // Existing rows are chained once, in seq order; the append-only trigger steps aside for it.
    this.addSql(`alter table "event" disable trigger "event_append_only";`);
    this.addSql(`do $$
      declare previous text; r "event";
      begin
        for r in select * from "event" order by seq loop
          previous := event_chain_hash(previous, r);
          update "event" set hash = previous where seq = r.seq;
        end loop;
      end $$;`);
    this.addSql(`alter table "event" enable trigger "event_append_only";`);
    this.addSql(`create function "event_chain"() returns trigger language plpgsql as $$
      begin
        perform pg_advisory_xact_lock(1100002);
        new.hash := event_chain_hash((select hash from "event" where seq < new.seq order by seq desc limit 1), new);
        return new;
      end $$;`);
    this.addSql(`create trigger "event_chain" before insert on "event" for each row execute function "event_chain"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "event_chain" on "event";`);
    this.addSql(`drop function if exists "event_chain"();`);
    this.addSql(`alter table "event" drop column if exists "hash";`);
    this.addSql(`drop function if exists "event_chain_hash"(text, "event");`);
    this.addSql(`drop index if exists "${ONE_OPEN_ORDER_PER_UNIT}";`);
  }
}
