import type { Executor } from '../db/executor.js';
import type { CypherRegistry } from '../db/registry.js';
import * as db from '../db/statements/db.js';
import * as revision from '../db/statements/revision.js';
import { MapRepository } from './maps.js';

const MIGRATION_PREFIX = 'migrations/';
/** Constraints and indexes that migrations no longer make, dropped before they run. */
const RETIRED_PREFIX = 'retired/';

/** The statements of every write, whatever it writes (see Executor.writeTx). */
const WRITE_PATH = [db.bumpRevision, db.returnRevision, revision.findDocuments, revision.findReferrers, revision.recordRevision].map(
  (s) => s.name,
);

/** Schema and housekeeping: migrations, readiness, counts, wiping. */
export class DatabaseRepository {
  constructor(
    private readonly db: Executor,
    private readonly registry: CypherRegistry,
  ) {}

  migrationNames(): string[] {
    return this.registry
      .names()
      .filter((name) => name.startsWith(MIGRATION_PREFIX))
      .sort();
  }

  /** Names of the constraints and indexes the migrations create, read from their statements. */
  schemaObjectNames(): string[] {
    return this.migrationNames().map((name) => {
      const match = /CREATE\s+(?:CONSTRAINT|(?:FULLTEXT\s+|RANGE\s+|TEXT\s+)?INDEX)\s+(\w+)/i.exec(this.registry.get(name).text);
      if (!match?.[1]) throw new Error(`cypher/${name}.cypher does not name the constraint or index it creates`);
      return match[1];
    });
  }

  /** Applies every migration (each is idempotent: IF NOT EXISTS) and waits for the indexes to come online. */
  async migrate(): Promise<string[]> {
    for (const name of this.registry.names().filter((n) => n.startsWith(RETIRED_PREFIX))) await this.db.migrate(name);
    const names = this.migrationNames();
    for (const name of names) await this.db.migrate(name);
    // Index population can outlast a request's timeout on a busy machine: wait outside it.
    await this.db.autoCommit(db.awaitIndexes, { timeoutSeconds: 300 });
    await this.adoptIntoDefaultMap();
    await new MapRepository(this.db).finishDeletions();
    return names;
  }

  /**
   * A store written before maps were the unit becomes the default map, nothing lost: every node,
   * revision and change joins it (in batches, resumed if interrupted), then the old revision
   * counter becomes the map's. Run by the executor of the default map.
   */
  async adoptIntoDefaultMap(): Promise<boolean> {
    const [row] = await this.db.read(db.findUnadopted, {});
    if (!row?.pending) return false;
    await this.db.autoCommit(db.adoptNodes, {});
    await this.db.autoCommit(db.adoptMapState, {});
    return true;
  }

  /**
   * Plans the statements every write runs (the revision and its log) before the first request,
   * so the first write does not pay for planning them on a cold server.
   */
  async warmUp(): Promise<void> {
    for (const name of WRITE_PATH) await this.db.explain(name);
  }

  /** Asks the database whether it answers, even when it is known to be down (readiness). */
  async ping(): Promise<void> {
    await this.db.probe(db.ping, {});
  }

  /** True when every index the migrations create (constraints included) is online. */
  async migrationsApplied(): Promise<boolean> {
    const names = this.schemaObjectNames();
    const [row] = await this.db.read(db.countOnlineIndexes, { names });
    return (row?.online ?? 0) === names.length;
  }

  async counts(): Promise<{ nodes: number; relationships: number }> {
    const [row] = await this.db.read(db.countEverything, {});
    return row ?? { nodes: 0, relationships: 0 };
  }

  async deleteEverything(): Promise<void> {
    await this.db.autoCommit(db.deleteEverything, {});
  }
}
