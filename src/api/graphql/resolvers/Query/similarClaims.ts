import type { QueryResolvers } from '../../../../generated/graphql.js';
import { requiredText, similarCount } from '../../../../domain/validation.js';

/** Possible duplicates of a text being written: the map's claims most alike it, best first. */
export const similarClaims: QueryResolvers['similarClaims'] = async (_parent, { mapId, text, first }, ctx) => {
  const map = await ctx.maps.open(mapId);
  const valid = requiredText(text, 'text', 'text');
  const [found] = await map.repos.claims.findSimilar({ texts: [valid], first: similarCount(first) });
  return found ?? [];
};
