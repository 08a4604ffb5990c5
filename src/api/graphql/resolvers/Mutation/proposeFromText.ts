import type { MutationResolvers } from '../../../../generated/graphql.js';
import { invalid } from '../../../../domain/errors.js';
import { validateSource } from '../../../../domain/validate/source.js';
import { optionalIdOf } from '../../../../domain/validation.js';

export const proposeFromText: MutationResolvers['proposeFromText'] = async (_parent, { mapId, input }, ctx) => {
  const map = await ctx.maps.open(mapId);
  const sourceId = optionalIdOf('Source', input.sourceId, 'input.sourceId');
  const newSource = input.source ? validateSource(input.source, 'input.source.') : null;
  if (sourceId && newSource) throw invalid('input.source', 'Give sourceId (a source of the map) or source (a new one), not both');
  return map.repos.proposals.propose({ text: input.text, format: input.format ?? 'PLAIN', sourceId, newSource, author: ctx.origin.author });
};
