import 'reflect-metadata';
import { ConfigError, loadConfig } from './config';
import { logger, setLogLevel } from './common/logger';
import { startDailyBackup } from './db/backup-schedule';
import { migrateAndSeed } from './db/migrate';
import { initOrm } from './db/orm';
import { provisionDatabase, type ProvisionedDatabase } from './db/provision';
import { configureShortPhonePattern } from './common/phone';
import { startOverdueScheduler } from './modules/orders/order.overdue-sweep';
import { startCoverageScheduler } from './modules/rosters/roster.coverage';
import { configureRosters } from './modules/rosters/roster.settings';
import { configureIntake } from './modules/incidents/incident.settings';
import { startGridSync } from './modules/grid-sync/grid-sync.runtime';
import { devTokenCommand } from '../integrations/keycloak';
import { portTaken, preflight, StartupError } from './preflight';
import { createAppServer, GRAPHQL_PATH } from './server';
import { CONSOLE_PATH } from './console/console.http';

async function main(): Promise<void> {
  const config = loadConfig();
  setLogLevel(config.logLevel);
  // Read once at start, like every setting: the roster engine and the phone check use them at run time.
  configureRosters({ timeZone: config.rosters.timeZone, importMaxBytes: config.rosters.importMaxBytes });
  configureShortPhonePattern(config.rosters.shortPhonePattern);
  configureIntake(config.intake);

  let db: ProvisionedDatabase | undefined;
  const startedAt = Date.now();
  await preflight(config);
  try {
    db = await provisionDatabase(config);
    // Migrations run without the request bounds: a backfill (the history's hash chain) may
    // take longer than any request should. Requests get the bounded pool below.
    const migrating = await initOrm({ databaseUrl: db.url, poolMax: 2, statementTimeoutMs: 0 });
    let seeded;
    try {
      seeded = await migrateAndSeed(migrating, config.databaseListenUrl ?? db.url);
    } finally {
      await migrating.close();
    }
    const orm = await initOrm({
      databaseUrl: db.url,
      poolMax: config.dbPoolMax,
      statementTimeoutMs: config.dbStatementTimeoutMs,
      acquireTimeoutMs: config.dbAcquireTimeoutMs,
    });
    const grid = startGridSync(config, orm);
    const server = await createAppServer({
      config,
      orm,
      gridWebhook: grid.webhook,
      retryAfterSeconds: config.retryAfterSeconds,
      listenUrl: config.databaseListenUrl,
    });
    const port = await server.listen(config.port, config.host).catch((err: NodeJS.ErrnoException) => {
      // Taken between the preflight check and now.
      throw err.code === 'EADDRINUSE' ? portTaken('PORT', config.host, config.port) : err;
    });
    const sweeper = config.overdueSweepMs > 0 ? startOverdueScheduler(orm, config.overdueSweepMs) : undefined;
    const coverage = config.rosters.coverageMs > 0 ? startCoverageScheduler(orm, config.rosters.coverageMs) : undefined;
    const backups = config.backup.dailyAt
      ? startDailyBackup({
          url: db.url,
          lockUrl: config.databaseListenUrl,
          dir: config.backup.dir,
          keep: config.backup.keep,
          timeZone: config.rosters.timeZone,
          at: config.backup.dailyAt,
        })
      : undefined;
    logger.info('linkage110 started', { port, database: db.kind, seeded, startupMs: Date.now() - startedAt });

    const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    process.stdout.write(
      [
        `linkage110 is up: GraphQL at http://${shownHost}:${port}${GRAPHQL_PATH} (HTTP and WebSocket)`,
        `consoles: http://${shownHost}:${port}${CONSOLE_PATH}/ (接警台 desk, 联动单位 unit, 领导小组办公室 leadership office)`,
        `database: ${db.kind === 'embedded' ? `embedded PostgreSQL under ${config.dataDir}` : 'DATABASE_URL'}`,
        ...(config.auth.mode === 'dev'
          ? [
              `a development token: ${devTokenCommand(config.dataDir)}`,
              `  a unit's operator:  ${devTokenCommand(config.dataDir, '--role unit_operator --unit civil-affairs')}`,
            ]
          : []),
        '',
      ].join('\n'),
    );

    let shuttingDown = false;
    const shutdown = async (signal: string) => {
      if (shuttingDown) return;
      shuttingDown = true;
      logger.info('shutting down', { signal });
      const force = setTimeout(() => {
        logger.error('shutdown took too long; exiting', { graceMs: config.shutdownGraceMs });
        process.exit(1);
      }, config.shutdownGraceMs + 15000);
      force.unref();
      await server.stop();
      await sweeper?.stop();
      await coverage?.stop();
      await backups?.stop();
      await grid.stop();
      await orm.close();
      await db?.stop();
      logger.info('stopped');
      process.exit(0);
    };
    process.on('SIGTERM', () => void shutdown('SIGTERM'));
    process.on('SIGINT', () => void shutdown('SIGINT'));
  } catch (err) {
    await db?.stop().catch(() => undefined);
    throw err;
  }
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || err instanceof StartupError) {
    process.stderr.write(`${err.message}\n`);
  } else {
    logger.error('linkage110 failed to start', { err });
    process.stderr.write(`linkage110 failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  }
  process.exit(1);
});
