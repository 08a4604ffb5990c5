import type { EvaluationSnapshot } from '../domain/evaluation/index.js';
import { EvaluationCache } from './evaluation.js';

type Kind = 'claim' | 'argument' | 'assertion' | 'position';
type PerItem = Readonly<Record<Kind, number>>;

/**
 * Bytes of V8 heap (and typed-array memory) per item, measured on generated maps by
 * bench/evaluation-memory.ts (BENCHMARKS.md, "Evaluation memory per item"). `char` is per
 * character of the claims' ids and texts and of the arguments' and assertions' ids (one byte per
 * character for Latin-1 text, two for other scripts: the figure is Latin-1's).
 */
export const EVALUATION_BYTES: Readonly<{ items: PerItem & { char: number }; index: PerItem; snapshot: PerItem }> = {
  /** The items as evaluation holds them: an object per claim, argument, assertion and position, with its strings. */
  items: { claim: 83, argument: 249, assertion: 165, position: 136, char: 1 },
  /** The live map's own indexes over them (LiveMap's Maps). */
  index: { claim: 37, argument: 38, assertion: 41, position: 93 },
  /** A snapshot's own arrays and text index, with the framework derived from it and its grounded labelling. */
  snapshot: { claim: 82, argument: 115, assertion: 8, position: 9 },
};

interface Counts extends Record<Kind, number> {
  chars: number;
}

const counted = new WeakMap<EvaluationSnapshot, Counts>();

/** What a snapshot holds, counted once (its state never changes). */
function countsOf(snapshot: EvaluationSnapshot): Counts {
  let counts = counted.get(snapshot);
  if (counts) return counts;
  const { map, positions } = snapshot.state;
  let chars = 0;
  for (const [id, text] of snapshot.state.texts) chars += id.length + text.length;
  for (const a of map.arguments) chars += a.id.length;
  for (const a of map.assertions ?? []) chars += a.id.length;
  counts = {
    claim: map.claims.length,
    argument: map.arguments.length,
    assertion: map.assertions?.length ?? 0,
    position: positions.length,
    chars,
  };
  counted.set(snapshot, counts);
  return counts;
}

const bytesOf = (per: PerItem, counts: Counts) =>
  per.claim * counts.claim + per.argument * counts.argument + per.assertion * counts.assertion + per.position * counts.position;

/**
 * An estimate of the memory a map's cache keeps, from its snapshots' item counts. The latest
 * snapshot shares its items with the live map (LiveMap.state copies arrays, not items); a past
 * snapshot has items of its own. Evaluations under other semantics or scenarios add to it.
 */
export function estimateCacheBytes(cache: EvaluationCache): number {
  let bytes = 0;
  // The live map is only ever kept with the snapshot just taken of it (EvaluationRepository.catchUp).
  if (cache.latest) {
    const counts = countsOf(cache.latest);
    bytes += bytesOf(EVALUATION_BYTES.items, counts) + EVALUATION_BYTES.items.char * counts.chars;
    bytes += bytesOf(EVALUATION_BYTES.snapshot, counts) + (cache.live ? bytesOf(EVALUATION_BYTES.index, counts) : 0);
  }
  if (cache.past) {
    const counts = countsOf(cache.past);
    bytes += bytesOf(EVALUATION_BYTES.items, counts) + EVALUATION_BYTES.items.char * counts.chars;
    bytes += bytesOf(EVALUATION_BYTES.snapshot, counts);
  }
  return Math.round(bytes);
}

export interface EvaluationCachesOptions {
  /** What every map's cache may hold in all (ARGMAP_EVALUATION_MEMORY_MB). */
  budgetBytes: number;
  /** What one map's cache holds; estimateCacheBytes unless told. */
  sizeOf?: (cache: EvaluationCache) => number;
}

interface Entry {
  cache: EvaluationCache;
  bytes: number;
}

/**
 * One evaluation cache per map, within one memory budget for them all: a map is read when first
 * evaluated, and when a new snapshot takes the total over the budget, the maps used least
 * recently lose what they keep (the next use reads them again). The map being used and any map
 * in the middle of a refresh keep theirs, so one map bigger than the whole budget is still
 * evaluated (alone). A request holding a snapshot keeps it: eviction only drops references.
 */
export class EvaluationCaches {
  /** In order of use, the least recent first (a Map keeps insertion order; a use re-inserts). */
  private readonly entries = new Map<string, Entry>();
  private total = 0;
  readonly budgetBytes: number;
  private readonly sizeOf: (cache: EvaluationCache) => number;

  constructor(options: EvaluationCachesOptions) {
    this.budgetBytes = options.budgetBytes;
    this.sizeOf = options.sizeOf ?? estimateCacheBytes;
  }

  /** The cache of a map, made empty on its first use; using it makes it the most recent. */
  for(mapId: string): EvaluationCache {
    let entry = this.entries.get(mapId);
    if (entry) this.entries.delete(mapId);
    else {
      const cache = new EvaluationCache();
      cache.onSnapshot = () => this.measure(mapId, cache);
      entry = { cache, bytes: 0 };
    }
    this.entries.set(mapId, entry);
    return entry.cache;
  }

  /** Forgets a map (deleted or replaced); a refresh still under way on it is forgotten when it ends. */
  drop(mapId: string): void {
    const entry = this.entries.get(mapId);
    if (!entry) return;
    this.entries.delete(mapId);
    this.total -= entry.bytes;
    empty(entry.cache);
  }

  /** The estimated bytes kept in all. */
  get bytes(): number {
    return this.total;
  }

  /** The estimated bytes each map's cache keeps, the least recently used first. */
  usage(): { mapId: string; bytes: number }[] {
    return [...this.entries].map(([mapId, { bytes }]) => ({ mapId, bytes }));
  }

  /** A map's cache took a snapshot: count it, make the map the most recent, and keep the budget. */
  private measure(mapId: string, cache: EvaluationCache): void {
    const entry = this.entries.get(mapId);
    if (entry?.cache !== cache) {
      // Dropped while it was refreshing: what it took goes with the requests that asked for it.
      empty(cache);
      return;
    }
    const bytes = this.sizeOf(cache);
    this.total += bytes - entry.bytes;
    entry.bytes = bytes;
    this.entries.delete(mapId);
    this.entries.set(mapId, entry);
    for (const [id, other] of this.entries) {
      if (this.total <= this.budgetBytes) break;
      if (id === mapId || other.bytes === 0 || other.cache.refreshing) continue;
      empty(other.cache);
      this.total -= other.bytes;
      other.bytes = 0;
    }
  }
}

function empty(cache: EvaluationCache): void {
  cache.live = null;
  cache.latest = null;
  cache.past = null;
}
