import type { QueryResolvers } from '../../../../generated/graphql.js';
import { optionalText } from '../../../../domain/validation.js';
import { pageRequest, toConnection } from '../../connection.js';

export const actors: QueryResolvers['actors'] = async (_parent, { mapId, where, ...paging }, ctx) => {
  const page = await (
    await ctx.maps.open(mapId)
  ).repos.actors.listActors({
    filter: { nameContains: optionalText(where?.nameContains, 'where.nameContains', 'name'), kind: where?.kind ?? null },
    page: pageRequest(paging),
  });
  return toConnection(page);
};
