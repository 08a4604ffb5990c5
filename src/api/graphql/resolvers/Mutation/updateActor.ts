import type { MutationResolvers } from '../../../../generated/graphql.js';
import { applyActorUpdate } from '../../../../domain/validate/actor.js';
import { idOf } from '../../../../domain/validation.js';
import { withInputFields } from '../../input-fields.js';
import { mapOfNode } from '../../maps.js';

export const updateActor: MutationResolvers['updateActor'] = async (_parent, { id, input, expectedRevision }, ctx) => {
  const actorId = idOf('Actor', id, 'id');
  const map = await mapOfNode(ctx, 'Actor', actorId);
  return withInputFields([{ id: actorId, field: 'id' }], () =>
    map.repos.actors.updateActor({ id: actorId, expectedRevision, change: (current) => applyActorUpdate(current, input, 'input.') }),
  );
};
