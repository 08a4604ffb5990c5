import type { MutationResolvers } from '../../../generated/graphql.js';
import { optionalIdOf, optionalText, requiredText } from '../../../domain/validation.js';

export const createProvision: MutationResolvers['createProvision'] = (_parent, { input }, ctx) =>
  ctx.repos.provisions.createProvision({
    provision: {
      id: optionalIdOf('Provision', input.id, 'input.id'),
      name: requiredText(input.name, 'input.name', 'name'),
      kind: input.kind,
      citation: optionalText(input.citation, 'input.citation', 'citation'),
      summary: optionalText(input.summary, 'input.summary', 'summary'),
      partOfId: optionalIdOf('Provision', input.partOfId, 'input.partOfId'),
    },
  });
