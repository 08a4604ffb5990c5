import type { MutationResolvers } from '../../../../generated/graphql.js';
import { validateCitation } from '../../../../domain/validate/citation.js';
import { withInputFields } from '../../input-fields.js';

export const citeProvision: MutationResolvers['citeProvision'] = async (_parent, { mapId, input }, ctx) => {
  const map = await ctx.maps.open(mapId);
  const { citation, references } = validateCitation(input, 'input.');
  return withInputFields(references, () => map.repos.claims.citeProvision({ citation, references }));
};
