import type { MutationResolvers } from '../../../../generated/graphql.js';
import { applyArgumentUpdate } from '../../../../domain/validate/argument.js';
import { idOf } from '../../../../domain/validation.js';
import { withInputFields } from '../../input-fields.js';
import { mapOfNode } from '../../maps.js';

export const updateArgument: MutationResolvers['updateArgument'] = async (_parent, { id, input, expectedRevision }, ctx) => {
  const argumentId = idOf('Argument', id, 'id');
  const map = await mapOfNode(ctx, 'Argument', argumentId);
  return withInputFields([{ id: argumentId, field: 'id' }], () =>
    map.repos.arguments.updateArgument({
      id: argumentId,
      expectedRevision,
      change: (current) => applyArgumentUpdate(current, input, 'input.'),
    }),
  );
};
