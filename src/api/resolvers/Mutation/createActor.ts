import type { MutationResolvers } from '../../../generated/graphql.js';
import { optionalIdOf, optionalText, requiredText } from '../../../domain/validation.js';

export const createActor: MutationResolvers['createActor'] = (_parent, { input }, ctx) =>
  ctx.repos.actors.createActor({
    actor: {
      id: optionalIdOf('Actor', input.id, 'input.id'),
      name: requiredText(input.name, 'input.name', 'name'),
      kind: input.kind,
      description: optionalText(input.description, 'input.description', 'description'),
    },
  });
