// Lint configuration for the whole repository (run with `npm run lint`).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The layers of docs/ARCHITECTURE.md: what each may not import. */
const graphqlLayer = { regex: '^(\\.\\./)+graphql/', message: 'Only *.resolver.ts files of a module import the GraphQL layer (src/graphql); the domain stays below it.' };
const modules = { regex: '^(\\.\\./)+(src/)?modules/', message: 'integrations/ and src/common/ sit below the domain modules and import nothing from them.' };
const transport = { regex: '^(\\.\\./)+(src/)?graphql/', message: 'src/common/ and integrations/ import nothing from the GraphQL layer.' };
const server = { regex: '^(\\.\\./)+(src/)?(server|main)$', message: 'Only main.ts and the tools at the top import the server.' };

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'coverage/**', '.data/**', '.cache/**', 'test/generated/**', 'helm/**', 'integrations/client/dist/**', 'integrations/client/src/graphql.ts', 'integrations/client/src/document-ids.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'off',
      'no-console': 'off',
    },
  },
  {
    files: ['src/modules/**/*.ts'],
    ignores: ['src/modules/**/*.resolver.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [graphqlLayer, server] }] },
  },
  {
    files: ['src/common/**/*.ts', 'integrations/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [modules, transport, server] }] },
  },
  {
    // Benches may use the tests' helpers; tests never depend on a bench, whose code is tuned
    // for measuring and may change with it.
    files: ['test/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^(\\.\\./)+bench(/|$)', message: 'tests do not import bench/; share code through src/ or test/support/' }] }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
