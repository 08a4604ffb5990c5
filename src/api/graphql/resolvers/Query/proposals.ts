import type { QueryResolvers } from '../../../../generated/graphql.js';
import { pageRequest, toConnection } from '../../connection.js';

export const proposals: QueryResolvers['proposals'] = async (_parent, { mapId, status, ...paging }, ctx) =>
  toConnection(await (await ctx.maps.open(mapId)).repos.proposals.listProposals({ status: status ?? null, page: pageRequest(paging) }));
