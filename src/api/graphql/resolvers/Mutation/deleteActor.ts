import type { MutationResolvers } from '../../../../generated/graphql.js';
import { idOf } from '../../../../domain/validation.js';
import { withInputFields } from '../../input-fields.js';
import { mapOfNode } from '../../maps.js';

export const deleteActor: MutationResolvers['deleteActor'] = async (_parent, { id, expectedRevision, cascade }, ctx) => {
  const actorId = idOf('Actor', id, 'id');
  const map = await mapOfNode(ctx, 'Actor', actorId);
  await withInputFields([{ id: actorId, field: 'id' }], () => map.repos.actors.deleteActor({ id: actorId, expectedRevision, cascade }));
  return actorId;
};
