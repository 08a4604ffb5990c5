import type { QueryResolvers } from '../../../../generated/graphql.js';
import { claimIdsWhere } from '../../../../domain/map-at-revision.js';
import { claimFromState } from '../../../../domain/revisions.js';
import { optionalIdOf, optionalText } from '../../../../domain/validation.js';
import { pageOfIds, pageRequest, toConnection } from '../../connection.js';
import { pastReader } from '../../time-travel.js';

export const claims: QueryResolvers['claims'] = async (_parent, { mapId, where, asOf, atRevision, ...paging }, ctx) => {
  const map = await ctx.maps.open(mapId);
  const filter = {
    textContains: optionalText(where?.textContains, 'where.textContains', 'text'),
    kind: where?.kind ?? null,
    assertedBy: optionalIdOf('Actor', where?.assertedBy, 'where.assertedBy'),
    cites: optionalIdOf('Provision', where?.cites, 'where.cites'),
    inSource: optionalIdOf('Source', where?.inSource, 'where.inSource'),
    issue: optionalIdOf('Issue', where?.issue, 'where.issue'),
    stance: where?.stance ?? null,
  };
  const page = pageRequest(paging);
  const reader = await pastReader({ asOf, atRevision }, ctx, map);
  if (!reader) return toConnection(await map.repos.claims.listClaims({ filter, page }));
  // The claims as they stood then, filtered as they stood then.
  const then = reader.map;
  const ids = claimIdsWhere(then, filter);
  const found = pageOfIds(ids, page);
  return toConnection({
    items: found.ids.map((id) => claimFromState(id, then.documents.get(id)!, map.mapId)),
    totalCount: ids.length,
    hasNextPage: found.hasNextPage,
    hasPreviousPage: found.hasPreviousPage,
  });
};
