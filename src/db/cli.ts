import 'reflect-metadata';
import path from 'node:path';
import { repoRoot } from '../common/paths';
import { loadConfig } from '../config';
import { initOrm } from './orm';
import { provisionDatabase } from './provision';
import { migrateAndSeed } from './migrate';
import { seedDemoRosters } from './seeders/rosters.demo.seeder';

/**
 * Maintenance commands against the configured database (DATABASE_URL or the embedded one):
 *   migrate              apply pending migrations
 *   seed [--demo]        apply migrations, then seed the notice's catalogue (idempotent); --demo adds
 *                        a demo roster for every unit with one deliberate gap (off by default)
 *   migration:create     write a new migration for the difference between entities and schema
 */
async function main(command: string | undefined): Promise<void> {
  const config = loadConfig();
  const db = await provisionDatabase(config);
  const orm = await initOrm({ databaseUrl: db.url });
  try {
    const migrator = orm.getMigrator();
    switch (command) {
      case 'migrate':
        await migrator.up();
        break;
      case 'seed': {
        const counts = await migrateAndSeed(orm, db.url);
        const demo = process.argv.includes('--demo') ? { demoRosters: await seedDemoRosters(orm.em.fork()) } : {};
        process.stdout.write(`${JSON.stringify({ ...counts, ...demo })}\n`);
        break;
      }
      case 'migration:create': {
        await migrator.up();
        const sourceDir = path.join(repoRoot(), 'src', 'db', 'migrations');
        const initial = (await migrator.getExecutedMigrations()).length === 0;
        const result = await migrator.createMigration(sourceDir, false, initial);
        process.stdout.write(
          result.fileName
            ? `wrote src/db/migrations/${result.fileName}; add it to src/db/migrations/index.ts\n`
            : 'no schema changes\n',
        );
        break;
      }
      default:
        process.stderr.write('usage: cli.js migrate | seed | migration:create\n');
        process.exitCode = 2;
    }
  } finally {
    await orm.close();
    await db.stop();
  }
}

main(process.argv[2]).catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
