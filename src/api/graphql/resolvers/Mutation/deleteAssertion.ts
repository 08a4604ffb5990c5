import type { MutationResolvers } from '../../../../generated/graphql.js';
import { idOf } from '../../../../domain/validation.js';
import { withInputFields } from '../../input-fields.js';
import { mapOfNode } from '../../maps.js';

export const deleteAssertion: MutationResolvers['deleteAssertion'] = async (_parent, { id, expectedRevision }, ctx) => {
  const assertionId = idOf('Assertion', id, 'id');
  const map = await mapOfNode(ctx, 'Assertion', assertionId);
  await withInputFields([{ id: assertionId, field: 'id' }], () =>
    map.repos.assertions.deleteAssertion({ id: assertionId, expectedRevision }),
  );
  return assertionId;
};
