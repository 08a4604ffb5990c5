import type { MutationResolvers } from '../../../../generated/graphql.js';
import { idOf } from '../../../../domain/validation.js';
import { withInputFields } from '../../input-fields.js';

export const deleteClaim: MutationResolvers['deleteClaim'] = async (_parent, { id, expectedRevision }, ctx) => {
  const claimId = idOf('Claim', id, 'id');
  await withInputFields([{ id: claimId, field: 'id' }], () => ctx.repos.claims.deleteClaim({ id: claimId, expectedRevision }));
  return claimId;
};
