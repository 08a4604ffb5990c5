import type { MutationResolvers } from '../../../../generated/graphql.js';
import { validatePosition } from '../../../../domain/validate/position.js';
import { withInputFields } from '../../input-fields.js';

export const setPosition: MutationResolvers['setPosition'] = async (_parent, { mapId, input }, ctx) => {
  const map = await ctx.maps.open(mapId);
  const { position, references } = validatePosition(input, 'input.');
  return withInputFields(references, () => map.repos.issues.setPosition({ position, references }));
};
