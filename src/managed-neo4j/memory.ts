// How much memory a managed Neo4j gets: heap and page cache by Neo4j's own rule (`neo4j-admin server
// memory-recommendation`, reimplemented here), from the machine's memory, with overrides from the environment.
import os from 'node:os';

export interface MemorySettings {
  heapInitial: string;
  heapMax: string;
  pageCache: string;
  /** dbms.memory.transaction.total.max: all transactions together, kept well under the heap. */
  transactionTotalMax: string;
  /** db.memory.transaction.max: one transaction. */
  transactionMax: string;
}

const MIB = 1024 * 1024;
const GIB = 1024 * MIB;

/**
 * Neo4j 5.26's data points (org.neo4j.dbms.MemoryRecommendation): for a machine of `total` GiB, the GiB to
 * leave to the operating system (and Lucene, Netty) and the GiB of heap; between two points it interpolates
 * linearly, past the last it stays there. The page cache gets what is left.
 */
const BRACKETS: ReadonlyArray<{ total: number; os: number; heap: number }> = [
  { total: 0.01, os: 0.007, heap: 0.002 },
  { total: 1, os: 0.65, heap: 0.3 },
  { total: 2, os: 1, heap: 0.5 },
  { total: 4, os: 1.5, heap: 2 },
  { total: 6, os: 2, heap: 3 },
  { total: 8, os: 2.5, heap: 3.5 },
  { total: 10, os: 3, heap: 4 },
  { total: 12, os: 3.5, heap: 4.5 },
  { total: 16, os: 4, heap: 5 },
  { total: 24, os: 6, heap: 8 },
  { total: 32, os: 8, heap: 12 },
  { total: 64, os: 12, heap: 24 },
  { total: 128, os: 16, heap: 31 },
  { total: 256, os: 20, heap: 31 },
  { total: 512, os: 24, heap: 31 },
  { total: 1024, os: 30, heap: 31 },
];

export interface Recommendation {
  /** Bytes, each a whole number of MiB as Neo4j computes them. */
  os: number;
  heap: number;
  pageCache: number;
}

/** Neo4j's recommendation for a machine with `totalBytes` of memory dedicated to it. */
export function recommendMemory(totalBytes: number): Recommendation {
  const gib = totalBytes / GIB;
  let lower = BRACKETS[BRACKETS.length - 1]!;
  let upper = lower;
  for (let i = 1; i < BRACKETS.length; i++) {
    if (gib < BRACKETS[i]!.total) {
      lower = BRACKETS[i - 1]!;
      upper = BRACKETS[i]!;
      break;
    }
  }
  const alpha = lower === upper ? 0 : (gib - lower.total) / (upper.total - lower.total);
  // As Neo4j: interpolate in GiB, truncate to whole MiB.
  const pick = (key: 'os' | 'heap') => Math.trunc((lower[key] + (upper[key] - lower[key]) * alpha) * 1024) * MIB;
  const osBytes = pick('os');
  const heap = pick('heap');
  const pageCache = Math.min(Math.max(totalBytes - osBytes - heap, 8 * MIB), 16 * 1024 * GIB);
  return { os: osBytes, heap, pageCache };
}

/**
 * A size as Neo4j prints it in its recommendation: whole GiB as `Ng`; otherwise MiB rounded to hundreds
 * (`1300m`) at or above 1 GiB, and so on down.
 */
export function formatSize(bytes: number): string {
  if (bytes >= GIB) {
    return bytes % GIB >= 100 * MIB ? `${Math.round(bytes / (100 * MIB)) * 100}m` : `${Math.floor(bytes / GIB)}g`;
  }
  if (bytes >= MIB) {
    return bytes % MIB >= 100 * 1024 ? `${Math.round(bytes / (100 * 1024)) * 100}k` : `${Math.floor(bytes / MIB)}m`;
  }
  return `${Math.ceil(bytes / 1024)}k`;
}

/** Parses '512m', '2g', '1.5G', '4096k' or a number of bytes; null when it is none of these. */
export function parseSize(text: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)i?b?\s*$/i.exec(text);
  if (!match) return null;
  const unit = { '': 1, k: 1024, m: MIB, g: GIB, t: 1024 * GIB }[match[2]!.toLowerCase() as '' | 'k' | 'm' | 'g' | 't'];
  const bytes = Math.round(Number(match[1]) * unit);
  return bytes > 0 ? bytes : null;
}

/** Instances sized to the machine; any other (the tests' throwaway ones) gets a small fixed share. */
export const SIZED_INSTANCES = ['default', 'bench'] as const;

export interface MemoryInputs {
  /** The machine's memory in bytes (os.totalmem()). */
  totalBytes?: number;
  env?: NodeJS.ProcessEnv;
}

/** A setting that names a size, checked: a bad value is an error, not a silent default. */
function sizeFromEnv(env: NodeJS.ProcessEnv, name: string, min: number): number | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  const bytes = parseSize(raw);
  if (bytes === null || bytes < min) {
    throw new RangeError(`${name} must be a size of at least ${formatSize(min)} such as 512m or 4g, got "${raw}"`);
  }
  return bytes;
}

const mib = (bytes: number) => `${Math.max(1, Math.floor(bytes / MIB))}m`;

/**
 * The memory of an instance. 'default' and 'bench' follow Neo4j's recommendation for the machine's memory
 * (or for ARGMAP_NEO4J_MEMORY, the memory Neo4j may assume is its own); other instances, which the test
 * suite runs several of side by side, get 1 GiB of heap and 256 MiB of page cache. ARGMAP_NEO4J_HEAP and
 * ARGMAP_NEO4J_PAGECACHE set either directly. Transactions get half the heap together, a quarter each.
 * Heap's initial and maximum size are equal, as Neo4j advises (a resize costs a full GC).
 */
export function memoryFor(instance: string, inputs: MemoryInputs = {}): MemorySettings {
  const env = inputs.env ?? process.env;
  const sized = (SIZED_INSTANCES as readonly string[]).includes(instance);
  const assumed = sizeFromEnv(env, 'ARGMAP_NEO4J_MEMORY', 256 * MIB) ?? inputs.totalBytes ?? os.totalmem();
  const recommended = sized ? recommendMemory(assumed) : { heap: GIB, pageCache: 256 * MIB };
  const heap = sizeFromEnv(env, 'ARGMAP_NEO4J_HEAP', 128 * MIB) ?? recommended.heap;
  const pageCache = sizeFromEnv(env, 'ARGMAP_NEO4J_PAGECACHE', 8 * MIB) ?? recommended.pageCache;
  return {
    heapInitial: mib(heap),
    heapMax: mib(heap),
    pageCache: mib(pageCache),
    transactionTotalMax: mib(heap / 2),
    transactionMax: mib(heap / 4),
  };
}
