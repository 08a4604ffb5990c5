import type { MutationResolvers } from '../../../../generated/graphql.js';
import { validateClaimUpdate } from '../../../../domain/validate/claim.js';
import { idOf } from '../../../../domain/validation.js';
import { withInputFields } from '../../input-fields.js';

export const updateClaim: MutationResolvers['updateClaim'] = (_parent, { id, input, expectedRevision }, ctx) => {
  const claimId = idOf('Claim', id, 'id');
  const change = validateClaimUpdate(input, 'input.');
  return withInputFields([{ id: claimId, field: 'id' }], () => ctx.repos.claims.updateClaim({ id: claimId, ...change, expectedRevision }));
};
