import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A front-end project outside the repository installs the typed client from its `npm pack`
 * tarball, with no registry (offline) and no access to the server's code, and type-checks its
 * own queries against it: a right one compiles, a wrong field or variable does not.
 */
const root = path.resolve(__dirname, '../..');
const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
let project: string;

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' } });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

function typecheck(file: string, source: string) {
  fs.writeFileSync(path.join(project, 'src', file), source);
  return run(process.execPath, [tsc, '--noEmit', '-p', 'tsconfig.json'], project);
}

beforeAll(() => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), 'linkage110-frontend-'));
  const packed = run('npm', ['pack', './integrations/client', '--pack-destination', project, '--silent'], root);
  expect(packed).toMatchObject({ status: 0 });
  const tarball = packed.output.trim().split('\n')[0];
  // The client's peers come from this checkout's node_modules, so the install needs no registry.
  fs.writeFileSync(
    path.join(project, 'package.json'),
    JSON.stringify({
      name: 'county-frontend',
      private: true,
      type: 'module',
      dependencies: {
        '@linkage110/client': `file:./${tarball}`,
        graphql: `file:${path.join(root, 'node_modules/graphql')}`,
        '@graphql-typed-document-node/core': `file:${path.join(root, 'node_modules/@graphql-typed-document-node/core')}`,
      },
    }),
  );
  const installed = run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--install-links'], project);
  expect(installed.output).not.toMatch(/ERR!/);
  expect(installed.status).toBe(0);
  fs.mkdirSync(path.join(project, 'src'));
  fs.writeFileSync(
    path.join(project, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { target: 'ES2020', module: 'ESNext', moduleResolution: 'bundler', strict: true, noEmit: true, lib: ['ES2020', 'DOM'], types: [] }, include: ['src'] }),
  );
}, 120_000);

afterAll(() => {
  if (project) fs.rmSync(project, { recursive: true, force: true });
});

it('installs with nothing of the server inside', () => {
  const installed = path.join(project, 'node_modules/@linkage110/client');
  expect(fs.lstatSync(installed).isSymbolicLink()).toBe(false);
  const files = run('find', ['.', '-type', 'f'], installed).output;
  expect(files).toMatch(/dist\/index\.d\.ts/);
  expect(files).not.toMatch(/src\/modules|src\/graphql\/|\.resolver\./);
  const manifest = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8'));
  expect(manifest.dependencies ?? {}).toEqual({});
});

it('type-checks a query, its variables, a JSON field and the feed resume helper', () => {
  const result = typecheck(
    'desk.ts',
    `import { IncidentsDocument, IncidentFeedDocument, resumableFeed, historyState, type IncidentsQuery, type IncidentsQueryVariables, type FeedTransport, type JsonValue } from '@linkage110/client';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

declare function request<D, V>(doc: TypedDocumentNode<D, V>, variables: V): Promise<D>;

export async function firstDescriptions(): Promise<string[]> {
  const variables: IncidentsQueryVariables = { first: 20, filter: { statuses: ['RECEIVED'] } };
  const data: IncidentsQuery = await request(IncidentsDocument, variables);
  return data.incidents.edges.map((edge) => edge.node.description + edge.node.area?.name);
}

export function follow(transport: FeedTransport, saved: string | null): () => void {
  const feed = resumableFeed({
    transport,
    document: IncidentFeedDocument,
    after: saved,
    onEvent(event) {
      const status: string | undefined = historyState(event.event.after)?.status as string | undefined;
      const before: JsonValue | undefined = event.event.before?.['status'];
      console.log(event.cursor, event.kind, event.incident?.id, status, before);
    },
  });
  return () => feed.stop();
}
`,
  );
  expect(result.output.trim()).toBe('');
  expect(result.status).toBe(0);
});

it('fails on a field the operation does not select, and on a wrong variable', () => {
  const wrongField = typecheck(
    'wrong-field.ts',
    `import type { IncidentsQuery } from '@linkage110/client';
export const wrong = (data: IncidentsQuery) => data.incidents.edges[0].node.reporterSecret;
`,
  );
  expect(wrongField.status).not.toBe(0);
  expect(wrongField.output).toMatch(/error TS2339: Property 'reporterSecret' does not exist/);
  fs.rmSync(path.join(project, 'src/wrong-field.ts'));

  const wrongVariable = typecheck(
    'wrong-variable.ts',
    `import type { IncidentsQueryVariables } from '@linkage110/client';
export const wrong: IncidentsQueryVariables = { first: 'twenty' };
`,
  );
  expect(wrongVariable.status).not.toBe(0);
  expect(wrongVariable.output).toMatch(/wrong-variable\.ts.*error TS2322/);
  fs.rmSync(path.join(project, 'src/wrong-variable.ts'));
});

it('runs in the front-end project: typed documents and their trusted-document ids', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'schema/trusted-documents.json'), 'utf8')) as { operations: { id: string; name: string }[] };
  fs.writeFileSync(
    path.join(project, 'ids.mjs'),
    `import { IncidentsDocument, documentId, trustedRequest } from '@linkage110/client';
console.log(JSON.stringify({ kind: IncidentsDocument.kind, id: documentId(IncidentsDocument), body: trustedRequest(IncidentsDocument, { first: 1 }) }));
`,
  );
  const result = run(process.execPath, ['ids.mjs'], project);
  expect(result.status).toBe(0);
  const printed = JSON.parse(result.output.trim());
  const expected = manifest.operations.find((op) => op.name === 'Incidents')!.id;
  expect(printed).toEqual({
    kind: 'Document',
    id: expected,
    body: { operationName: 'Incidents', variables: { first: 1 }, extensions: { persistedQuery: { version: 1, sha256Hash: expected } } },
  });
});
