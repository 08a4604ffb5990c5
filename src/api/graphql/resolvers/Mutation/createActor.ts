import type { MutationResolvers } from '../../../../generated/graphql.js';
import { validateActor } from '../../../../domain/validate/actor.js';
import { withInputFields } from '../../input-fields.js';

export const createActor: MutationResolvers['createActor'] = async (_parent, { mapId, input }, ctx) => {
  const map = await ctx.maps.open(mapId);
  const actor = validateActor(input, 'input.');
  return withInputFields([{ id: actor.id, field: 'input.id' }], () => map.repos.actors.createActor({ actor }));
};
