import type { QueryResolvers } from '../../../../generated/graphql.js';
import { pageRequest, toConnection } from '../../connection.js';

export const sources: QueryResolvers['sources'] = async (_parent, paging, ctx) =>
  toConnection(await ctx.repos.sources.listSources({ page: pageRequest(paging) }));
