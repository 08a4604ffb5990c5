import type { QueryResolvers } from '../../../../generated/graphql.js';
import { labelOfId } from '../../../../domain/ids.js';
import { invalid } from '../../../../domain/errors.js';
import { loadNode } from '../../node-loading.js';
import { parseRevisionId } from '../../../../domain/maps.js';

export const node: QueryResolvers['node'] = async (_parent, { id }, ctx) => {
  const revision = parseRevisionId(id);
  if (revision !== null) return (await ctx.maps.open(revision.mapId, 'id')).repos.revisions.findRevision(revision.revision);
  const label = labelOfId(id.trim());
  if (!label) throw invalid('id', `"${id.slice(0, 140)}" is not a valid id (e.g. "claim:citizens-cannot-be-deported")`);
  return loadNode(ctx.loaders, label, id.trim());
};
