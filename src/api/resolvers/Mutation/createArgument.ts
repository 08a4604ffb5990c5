import type { MutationResolvers } from '../../../generated/graphql.js';
import { checkArgument } from '../../../domain/arguments.js';
import { idOf, optionalIdOf, optionalText } from '../../../domain/validation.js';

export const createArgument: MutationResolvers['createArgument'] = (_parent, { input }, ctx) => {
  const argument = {
    id: optionalIdOf('Argument', input.id, 'input.id'),
    kind: input.kind,
    attackKind: input.attackKind ?? null,
    premiseIds: input.premiseIds.map((p, i) => idOf('Claim', p, `input.premiseIds[${i}]`)),
    conclusionId: optionalIdOf('Claim', input.conclusionId, 'input.conclusionId'),
    targetArgumentId: optionalIdOf('Argument', input.targetArgumentId, 'input.targetArgumentId'),
    scheme: optionalText(input.scheme, 'input.scheme', 'scheme'),
    rationale: optionalText(input.rationale, 'input.rationale', 'rationale'),
  };
  argument.attackKind = checkArgument(argument, 'input.');
  return ctx.repos.arguments.createArgument({ argument });
};
