/** The Neo4j a benchmark runs against: the one at NEO4J_URI, which it may wipe only when told so, or a managed instance of its own. */
import path from 'node:path';
import { REPO_ROOT, type Config } from '../../src/config.js';
import { useNeo4j, type Neo4jInUse } from '../../src/neo4j.js';

export interface BenchNeo4j extends Neo4jInUse {
  /** Neo4j's memory settings as the managed server reported them, for the record. */
  memory: string;
  /** NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD and NEO4J_DATABASE for a child process (the service under test). */
  env: Record<string, string>;
}

export async function benchNeo4j(
  base: Config,
  {
    instance,
    wipe,
    onProgress = () => {},
  }: {
    /** The managed instance (a benchmark's own, so its data is not another's). */
    instance: string;
    /** For a benchmark that wipes the database: whether the one at NEO4J_URI may be (--yes), and how to say so. */
    wipe?: { allowed: boolean; howToAllow?: string };
    onProgress?: (line: string) => void;
  },
): Promise<BenchNeo4j> {
  if (base.neo4j && wipe && !wipe.allowed) {
    const script = path.relative(REPO_ROOT, process.argv[1] ?? 'the benchmark');
    throw new Error(`${script} wipes the database at NEO4J_URI (${base.neo4j.uri}); ${wipe.howToAllow ?? 'pass --yes'}`);
  }
  let memory = 'external server (its own settings)';
  const used = await useNeo4j(base, {
    instance,
    onProgress: (line) => {
      if (line.startsWith('Neo4j memory')) memory = line;
      onProgress(line);
    },
  });
  const { conn } = used;
  return {
    ...used,
    memory,
    env: { NEO4J_URI: conn.uri, NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password, NEO4J_DATABASE: conn.database },
  };
}
