import type { MutationResolvers } from '../../../../generated/graphql.js';
import { idOf } from '../../../../domain/validation.js';
import { withInputFields } from '../../input-fields.js';
import { mapOfNode } from '../../maps.js';

export const deleteProvision: MutationResolvers['deleteProvision'] = async (_parent, { id, expectedRevision, cascade }, ctx) => {
  const provisionId = idOf('Provision', id, 'id');
  const map = await mapOfNode(ctx, 'Provision', provisionId);
  await withInputFields([{ id: provisionId, field: 'id' }], () =>
    map.repos.provisions.deleteProvision({ id: provisionId, expectedRevision, cascade }),
  );
  return provisionId;
};
