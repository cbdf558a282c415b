import { Migration } from '@mikro-orm/migrations';

/**
 * Areas an administrator edits: an English or pinyin name, a GeoJSON boundary, and the
 * boundary's bounds as a native `box` with a GiST index. PostgreSQL here has no PostGIS: the
 * index narrows a reported point to the few areas whose bounds hold it (`bounding_box @>
 * point`), and the exact point-in-polygon test runs on those in the application.
 */
export class Migration20261202110001 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "area" add column "name_en" varchar(255) null, add column "boundary" jsonb null, add column "bounding_box" box null;`);
    this.addSql(`alter table "area" add constraint "area_boundary_has_box" check (("boundary" is null) = ("bounding_box" is null));`);
    this.addSql(`create index "area_bounding_box_index" on "area" using gist ("bounding_box");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "area_bounding_box_index";`);
    this.addSql(`alter table "area" drop constraint "area_boundary_has_box", drop column "bounding_box", drop column "boundary", drop column "name_en";`);
  }
}
