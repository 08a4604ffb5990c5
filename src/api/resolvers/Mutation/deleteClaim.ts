import type { MutationResolvers } from '../../../generated/graphql.js';
import { idOf } from '../../../domain/validation.js';

export const deleteClaim: MutationResolvers['deleteClaim'] = async (_parent, { id }, ctx) => {
  const claimId = idOf('Claim', id, 'id');
  await ctx.repos.claims.deleteClaim({ id: claimId });
  return claimId;
};
