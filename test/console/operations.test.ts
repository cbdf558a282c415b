import fs from 'node:fs';
import path from 'node:path';
import { concatAST, parse, separateOperations, specifiedRules, validate } from 'graphql';
import { repoRoot } from '../../src/common/paths';
import { buildAppSchema } from '../../src/graphql/schema';
import { validationRules } from '../../src/graphql/limits';

/**
 * The consoles' operations (schema/operations/console) are valid against the server's schema and
 * within its depth and cost limits, each one as it is sent: a screen whose query the server
 * refuses shows nothing but an error.
 */
it('every console operation passes the server validation rules, limits included', async () => {
  const dir = path.join(repoRoot(), 'schema', 'operations', 'console');
  const document = concatAST(fs.readdirSync(dir).filter((f) => f.endsWith('.graphql')).map((f) => parse(fs.readFileSync(path.join(dir, f), 'utf8'))));
  const schema = await buildAppSchema();
  const operations = Object.entries(separateOperations(document));
  expect(operations.length).toBeGreaterThan(20);
  const refused = operations.flatMap(([name, operation]) => validate(schema, operation, [...specifiedRules, ...validationRules]).map((e) => `${name}: ${e.message}`));
  expect(refused).toEqual([]);
});
