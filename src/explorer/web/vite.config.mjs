// Bundles the explorer (GraphiQL, React, Monaco and its workers) into dist/explorer, served by
// the platform under /explorer/assets: nothing is loaded from elsewhere at run time.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: '/explorer/',
  logLevel: 'error',
  publicDir: false,
  build: {
    outDir: path.resolve(here, '../../../dist/explorer'),
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    chunkSizeWarningLimit: 8192,
    reportCompressedSize: false,
  },
  worker: { format: 'es' },
});
