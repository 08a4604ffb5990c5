import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConnectionConfig } from '../config.js';
import { REPO_ROOT } from '../config.js';
import { createDriver } from './driver.js';
import type { ExecutorOptions } from './executor.js';
import { isUnavailable } from './neo4j-errors.js';
import { DatabaseHealth } from './health.js';
import { CypherRegistry } from './registry.js';
import { CATALOG } from './statements/index.js';

export const CYPHER_DIR = path.join(REPO_ROOT, 'cypher');

export interface Database {
  driver: Driver;
  /** The server's address (NEO4J_URI, or the managed server's). */
  uri: string;
  registry: CypherRegistry;
  executorOptions: ExecutorOptions;
  close(): Promise<void>;
}

/** Loads the Cypher registry, opens the driver and waits (up to `waitMs`) until Neo4j answers. */
export async function openDatabase(
  conn: Neo4jConnectionConfig,
  { timeoutMs, waitMs = 60_000, onWait }: { timeoutMs: number; waitMs?: number; onWait?: (message: string) => void },
): Promise<Database> {
  const registry = await CypherRegistry.load(CYPHER_DIR);
  // A statement the code refers to without its file stops the boot here, not at its first use.
  for (const { statement } of CATALOG) registry.get(statement.name);
  const driver = createDriver(conn);
  const deadline = Date.now() + waitMs;
  let announced = false;
  for (;;) {
    try {
      await driver.verifyConnectivity({ database: conn.database });
      break;
    } catch (error) {
      if (!isUnavailable(error) || Date.now() > deadline) {
        await driver.close();
        throw new Error(`Cannot reach Neo4j at ${conn.uri}: ${(error as Error).message}`, { cause: error });
      }
      if (!announced) onWait?.(`Waiting for Neo4j at ${conn.uri}...`);
      announced = true;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  return {
    driver,
    uri: conn.uri,
    registry,
    executorOptions: { driver, registry, database: conn.database, timeoutMs, health: new DatabaseHealth() },
    close: () => driver.close(),
  };
}

/** Whether the driver routes over a cluster's members (`neo4j://`, `neo4j+s://`), rather than talking to one server. */
export const isRouting = (uri: string): boolean => /^neo4j(\+s|\+ssc)?:/i.test(uri);

/**
 * Bookmarks shared by every session of the process, when they are needed: a read waits for the
 * writes the process knows of. Writes here move them on by themselves; `follow` adds the bookmarks
 * of a write announced by another replica.
 *
 * Only a routing connection (`neo4j://`, a cluster) needs them, where a read may go to a member
 * that has not applied a write yet. On one server (`bolt://`, the managed Neo4j) a transaction
 * sees every one committed before it began, so there is nothing to wait for, and a bookmark would
 * only do harm: after a restore, the server's store is older than the transactions the process
 * remembers, and every read would wait for them until its deadline.
 */
export function createBookmarks(routing: boolean) {
  const manager = routing ? neo4j.bookmarkManager() : undefined;
  return {
    manager,
    follow: (bookmarks: readonly string[]) => void manager?.updateBookmarks([], bookmarks),
  };
}
