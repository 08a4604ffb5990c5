// The public shapes of the managed Neo4j: the options that name and start an instance, its handle, its status.
import type { ServerState } from './run-files.js';

export interface ManagedNeo4jOptions {
  /** ARGMAP_DATA_DIR, default '<repo>/.argmap'. */
  dataDir: string;
  /** Default 'default'; the test suite uses throwaway instances of its own. */
  instance?: string;
  /** Default: ARGMAP_NEO4J_PORT, else a free loopback port chosen at first start and kept in the instance state. */
  boltPort?: number;
  onProgress?: (line: string) => void;
  /** How long the server gets to answer on Bolt once java runs; default ARGMAP_NEO4J_START_TIMEOUT_MS or 120000. */
  startTimeoutMs?: number;
  /** True for `argmap db start`: the server outlives this process. */
  detached?: boolean;
  /** Where the installation shared by all instances (neo4j-<version>/lib) lives; default dataDir. */
  installDir?: string;
  /** The java command; default ARGMAP_JAVA, then $JAVA_HOME/bin/java, then `java` on PATH. */
  java?: string;
  /** The mvn command; default ARGMAP_MVN, then `mvn` on PATH. */
  mvn?: string;
}

/** The options that name an instance (for stop, status and remove). */
export type ManagedNeo4jTarget = Pick<ManagedNeo4jOptions, 'dataDir' | 'instance' | 'installDir' | 'onProgress'>;

export interface ManagedNeo4j {
  uri: string;
  user: string;
  password: string;
  /** The java process. */
  pid: number;
  /** False when an already running server was found; stop() then leaves it to whoever runs it. */
  startedHere: boolean;
  stop(): Promise<void>;
}

export interface ManagedNeo4jStatus {
  installed: boolean;
  running: boolean;
  version: string;
  pid?: number;
  uri?: string;
  dataDir: string;
  instance: string;
  /** The instance folder (Neo4j's home: conf/, data/, logs/, run/). */
  home: string;
  /** True when the server runs without an owner process (started by `argmap db start`). */
  detached?: boolean;
  /** What its keeper says java is doing, while a keeper runs. */
  state?: ServerState;
  /** How often the keeper restarted a java that died. */
  restarts?: number;
}
