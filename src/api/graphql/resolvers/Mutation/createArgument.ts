import type { MutationResolvers } from '../../../../generated/graphql.js';
import { validateArgument } from '../../../../domain/validate/argument.js';
import { withInputFields } from '../../input-fields.js';

export const createArgument: MutationResolvers['createArgument'] = async (_parent, { mapId, input }, ctx) => {
  const map = await ctx.maps.open(mapId);
  const { argument, references } = validateArgument(input, 'input.');
  return withInputFields([...references, { id: argument.id, field: 'input.id' }], () =>
    map.repos.arguments.createArgument({ argument, references }),
  );
};
