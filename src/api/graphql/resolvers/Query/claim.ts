import type { QueryResolvers } from '../../../../generated/graphql.js';
import { claimFromState } from '../../../../domain/revisions.js';
import { invalid } from '../../../../domain/errors.js';
import { idOf } from '../../../../domain/validation.js';
import { loadClaimLookingAhead } from '../../look-ahead.js';

/**
 * The claim and the relations the query selects under it come in one round trip. With `asOf`
 * or `atRevision`, the claim's own fields as they stood then, from the revision log.
 */
export const claim: QueryResolvers['claim'] = async (_parent, { id, asOf, atRevision }, ctx, info) => {
  const claimId = idOf('Claim', id, 'id');
  if ((asOf === null || asOf === undefined) && (atRevision === null || atRevision === undefined)) {
    return loadClaimLookingAhead(ctx.loaders, claimId, info);
  }
  if (asOf && atRevision !== null && atRevision !== undefined) {
    throw invalid('atRevision', 'asOf and atRevision cannot be given together');
  }
  if (atRevision !== null && atRevision !== undefined && (!Number.isInteger(atRevision) || atRevision < 0)) {
    throw invalid('atRevision', 'atRevision must be a revision number (0 or more)');
  }
  const at = atRevision ?? (await ctx.repos.revisions.revisionAt(asOf!));
  const then = (await ctx.repos.revisions.documentsAt([claimId], at)).get(claimId);
  if (!then?.changed) return ctx.loaders.claim.load(claimId);
  return then.state ? claimFromState(claimId, then.state) : null;
};
