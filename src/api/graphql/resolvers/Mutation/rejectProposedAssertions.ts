import type { MutationResolvers } from '../../../../generated/graphql.js';
import { openProposal } from '../../proposals.js';

export const rejectProposedAssertions: MutationResolvers['rejectProposedAssertions'] = async (_parent, { proposalId, ids }, ctx) => {
  const { map, proposal } = await openProposal(ctx, proposalId);
  return map.repos.proposals.reject({ proposalId: proposal.id, ids });
};
