import type { MikroORM } from '@mikro-orm/postgresql';
import { Client } from 'pg';
import { seedRoutingTaxonomy, type RoutingSeedCounts } from '../modules/routing/routing.seeder';
import { seedCatalogue, type SeedCounts } from './seeders/catalogue.seeder';

const MIGRATION_LOCK = 110_0001;

/**
 * Applies pending migrations and seeds the catalogue under a session advisory lock, so several
 * replicas starting together migrate once and the others wait, then find nothing to do.
 * `lockUrl` is the connection that holds the lock for the whole run: a session connection
 * (DATABASE_LISTEN_URL behind a transaction-pooling PgBouncer, where a session lock taken
 * through the pool may land on another server connection than the one that releases it).
 */
export async function migrateAndSeed(orm: MikroORM, lockUrl: string): Promise<SeedCounts & RoutingSeedCounts> {
  const lock = new Client({ connectionString: lockUrl, application_name: 'linkage110 migration lock' });
  await lock.connect();
  try {
    await lock.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await orm.getMigrator().up();
    const catalogue = await seedCatalogue(orm.em.fork());
    return { ...catalogue, ...(await seedRoutingTaxonomy(orm.em.fork())) };
  } finally {
    await lock.end();
  }
}
