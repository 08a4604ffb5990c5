import type { MutationResolvers } from '../../../generated/graphql.js';
import { idOf } from '../../../domain/validation.js';

export const setPosition: MutationResolvers['setPosition'] = (_parent, { input }, ctx) =>
  ctx.repos.issues.setPosition({
    position: {
      claimId: idOf('Claim', input.claimId, 'input.claimId'),
      issueId: idOf('Issue', input.issueId, 'input.issueId'),
      stance: input.stance,
    },
  });
