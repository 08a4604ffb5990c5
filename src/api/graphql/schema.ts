import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { REPO_ROOT } from '../../config.js';
import { resolvers } from './resolvers/index.js';

export const SCHEMA_DIR = path.join(REPO_ROOT, 'schema');

/** Reads the SDL (schema/*.graphql, base first) and joins it with the resolvers. */
export async function loadTypeDefs(dir = SCHEMA_DIR): Promise<string[]> {
  const files = (await readdir(dir))
    .filter((f) => f.endsWith('.graphql'))
    .sort((a, b) => (a === 'base.graphql' ? -1 : b === 'base.graphql' ? 1 : a.localeCompare(b)));
  return Promise.all(files.map((f) => readFile(path.join(dir, f), 'utf8')));
}

export async function buildSchema(): Promise<GraphQLSchema> {
  return makeExecutableSchema({
    typeDefs: await loadTypeDefs(),
    resolvers: resolvers as never,
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
}
