import type { QueryResolvers } from '../../../../generated/graphql.js';
import { optionalText, pageSize } from '../../../../domain/validation.js';
import { decodeCursor, toConnection } from '../../connection.js';

export const provisions: QueryResolvers['provisions'] = async (_parent, { where, first, after }, ctx) => {
  const page = await ctx.repos.provisions.listProvisions({
    filter: { nameContains: optionalText(where?.nameContains, 'where.nameContains', 'name'), kind: where?.kind ?? null },
    first: pageSize(first),
    after: decodeCursor(after),
  });
  return toConnection(page);
};
