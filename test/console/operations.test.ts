import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { concatAST, parse, separateOperations, specifiedRules, validate, type DocumentNode } from 'graphql';
import * as client from '../../integrations/client/src';
import { queryText } from '../../src/console/app/lib/gql';
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

it('the consoles send each operation as the trusted-documents manifest has it, so TRUSTED_DOCUMENTS=only runs them', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot(), 'schema', 'trusted-documents.json'), 'utf8')) as { operations: { id: string; name: string }[] };
  const ids = new Map(manifest.operations.map((op) => [op.name, op.id]));
  const documents = Object.entries(client).filter(([name]) => name.startsWith('Console') && name.endsWith('Document')) as [string, DocumentNode][];
  expect(documents.length).toBeGreaterThan(20);
  const sent = documents.map(([name, document]) => [name.replace(/Document$/, ''), createHash('sha256').update(queryText(document), 'utf8').digest('hex')]);
  expect(sent).toEqual(sent.map(([name]) => [name, ids.get(name!)]));
});
