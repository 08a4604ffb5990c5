import type { Executor } from '../db/executor.js';
import * as claim from '../db/statements/claim.js';
import { TooComplexError } from '../domain/errors.js';
import type { ClaimRecord } from '../domain/index.js';
import { toSearchQuery } from '../domain/spelling.js';
import { buildSimilarityIndex, contentWords } from '../text/similarity.js';

/** A claim and how likely it says the same as what it was compared with (0..1, see src/text/similarity.ts). */
export interface SimilarClaimRecord {
  claim: ClaimRecord;
  score: number;
}

/** Two claims of a map that may say the same thing; `claims` in id order. */
export interface DuplicatePairRecord {
  claims: [ClaimRecord, ClaimRecord];
  score: number;
}

/** How many claims the full-text index hands the score for each text (it re-ranks them in memory). */
export const SIMILAR_CANDIDATES = 60;
/** Hits asked of the index per text: it holds quotes, actors and provisions too, and only claims are kept. */
const INDEX_HITS = 200;
/** Words of a text put to the index (a long text's first ones): bounds the Lucene query. */
const QUERY_TERMS = 48;
/** Texts per statement when a whole map is compared (duplicateCandidates). */
const TEXTS_PER_ROUND_TRIP = 100;
/** Candidates per claim when a whole map is compared: a claim's near duplicates are among its best few. */
const PAIR_CANDIDATES = 10;
/**
 * The largest map duplicateCandidates compares (claims). Comparing costs one index query per claim
 * and one round trip per TEXTS_PER_ROUND_TRIP claims: on a generated map of 2,000 claims, on the
 * shared 2-core machine at load 10 to 14, the first answer took 20 to 30 s (then under 0.1 s from
 * the cache), so the bound is half that. Past it the request is refused (QUERY_TOO_COMPLEX) rather
 * than capped, as a capped list would silently miss pairs: `Claim.similar` answers for any claim.
 */
export const DUPLICATE_MAX_CLAIMS = 1000;

/**
 * The Lucene query of a text: its content words (a text of stop words alone asks for nothing: the
 * index's analyser would drop them and leave a query that matches every claim) as plain terms, no
 * operators from input, the first QUERY_TERMS distinct ones.
 */
function indexQuery(text: string): string {
  return [...new Set(toSearchQuery(contentWords(text).join(' ')).split(' ').filter(Boolean))].slice(0, QUERY_TERMS).join(' ');
}

/**
 * For each text, the map's claims most alike it, best first: candidates from the full-text index
 * (one round trip for every text), re-ranked by the similarity score with the candidates' own
 * word rarity. `excludeIds[i]` (the claim whose text `texts[i]` is) never appears in list i.
 */
export async function findSimilarClaims(
  db: Executor,
  {
    texts,
    first,
    excludeIds = [],
    minScore = 0,
  }: { texts: readonly string[]; first: number; excludeIds?: readonly (string | null)[]; minScore?: number },
): Promise<SimilarClaimRecord[][]> {
  const queries = texts.flatMap((text, i) => {
    const query = indexQuery(text);
    return query ? [{ key: String(i), query }] : [];
  });
  if (queries.length === 0 || first <= 0) return texts.map(() => []);
  const rows = await db.read(claim.findSimilarClaims, { queries, limit: SIMILAR_CANDIDATES, fetch: INDEX_HITS });
  const candidates = new Map(rows.map((row) => [Number(row.key), row.items]));
  return texts.map((text, i) => {
    const found = candidates.get(i) ?? [];
    const byId = new Map(found.map((c) => [c.id, c]));
    const exclude = excludeIds[i];
    return buildSimilarityIndex(found)
      .rank(text, { first, exclude: exclude ? [exclude] : [], minScore })
      .map(({ id, score }) => ({ claim: byId.get(id)!, score }));
  });
}

/** The map's duplicate pairs as last computed, per map revision (a few maps, most recent kept). */
export class DuplicatePairsCache {
  private readonly entries = new Map<string, DuplicatePairRecord[]>();
  constructor(private readonly maxMaps = 8) {}

  get(key: string): DuplicatePairRecord[] | undefined {
    const found = this.entries.get(key);
    if (found) {
      this.entries.delete(key);
      this.entries.set(key, found);
    }
    return found;
  }

  set(key: string, pairs: DuplicatePairRecord[]): void {
    this.entries.set(key, pairs);
    while (this.entries.size > this.maxMaps) this.entries.delete(this.entries.keys().next().value!);
  }
}

/**
 * Every pair of the map's claims that may say the same thing, best first (ties by ids), each pair
 * once: each claim's candidates from the index (batched), every pair scored once over the whole
 * map's word rarity, so a pair's score is the same whichever claim found it. Kept per revision in
 * `cache`; a map of more than DUPLICATE_MAX_CLAIMS claims is refused.
 */
export async function findDuplicatePairs(db: Executor, cache: DuplicatePairsCache): Promise<DuplicatePairRecord[]> {
  const [head] = await db.read(claim.findMapRevision, {});
  if (!head) return [];
  const { mapId, epoch, revision, claims } = head;
  if (claims > DUPLICATE_MAX_CLAIMS) {
    throw new TooComplexError(
      `duplicateCandidates compares maps of at most ${DUPLICATE_MAX_CLAIMS} claims; ${mapId} has ${claims}. Ask Claim.similar of the claims you look at instead.`,
    );
  }
  const key = `${mapId}|${epoch}|${revision}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const [read] = await db.read(claim.findMapClaims, { limit: DUPLICATE_MAX_CLAIMS });
  const items = read?.items ?? [];
  const byId = new Map(items.map((c) => [c.id, c]));
  const index = buildSimilarityIndex(items);
  const pairs = new Map<string, DuplicatePairRecord>();
  for (let start = 0; start < items.length; start += TEXTS_PER_ROUND_TRIP) {
    const batch = items.slice(start, start + TEXTS_PER_ROUND_TRIP);
    const queries = batch.flatMap((c) => {
      const query = indexQuery(c.text);
      return query ? [{ key: c.id, query }] : [];
    });
    if (queries.length === 0) continue;
    for (const row of await db.read(claim.findSimilarClaims, { queries, limit: PAIR_CANDIDATES + 1, fetch: INDEX_HITS })) {
      for (const other of row.items) {
        if (other.id === row.key || !byId.has(other.id)) continue;
        const [a, b] = row.key < other.id ? [row.key, other.id] : [other.id, row.key];
        const pairKey = `${a}\u0000${b}`;
        if (pairs.has(pairKey)) continue;
        const score = index.scorePair(a, b);
        if (score > 0) pairs.set(pairKey, { claims: [byId.get(a)!, byId.get(b)!], score });
      }
    }
  }
  const sorted = [...pairs.values()].sort((x, y) => y.score - x.score || pairOrder(x, y));
  cache.set(key, sorted);
  return sorted;
}

const pairOrder = (x: DuplicatePairRecord, y: DuplicatePairRecord) =>
  x.claims[0].id < y.claims[0].id
    ? -1
    : x.claims[0].id > y.claims[0].id
      ? 1
      : x.claims[1].id < y.claims[1].id
        ? -1
        : x.claims[1].id > y.claims[1].id
          ? 1
          : 0;
