import type { QueryResolvers } from '../../../../generated/graphql.js';
import { NotFoundError } from '../../../../domain/errors.js';
import {
  boundedInt,
  graphRootOf,
  GRAPH_DEPTH_DEFAULT,
  GRAPH_DEPTH_HEAVY,
  GRAPH_DEPTH_MAX,
  GRAPH_LIMIT_DEFAULT,
  GRAPH_LIMIT_MAX,
} from '../../../../domain/validation.js';

export const argumentGraph: QueryResolvers['argumentGraph'] = async (_parent, { rootId, depth, direction, limit }, ctx) => {
  const { id, label } = graphRootOf(rootId, 'rootId');
  const hops = boundedInt(depth, 'depth', 0, GRAPH_DEPTH_MAX, GRAPH_DEPTH_DEFAULT);
  const read = () =>
    ctx.repos.graph.argumentGraph({
      rootId: id,
      depth: hops,
      direction: direction ?? 'BOTH',
      limit: boundedInt(limit, 'limit', 1, GRAPH_LIMIT_MAX, GRAPH_LIMIT_DEFAULT),
    });
  // A deep neighbourhood is a heavy read: it waits for a turn with exports and evaluations.
  const graph = hops >= GRAPH_DEPTH_HEAVY ? await ctx.heavy.run(read) : await read();
  if (!graph) throw new NotFoundError(label, id).at('rootId');
  return graph;
};
