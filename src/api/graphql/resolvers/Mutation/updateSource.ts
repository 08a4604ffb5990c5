import type { MutationResolvers } from '../../../../generated/graphql.js';
import { applySourceUpdate } from '../../../../domain/validate/source.js';
import { idOf } from '../../../../domain/validation.js';
import { withInputFields } from '../../input-fields.js';
import { mapOfNode } from '../../maps.js';

export const updateSource: MutationResolvers['updateSource'] = async (_parent, { id, input, expectedRevision }, ctx) => {
  const sourceId = idOf('Source', id, 'id');
  const map = await mapOfNode(ctx, 'Source', sourceId);
  return withInputFields([{ id: sourceId, field: 'id' }], () =>
    map.repos.sources.updateSource({ id: sourceId, expectedRevision, change: (current) => applySourceUpdate(current, input, 'input.') }),
  );
};
