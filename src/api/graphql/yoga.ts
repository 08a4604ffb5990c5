import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import type { GraphQLError, GraphQLSchema } from 'graphql';
import { createYoga, maskError, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { codedErrorsPlugin } from './coded-errors.js';
import type { Context } from './context.js';
import { ErrorCode, toGraphQLError } from './errors.js';
import { GRAPHIQL_DEFAULT_QUERY, GRAPHIQL_EXAMPLE_TABS } from './graphiql-examples.js';
import { graphiqlPlugin, renderGraphiQL } from './graphiql.js';
import { loadPersistedDocuments, persistedOperationsPlugin } from './persisted-operations.js';
import { queryCostPlugin } from './query-cost.js';

export const QUERY_LIMITS = {
  depth: 10,
  aliases: 15,
  /** Values an answer may hold at most (query-cost.ts; README "Query cost"). */
  cost: 20_000,
  tokens: 2000,
} as const;

/** graphql-armor reports a refused operation as a plain error; give it the catalog's code. */
const asTooComplex = [
  (_ctx: unknown, error: GraphQLError) => {
    // It words its refusals as syntax errors, which they are not.
    error.message = error.message.replace(/^Syntax Error: /, '');
    const extensions = error.extensions as Record<string, unknown>;
    extensions.code = ErrorCode.QUERY_TOO_COMPLEX;
    extensions.http = { status: 400 };
  },
];

/** Adds the request's database round trips to the response (`extensions.roundTrips`). */
function roundTripsPlugin(): Plugin<Context> {
  return {
    onExecute() {
      return {
        onExecuteDone({ args, result, setResult }) {
          if (!('data' in result) && !('errors' in result)) return;
          const ctx = args.contextValue as Context;
          setResult({ ...result, extensions: { ...(result.extensions ?? {}), roundTrips: ctx.stats.roundTrips } });
        },
      };
    },
  };
}

export interface YogaOptions {
  schema: GraphQLSchema;
  context: (init: { request: Request; clientAddress?: string }) => Context | Promise<Context>;
  /** Rate limits (see src/api/rate-limits.ts), when on. */
  rateLimitPlugin?: Plugin | null;
  graphiql: boolean;
  /** Refuse operations that are not in the persisted allow-list (see persisted-operations.ts). */
  persistedOnly?: boolean;
  logError: (error: unknown) => void;
  /** Browser origins allowed to call the API: '*' (any, never with credentials) or a list (credentials allowed). */
  corsOrigins?: '*' | readonly string[];
  /** Schema introspection (GraphiQL needs it). */
  introspection?: boolean;
  /** "Did you mean ...?" in validation errors, which tell a stranger the schema's field names. */
  suggestions?: boolean;
}

function cors(origins: '*' | readonly string[] | undefined) {
  if (origins === undefined || origins === '*') return { origin: '*', credentials: false };
  if (origins.length === 0) return false;
  return { origin: [...origins], credentials: true };
}

export function createArgmapYoga(options: YogaOptions): YogaServerInstance<Record<string, unknown>, Context> {
  return createYoga<Record<string, unknown>, Context>({
    schema: options.schema,
    context: ({ request, clientAddress }) =>
      options.context({ request, clientAddress: typeof clientAddress === 'string' ? clientAddress : undefined }),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    // Unexpected errors are logged once, by maskError below.
    logging: false,
    healthCheckEndpoint: '/graphql/health',
    graphiql: options.graphiql
      ? { title: 'argmap GraphiQL', defaultQuery: GRAPHIQL_DEFAULT_QUERY, defaultTabs: GRAPHIQL_EXAMPLE_TABS }
      : false,
    renderGraphiQL,
    cors: cors(options.corsOrigins),
    maskedErrors: {
      // Unexpected failures reach clients as INTERNAL_SERVER_ERROR without details; the log keeps them.
      maskError(error, message) {
        const coded = toGraphQLError(error);
        if (coded) return coded;
        const masked = maskError(error, message, false);
        if (masked !== error) options.logError(error);
        return masked;
      },
    },
    plugins: [
      persistedOperationsPlugin({ documents: loadPersistedDocuments(), persistedOnly: options.persistedOnly ?? false }),
      maxTokensPlugin({ n: QUERY_LIMITS.tokens, onReject: asTooComplex }),
      // After the token limit, whose parser it wraps.
      codedErrorsPlugin({ suggestions: options.suggestions !== false }),
      maxDepthPlugin({ n: QUERY_LIMITS.depth, onReject: asTooComplex, ignoreIntrospection: true }),
      maxAliasesPlugin({ n: QUERY_LIMITS.aliases, onReject: asTooComplex }),
      queryCostPlugin(QUERY_LIMITS.cost),
      roundTripsPlugin(),
      ...(options.rateLimitPlugin ? [options.rateLimitPlugin] : []),
      ...(options.introspection === false ? [useDisableIntrospection()] : []),
      ...(options.graphiql ? [graphiqlPlugin()] : []),
    ],
  });
}
