import type { QueryResolvers } from '../../../../generated/graphql.js';
import type { SearchHitRecord } from '../../../../domain/index.js';
import { pageSize, requiredText } from '../../../../domain/validation.js';
import { loadNode } from '../../node-loading.js';
import { pastReader } from '../../time-travel.js';

export const search: QueryResolvers['search'] = async (_parent, { text, first, asOf, atRevision }, ctx) => {
  const query = { text: requiredText(text, 'text', 'search'), first: pageSize(first) };
  const matches = await ctx.repos.search.search(query, await pastReader({ asOf, atRevision }, ctx));
  const hits = await Promise.all(
    matches.map(async (match): Promise<SearchHitRecord | null> => {
      const node = match.node ?? (await loadNode(ctx, match.label, match.id));
      return node ? { score: match.score, node, snippet: match.snippet } : null;
    }),
  );
  return hits.filter((hit): hit is SearchHitRecord => hit !== null);
};
