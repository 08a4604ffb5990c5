import type { MutationResolvers } from '../../../generated/graphql.js';
import { idOf } from '../../../domain/validation.js';

export const deleteArgument: MutationResolvers['deleteArgument'] = async (_parent, { id }, ctx) => {
  const argumentId = idOf('Argument', id, 'id');
  await ctx.repos.arguments.deleteArgument({ id: argumentId });
  return argumentId;
};
