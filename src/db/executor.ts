import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import type { CypherRegistry, Statement } from './registry.js';
import { translateNeo4jError } from './neo4j-errors.js';
import { toPlain } from './values.js';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

export interface WriteSummary {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

/** Counts database round trips (one per transaction function run) for one request. */
export interface RoundTripCounter {
  roundTrips: number;
}

/** A unit of work inside one write transaction: several statements, one commit. */
export interface WriteTx {
  run(name: string, params?: Params): Promise<Row[]>;
}

export interface Executor {
  read(name: string, params?: Params): Promise<Row[]>;
  write(name: string, params?: Params): Promise<Row[]>;
  /** Runs a statement that manages its own transactions (CALL ... IN TRANSACTIONS). */
  autoCommit(name: string, params?: Params): Promise<Row[]>;
  /** Plans a statement without running it (EXPLAIN): proves it is valid Cypher for this server. */
  explain(name: string): Promise<void>;
  /** Runs `work` in one write transaction, retried as a whole on transient errors. */
  writeTx<T>(work: (tx: WriteTx) => Promise<T>): Promise<{ result: T; summary: WriteSummary }>;
}

export interface ExecutorOptions {
  driver: Driver;
  registry: CypherRegistry;
  database: string;
  timeoutMs: number;
}

/** JavaScript numbers travel as floats; whole numbers are sent as Neo4j integers (LIMIT, counts, years). */
function toParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) out[key] = toParams(inner);
    return out;
  }
  return value;
}

/** Owns sessions: every statement runs by registry name, in a managed transaction, on the named database. */
export function createExecutor(options: ExecutorOptions, counter?: RoundTripCounter): Executor {
  const { driver, registry, database, timeoutMs } = options;

  const config = (statement: Statement) => ({
    timeout: timeoutMs,
    metadata: { app: 'argmap', query: statement.name },
  });

  async function inSession<T>(mode: 'READ' | 'WRITE', fn: (session: ReturnType<Driver['session']>) => Promise<T>): Promise<T> {
    const session = driver.session({ database, defaultAccessMode: mode === 'READ' ? 'READ' : 'WRITE' });
    try {
      return await fn(session);
    } catch (error) {
      throw translateNeo4jError(error);
    } finally {
      await session.close();
    }
  }

  const rows = (result: QueryResult<RecordShape>): Row[] => result.records.map((record) => toPlain(record.toObject()) as Row);

  async function runOne(mode: 'READ' | 'WRITE', name: string, params: Params): Promise<Row[]> {
    const statement = registry.get(name);
    if (counter) counter.roundTrips += 1;
    return inSession(mode, (session) => {
      const work = (tx: ManagedTransaction) => tx.run(statement.text, toParams(params) as Params);
      const run = mode === 'READ' ? session.executeRead(work, config(statement)) : session.executeWrite(work, config(statement));
      return run.then(rows);
    });
  }

  return {
    read: (name, params = {}) => runOne('READ', name, params),
    write: (name, params = {}) => runOne('WRITE', name, params),
    async autoCommit(name, params = {}) {
      const statement = registry.get(name);
      if (counter) counter.roundTrips += 1;
      // Maintenance statements (CALL ... IN TRANSACTIONS) commit as they go and may run long.
      const maintenance = { ...config(statement), timeout: Math.max(timeoutMs, 30 * 60_000) };
      return inSession('WRITE', (session) => session.run(statement.text, toParams(params) as Params, maintenance).then(rows));
    },
    async explain(name) {
      const statement = registry.get(name);
      await inSession('READ', (session) => session.run(`EXPLAIN ${statement.text}`, {}, config(statement)).then(() => undefined));
    },
    async writeTx(work) {
      return inSession('WRITE', (session) =>
        session.executeWrite(
          async (tx) => {
            const summary: WriteSummary = {
              nodesCreated: 0,
              nodesDeleted: 0,
              relationshipsCreated: 0,
              relationshipsDeleted: 0,
              propertiesSet: 0,
            };
            const result = await work({
              async run(name, params = {}) {
                if (counter) counter.roundTrips += 1;
                const res = await tx.run(registry.get(name).text, toParams(params) as Params);
                const updates = res.summary.counters.updates();
                summary.nodesCreated += updates.nodesCreated;
                summary.nodesDeleted += updates.nodesDeleted;
                summary.relationshipsCreated += updates.relationshipsCreated;
                summary.relationshipsDeleted += updates.relationshipsDeleted;
                summary.propertiesSet += updates.propertiesSet;
                return rows(res);
              },
            });
            return { result, summary };
          },
          { timeout: timeoutMs, metadata: { app: 'argmap', query: 'write-transaction' } },
        ),
      );
    },
  };
}
