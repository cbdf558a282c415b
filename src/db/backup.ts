import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { Client } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';

/**
 * Logical backups that need no PostgreSQL client tools (the embedded server ships none): every
 * table of the platform's schema is copied out with COPY inside one REPEATABLE READ, READ ONLY
 * transaction, so the backup is the database exactly as of one moment while writes go on; and
 * copied back with COPY into a database migrated to the same migrations.
 *
 * A backup is a folder: manifest.json (time, migrations, tables, row counts) and one gzipped
 * COPY file per table.
 */
export interface BackupManifest {
  format: 'linkage110-backup/1';
  takenAt: string;
  /** Migrations applied in the database the backup came from, in order. */
  migrations: string[];
  tables: { name: string; rows: number; file: string }[];
}

const MIGRATIONS_TABLE = 'schema_migrations';

async function tablesOf(client: Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p') and c.relname <> $1 order by c.relname`,
    [MIGRATIONS_TABLE],
  );
  return rows.map((row) => row.name);
}

/** Copies the database at `url` into the new folder `dir`; returns what it wrote. */
export async function backupDatabase(url: string, dir: string): Promise<BackupManifest> {
  await fsp.mkdir(dir, { recursive: false });
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    const takenAt = (await client.query<{ now: Date }>('select now()')).rows[0].now.toISOString();
    const migrations = (await client.query<{ name: string }>(`select name from ${MIGRATIONS_TABLE} order by id`)).rows.map((row) => row.name);
    const tables: BackupManifest['tables'] = [];
    for (const name of await tablesOf(client)) {
      const file = `${name}.copy.gz`;
      const rows = Number((await client.query<{ n: string }>(`select count(*) as n from ${client.escapeIdentifier(name)}`)).rows[0].n);
      await pipeline(client.query(copyTo(`COPY ${client.escapeIdentifier(name)} TO STDOUT`)), createGzip(), fs.createWriteStream(path.join(dir, file)));
      tables.push({ name, rows, file });
    }
    await client.query('commit');
    const manifest: BackupManifest = { format: 'linkage110-backup/1', takenAt, migrations, tables };
    await fsp.writeFile(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
  } catch (err) {
    await client.query('rollback').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}

export class RestoreError extends Error {}

/**
 * Loads a backup into the database at `url`, which must already carry the same migrations and
 * hold no incidents (a freshly migrated database). In one transaction: a failure leaves it as it
 * was. Triggers and foreign-key checks are off while loading (the rows were consistent when
 * copied out); sequences are moved past the highest value loaded.
 */
export async function restoreDatabase(url: string, dir: string): Promise<BackupManifest> {
  const manifest = JSON.parse(await fsp.readFile(path.join(dir, 'manifest.json'), 'utf8')) as BackupManifest;
  if (manifest.format !== 'linkage110-backup/1') throw new RestoreError(`${dir} is not a linkage110 backup (format ${String(manifest.format)}).`);
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const migrations = (await client.query<{ name: string }>(`select name from ${MIGRATIONS_TABLE} order by id`)).rows.map((row) => row.name);
    if (JSON.stringify(migrations) !== JSON.stringify(manifest.migrations)) {
      throw new RestoreError(
        `The backup was taken at migration ${manifest.migrations.at(-1)}, the target is at ${migrations.at(-1) ?? 'none'}: restore with the same version of linkage110 that took it.`,
      );
    }
    const present = new Set(await tablesOf(client));
    const missing = manifest.tables.filter((table) => !present.has(table.name));
    if (missing.length) throw new RestoreError(`The target has no table ${missing.map((t) => t.name).join(', ')}.`);
    if (Number((await client.query<{ n: string }>('select count(*) as n from incident')).rows[0].n) > 0) {
      throw new RestoreError('The target database already holds incidents; restore into a new DATA_DIR or an empty database.');
    }
    await client.query('begin');
    await client.query('set local session_replication_role = replica');
    await client.query(`truncate ${manifest.tables.map((t) => client.escapeIdentifier(t.name)).join(', ')}`);
    for (const table of manifest.tables) {
      await pipeline(fs.createReadStream(path.join(dir, table.file)), createGunzip(), client.query(copyFrom(`COPY ${client.escapeIdentifier(table.name)} FROM STDIN`)));
    }
    const sequences = await client.query<{ table: string; column: string; sequence: string }>(
      `select c.relname as table, a.attname as column, pg_get_serial_sequence(quote_ident(c.relname), a.attname) as sequence
         from pg_class c join pg_namespace n on n.oid = c.relnamespace join pg_attribute a on a.attrelid = c.oid
        where n.nspname = 'public' and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
          and pg_get_serial_sequence(quote_ident(c.relname), a.attname) is not null`,
    );
    for (const { table, column, sequence } of sequences.rows) {
      await client.query(
        `select setval($1, coalesce((select max(${client.escapeIdentifier(column)}) from ${client.escapeIdentifier(table)}), 0) + 1, false)`,
        [sequence],
      );
    }
    await client.query('commit');
    return manifest;
  } catch (err) {
    await client.query('rollback').catch(() => undefined);
    throw err;
  } finally {
    await client.end();
  }
}
