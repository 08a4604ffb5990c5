import type { MutationResolvers } from '../../../../generated/graphql.js';
import { validateMerge } from '../../../../domain/validate/merge.js';
import { withInputFields } from '../../input-fields.js';
import { mapOfNode } from '../../maps.js';

/** Written in the survivor's map: the claims merged into it must be of the same map. */
export const mergeClaims: MutationResolvers['mergeClaims'] = async (_parent, { intoId, fromIds, expectedRevision }, ctx) => {
  const merge = validateMerge('Claim', { intoId, fromIds });
  const map = await mapOfNode(ctx, 'Claim', merge.intoId, 'intoId');
  return withInputFields(merge.references, () => map.repos.merges.mergeClaims({ merge, expectedRevision }));
};
