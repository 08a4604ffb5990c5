import type { Config, Neo4jConnectionConfig } from './config.js';
import type { ManagedNeo4j } from './managed-neo4j/index.js';

export interface Neo4jInUse {
  conn: Neo4jConnectionConfig;
  /** The managed local server; null for the one at NEO4J_URI. */
  managed: ManagedNeo4j | null;
  /** Lets the managed server go (it stops when no process uses it; a fresh one is removed); nothing for NEO4J_URI. */
  release(): Promise<void>;
}

/**
 * The Neo4j to work with: the one at NEO4J_URI, or a managed local server (`instance`, default
 * `default`), started if it is not running; with `fresh`, a new, empty one, removed again on
 * release (the test suite's). The service, the test runner and the benchmarks all start here.
 */
export async function useNeo4j(
  config: Pick<Config, 'neo4j' | 'dataDir' | 'database'>,
  { instance, onProgress, fresh = false }: { instance?: string; onProgress?: (line: string) => void; fresh?: boolean } = {},
): Promise<Neo4jInUse> {
  if (config.neo4j) return { conn: config.neo4j, managed: null, release: async () => {} };
  // Loaded only when needed: with NEO4J_URI set, nothing of the managed server is touched.
  const { ensureManagedNeo4j, removeManagedInstance } = await import('./managed-neo4j/index.js');
  const opts = { dataDir: config.dataDir, ...(instance ? { instance } : {}), ...(onProgress ? { onProgress } : {}) };
  if (fresh) await removeManagedInstance(opts);
  const managed = await ensureManagedNeo4j(opts);
  return {
    conn: { uri: managed.uri, user: managed.user, password: managed.password, database: config.database },
    managed,
    async release() {
      await managed.stop();
      if (fresh) await removeManagedInstance(opts);
    },
  };
}
