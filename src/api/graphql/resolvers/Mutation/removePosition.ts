import type { MutationResolvers } from '../../../../generated/graphql.js';
import { NotFoundError } from '../../../../domain/errors.js';
import { idOf } from '../../../../domain/validation.js';
import { withInputFields } from '../../input-fields.js';
import { mapOfNode } from '../../maps.js';

export const removePosition: MutationResolvers['removePosition'] = async (_parent, { claimId, issueId, expectedRevision }, ctx) => {
  const claim = idOf('Claim', claimId, 'claimId');
  const issue = idOf('Issue', issueId, 'issueId');
  const map = await mapOfNode(ctx, 'Claim', claim, 'claimId');
  const found = await withInputFields([{ id: claim, field: 'claimId' }], () =>
    map.repos.issues.removePosition({ claimId: claim, issueId: issue, expectedRevision }),
  );
  if (!found) throw new NotFoundError('Position', `${claim} on ${issue}`).at('issueId');
  return found;
};
