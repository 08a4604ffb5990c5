import type { MutationResolvers } from '../../../../generated/graphql.js';
import { validateNewClaim } from '../../../../domain/validate/claim.js';
import { withInputFields } from '../../input-fields.js';

export const createClaim: MutationResolvers['createClaim'] = async (_parent, { mapId, input }, ctx) => {
  const map = await ctx.maps.open(mapId);
  const { claim, references } = validateNewClaim(input, 'input.');
  return withInputFields([...references, { id: claim.id, field: 'input.id' }], () => map.repos.claims.createClaim({ claim, references }));
};
