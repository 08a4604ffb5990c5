import type { QueryResolvers } from '../../../../generated/graphql.js';
import { optionalIdOf, optionalText } from '../../../../domain/validation.js';
import { pageRequest, toConnection } from '../../connection.js';

export const claims: QueryResolvers['claims'] = async (_parent, { where, ...paging }, ctx) => {
  const page = await ctx.repos.claims.listClaims({
    filter: {
      textContains: optionalText(where?.textContains, 'where.textContains', 'text'),
      kind: where?.kind ?? null,
      assertedBy: optionalIdOf('Actor', where?.assertedBy, 'where.assertedBy'),
      cites: optionalIdOf('Provision', where?.cites, 'where.cites'),
      inSource: optionalIdOf('Source', where?.inSource, 'where.inSource'),
      issue: optionalIdOf('Issue', where?.issue, 'where.issue'),
      stance: where?.stance ?? null,
    },
    page: pageRequest(paging),
  });
  return toConnection(page);
};
