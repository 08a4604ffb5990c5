import type { MutationResolvers } from '../../../generated/graphql.js';
import { idOf, optionalText } from '../../../domain/validation.js';

export const citeProvision: MutationResolvers['citeProvision'] = (_parent, { input }, ctx) =>
  ctx.repos.claims.citeProvision({
    citation: {
      claimId: idOf('Claim', input.claimId, 'input.claimId'),
      provisionId: idOf('Provision', input.provisionId, 'input.provisionId'),
      role: input.role,
      note: optionalText(input.note, 'input.note', 'note'),
    },
  });
