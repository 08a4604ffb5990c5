// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const driverOnlyInDb = {
  paths: [{ name: 'neo4j-driver', message: 'Only src/db/ talks to the driver; use a repository.' }],
  patterns: [],
};

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'public/', '.argmap/', 'src/generated/', 'test-output/', 'web/dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The service's layers; the benchmark's raw-driver baseline is meant to bypass them.
    files: ['src/**/*.ts', 'test/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', driverOnlyInDb] },
  },
  {
    // The layers: only db/ imports the driver; resolvers never reach into db/ or the registry.
    files: ['src/db/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/resolvers/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: driverOnlyInDb.paths,
          patterns: [
            {
              group: ['**/db/*', '**/db/**', '**/repositories/*.js', '!**/repositories/index.js'],
              message: 'Resolvers call repositories through the context, never db/ directly.',
            },
          ],
        },
      ],
    },
  },
  {
    // The explorer reads GraphQL JSON whose shapes are spelled out by the queries next to it.
    files: ['web/**/*.ts'],
    languageOptions: {
      globals: { window: 'readonly', document: 'readonly', location: 'readonly', fetch: 'readonly', HTMLElement: 'readonly' },
    },
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
