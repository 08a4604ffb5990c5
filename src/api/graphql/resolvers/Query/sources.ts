import type { QueryResolvers } from '../../../../generated/graphql.js';
import { pageSize } from '../../../../domain/validation.js';
import { decodeCursor, toConnection } from '../../connection.js';

export const sources: QueryResolvers['sources'] = async (_parent, { first, after }, ctx) =>
  toConnection(await ctx.repos.sources.listSources({ first: pageSize(first), after: decodeCursor(after) }));
