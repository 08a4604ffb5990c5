// Pure parts of the managed Neo4j: the pinned version, neo4j.conf, JVM arguments, the pom, Java version parsing.
import type { MemorySettings } from './memory.js';

/** The one Neo4j version the managed server runs (Maven artifact org.neo4j:neo4j). */
export const NEO4J_VERSION = '5.26.30';
export const NEO4J_MAIN_CLASS = 'org.neo4j.server.CommunityEntryPoint';
export const NEO4J_ADMIN_CLASS = 'org.neo4j.server.startup.Neo4jAdminCommand';
export const MIN_JAVA_MAJOR = 17;
export const NEO4J_USER = 'neo4j';

export interface ConfOptions {
  boltPort: number;
  memory: MemorySettings;
  /** db.transaction.timeout, e.g. '30s'. */
  transactionTimeout?: string;
}

/** neo4j.conf for a managed instance: Bolt on loopback only, no HTTP, auth on, no phoning home. */
export function renderNeo4jConf(opts: ConfOptions): string {
  const { boltPort, memory } = opts;
  if (!Number.isInteger(boltPort) || boltPort < 1 || boltPort > 65535) {
    throw new RangeError(`Bolt port must be 1..65535, got ${boltPort}`);
  }
  const settings: Array<[string, string]> = [
    ['server.default_listen_address', '127.0.0.1'],
    ['server.default_advertised_address', '127.0.0.1'],
    ['server.bolt.enabled', 'true'],
    ['server.bolt.listen_address', `127.0.0.1:${boltPort}`],
    ['server.bolt.advertised_address', `127.0.0.1:${boltPort}`],
    ['server.http.enabled', 'false'],
    ['server.https.enabled', 'false'],
    ['dbms.security.auth_enabled', 'true'],
    ['server.memory.pagecache.size', memory.pageCache],
    ['dbms.memory.transaction.total.max', memory.transactionTotalMax],
    ['db.memory.transaction.max', memory.transactionMax],
    ['db.transaction.timeout', opts.transactionTimeout ?? '30s'],
    ['db.tx_log.rotation.retention_policy', '512M size'],
    ['dbms.usage_report.enabled', 'false'],
    // Bolt's network threads otherwise wait a 5 s quiet period, twice, at every shutdown: nothing
    // here needs it, and stopping in under a second keeps Ctrl-C and the test suite snappy.
    ['internal.dbms.bolt.netty_server_shutdown_quiet_period', '0'],
  ];
  return [
    '# Written by argmap at every start of the managed Neo4j (src/managed-neo4j/config.ts); edits here are overwritten.',
    '# Heap size comes from the java command line (-Xms/-Xmx): there is no launcher script.',
    ...settings.map(([key, value]) => `${key}=${value}`),
    '',
  ].join('\n');
}

/** JVM arguments, the ones the neo4j launcher would pass that matter here. */
export function jvmArgs(memory: MemorySettings, classpath: string): string[] {
  return [
    `-Xms${memory.heapInitial}`,
    `-Xmx${memory.heapMax}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+DisableExplicitGC',
    '-XX:+ExitOnOutOfMemoryError',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-cp',
    classpath,
  ];
}

/** The pom whose runtime dependencies are the Neo4j server's jars. */
export function renderPom(version: string = NEO4J_VERSION): string {
  return `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>argmap</groupId>
  <artifactId>managed-neo4j</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.neo4j</groupId>
      <artifactId>neo4j</artifactId>
      <version>${version}</version>
    </dependency>
  </dependencies>
</project>
`;
}

/**
 * The major version from `java -version` output (which goes to stderr):
 * `openjdk version "17.0.15" 2025-04-15` -> 17, `java version "1.8.0_292"` -> 8, `openjdk version "21" ...` -> 21.
 * Returns null when no version is found.
 */
export function parseJavaMajor(output: string): number | null {
  const match = /version "([^"]+)"/.exec(output) ?? /^(?:openjdk|java)\s+(\d[\w.+-]*)/m.exec(output);
  const version = match?.[1];
  if (!version) return null;
  const parts = version.split(/[._+-]/);
  const first = Number(parts[0]);
  if (!Number.isInteger(first)) return null;
  if (first === 1) {
    const second = Number(parts[1]);
    return Number.isInteger(second) ? second : null;
  }
  return first;
}
