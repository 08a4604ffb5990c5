import type { MutationResolvers } from '../../../../generated/graphql.js';
import { validateNewClaim } from '../../../../domain/validate/claim.js';
import { withInputFields } from '../../input-fields.js';

export const createClaim: MutationResolvers['createClaim'] = (_parent, { input }, ctx) => {
  const { claim, references } = validateNewClaim(input, 'input.');
  return withInputFields([...references, { id: claim.id, field: 'input.id' }], () => ctx.repos.claims.createClaim({ claim, references }));
};
