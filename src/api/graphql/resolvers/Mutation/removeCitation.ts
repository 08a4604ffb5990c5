import type { MutationResolvers } from '../../../../generated/graphql.js';
import { NotFoundError } from '../../../../domain/errors.js';
import { idOf } from '../../../../domain/validation.js';
import { withInputFields } from '../../input-fields.js';
import { mapOfNode } from '../../maps.js';

export const removeCitation: MutationResolvers['removeCitation'] = async (_parent, { claimId, provisionId, expectedRevision }, ctx) => {
  const claim = idOf('Claim', claimId, 'claimId');
  const provision = idOf('Provision', provisionId, 'provisionId');
  const map = await mapOfNode(ctx, 'Claim', claim, 'claimId');
  const found = await withInputFields([{ id: claim, field: 'claimId' }], () =>
    map.repos.claims.removeCitation({ claimId: claim, provisionId: provision, expectedRevision }),
  );
  if (!found) throw new NotFoundError('Citation', `${claim} of ${provision}`).at('provisionId');
  return found;
};
