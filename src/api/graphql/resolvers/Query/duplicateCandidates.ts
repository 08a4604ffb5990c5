import type { QueryResolvers } from '../../../../generated/graphql.js';
import { invalid } from '../../../../domain/errors.js';
import { DUPLICATE_MIN_SCORE_DEFAULT, pageSize, scoreBound } from '../../../../domain/validation.js';
import type { DuplicatePairRecord } from '../../../../repositories/index.js';
import { decodeCursor, encodeCursor } from '../../connection.js';

/**
 * A pair's place in the list as its cursor carries it: its score, then its two ids (the list is
 * best first, ties by ids), so paging goes on from that place even after the map changed.
 */
type Place = [score: number, a: string, b: string];

const placeOf = (p: DuplicatePairRecord): Place => [p.score, p.claims[0].id, p.claims[1].id];

function placeIn(cursor: string | null | undefined, field: 'after' | 'before'): Place | null {
  const decoded = decodeCursor(cursor, field);
  if (decoded === null) return null;
  let place: unknown;
  try {
    place = JSON.parse(decoded);
  } catch {
    place = null;
  }
  if (
    Array.isArray(place) &&
    place.length === 3 &&
    typeof place[0] === 'number' &&
    typeof place[1] === 'string' &&
    typeof place[2] === 'string'
  ) {
    return place as Place;
  }
  throw invalid(field, `${field} is not a cursor of duplicateCandidates`);
}

/** Whether place x comes before place y in the list (higher score first, then by ids). */
const precedes = (x: Place, y: Place) => x[0] > y[0] || (x[0] === y[0] && (x[1] < y[1] || (x[1] === y[1] && x[2] < y[2])));

/** The map's pairs of claims that may say the same thing, best first, a page at a time (Relay: first/after or last/before). */
export const duplicateCandidates: QueryResolvers['duplicateCandidates'] = async (
  _parent,
  { mapId, first, after, last, before, minScore },
  ctx,
) => {
  const map = await ctx.maps.open(mapId);
  if (first !== null && first !== undefined && last !== null && last !== undefined) {
    throw invalid('last', 'first and last cannot be given together: page forward with first/after or backward with last/before');
  }
  const fromEnd = last !== null && last !== undefined;
  const size = fromEnd ? pageSize(last, 'last') : pageSize(first);
  const floor = scoreBound(minScore, 'minScore', DUPLICATE_MIN_SCORE_DEFAULT);
  const afterPlace = placeIn(after, 'after');
  const beforePlace = placeIn(before, 'before');
  const pairs = (await map.repos.claims.findDuplicatePairs()).filter((p) => p.score >= floor);
  // The window between the cursors, then its first or last `size` pairs.
  const from = afterPlace === null ? 0 : pairs.findIndex((p) => precedes(afterPlace, placeOf(p)));
  const to = beforePlace === null ? pairs.length : pairs.findIndex((p) => !precedes(placeOf(p), beforePlace));
  const start = from < 0 ? pairs.length : from;
  const end = Math.max(start, to < 0 ? pairs.length : to);
  const pageStart = fromEnd ? Math.max(start, end - size) : start;
  const page = pairs.slice(pageStart, fromEnd ? end : Math.min(end, start + size));
  const edges = page.map((node) => ({ cursor: encodeCursor(JSON.stringify(placeOf(node))), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: pageStart + page.length < pairs.length,
      hasPreviousPage: pageStart > 0,
      startCursor: edges.at(0)?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: pairs.length,
  };
};
