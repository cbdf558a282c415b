import { Migration } from '@mikro-orm/migrations';

/**
 * Live feeds: every committed batch of events wakes the servers listening on `l110_events`.
 * PostgreSQL delivers a notification only when its transaction commits, and in commit order,
 * so a listener never hears of an event it cannot read yet. The payload is the highest seq
 * written; readers fetch the rows themselves.
 */
export class Migration20261129044000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function "event_notify"() returns trigger language plpgsql as $$
      begin
        perform pg_notify('l110_events', (select max(seq)::text from inserted));
        return null;
      end $$;`);
    this.addSql(`create trigger "event_notify" after insert on "event"
      referencing new table as inserted for each statement execute function "event_notify"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "event_notify" on "event";`);
    this.addSql(`drop function if exists "event_notify"();`);
  }
}
