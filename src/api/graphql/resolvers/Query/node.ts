import type { QueryResolvers } from '../../../../generated/graphql.js';
import { labelOfId } from '../../../../domain/ids.js';
import { invalid } from '../../../../domain/errors.js';
import { loadNodeOrSurvivor } from '../../node-loading.js';
import { mapSlugOf, parseRevisionId } from '../../../../domain/maps.js';
import { isUserId } from '../../../../domain/people.js';
import { meOf } from '../User.js';
import { isProposalId } from '../../../../domain/proposals.js';
import { findProposal } from '../../proposals.js';

export const node: QueryResolvers['node'] = async (_parent, { id }, ctx) => {
  const revision = parseRevisionId(id);
  if (revision !== null) return (await ctx.maps.open(revision.mapId, 'id')).repos.revisions.findRevision(revision.revision);
  if (mapSlugOf(id.trim()) !== null) return ctx.maps.find(id.trim());
  // A user is a node to themselves only: who else has signed in is no stranger's business.
  if (isUserId(id.trim())) return meOf(ctx)?.id === id.trim() ? meOf(ctx) : null;
  if (isProposalId(id.trim())) return findProposal(ctx, id.trim());
  const label = labelOfId(id.trim());
  if (!label) throw invalid('id', `"${id.slice(0, 140)}" is not a valid id (e.g. "claim:citizens-cannot-be-deported")`);
  return loadNodeOrSurvivor(ctx.loaders, label, id.trim());
};
