import type { QueryResolvers } from '../../../../generated/graphql.js';
import { labelOfId } from '../../../../domain/ids.js';
import { invalid, NotFoundError } from '../../../../domain/errors.js';
import { boundedInt, GRAPH_DEPTH_DEFAULT, GRAPH_DEPTH_MAX } from '../../../../domain/validation.js';

export const argumentGraph: QueryResolvers['argumentGraph'] = async (_parent, { rootId, depth, direction }, ctx) => {
  const id = rootId.trim();
  const label = labelOfId(id);
  if (!label || label === 'Assertion') {
    throw invalid('rootId', `rootId must be the id of a claim, argument, actor, source, provision or issue, got "${rootId.slice(0, 140)}"`);
  }
  const graph = await ctx.repos.graph.argumentGraph({
    rootId: id,
    depth: boundedInt(depth, 'depth', 0, GRAPH_DEPTH_MAX, GRAPH_DEPTH_DEFAULT),
    direction: direction ?? 'BOTH',
  });
  if (!graph) throw new NotFoundError(label, id).at('rootId');
  return graph;
};
