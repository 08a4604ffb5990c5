import type { MutationResolvers } from '../../../../generated/graphql.js';
import { idOf } from '../../../../domain/validation.js';
import { withInputFields } from '../../input-fields.js';
import { mapOfNode } from '../../maps.js';

export const deleteClaim: MutationResolvers['deleteClaim'] = async (_parent, { id, expectedRevision }, ctx) => {
  const claimId = idOf('Claim', id, 'id');
  const map = await mapOfNode(ctx, 'Claim', claimId);
  await withInputFields([{ id: claimId, field: 'id' }], () => map.repos.claims.deleteClaim({ id: claimId, expectedRevision }));
  return claimId;
};
