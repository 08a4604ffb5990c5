import type { MutationResolvers } from '../../../../generated/graphql.js';
import { normalizeGraphDocument } from '../../../../domain/graph-document.js';
import { withInputFields } from '../../input-fields.js';

export const importGraph: MutationResolvers['importGraph'] = async (_parent, { mapId, input }, ctx) => {
  const map = await ctx.maps.open(mapId);
  const { doc, external } = normalizeGraphDocument(input);
  return withInputFields(external, () => map.repos.graphImport.importGraph({ doc, external }));
};
