import type { MutationResolvers } from '../../../../generated/graphql.js';
import { validateProvision } from '../../../../domain/validate/provision.js';
import { withInputFields } from '../../input-fields.js';

export const createProvision: MutationResolvers['createProvision'] = async (_parent, { mapId, input }, ctx) => {
  const map = await ctx.maps.open(mapId);
  const { provision, references } = validateProvision(input, 'input.');
  return withInputFields([...references, { id: provision.id, field: 'input.id' }], () =>
    map.repos.provisions.createProvision({ provision, references }),
  );
};
