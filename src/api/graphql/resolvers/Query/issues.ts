import type { QueryResolvers } from '../../../../generated/graphql.js';
import { pageRequest, toConnection } from '../../connection.js';

export const issues: QueryResolvers['issues'] = async (_parent, paging, ctx) =>
  toConnection(await ctx.repos.issues.listIssues({ page: pageRequest(paging) }));
