import type { MutationResolvers } from '../../../../generated/graphql.js';
import { normalizeGraphDocument } from '../../../../domain/graph-document.js';
import { withInputFields } from '../../input-fields.js';

export const importGraph: MutationResolvers['importGraph'] = (_parent, { input }, ctx) => {
  const { doc, external } = normalizeGraphDocument(input);
  return withInputFields(external, () => ctx.repos.graphImport.importGraph({ doc, external }));
};
