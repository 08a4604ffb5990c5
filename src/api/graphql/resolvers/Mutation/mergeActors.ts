import type { MutationResolvers } from '../../../../generated/graphql.js';
import { validateMerge } from '../../../../domain/validate/merge.js';
import { withInputFields } from '../../input-fields.js';
import { mapOfNode } from '../../maps.js';

/** Written in the survivor's map: the actors merged into it must be of the same map. */
export const mergeActors: MutationResolvers['mergeActors'] = async (_parent, { intoId, fromIds, expectedRevision }, ctx) => {
  const merge = validateMerge('Actor', { intoId, fromIds });
  const map = await mapOfNode(ctx, 'Actor', merge.intoId, 'intoId');
  return withInputFields(merge.references, () => map.repos.merges.mergeActors({ merge, expectedRevision }));
};
