import type { MutationResolvers } from '../../../../generated/graphql.js';
import { validateClaimUpdate } from '../../../../domain/validate/claim.js';
import { idOf } from '../../../../domain/validation.js';
import { withInputFields } from '../../input-fields.js';
import { mapOfNode } from '../../maps.js';

export const updateClaim: MutationResolvers['updateClaim'] = async (_parent, { id, input, expectedRevision }, ctx) => {
  const claimId = idOf('Claim', id, 'id');
  const change = validateClaimUpdate(input, 'input.');
  const map = await mapOfNode(ctx, 'Claim', claimId);
  return withInputFields([{ id: claimId, field: 'id' }], () => map.repos.claims.updateClaim({ id: claimId, ...change, expectedRevision }));
};
