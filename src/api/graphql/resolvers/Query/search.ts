import type { QueryResolvers } from '../../../../generated/graphql.js';
import type { SearchHitRecord } from '../../../../domain/index.js';
import { pageSize, requiredText } from '../../../../domain/validation.js';
import { loadNode } from '../../node-loading.js';
import { pastReader } from '../../time-travel.js';

export const search: QueryResolvers['search'] = async (_parent, { mapId, text, first, asOf, atRevision }, ctx) => {
  const map = await ctx.maps.open(mapId);
  const query = { text: requiredText(text, 'text', 'search'), first: pageSize(first) };
  const matches = await map.repos.search.search(query, await pastReader({ asOf, atRevision }, ctx, map));
  const hits = await Promise.all(
    matches.map(async (match): Promise<SearchHitRecord | null> => {
      const node = match.node ?? (await loadNode(map.loaders, match.label, match.id));
      return node ? { score: match.score, node, snippet: match.snippet } : null;
    }),
  );
  return hits.filter((hit): hit is SearchHitRecord => hit !== null);
};
