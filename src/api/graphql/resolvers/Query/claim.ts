import type { QueryResolvers } from '../../../../generated/graphql.js';
import { claimFromState } from '../../../../domain/revisions.js';
import { idOf, pastPointOf } from '../../../../domain/validation.js';
import { CLAIM_EVALUATED_FIELDS, loadClaimLookingAhead, selectedFields } from '../../look-ahead.js';
import { loadOrSurvivor } from '../../node-loading.js';
import { pastRevision } from '../../time-travel.js';

/**
 * The claim and the relations the query selects under it come in one round trip; an id merged
 * away answers its survivor. With `asOf` or `atRevision`, the claim's own fields as they stood
 * then, from the revision log (a merged claim as it was before the merge, the survivor after).
 */
export const claim: QueryResolvers['claim'] = async (_parent, { id, asOf, atRevision }, ctx, info) => {
  const claimId = idOf('Claim', id, 'id');
  if (pastPointOf(asOf, atRevision) === null) {
    const fields = selectedFields(info);
    const found = await loadOrSurvivor(ctx.loaders, 'Claim', claimId, (key) => loadClaimLookingAhead(ctx.loaders, key, info, fields));
    // A status (or strength, explanation) needs the map's current revision: read as soon as the
    // claim names its map. The snapshot is kept for the request, so the field resolvers wait for
    // this same read, and see its error if it fails.
    if (found && CLAIM_EVALUATED_FIELDS.some((field) => fields.has(field))) {
      ctx.maps
        .of(found)
        .repos.evaluation.snapshot()
        .catch(() => undefined);
    }
    return found;
  }
  // The claim's map: a claim merged since is in its survivor's; one deleted since is looked for in the default map.
  const now = await loadOrSurvivor(ctx.loaders, 'Claim', claimId, (key) => ctx.loaders.claim.load(key));
  const map = now ? ctx.maps.of(now) : await ctx.maps.open(null);
  const at = (await pastRevision(asOf, atRevision, map))!;
  const then = (await map.repos.revisions.documentsAt([claimId], at)).get(claimId);
  // Marked with the revision, so its status and explanations are those of the map of then.
  const claim = then?.changed ? (then.state ? claimFromState(claimId, then.state, map.mapId) : null) : now;
  return claim && { ...claim, asOfRevision: at };
};
