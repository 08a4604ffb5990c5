/** What `npm run bench` (bench/run.ts) measures and writes to bench/results/*.json, and bench/report.ts reads back. */
import type { Machine, Usage } from './machine.js';
import type { LoadResult } from './processes.js';

export type { Usage };

export interface Measure extends LoadResult {
  usage: Usage;
}

export interface Row {
  size: number;
  operation: string;
  roundTrips: number | null;
  argmap: Measure;
  raw: Measure;
  rawHttp: Measure;
  neo4jGraphql: Measure | null;
  /** Neo4j with no request for a few seconds just before: its own background work, charged to no one. */
  idle?: Usage;
}

export interface Load {
  items: number;
  seconds: number;
  itemsPerSecond: number;
  batchSize: number;
  usage: Usage;
}

export interface EvaluationFigures {
  size: number;
  claims: number;
  arguments: number;
  assertions: number;
  /** The whole map read as the service reads it (evaluation/find-map through the executor, rows checked, the map built), from the bench process: ms of each run. */
  extractionMs: number[];
  /** In this process on the extracted rows: translation + grounded, and gradual, ms of each run. */
  groundedSolveMs: number[];
  gradualSolveMs: number[];
  /**
   * Through GraphQL, right after a write (revision moved): the service brings its map forward
   * with what the write changed, then labels it; ms of each run. (Results before the map was kept
   * between revisions read the whole map here.)
   */
  groundedColdMs: number[];
  /** Through GraphQL, the service's first evaluation (whole map read + grounded), once; absent in older results. */
  groundedFirstMs?: number;
  /** Through GraphQL on the same snapshot: gradual strengths of the whole map (the first page asks for them). */
  gradualMs: number[];
  /** Through GraphQL, snapshot and labelling cached: the whole map's counts again. */
  groundedWarmMs: number[];
  /** Preferred on the generated map (through GraphQL, snapshot cached): ms, extensions, nodes left open. */
  preferred: { ms: number[]; extensionCount: number; exact: boolean } | null;
  /** One claim's status on a warm cache, autocannon at the run's concurrency. */
  warmStatus: Measure;
  /** The same, one request at a time, sorted (ms); absent in older results. */
  statusSingleMs?: number[];
  usage: Usage;
}

/** One size's loads: the import ceiling and argmap's import path, and the store they left. */
export interface LoadRecord {
  size: number;
  importPath: Load | null;
  ceiling: Load | null;
  storeMiB: number | null;
  counts: { nodes: number; relationships: number };
}

/** The service under test as it started on one size. */
export interface ServiceStart {
  size: number;
  rssMiB: number | null;
  startMs: number;
  evaluationReadyMs?: number;
  rssAfterWarmUpMiB?: number | null;
}

/** A results file. */
export interface Results {
  command: string;
  machine: Machine;
  neo4jMemory: string;
  sizes: number[];
  seconds: number;
  connections: number;
  loads: LoadRecord[];
  services: ServiceStart[];
  results: Row[];
  evaluations: EvaluationFigures[];
}
