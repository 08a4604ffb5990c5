import type { MutationResolvers } from '../../../../generated/graphql.js';
import { validateSource } from '../../../../domain/validate/source.js';
import { withInputFields } from '../../input-fields.js';

export const createSource: MutationResolvers['createSource'] = async (_parent, { mapId, input }, ctx) => {
  const map = await ctx.maps.open(mapId);
  const source = validateSource(input, 'input.');
  return withInputFields([{ id: source.id, field: 'input.id' }], () => map.repos.sources.createSource({ source }));
};
