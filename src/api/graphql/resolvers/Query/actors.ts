import type { QueryResolvers } from '../../../../generated/graphql.js';
import { optionalText, pageSize } from '../../../../domain/validation.js';
import { decodeCursor, toConnection } from '../../connection.js';

export const actors: QueryResolvers['actors'] = async (_parent, { where, first, after }, ctx) => {
  const page = await ctx.repos.actors.listActors({
    filter: { nameContains: optionalText(where?.nameContains, 'where.nameContains', 'name'), kind: where?.kind ?? null },
    first: pageSize(first),
    after: decodeCursor(after),
  });
  return toConnection(page);
};
