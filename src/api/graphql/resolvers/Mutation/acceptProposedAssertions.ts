import type { MutationResolvers } from '../../../../generated/graphql.js';
import { openProposal } from '../../proposals.js';

export const acceptProposedAssertions: MutationResolvers['acceptProposedAssertions'] = async (
  _parent,
  { proposalId, items, expectedRevision },
  ctx,
) => {
  const { map, proposal } = await openProposal(ctx, proposalId);
  return map.repos.proposals.accept({ proposalId: proposal.id, items, expectedRevision });
};
