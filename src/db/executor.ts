import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction, type Record as Neo4jRecord, type Session } from 'neo4j-driver';
import { UnavailableError } from '../domain/errors.js';
import type { DatabaseHealth } from './health.js';
import type { CypherRegistry } from './registry.js';
import { isPermanent, translateNeo4jError } from './neo4j-errors.js';
import type { Statement } from './statement.js';
import { toPlain } from './values.js';
import { WriteRevision, type ChangeEvent, type WriteOrigin } from './revision-log.js';
import { DEFAULT_SCOPE, mapSearchKey, type MapScope } from '../domain/maps.js';

export interface WriteSummary {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
}

/** Counts database round trips (one per statement sent) for one request. */
export interface RoundTripCounter {
  roundTrips: number;
}

/** A unit of work inside one write transaction: several statements, one commit, one revision. */
export interface WriteTx {
  /** Runs a statement; before a statement that writes, the nodes its parameters name are recorded as they were. */
  run<P, R>(statement: Statement<P, R>, params: P): Promise<R[]>;
  /** Records nodes as they were before the work changes them; `referrers` for deletions (the nodes pointing at them change too). */
  touch(ids: readonly string[], options?: { referrers?: boolean }): Promise<void>;
  /** The revision this transaction commits as. */
  readonly revision: number;
}

export interface Executor {
  read<P, R>(statement: Statement<P, R>, params: P): Promise<R[]>;
  write<P, R>(statement: Statement<P, R>, params: P): Promise<R[]>;
  /**
   * A read whose rows are too many to hold as records (the whole map): `consume` takes them one
   * by one as they arrive, and starts again from the first if the transaction is retried. The
   * transaction may run for `timeoutMs` (at least the request timeout).
   */
  stream<P, R, T>(statement: Statement<P, R>, params: P, consume: (rows: AsyncIterable<R>) => Promise<T>, timeoutMs?: number): Promise<T>;
  /** Runs a statement that manages its own transactions (CALL ... IN TRANSACTIONS), without the request deadline. */
  autoCommit<P, R>(statement: Statement<P, R>, params: P): Promise<R[]>;
  /** Runs a schema statement of cypher/migrations/ by its name (they return nothing). */
  migrate(name: string): Promise<void>;
  /** Runs a read even while the database is known to be down (readiness probes): its answer updates what is known. */
  probe<P, R>(statement: Statement<P, R>, params: P): Promise<R[]>;
  /** Plans a registry statement without running it (EXPLAIN): proves it is valid Cypher for this server. */
  explain(name: string): Promise<void>;
  /** Runs `work` in one write transaction, retried as a whole on transient errors; the map's revision moves on with it. */
  writeTx<T>(work: (tx: WriteTx) => Promise<T>): Promise<{ result: T; summary: WriteSummary; change: ChangeEvent | null }>;
}

export interface ExecutorOptions {
  driver: Driver;
  registry: CypherRegistry;
  database: string;
  /** Shared by every executor of the process: what the last calls learnt about the database. */
  health: DatabaseHealth;
  /** The server-side transaction timeout; the client gives up a little after it (a frozen server never answers). */
  timeoutMs: number;
  /** Hears every committed write that changed something (subscriptions publish from here). */
  onCommit?: (event: ChangeEvent) => void;
  /** Shared by every session of the process: a read waits for the writes this process knows of, here or (through events) on other replicas. */
  bookmarkManager?: BookmarkManager;
  /** false only to measure what the revision log costs (bench/history.ts): writes then keep no history. */
  revisionLog?: boolean;
}

/**
 * Runs a driver call without the stack trace the driver captures for every query (it formats
 * `new Error().stack`, through the source maps when they are on): a measurable share of the CPU
 * of a small read. The driver's errors then carry no call-site frames; the executor's own errors
 * name the statement instead.
 */
function quietly<T>(call: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return call();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** Attempts of a one-statement read that meets a transient failure (a deadlock, a leader switch, a dropped connection). */
const READ_ATTEMPTS = 4;

/**
 * Runs one read statement as an auto-commit transaction: one round trip (RUN and PULL) where a
 * managed transaction takes two (BEGIN, RUN and PULL, then COMMIT), which costs the client and
 * Neo4j each about half the CPU of a small read. A read changes nothing, so a transient failure
 * is retried here as the driver's managed transactions would (a few times, backing off);
 * anything else is the caller's to translate.
 */
export async function readAutoCommit(
  session: Session,
  text: string,
  params: Record<string, unknown>,
  config: { timeout: number; metadata: Record<string, string> },
): Promise<{ records: Neo4jRecord[] }> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await quietly(() => session.run(text, params, config));
    } catch (error) {
      if (attempt >= READ_ATTEMPTS || isPermanent(error) || !neo4j.isRetryableError(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** attempt * (0.8 + 0.4 * Math.random())));
    }
  }
}

/** How long planning a statement ahead of use (EXPLAIN) may take. */
const PLANNING_TIMEOUT_MS = 60_000;

/** How much longer than the transaction timeout the client waits before it gives up on the server. */
export const DEADLINE_MARGIN_MS = 2_000;

export class RowShapeError extends Error {}

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

/** Checks a record against the statement's row shape: where rows enter, and only here. */
function decode<P, R>(statement: Statement<P, R>, record: Neo4jRecord): R {
  const parsed = statement.row.safeParse(toPlain(record.toObject()));
  if (!parsed.success) {
    throw new RowShapeError(
      `cypher/${statement.name}.cypher returned a row that does not match its declared shape: ${parsed.error.message}`,
    );
  }
  return parsed.data;
}

/** Rejects with SERVICE_UNAVAILABLE when `work` has not settled by the deadline. */
function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new UnavailableError(`The database did not answer within ${Math.round(ms / 1000)} s; try again shortly`, {
            extra: { reason: 'DEADLINE' },
          }),
        ),
      ms,
    );
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

/**
 * Owns sessions: every statement runs from the catalog, on the named database, within a deadline;
 * a read as one auto-commit statement (readAutoCommit), a write in a managed transaction that
 * moves the map's revision on (the revision log's part is WriteRevision, in revision-log.ts).
 */
export function createExecutor(
  options: ExecutorOptions,
  counter?: RoundTripCounter,
  origin?: WriteOrigin,
  scope: MapScope = DEFAULT_SCOPE,
): Executor {
  const { driver, registry, database, timeoutMs, health, bookmarkManager } = options;
  /** Every statement gets the scope's map as `$mapId` (test/cypher checks each one uses it): no statement can forget the map. */
  const mapKey = scope.mapId === null ? null : mapSearchKey(scope.mapId);
  const scoped = (params: unknown) => toParams({ ...(params as object), mapId: scope.mapId, mapKey }) as Record<string, unknown>;
  const deadlineMs = timeoutMs + DEADLINE_MARGIN_MS;

  const txConfig = (name: string, timeout = timeoutMs) => ({ timeout, metadata: { app: 'argmap', query: name } });
  const count = () => {
    if (counter) counter.roundTrips += 1;
  };

  /** A failure no retry can cure leaves the transaction function as a plain error, so the driver does not retry it. */
  const noRetry = (error: unknown): never => {
    throw isPermanent(error) ? translateNeo4jError(error) : error;
  };

  async function inSession<T>(
    mode: 'READ' | 'WRITE',
    fn: (session: Session) => Promise<T>,
    deadline: number | null = deadlineMs,
    always = false,
  ): Promise<T> {
    if (!always && health.admit() === 'refuse') {
      throw new UnavailableError('The database is unavailable; try again shortly', { extra: { reason: 'DOWN' } });
    }
    const session = driver.session({ database, defaultAccessMode: mode, bookmarkManager });
    const work = (async () => {
      try {
        return await fn(session);
      } catch (error) {
        throw translateNeo4jError(error);
      }
    })();
    try {
      const result = deadline === null ? await work : await withDeadline(work, deadline);
      health.up();
      return result;
    } catch (error) {
      if (error instanceof UnavailableError && error.extra.reason !== 'TIMEOUT') health.down();
      else health.settle();
      throw error;
    } finally {
      // A frozen server would hold the close as well: do not wait for it past the deadline.
      void session.close().catch(() => undefined);
    }
  }

  async function runOne<P, R>(mode: 'READ' | 'WRITE', statement: Statement<P, R>, params: P): Promise<R[]> {
    const { text } = registry.get(statement.name);
    count();
    if (mode === 'READ') {
      return inSession(mode, async (session) => {
        const result = await readAutoCommit(session, text, scoped(params), txConfig(statement.name));
        return result.records.map((record) => decode(statement, record));
      });
    }
    return inSession(mode, (session) => {
      const work = (tx: ManagedTransaction) => quietly(() => tx.run(text, scoped(params))).catch(noRetry);
      return session
        .executeWrite(work, txConfig(statement.name))
        .then((result) => result.records.map((record) => decode(statement, record)));
    });
  }

  return {
    read: (statement, params) => runOne('READ', statement, params),
    write: (statement, params) => runOne('WRITE', statement, params),
    async stream(statement, params, consume, longer = timeoutMs) {
      const { text } = registry.get(statement.name);
      const timeout = Math.max(timeoutMs, longer);
      count();
      return inSession(
        'READ',
        (session) =>
          session.executeRead(
            async (tx) => {
              const result = quietly(() => tx.run(text, scoped(params)));
              async function* rows() {
                for await (const record of result) yield decode(statement, record);
              }
              return consume(rows()).catch(noRetry);
            },
            txConfig(statement.name, timeout),
          ),
        timeout + DEADLINE_MARGIN_MS,
      );
    },
    async autoCommit(statement, params) {
      const { text } = registry.get(statement.name);
      count();
      // Maintenance statements (CALL ... IN TRANSACTIONS) commit as they go and may run long.
      const config = txConfig(statement.name, Math.max(timeoutMs, 30 * 60_000));
      return inSession(
        'WRITE',
        (session) => session.run(text, scoped(params), config).then((result) => result.records.map((r) => decode(statement, r))),
        null,
      );
    },
    async migrate(name) {
      const { text } = registry.get(name);
      count();
      await inSession('WRITE', (session) => session.executeWrite((tx) => tx.run(text), txConfig(name)));
    },
    async probe(statement, params) {
      const { text } = registry.get(statement.name);
      return inSession(
        'READ',
        (session) => session.executeRead((tx) => quietly(() => tx.run(text, scoped(params))), txConfig(statement.name)),
        deadlineMs,
        true,
      ).then((result) => result.records.map((record) => decode(statement, record)));
    },
    async explain(name) {
      const { text } = registry.get(name);
      // Planning on a cold, busy server is not a request: it gets its own, longer bound.
      const timeout = Math.max(timeoutMs, PLANNING_TIMEOUT_MS);
      await inSession(
        'READ',
        (session) => session.run(`EXPLAIN ${text}`, {}, txConfig(name, timeout)).then(() => undefined),
        timeout + DEADLINE_MARGIN_MS,
      );
    },
    async writeTx(work) {
      const mapId = scope.mapId;
      if (mapId === null) throw new Error('A write needs a map: the executor of a lookup by id across maps cannot write');
      let bookmarks: string[] = [];
      const outcome = await inSession('WRITE', async (session) => {
        const done = await session.executeWrite(async (tx) => {
          const summary: WriteSummary = {
            nodesCreated: 0,
            nodesDeleted: 0,
            relationshipsCreated: 0,
            relationshipsDeleted: 0,
            propertiesSet: 0,
          };
          // What the write itself changes is counted in its summary; the bookkeeping (the revision,
          // the log's Revision and Change nodes) is not: an import reports the map's nodes only.
          const exec = async <P, R>(statement: Statement<P, R>, params: P, counted: boolean): Promise<R[]> => {
            count();
            const res = await quietly(() => tx.run(registry.get(statement.name).text, scoped(params))).catch(noRetry);
            if (!counted) return res.records.map((record) => decode(statement, record));
            const updates = res.summary.counters.updates();
            summary.nodesCreated += updates.nodesCreated;
            summary.nodesDeleted += updates.nodesDeleted;
            summary.relationshipsCreated += updates.relationshipsCreated;
            summary.relationshipsDeleted += updates.relationshipsDeleted;
            summary.propertiesSet += updates.propertiesSet;
            return res.records.map((record) => decode(statement, record));
          };
          // The map's revision moves on with every write (see WriteRevision), kept out of the summary.
          const revision = await WriteRevision.begin((statement, params) => exec(statement, params, false), {
            mapId,
            record: options.revisionLog !== false,
          });
          const result = await work({
            revision: revision.revision,
            touch: (ids, touchOptions) => revision.touch(ids, touchOptions),
            async run(statement, params) {
              await revision.beforeWrite(statement, params);
              return exec(statement, params, true);
            },
          });
          const change = await revision.finish(origin ?? { keyName: null, operation: null, author: null });
          return { result, summary, change };
        }, txConfig('write-transaction'));
        bookmarks = session.lastBookmarks();
        return done;
      });
      if (outcome.change) {
        outcome.change.bookmarks = bookmarks;
        options.onCommit?.(outcome.change);
      }
      return outcome;
    },
  };
}
