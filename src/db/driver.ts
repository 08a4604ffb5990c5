import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnectionConfig } from '../config.js';

/** Creates the one driver of the process; fails fast so an outage surfaces as SERVICE_UNAVAILABLE. */
export function createDriver(conn: Neo4jConnectionConfig): Driver {
  return neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password), {
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 3_000,
    maxTransactionRetryTime: 3_000,
    disableLosslessIntegers: false,
    userAgent: 'argmap/0.1',
    logging: { level: 'error', logger: (_level, message) => process.stderr.write(`neo4j: ${message}\n`) },
  });
}
