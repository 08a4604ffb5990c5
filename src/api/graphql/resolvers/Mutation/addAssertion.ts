import type { MutationResolvers } from '../../../../generated/graphql.js';
import { validateAssertion } from '../../../../domain/validate/assertion.js';
import { withInputFields } from '../../input-fields.js';

export const addAssertion: MutationResolvers['addAssertion'] = (_parent, { input }, ctx) => {
  const { assertion, references } = validateAssertion(input, 'input.');
  return withInputFields([...references, { id: assertion.id, field: 'input.id' }], () =>
    ctx.repos.assertions.addAssertion({ assertion, references }),
  );
};
