import type { MutationResolvers } from '../../../../generated/graphql.js';
import { idOf } from '../../../../domain/validation.js';
import { withInputFields } from '../../input-fields.js';
import { mapOfNode } from '../../maps.js';

export const deleteArgument: MutationResolvers['deleteArgument'] = async (_parent, { id, expectedRevision }, ctx) => {
  const argumentId = idOf('Argument', id, 'id');
  const map = await mapOfNode(ctx, 'Argument', argumentId);
  await withInputFields([{ id: argumentId, field: 'id' }], () => map.repos.arguments.deleteArgument({ id: argumentId, expectedRevision }));
  return argumentId;
};
