// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const driver = { name: 'neo4j-driver', message: 'Only src/db/ talks to the driver; use a repository.' };
const graphql = [
  { name: 'graphql', message: 'GraphQL belongs to src/api/.' },
  { name: 'graphql-yoga', message: 'GraphQL belongs to src/api/.' },
];
const folder = (name, why) => ({ group: [`**/${name}/*`, `**/${name}/**`], message: why });

/** What each layer may not import: imports point only downward (api -> repositories -> db -> domain). */
const layers = {
  'src/domain/**/*.ts': {
    paths: [driver, ...graphql, { name: 'zod', message: 'The domain checks input by hand-written rules; row shapes live in src/db/.' }],
    patterns: ['api', 'db', 'repositories', 'cli', 'interchange', 'managed-neo4j'].map((f) =>
      folder(f, 'The domain imports nothing above it.'),
    ),
  },
  'src/interchange/**/*.ts': {
    paths: [driver, ...graphql],
    patterns: ['api', 'db', 'repositories', 'cli', 'managed-neo4j'].map((f) =>
      folder(f, 'Formats work on documents, from the domain only.'),
    ),
  },
  'src/db/**/*.ts': {
    paths: graphql,
    patterns: ['api', 'repositories', 'cli', 'interchange'].map((f) => folder(f, 'The data layer knows the domain only.')),
  },
  'src/repositories/**/*.ts': {
    paths: [driver, ...graphql],
    patterns: ['api', 'cli', 'interchange'].map((f) => folder(f, 'Repositories return domain records; the API shapes them.')),
  },
  'src/api/graphql/resolvers/**/*.ts': {
    paths: [driver],
    patterns: [
      {
        group: ['**/db/*', '**/db/**', '**/repositories/*.js', '!**/repositories/index.js'],
        message: 'Resolvers call repositories through the context, never db/ directly.',
      },
      folder('cli', 'The CLI is above the API.'),
    ],
  },
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
    ignores: ['src/db/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [driver], patterns: [] }] },
  },
  ...Object.entries(layers).map(([files, rule]) => ({ files: [files], rules: { 'no-restricted-imports': ['error', rule] } })),
  {
    // The explorer reads GraphQL JSON whose shapes are spelled out by the queries next to it.
    files: ['web/**/*.ts'],
    languageOptions: {
      globals: { window: 'readonly', document: 'readonly', location: 'readonly', fetch: 'readonly', HTMLElement: 'readonly' },
    },
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
