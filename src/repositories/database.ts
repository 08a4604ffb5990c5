import type { Executor } from '../db/executor.js';
import type { CypherRegistry } from '../db/registry.js';
import * as db from '../db/statements/db.js';
import * as revision from '../db/statements/revision.js';

const MIGRATION_PREFIX = 'migrations/';

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
    const names = this.migrationNames();
    for (const name of names) await this.db.migrate(name);
    // Index population can outlast a request's timeout on a busy machine: wait outside it.
    await this.db.autoCommit(db.awaitIndexes, { timeoutSeconds: 300 });
    return names;
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
