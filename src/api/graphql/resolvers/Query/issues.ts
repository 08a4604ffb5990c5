import type { QueryResolvers } from '../../../../generated/graphql.js';
import { pageRequest, toConnection } from '../../connection.js';

export const issues: QueryResolvers['issues'] = async (_parent, { mapId, ...paging }, ctx) =>
  toConnection(await (await ctx.maps.open(mapId)).repos.issues.listIssues({ page: pageRequest(paging) }));
