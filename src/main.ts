import type { AddressInfo } from 'node:net';
import type { GraphQLSchema } from 'graphql';
import type { Config } from './config.js';
import { useNeo4j } from './neo4j.js';
import { KnownMaps, requestMaps } from './api/graphql/maps.js';
import { KnownUsers } from './api/graphql/users.js';
import { createTokenVerifier } from './api/graphql/tokens.js';
import { anyMapScope, DEFAULT_MAP_ID, DEFAULT_SCOPE } from './domain/maps.js';
import type { MapRole, Reader } from './domain/people.js';
import { createContextFactory, type RepositoriesFor } from './api/graphql/context.js';
import { createBookmarks, isRouting, openDatabase, type Database } from './db/index.js';
import { createExecutor } from './db/executor.js';
import type { ChangeEvent, WriteOrigin } from './domain/revisions.js';
import type { ImportResultRecord } from './domain/index.js';
import { explorerRoute } from './api/http/explorer-route.js';
import { exportRoute } from './api/http/export-route.js';
import { HeavyGate } from './api/heavy-gate.js';
import { createRateLimits } from './api/rate-limits.js';
import { createHttpServer, type Route } from './api/http/server.js';
import { attachGraphqlWs } from './api/http/graphql-ws.js';
import type { ManagedNeo4j } from './managed-neo4j/index.js';
import { createRepositories, createSharedState, type Repositories } from './repositories/index.js';
import { buildSchema } from './api/graphql/schema.js';
import { createArgmapYoga } from './api/graphql/yoga.js';
import { createChangeFeed, type ChangeFeed } from './api/graphql/change-feed.js';

export type Log = (line: string) => void;

export interface Backend {
  db: Database;
  schema: GraphQLSchema;
  /** Repositories of map:default for start-up and command-line work (no per-request counting). */
  repos: Repositories;
  /** The same for one map (`argmap import --map`, `export --map`, `seed --map`): every statement scoped to it. */
  reposFor(mapId: string): Repositories;
  /** What the revisions these repositories write record: key `system`, and the operation the caller names. */
  origin: WriteOrigin;
  managed: ManagedNeo4j | null;
  close(): Promise<void>;
}

/** Connects to Neo4j: the one at NEO4J_URI, or the managed local server (started if needed). */
export async function openBackend(config: Config, log: Log): Promise<Backend> {
  const { conn, managed, release } = await useNeo4j(config, { onProgress: log });
  try {
    const db = await openDatabase(conn, { timeoutMs: config.queryTimeoutMs, onWait: log });
    const schema = await buildSchema();
    const origin: WriteOrigin = { keyName: 'system', operation: null, author: null };
    const shared = createSharedState();
    const repos = createRepositories(createExecutor(db.executorOptions, undefined, origin), db.registry, shared);
    return {
      db,
      schema,
      repos,
      reposFor: (mapId) =>
        mapId === DEFAULT_MAP_ID
          ? repos
          : createRepositories(createExecutor(db.executorOptions, undefined, origin, { ...DEFAULT_SCOPE, mapId }), db.registry, shared, {
              ...DEFAULT_SCOPE,
              mapId,
            }),
      origin,
      managed,
      async close() {
        await db.close();
        await release();
      },
    };
  } catch (error) {
    await release();
    throw error;
  }
}

export interface RunningService {
  url: string;
  backend: Backend;
  close(): Promise<void>;
}

export interface ServiceOptions {
  config: Config;
  log: Log;
  /** Loads the seed debate (the CLI's loader), run when the database is empty; without it, nothing is loaded. */
  seed?: (backend: Backend) => Promise<ImportResultRecord>;
  routes?: (backend: Backend) => Route[];
}

/** The composition root: database, migrations, seed, schema, HTTP. */
export async function startService({ config, log, seed, routes }: ServiceOptions): Promise<RunningService> {
  const backend = await openBackend(config, log);
  let changes: ChangeFeed | null = null;
  try {
    const applied = await backend.repos.database.migrate();
    log(`Migrations applied (${applied.length})`);
    // Planning the write path ahead saves the first write that work; if it fails, the first write plans it.
    await backend.repos.database
      .warmUp()
      .catch((error: unknown) => log(`argmap: planning the write statements ahead failed: ${String((error as Error)?.message ?? error)}`));
    if (seed && (await backend.repos.database.counts()).nodes === 0) {
      backend.origin.operation = 'seed';
      const result = await seed(backend);
      log(`Seed debate loaded: ${result.nodesCreated} nodes, ${result.relationshipsCreated} relationships`);
    }
    changes = createChangeFeed({
      redisUrl: config.redisUrl,
      onError: (error) => log(`argmap: change feed: ${String((error as Error)?.message ?? error)}`),
    });
    const feed = changes;
    // Every committed write is announced; over a cluster every announcement (from any replica)
    // moves this process's bookmarks on, so a read after an event sees the write it announces.
    const bookmarks = createBookmarks(isRouting(backend.db.uri));
    const executorOptions = {
      ...backend.db.executorOptions,
      bookmarkManager: bookmarks.manager,
      onCommit: (event: ChangeEvent) => feed.publish(event),
    };
    feed.listen((event) => bookmarks.follow(event.bookmarks));
    const shared = createSharedState(config);
    const heavy = new HeavyGate({ concurrency: config.heavyConcurrency, queue: config.heavyQueue });
    const rateLimits = createRateLimits(config.rateLimits);
    // One verifier for the process: it keeps the identity provider's keys.
    const credentials = { apiKeys: config.apiKeys, tokens: config.jwt ? createTokenVerifier(config.jwt) : null };
    // Each request's repositories, over an executor that counts its round trips and names who writes.
    const repositoriesFor: RepositoriesFor = ({ stats, origin, scope }) =>
      createRepositories(createExecutor(executorOptions, stats, origin, scope), executorOptions.registry, shared, scope);
    const knownMaps = new KnownMaps();
    /** GET /export's map: opened as a GraphQL field opens its `mapId`, with the same check of who may see it. */
    const openMap = async (mapId: string | null, reader: Reader) => {
      const request = { stats: { roundTrips: 0 }, origin: { keyName: null, operation: null, author: null } };
      const directory = repositoriesFor({ ...request, scope: anyMapScope(reader) }).maps;
      const bind = (id: string, role: MapRole | null) => repositoriesFor({ ...request, scope: { mapId: id, reader, role } });
      return (await requestMaps({ reader, bind, directory, known: knownMaps }).open(mapId)).repos;
    };
    const yoga = createArgmapYoga({
      schema: backend.schema,
      context: createContextFactory({
        repositoriesFor,
        knownMaps,
        knownUsers: new KnownUsers(),
        credentials,
        changes: feed,
        heavy,
      }),
      graphiql: config.graphiql,
      introspection: config.introspection,
      suggestions: !config.production,
      corsOrigins: config.corsOrigins,
      persistedOnly: config.persistedOnly,
      rateLimitPlugin: rateLimits.plugin,
      logError: (error) => process.stderr.write(`argmap: unexpected error: ${String((error as Error)?.stack ?? error)}\n`),
    });
    const http = createHttpServer({
      yoga,
      maxBodyBytes: config.maxBodyBytes,
      routes: [
        ...(routes?.(backend) ?? []),
        exportRoute(openMap, heavy, rateLimits, { credentials, trustProxy: config.trustProxy }),
        explorerRoute(),
      ],
      readiness: () => readiness(backend.repos),
      trustProxy: config.trustProxy,
    });
    const ws = attachGraphqlWs(http.server, yoga, config.trustProxy);
    await new Promise<void>((resolve, reject) => {
      http.server.once('error', reject);
      http.server.listen(config.port, config.host, () => resolve());
    });
    // The first evaluation reads the whole map: read it now, in the background, not in a user's request.
    const warmUpStarted = performance.now();
    repositoriesFor({ stats: { roundTrips: 0 }, origin: { keyName: null, operation: null, author: null }, scope: DEFAULT_SCOPE })
      .evaluation.snapshot()
      .then(
        (snapshot) =>
          log(
            `argmap: evaluation ready: the map at revision ${snapshot.revision} (${shared.evaluation.for(DEFAULT_MAP_ID).live?.size ?? 0} claims, arguments and assertions) read in ${((performance.now() - warmUpStarted) / 1000).toFixed(1)} s`,
          ),
        (error: unknown) => log(`argmap: evaluation warm-up: ${String((error as Error)?.message ?? error)}`),
      );
    const { port } = http.server.address() as AddressInfo;
    const url = `http://localhost:${port}`;
    return {
      url,
      backend,
      async close() {
        await ws.close();
        await http.shutdown();
        await feed.close();
        await backend.close();
      },
    };
  } catch (error) {
    await changes?.close();
    await backend.close();
    throw error;
  }
}

async function readiness(repos: Repositories): Promise<{ ready: boolean; reason?: string }> {
  const check = (async () => {
    await repos.database.ping();
    return (await repos.database.migrationsApplied()) ? { ready: true } : { ready: false, reason: 'migrations are not applied' };
  })();
  const timeout = new Promise<{ ready: boolean; reason: string }>((resolve) => {
    setTimeout(() => resolve({ ready: false, reason: 'the database did not answer in time' }), 4000).unref();
  });
  try {
    return await Promise.race([check, timeout]);
  } catch (error) {
    return { ready: false, reason: `the database is unreachable (${(error as Error).message})` };
  }
}
