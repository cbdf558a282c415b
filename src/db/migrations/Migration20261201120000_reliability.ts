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
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "${ONE_OPEN_ORDER_PER_UNIT}";`);
  }
}
