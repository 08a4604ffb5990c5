import type { QueryResolvers } from '../../../../generated/graphql.js';
import { NotFoundError } from '../../../../domain/errors.js';
import { pastReader } from '../../time-travel.js';
import { boundedInt, graphRootOf, GRAPH_DEPTH_DEFAULT, GRAPH_DEPTH_MAX } from '../../../../domain/validation.js';

export const argumentGraph: QueryResolvers['argumentGraph'] = async (_parent, { rootId, depth, direction, asOf, atRevision }, ctx) => {
  const { id, label } = graphRootOf(rootId, 'rootId');
  const reader = await pastReader({ asOf, atRevision }, ctx);
  const graph = await ctx.repos.graph.argumentGraph(
    {
      rootId: id,
      depth: boundedInt(depth, 'depth', 0, GRAPH_DEPTH_MAX, GRAPH_DEPTH_DEFAULT),
      direction: direction ?? 'BOTH',
    },
    reader,
  );
  if (!graph) throw new NotFoundError(label, id).at('rootId');
  return graph;
};
