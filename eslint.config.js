// @ts-check
import js from '@eslint/js';
import graphql from '@graphql-eslint/eslint-plugin';
import tseslint from 'typescript-eslint';

const CODE = ['**/*.{js,mjs,cjs,ts,mts,cts}'];

const driver = { name: 'neo4j-driver', message: 'Only src/db/ talks to the driver; use a repository.' };
const graphqlPackages = [
  { name: 'graphql', message: 'GraphQL belongs to src/api/.' },
  { name: 'graphql-yoga', message: 'GraphQL belongs to src/api/.' },
];
const folder = (name, why) => ({ group: [`**/${name}/*`, `**/${name}/**`], message: why });

const composition = { group: ['**/main.js'], message: 'main.ts composes the service from the layers; they do not import it.' };
/** What the API may not import besides the data layer: what stands above it, or beside it. */
const apiAbove = [
  folder('cli', 'The CLI is above the API.'),
  folder('managed-neo4j', 'The API is given a database; main.ts finds or starts it.'),
  composition,
];

/** What each layer may not import: imports point only downward (api -> repositories -> db -> domain). */
const layers = {
  'src/domain/**/*.ts': {
    paths: [
      driver,
      ...graphqlPackages,
      { name: 'zod', message: 'The domain checks input by hand-written rules; row shapes live in src/db/.' },
    ],
    patterns: ['api', 'db', 'repositories', 'cli', 'interchange', 'managed-neo4j', 'text'].map((f) =>
      folder(f, 'The domain imports nothing above it.'),
    ),
  },
  'src/text/**/*.ts': {
    paths: [driver, ...graphqlPackages],
    patterns: ['api', 'db', 'repositories', 'cli', 'interchange', 'managed-neo4j'].map((f) =>
      folder(f, 'Text analysis works on strings and domain records; callers hand it what the map holds.'),
    ),
  },
  'src/interchange/**/*.ts': {
    paths: [driver, ...graphqlPackages],
    patterns: ['api', 'db', 'repositories', 'cli', 'managed-neo4j'].map((f) =>
      folder(f, 'Formats work on documents, from the domain only.'),
    ),
  },
  'src/db/**/*.ts': {
    paths: graphqlPackages,
    patterns: ['api', 'repositories', 'cli', 'interchange'].map((f) => folder(f, 'The data layer knows the domain only.')),
  },
  'src/repositories/**/*.ts': {
    paths: [driver, ...graphqlPackages],
    patterns: ['api', 'cli', 'interchange'].map((f) => folder(f, 'Repositories return domain records; the API shapes them.')),
  },
  // The API is handed its repositories (made in main.ts, the composition root); it never reaches below them.
  'src/api/**/*.ts': {
    paths: [driver],
    patterns: [folder('db', 'The API reaches data through repositories, which main.ts makes for it.'), ...apiAbove],
  },
  // Listed after src/api/: for resolvers, this rule replaces the one above.
  'src/api/graphql/resolvers/**/*.ts': {
    paths: [driver],
    patterns: [
      {
        group: ['**/db/*', '**/db/**', '**/repositories/*.js', '!**/repositories/index.js'],
        message: 'Resolvers call repositories through the context, never db/ directly.',
      },
      ...apiAbove,
    ],
  },
  'src/main.ts': {
    paths: [driver],
    patterns: [folder('cli', 'The CLI runs main.ts; what main.ts needs of it (the seed loader) is passed in.')],
  },
  'src/managed-neo4j/**/*.ts': {
    paths: [driver, ...graphqlPackages],
    patterns: [
      ...['api', 'db', 'repositories', 'cli', 'interchange', 'domain'].map((f) =>
        folder(f, 'The managed server is processes and files: it knows nothing of the map or the service.'),
      ),
      composition,
    ],
  },
};

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'public/', '.argmap/', 'src/generated/', 'web/src/generated/', 'test-output/', 'web/dist/'] },
  // The JavaScript and TypeScript rules apply to code only (not to schema/*.graphql).
  ...[js.configs.recommended, ...tseslint.configs.recommended].map((config) => ({ ...config, files: config.files ?? CODE })),
  {
    files: CODE,
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
    // The SDL: every part described in block style, names by convention, Relay connections.
    files: ['schema/**/*.graphql'],
    languageOptions: { parser: graphql.parser, parserOptions: { graphQLConfig: { schema: 'schema/*.graphql' } } },
    plugins: { '@graphql-eslint': graphql },
    rules: {
      ...graphql.configs['flat/schema-recommended'].rules,
      '@graphql-eslint/require-description': [
        'error',
        {
          types: true,
          rootField: true,
          FieldDefinition: true,
          InputValueDefinition: true,
          EnumValueDefinition: true,
          DirectiveDefinition: true,
        },
      ],
      '@graphql-eslint/description-style': ['error', { style: 'block' }],
      '@graphql-eslint/strict-id-in-types': [
        'error',
        {
          acceptedIdNames: ['id'],
          acceptedIdTypes: ['ID'],
          exceptions: {
            // Pages and the places in them are not entities.
            suffixes: ['Connection', 'Edge'],
            types: [
              'PageInfo',
              // Relationships, identified by the two nodes they join (a claim and a provision, a claim and
              // an issue, an actor and an organisation): refetch them through either end.
              'Citation',
              'Position',
              'Affiliation',
              'Membership',
              'MapMembership',
              // Answers computed for one request, with nothing to refetch by id.
              'SearchHit',
              'ArgumentGraph',
              'ArgumentChain',
              'ImportResult',
              'ImportDocumentResult',
              'SkippedCount',
              // Near duplicates, scored for one request (a pair is refetched through its two claims).
              'SimilarClaim',
              'DuplicatePair',
              // Evaluations, computed per request from the map at one revision.
              'Evaluation',
              'Status',
              'Explanation',
              'ExplanationStep',
              'ExplainedClaim',
              'LabelCounts',
              'Verdict',
              'PositionVerdict',
              // A revision's parts and results, refetched through their revision (`node(id: "revision:42")`).
              'Change',
              'NodeState',
              'PropertyValue',
              'RelationshipState',
              'ChangeEvent',
              'RevertResult',
              // Who wrote a revision, read through the revision.
              'Author',
              // A proposal's parts, refetched through their proposal (`node(id: "proposal:...")`).
              'ProposedSource',
              'ProposedSpeaker',
              'ClaimMatch',
              'ProposedLink',
              'AcceptProposedAssertionsResult',
            ],
          },
        },
      ],
      '@graphql-eslint/relay-connection-types': 'error',
      '@graphql-eslint/relay-edge-types': [
        'error',
        // Lists of related nodes (a claim's premises, a graph's edges) are plain lists, not connections.
        { withEdgeSuffix: true, shouldImplementNode: true, listTypeCanWrapOnlyEdgeType: false },
      ],
      '@graphql-eslint/relay-arguments': ['error', { includeBoth: true }],
      '@graphql-eslint/relay-page-info': 'error',
    },
  },
  {
    // The explorer reads GraphQL answers typed by its documents (web/src/operations.ts): no `any`.
    files: ['web/**/*.ts'],
    languageOptions: {
      globals: { window: 'readonly', document: 'readonly', location: 'readonly', fetch: 'readonly', HTMLElement: 'readonly' },
    },
  },
);
