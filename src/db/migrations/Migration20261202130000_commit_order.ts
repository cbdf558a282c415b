import { Migration } from '@mikro-orm/migrations';

/** The key of the transaction-scoped advisory lock that orders event writes (the chain trigger takes it too). */
const EVENT_WRITE_LOCK = 1100002;

/**
 * The commit-order lock moves into the database: a statement-level trigger takes it before the
 * first row of any insert into "event" gets its seq (a BEFORE STATEMENT trigger fires before the
 * statement evaluates its rows' defaults), and holds it to commit. Feed cursors are event seqs,
 * so seqs must be handed out in commit order; with the lock in a trigger no writer can forget
 * it, a raw-SQL writer included, and the application no longer spends a statement on it per
 * transaction.
 */
export class Migration20261202130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function "event_commit_order"() returns trigger language plpgsql as $$
      begin
        perform pg_advisory_xact_lock(${EVENT_WRITE_LOCK});
        return null;
      end $$;`);
    this.addSql(`create trigger "event_commit_order" before insert on "event" for each statement execute function "event_commit_order"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "event_commit_order" on "event";`);
    this.addSql(`drop function if exists "event_commit_order"();`);
  }
}
