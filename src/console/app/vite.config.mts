import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, isEnumType } from 'graphql';
import { defineConfig, type Plugin } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const SCHEMA = here('../../../schema/schema.graphql');

/**
 * `virtual:enum-labels`: every enum value's bilingual description (`签收 signed ...`), read from
 * schema/schema.graphql at build time, so the consoles label states in the schema's own words.
 */
function enumLabels(): Plugin {
  const id = 'virtual:enum-labels';
  return {
    name: 'linkage110-enum-labels',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(source) {
      if (source !== `\0${id}`) return undefined;
      this.addWatchFile(SCHEMA);
      const schema = buildSchema(readFileSync(SCHEMA, 'utf8'));
      const labels: Record<string, Record<string, string>> = {};
      for (const type of Object.values(schema.getTypeMap())) {
        if (!isEnumType(type) || type.name.startsWith('__')) continue;
        labels[type.name] = Object.fromEntries(type.getValues().map((v) => [v.name, (v.description ?? '').replace(/\s+/g, ' ').trim()]));
      }
      return `export default ${JSON.stringify(labels)};`;
    },
  };
}

/**
 * The reference consoles: one Preact app served by the platform at /console, built into
 * dist/console by src/scripts/ensure-build.mjs. Every asset is local (no CDN, no web fonts).
 */
export default defineConfig({
  root: here('.'),
  base: '/console/',
  publicDir: false,
  logLevel: 'warn',
  plugins: [enumLabels()],
  resolve: { alias: { '@linkage110/client': here('../../../integrations/client/src/index.ts') } },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: here('../../../dist/console'),
    emptyOutDir: true,
    target: 'es2020',
    sourcemap: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 600,
  },
});
