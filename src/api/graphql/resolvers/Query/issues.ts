import type { QueryResolvers } from '../../../../generated/graphql.js';
import { pageSize } from '../../../../domain/validation.js';
import { decodeCursor, toConnection } from '../../connection.js';

export const issues: QueryResolvers['issues'] = async (_parent, { first, after }, ctx) =>
  toConnection(await ctx.repos.issues.listIssues({ first: pageSize(first), after: decodeCursor(after) }));
