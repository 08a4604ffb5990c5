import type { MutationResolvers } from '../../../../generated/graphql.js';
import { validateActor } from '../../../../domain/validate/actor.js';
import { withInputFields } from '../../input-fields.js';

export const createActor: MutationResolvers['createActor'] = (_parent, { input }, ctx) => {
  const actor = validateActor(input, 'input.');
  return withInputFields([{ id: actor.id, field: 'input.id' }], () => ctx.repos.actors.createActor({ actor }));
};
