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
import { pastRevision } from '../../time-travel.js';

export const argumentGraph: QueryResolvers['argumentGraph'] = async (
  _parent,
  { mapId, rootId, depth, direction, limit, asOf, atRevision },
  ctx,
) => {
  const map = await ctx.maps.open(mapId);
  const { id, label } = graphRootOf(rootId, 'rootId');
  const hops = boundedInt(depth, 'depth', 0, GRAPH_DEPTH_MAX, GRAPH_DEPTH_DEFAULT);
  const params = {
    rootId: id,
    depth: hops,
    direction: direction ?? 'BOTH',
    limit: boundedInt(limit, 'limit', 1, GRAPH_LIMIT_MAX, GRAPH_LIMIT_DEFAULT),
  };
  const past = await pastRevision(asOf, atRevision, map);
  // A deep neighbourhood, or any at a past revision (the map of then is built in memory), is a
  // heavy read: it waits for a turn with exports and evaluations.
  const read = async () =>
    map.repos.graph.argumentGraph(params, past === null ? undefined : await map.repos.past.readerFor({ atRevision: past }));
  const graph = hops >= GRAPH_DEPTH_HEAVY || past !== null ? await ctx.heavy.run(read) : await read();
  if (!graph) throw new NotFoundError(label, id).at('rootId');
  return graph;
};
