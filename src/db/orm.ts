import { MikroORM, defineConfig } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { logger } from '../common/logger';
import { entities } from './entities';
import { migrationsList } from './migrations';
import { CommitOrderSubscriber } from '../modules/history/history.commit-order.subscriber';
import { GridOutboxSubscriber } from '../modules/grid-sync/grid-sync.outbox.subscriber';

export interface OrmOptions {
  databaseUrl: string;
  poolMax?: number;
  /** Called with each SQL statement sent; tests count statements with it. */
  onQuery?: (sql: string) => void;
}

export function ormConfig(options: OrmOptions) {
  return defineConfig({
    clientUrl: options.databaseUrl,
    entities,
    extensions: [Migrator],
    // The outbox subscriber adds its rows before the commit-order lock is taken for the flush.
    subscribers: [new GridOutboxSubscriber(), new CommitOrderSubscriber()],
    // Every request forks its own EntityManager; a stray use of the global one is a bug.
    allowGlobalContext: false,
    forceUtcTimezone: true,
    pool: { min: 0, max: options.poolMax ?? 10 },
    debug: options.onQuery ? ['query'] : false,
    logger: (message) => {
      if (options.onQuery) options.onQuery(message);
      else logger.debug(message);
    },
    migrations: {
      migrationsList,
      tableName: 'schema_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
  });
}

export async function initOrm(options: OrmOptions): Promise<MikroORM> {
  return MikroORM.init(ormConfig(options));
}

export async function pendingMigrations(orm: MikroORM): Promise<number> {
  return (await orm.getMigrator().getPendingMigrations()).length;
}
