import type { MutationResolvers } from '../../../../generated/graphql.js';
import { idOf } from '../../../../domain/validation.js';
import { withInputFields } from '../../input-fields.js';

export const deleteArgument: MutationResolvers['deleteArgument'] = async (_parent, { id, expectedRevision }, ctx) => {
  const argumentId = idOf('Argument', id, 'id');
  await withInputFields([{ id: argumentId, field: 'id' }], () => ctx.repos.arguments.deleteArgument({ id: argumentId, expectedRevision }));
  return argumentId;
};
