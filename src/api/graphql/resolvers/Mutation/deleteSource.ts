import type { MutationResolvers } from '../../../../generated/graphql.js';
import { idOf } from '../../../../domain/validation.js';
import { withInputFields } from '../../input-fields.js';
import { mapOfNode } from '../../maps.js';

export const deleteSource: MutationResolvers['deleteSource'] = async (_parent, { id, expectedRevision, cascade }, ctx) => {
  const sourceId = idOf('Source', id, 'id');
  const map = await mapOfNode(ctx, 'Source', sourceId);
  await withInputFields([{ id: sourceId, field: 'id' }], () => map.repos.sources.deleteSource({ id: sourceId, expectedRevision, cascade }));
  return sourceId;
};
