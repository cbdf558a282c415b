// The fault suite (`npm run test:faults`): not part of `npm test`. It starts its own PostgreSQL
// cluster and its own API process, breaks them on purpose, and reports what survived.
import { readFileSync } from 'node:fs';
import { URL } from 'node:url';

const base = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).jest;

export default {
  rootDir: '../..',
  testEnvironment: 'node',
  roots: ['<rootDir>/test/faults'],
  testMatch: ['**/*.fault.ts'],
  transform: base.transform,
  setupFiles: ['reflect-metadata', '<rootDir>/test/support/quiet-logs.ts'],
  testTimeout: 180000,
  maxWorkers: 1,
};
