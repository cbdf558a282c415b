import { Migration } from '@mikro-orm/migrations';

/** A grid message of an order cancelled before it ever reached the grid platform ends NOT_SENT, not DELIVERED. */
export class Migration20261202110002 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "grid_outbox" drop constraint "grid_outbox_status_check";`);
    this.addSql(`alter table "grid_outbox" add constraint "grid_outbox_status_check" check ("status" in ('PENDING', 'RETRYING', 'DELIVERED', 'DEAD', 'SKIPPED', 'NOT_SENT'));`);
    // Messages already marked DELIVERED for such orders: no task record means nothing was ever sent.
    this.addSql(`update "grid_outbox" m set "status" = 'NOT_SENT', "delivered_at" = null
      where m."status" = 'DELIVERED' and not exists (select 1 from "grid_task" t where t."order_id" = m."order_id")
        and exists (select 1 from "order" o where o."id" = m."order_id" and o."status" = 'CANCELLED');`);
  }

  override async down(): Promise<void> {
    this.addSql(`update "grid_outbox" set "status" = 'DELIVERED' where "status" = 'NOT_SENT';`);
    this.addSql(`alter table "grid_outbox" drop constraint "grid_outbox_status_check";`);
    this.addSql(`alter table "grid_outbox" add constraint "grid_outbox_status_check" check ("status" in ('PENDING', 'RETRYING', 'DELIVERED', 'DEAD', 'SKIPPED'));`);
  }
}
