import { Migration } from '@mikro-orm/migrations';

/**
 * A disputed order's ruling deadline (order.deadlines.ts: a disputed order owes a ruling).
 * Orders disputed before this migration get the dispute window again from their dispute time.
 */
export class Migration20261202120001 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "order" add column "ruling_deadline" timestamptz null;`);
    this.addSql(`update "order" set "ruling_deadline" = "disputed_at" + ("dispute_deadline" - "issued_at")
      where "status" = 'DISPUTED' and "disputed_at" is not null and "dispute_deadline" is not null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "order" drop column "ruling_deadline";`);
  }
}
