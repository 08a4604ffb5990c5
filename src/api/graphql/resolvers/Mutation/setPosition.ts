import type { MutationResolvers } from '../../../../generated/graphql.js';
import { validatePosition } from '../../../../domain/validate/position.js';
import { withInputFields } from '../../input-fields.js';

export const setPosition: MutationResolvers['setPosition'] = (_parent, { input }, ctx) => {
  const { position, references } = validatePosition(input, 'input.');
  return withInputFields(references, () => ctx.repos.issues.setPosition({ position, references }));
};
