import type { MutationResolvers } from '../../../../generated/graphql.js';
import { applyAssertionUpdate } from '../../../../domain/validate/assertion.js';
import { idOf } from '../../../../domain/validation.js';
import { withInputFields } from '../../input-fields.js';
import { mapOfNode } from '../../maps.js';

export const updateAssertion: MutationResolvers['updateAssertion'] = async (_parent, { id, input, expectedRevision }, ctx) => {
  const assertionId = idOf('Assertion', id, 'id');
  const map = await mapOfNode(ctx, 'Assertion', assertionId);
  return withInputFields([{ id: assertionId, field: 'id' }], () =>
    map.repos.assertions.updateAssertion({
      id: assertionId,
      expectedRevision,
      change: (current) => applyAssertionUpdate(current, input, 'input.'),
    }),
  );
};
