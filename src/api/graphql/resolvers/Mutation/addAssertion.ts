import type { MutationResolvers } from '../../../../generated/graphql.js';
import { validateAssertion } from '../../../../domain/validate/assertion.js';
import { withInputFields } from '../../input-fields.js';

export const addAssertion: MutationResolvers['addAssertion'] = async (_parent, { mapId, input }, ctx) => {
  const map = await ctx.maps.open(mapId);
  const { assertion, references } = validateAssertion(input, 'input.');
  return withInputFields([...references, { id: assertion.id, field: 'input.id' }], () =>
    map.repos.assertions.addAssertion({ assertion, references }),
  );
};
