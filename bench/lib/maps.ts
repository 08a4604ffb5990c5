/**
 * The maps the maps benchmarks (bench/maps-*.ts) work on: `map:bench-000`, `map:bench-001`, ...,
 * each a generated debate (generateDebate) with ids of its own (`claim:m000-g000001`), imported
 * into its map through the repositories' batched import, as `argmap generate --load` imports one.
 * Loading is resumable: a map that already holds its claims is left as it is, one left half
 * written is written again (the batches are idempotent, keyed by id).
 */
import os from 'node:os';
import { generateDebate } from '../../src/cli/generate.js';
import { createExecutor } from '../../src/db/executor.js';
import type { Database } from '../../src/db/index.js';
import { documentSize, type GraphDocument } from '../../src/domain/graph-document.js';
import { DEFAULT_SCOPE, type MapScope } from '../../src/domain/maps.js';
import { createRepositories, createSharedState, type Repositories, type SharedState } from '../../src/repositories/index.js';
import type { BenchNeo4j } from './neo4j.js';
import { startProcess } from './processes.js';

const pad = (i: number) => String(i).padStart(3, '0');
export const benchMapId = (i: number) => `map:bench-${pad(i)}`;
export const benchIdPrefix = (i: number) => `m${pad(i)}`;
/** Map i's debate: its own seed and ids, the same every run. */
export const benchDebate = (i: number, claims: number): GraphDocument =>
  generateDebate({ claims, seed: 42 + i, idPrefix: benchIdPrefix(i) });

export const loadavg = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

/** The repositories of one map, as the service makes a request's (an executor of the map's scope). */
export function repositoriesOf(
  db: Database,
  mapId: string | null,
  { shared = createSharedState(), revisionLog = true }: { shared?: SharedState; revisionLog?: boolean } = {},
): Repositories {
  const scope: MapScope = { ...DEFAULT_SCOPE, mapId };
  return createRepositories(
    createExecutor({ ...db.executorOptions, revisionLog }, undefined, { keyName: 'bench', operation: 'generate', author: null }, scope),
    db.registry,
    shared,
    scope,
  );
}

export interface MapLoad {
  mapId: string;
  items: number;
  seconds: number;
  itemsPerSecond: number;
  loadavg: string;
}

/** Makes maps 0 to count - 1 hold their debates; returns what each load took (maps already full are skipped). */
export async function loadBenchMaps(
  db: Database,
  {
    count,
    claims,
    batchSize,
    revisionLog,
    log,
  }: { count: number; claims: number; batchSize: number; revisionLog: boolean; log: (line: string) => void },
): Promise<MapLoad[]> {
  const loads: MapLoad[] = [];
  const any = repositoriesOf(db, null);
  const started = performance.now();
  for (let i = 0; i < count; i += 1) {
    const mapId = benchMapId(i);
    const [existing] = await any.maps.findMapsByIds({ ids: [mapId] });
    if (existing && existing.claimCount === claims) continue;
    if (!existing) {
      await any.maps.createMap({
        name: `Bench map ${i}`,
        description: null,
        visibility: 'PUBLIC',
        ownerId: null,
        slug: mapId.slice('map:'.length),
      });
    }
    const doc = benchDebate(i, claims);
    const items = documentSize(doc);
    const t = performance.now();
    await repositoriesOf(db, mapId, { revisionLog }).graphImport.importGraph({ doc, external: [], batchSize });
    const seconds = (performance.now() - t) / 1000;
    const load: MapLoad = {
      mapId,
      items,
      seconds: Number(seconds.toFixed(1)),
      itemsPerSecond: Math.round(items / seconds),
      loadavg: loadavg(),
    };
    loads.push(load);
    const elapsed = (performance.now() - started) / 1000;
    const eta = (elapsed / loads.length) * (count - 1 - i);
    log(
      `loaded ${mapId}: ${items} items in ${load.seconds} s (${load.itemsPerSecond} items/s), load ${load.loadavg}; ETA ${eta.toFixed(0)} s`,
    );
  }
  return loads;
}

export const BENCH_KEY = 'bench-key-0123456789';

/**
 * The compiled service (`node bin/argmap.js serve`, built beforehand) as a process of its own,
 * against the bench's Neo4j, with the bench's key and the rate limits off (`env` adds or
 * overrides settings); it is returned once its warm-up read of map:default has ended, with a
 * GraphQL client that throws on any error.
 */
export async function startBenchService(
  neo4j: BenchNeo4j,
  env: Record<string, string>,
  log: (line: string) => void,
  nodeArgs: string[] = [],
) {
  const service = await startProcess(
    process.execPath,
    [...nodeArgs, 'bin/argmap.js', 'serve'],
    {
      ...neo4j.env,
      PORT: '0',
      HOST: '127.0.0.1',
      ARGMAP_API_KEYS: `bench:${BENCH_KEY}`,
      NODE_ENV: 'production',
      // On a shared, saturated machine a write queued behind others, or a whole map's read, may outlast the default 15 s.
      ARGMAP_QUERY_TIMEOUT_MS: '120000',
      ARGMAP_RATE_WRITES: '0',
      ARGMAP_RATE_HEAVY: '0',
      ...env,
    },
    /argmap ready: GraphQL (http:\S+\/graphql)/,
    log,
  );
  await service.waitFor(/argmap: evaluation (ready|warm-up)/, 10 * 60_000);
  const gql = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await fetch(service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${BENCH_KEY}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
    return body.data!;
  };
  return { service, gql };
}

/** Runs a bench's main, its failure printed and the process ended either way (the service and Neo4j handles let go). */
export function runBench(main: () => Promise<void>, log: (line: string) => void): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      log(`bench: ${(error as Error)?.stack ?? String(error)}`);
      process.exit(1);
    },
  );
}
