import path from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { REPO_ROOT } from '../config.js';
import type { ImportResultRecord } from '../domain/index.js';
import { readGraphDocument } from './document-io.js';
import { nodeIdsOf, refuseForeignIds } from '../repositories/graph-import.js';
import type { Repositories } from '../repositories/index.js';

export const SEED_FILE = path.join(REPO_ROOT, 'data', 'seed', 'debate.json');

/**
 * Loads the seed debate into the repositories' map (idempotent by id); with `reset`, empties the
 * database first. `open` runs once the seed is known to fit the map (no id of it in another map),
 * before it is written: it makes the map when asked to.
 */
export async function loadSeed(
  repos: Repositories,
  schema: GraphQLSchema,
  { reset = false, open }: { reset?: boolean; open?: () => Promise<void> } = {},
): Promise<ImportResultRecord> {
  const { doc, external } = await readGraphDocument(SEED_FILE, schema);
  if (reset) await repos.database.deleteEverything();
  if (open) {
    refuseForeignIds(await repos.graphImport.findForeignIds({ ids: nodeIdsOf(doc) }));
    await open();
  }
  return repos.graphImport.importGraph({ doc, external });
}
