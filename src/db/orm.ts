import { MikroORM, defineConfig } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { logger } from '../common/logger';
import { entities } from './entities';
import { migrationsList } from './migrations';
import { GridOutboxSubscriber } from '../modules/grid-sync/grid-sync.outbox.subscriber';

export interface OrmOptions {
  databaseUrl: string;
  poolMax?: number;
  /** Server-side statement_timeout; a client-side bound 1 s longer catches a server that does not answer. Default 5000; 0 for none (migrations). */
  statementTimeoutMs?: number;
  /** Waiting for a pooled connection, and connecting a new one. Default 3000. */
  acquireTimeoutMs?: number;
  /** Called with each SQL statement sent; tests count statements with it. */
  onQuery?: (sql: string) => void;
}

/** The bounds config/index.ts defaults to: a few seconds, so no request waits on the database for long. */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 5000;
export const DEFAULT_ACQUIRE_TIMEOUT_MS = 3000;

export function ormConfig(options: OrmOptions) {
  const statementTimeoutMs = options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS;
  const acquireTimeoutMs = options.acquireTimeoutMs ?? DEFAULT_ACQUIRE_TIMEOUT_MS;
  return defineConfig({
    clientUrl: options.databaseUrl,
    entities,
    extensions: [Migrator],
    // The commit-order lock is the database's own (trigger event_commit_order, migration
    // Migration20261202130000_commit_order): every insert into "event" takes it.
    subscribers: [new GridOutboxSubscriber()],
    // Every request forks its own EntityManager; a stray use of the global one is a bug.
    allowGlobalContext: false,
    forceUtcTimezone: true,
    pool: { min: 0, max: options.poolMax ?? 10, acquireTimeoutMillis: acquireTimeoutMs, createTimeoutMillis: acquireTimeoutMs },
    driverOptions: {
      acquireConnectionTimeout: acquireTimeoutMs,
      connection: {
        // 0: no bound, for migrations (a backfill may take longer than any request should).
        ...(statementTimeoutMs > 0 && {
          statement_timeout: statementTimeoutMs,
          // A frozen server never cancels its statements: pg then gives up on its own.
          query_timeout: statementTimeoutMs + 1000,
        }),
        connectionTimeoutMillis: acquireTimeoutMs,
      },
    },
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
