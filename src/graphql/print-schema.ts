import 'reflect-metadata';
import fs from 'node:fs/promises';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { repoRoot } from '../common/paths';
import { buildAppSchema } from './schema';

export const SCHEMA_FILE = path.join(repoRoot(), 'schema', 'schema.graphql');

/** The committed SDL: sorted so that diffs show real changes only. */
export async function renderSchema(): Promise<string> {
  const sdl = printSchema(lexicographicSortSchema(await buildAppSchema()));
  return `# Generated from the type-graphql code by \`npm run schema:print\`; do not edit.\n\n${sdl}\n`;
}

if (require.main === module) {
  renderSchema()
    .then((sdl) => fs.writeFile(SCHEMA_FILE, sdl))
    .then(() => process.stdout.write(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}\n`))
    .catch((err: unknown) => {
      process.stderr.write(`${String(err)}\n`);
      process.exit(1);
    });
}
