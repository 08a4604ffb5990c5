import type { QueryResolvers } from '../../../../generated/graphql.js';
import { claimFromState } from '../../../../domain/revisions.js';
import { idOf } from '../../../../domain/validation.js';
import { CLAIM_EVALUATED_FIELDS, loadClaimLookingAhead, selectedFields } from '../../look-ahead.js';
import { pastRevision } from '../../time-travel.js';

/**
 * The claim and the relations the query selects under it come in one round trip. With `asOf`
 * or `atRevision`, the claim's own fields as they stood then, from the revision log.
 */
export const claim: QueryResolvers['claim'] = async (_parent, { id, asOf, atRevision }, ctx, info) => {
  const claimId = idOf('Claim', id, 'id');
  const at = await pastRevision(asOf, atRevision, ctx);
  if (at === null) {
    const fields = selectedFields(info);
    // A status (or strength, explanation) needs the map's current revision: checked while the
    // claim is read, not after it. The snapshot is kept for the request, so the field resolvers
    // wait for this same read, and see its error if it fails.
    if (CLAIM_EVALUATED_FIELDS.some((field) => fields.has(field))) ctx.repos.evaluation.snapshot().catch(() => undefined);
    return loadClaimLookingAhead(ctx.loaders, claimId, info, fields);
  }
  const then = (await ctx.repos.revisions.documentsAt([claimId], at)).get(claimId);
  // Marked with the revision, so its status and explanations are those of the map of then.
  const claim = then?.changed ? (then.state ? claimFromState(claimId, then.state) : null) : await ctx.loaders.claim.load(claimId);
  return claim && { ...claim, asOfRevision: at };
};
