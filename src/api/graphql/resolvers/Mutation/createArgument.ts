import type { MutationResolvers } from '../../../../generated/graphql.js';
import { validateArgument } from '../../../../domain/validate/argument.js';
import { withInputFields } from '../../input-fields.js';

export const createArgument: MutationResolvers['createArgument'] = (_parent, { input }, ctx) => {
  const { argument, references } = validateArgument(input, 'input.');
  return withInputFields([...references, { id: argument.id, field: 'input.id' }], () =>
    ctx.repos.arguments.createArgument({ argument, references }),
  );
};
