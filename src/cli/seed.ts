import path from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { REPO_ROOT } from '../config.js';
import type { ImportResultRecord } from '../domain/index.js';
import { readGraphDocument } from './document-io.js';
import type { Repositories } from '../repositories/index.js';

export const SEED_FILE = path.join(REPO_ROOT, 'data', 'seed', 'debate.json');

/** Loads the seed debate (idempotent by id); with `reset`, empties the database first. */
export async function loadSeed(repos: Repositories, schema: GraphQLSchema, { reset = false } = {}): Promise<ImportResultRecord> {
  const { doc, external } = await readGraphDocument(SEED_FILE, schema);
  if (reset) await repos.database.deleteEverything();
  return repos.graphImport.importGraph({ doc, external });
}
