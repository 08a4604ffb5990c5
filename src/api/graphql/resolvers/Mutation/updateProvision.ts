import type { MutationResolvers } from '../../../../generated/graphql.js';
import { applyProvisionUpdate } from '../../../../domain/validate/provision.js';
import { idOf } from '../../../../domain/validation.js';
import { withInputFields } from '../../input-fields.js';
import { mapOfNode } from '../../maps.js';

export const updateProvision: MutationResolvers['updateProvision'] = async (_parent, { id, input, expectedRevision }, ctx) => {
  const provisionId = idOf('Provision', id, 'id');
  const map = await mapOfNode(ctx, 'Provision', provisionId);
  return withInputFields([{ id: provisionId, field: 'id' }], () =>
    map.repos.provisions.updateProvision({
      id: provisionId,
      expectedRevision,
      change: (current) => applyProvisionUpdate(current, input, 'input.'),
    }),
  );
};
