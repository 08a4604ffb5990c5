import type { QueryResolvers } from '../../../../generated/graphql.js';
import { pageRequest, toConnection } from '../../connection.js';

export const sources: QueryResolvers['sources'] = async (_parent, { mapId, ...paging }, ctx) =>
  toConnection(await (await ctx.maps.open(mapId)).repos.sources.listSources({ page: pageRequest(paging) }));
