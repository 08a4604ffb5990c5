import type { MutationResolvers } from '../../../../generated/graphql.js';
import { validateProvision } from '../../../../domain/validate/provision.js';
import { withInputFields } from '../../input-fields.js';

export const createProvision: MutationResolvers['createProvision'] = (_parent, { input }, ctx) => {
  const { provision, references } = validateProvision(input, 'input.');
  return withInputFields([...references, { id: provision.id, field: 'input.id' }], () =>
    ctx.repos.provisions.createProvision({ provision, references }),
  );
};
