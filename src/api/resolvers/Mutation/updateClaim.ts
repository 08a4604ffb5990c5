import type { MutationResolvers } from '../../../generated/graphql.js';
import { badInput } from '../../errors.js';
import { idOf, requiredText } from '../../../domain/validation.js';

export const updateClaim: MutationResolvers['updateClaim'] = (_parent, { id, input }, ctx) => {
  const text = input.text === null || input.text === undefined ? null : requiredText(input.text, 'input.text', 'text');
  const kind = input.kind ?? null;
  if (text === null && kind === null) throw badInput('input', 'Nothing to update: give text or kind');
  return ctx.repos.claims.updateClaim({ id: idOf('Claim', id, 'id'), text, kind });
};
