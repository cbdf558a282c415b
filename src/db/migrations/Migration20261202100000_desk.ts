import { Migration } from '@mikro-orm/migrations';
import { matterWords, placeKey, searchVector } from '../../modules/incidents/incident.search';

const BATCH = 1000;

/**
 * The desk's daily work: 警情编号 case numbers (a per-scope counter row and a unique constraint),
 * the jieba search vector with its GIN index (replacing the trigram index on the description),
 * the repeat-call columns, and the link from a repeat call to the incident it repeats.
 *
 * Incidents already stored are numbered here in the order they were received, per Asia/Shanghai
 * day, in the default pattern LX110-{yyyyMMdd}-{seq:4} (incident.settings.ts), and each day's
 * counter row starts after them under the scope that pattern renders ("LX110-20261201-{seq}");
 * they are indexed for search with the same functions intake uses.
 */
export class Migration20261202100000 extends Migration {
  override async up(): Promise<void> {
    await this.execute(`create table "case_number_counter" ("scope" text not null, "last_seq" int not null,
      constraint "case_number_counter_pkey" primary key ("scope"));`);
    await this.execute(`alter table "incident"
      add column "case_number" varchar(255) null,
      add column "duplicate_of_id" uuid null,
      add column "search_vector" tsvector null,
      add column "matter_words" text[] null,
      add column "place_key" text null;`);
    await this.execute(`alter table "incident" add constraint "incident_case_number_unique" unique ("case_number");`);
    await this.execute(`alter table "incident" add constraint "incident_duplicate_of_id_foreign"
      foreign key ("duplicate_of_id") references "incident" ("id") on update cascade;`);

    await this.execute(`with numbered as (
        select id, to_char(received_at at time zone 'Asia/Shanghai', 'YYYYMMDD') as day,
               row_number() over (partition by to_char(received_at at time zone 'Asia/Shanghai', 'YYYYMMDD') order by received_at, id) as seq
          from incident)
      update incident i set case_number = 'LX110-' || n.day || '-' || lpad(n.seq::text, 4, '0') from numbered n where n.id = i.id;`);
    await this.execute(`insert into case_number_counter (scope, last_seq)
      select 'LX110-' || to_char(received_at at time zone 'Asia/Shanghai', 'YYYYMMDD') || '-{seq}', count(*)
        from incident group by 1;`);

    for (let after = '00000000-0000-0000-0000-000000000000'; ; ) {
      const rows = await this.execute(
        `select id, case_number, description, address, caller_name, callback_number from incident where id > ? order by id limit ${BATCH}`,
        [after],
      );
      if (rows.length === 0) break;
      const values: unknown[] = [];
      for (const row of rows) {
        values.push(
          row.id,
          searchVector({
            caseNumber: row.case_number,
            description: row.description,
            address: row.address,
            callerName: row.caller_name,
            callbackNumber: row.callback_number,
          }),
          // Joined: the driver would spread an array parameter into a list of parameters.
          matterWords(row.description).join('|'),
          placeKey(row.address) ?? null,
        );
      }
      await this.execute(
        `update incident i set search_vector = v.sv::tsvector, matter_words = string_to_array(v.mw, '|'), place_key = v.pk
           from (values ${rows.map(() => '(?::uuid, ?, ?, ?)').join(', ')}) as v(id, sv, mw, pk) where i.id = v.id`,
        values,
      );
      after = rows[rows.length - 1]!.id as string;
    }

    await this.execute(`drop index if exists "incident_description_trgm";`);
    await this.execute(`create index "incident_search_vector_index" on "incident" using gin ("search_vector");`);
    await this.execute(`create index "incident_matter_words_index" on "incident" using gin ("matter_words");`);
    await this.execute(`create index "incident_callback_number_received_at_index" on "incident" ("callback_number", "received_at");`);
    await this.execute(`create index "incident_duplicate_of_id_index" on "incident" ("duplicate_of_id");`);
  }

  override async down(): Promise<void> {
    await this.execute(`drop index if exists "incident_search_vector_index", "incident_matter_words_index",
      "incident_callback_number_received_at_index", "incident_duplicate_of_id_index";`);
    await this.execute(`alter table "incident" drop constraint if exists "incident_duplicate_of_id_foreign",
      drop constraint if exists "incident_case_number_unique", drop column "case_number", drop column "duplicate_of_id",
      drop column "search_vector", drop column "matter_words", drop column "place_key";`);
    await this.execute(`drop table if exists "case_number_counter";`);
    await this.execute(`create index "incident_description_trgm" on "incident" using gin ("description" gin_trgm_ops);`);
  }
}
