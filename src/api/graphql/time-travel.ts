import { invalid } from '../../domain/errors.js';
import type { PastReader } from '../../repositories/past-reader.js';
import type { Context } from './context.js';

/** The revision a read's `asOf` or `atRevision` names; null for the present. */
export async function pastRevision(
  asOf: string | null | undefined,
  atRevision: number | null | undefined,
  ctx: Context,
): Promise<number | null> {
  if (asOf && atRevision !== null && atRevision !== undefined) throw invalid('atRevision', 'asOf and atRevision cannot be given together');
  if (atRevision !== null && atRevision !== undefined) {
    if (!Number.isInteger(atRevision) || atRevision < 0) throw invalid('atRevision', 'atRevision must be a revision number (0 or more)');
    return atRevision;
  }
  return asOf ? ctx.repos.revisions.revisionAt(asOf) : null;
}

/**
 * What reads the map as it stood at the revision `asOf` or `atRevision` names: undefined for the
 * present (or a revision not yet superseded), which the repositories read from the database.
 */
export async function pastReader(
  { asOf, atRevision }: { asOf?: string | null; atRevision?: number | null },
  ctx: Context,
): Promise<PastReader | undefined> {
  const at = await pastRevision(asOf, atRevision, ctx);
  return at === null ? undefined : ctx.repos.past.readerFor({ atRevision: at });
}
