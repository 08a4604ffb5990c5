import { pastPointOf } from '../../domain/validation.js';
import type { PastReader } from '../../repositories/past-reader.js';
import type { Context } from './context.js';
import type { MapAccess } from './maps.js';

/** The revision in the map a read's `asOf` or `atRevision` names (checked by the one rule, pastPointOf); null for the present. */
export async function pastRevision(
  asOf: string | null | undefined,
  atRevision: number | null | undefined,
  map: MapAccess,
): Promise<number | null> {
  const point = pastPointOf(asOf, atRevision);
  return point === null ? null : map.repos.revisions.revisionOf(point);
}

/**
 * What reads the map as it stood at the revision `asOf` or `atRevision` names: undefined for the
 * present (or a revision not yet superseded), which the repositories read from the database.
 */
export async function pastReader(
  { asOf, atRevision }: { asOf?: string | null; atRevision?: number | null },
  ctx: Context,
  map: MapAccess,
): Promise<PastReader | undefined> {
  const at = await pastRevision(asOf, atRevision, map);
  // Building the map of then reads the whole map: a heavy request, which waits for its turn.
  return at === null ? undefined : ctx.heavy.run(() => map.repos.past.readerFor({ atRevision: at }));
}
