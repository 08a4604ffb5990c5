import type { MutationResolvers } from '../../../generated/graphql.js';
import { badInput } from '../../errors.js';
import { idOf, optionalIdOf, optionalText } from '../../../domain/validation.js';

export const addAssertion: MutationResolvers['addAssertion'] = (_parent, { input }, ctx) => {
  const claimId = optionalIdOf('Claim', input.claimId, 'input.claimId');
  const argumentId = optionalIdOf('Argument', input.argumentId, 'input.argumentId');
  if ((claimId === null) === (argumentId === null)) {
    throw badInput('input.claimId', 'An assertion is of exactly one claim or one argument: give claimId or argumentId');
  }
  return ctx.repos.assertions.addAssertion({
    assertion: {
      id: optionalIdOf('Assertion', input.id, 'input.id'),
      actorId: idOf('Actor', input.actorId, 'input.actorId'),
      claimId,
      argumentId,
      sourceId: optionalIdOf('Source', input.sourceId, 'input.sourceId'),
      quote: optionalText(input.quote, 'input.quote', 'quote'),
      date: input.date ?? null,
    },
  });
};
