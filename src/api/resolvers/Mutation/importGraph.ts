import type { MutationResolvers } from '../../../generated/graphql.js';
import { normalizeGraphDocument } from '../../../domain/graph-document.js';

export const importGraph: MutationResolvers['importGraph'] = (_parent, { input }, ctx) => {
  const { doc, external } = normalizeGraphDocument(input);
  return ctx.repos.graphImport.importGraph({ doc, external });
};
