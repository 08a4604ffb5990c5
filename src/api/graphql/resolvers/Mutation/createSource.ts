import type { MutationResolvers } from '../../../../generated/graphql.js';
import { validateSource } from '../../../../domain/validate/source.js';
import { withInputFields } from '../../input-fields.js';

export const createSource: MutationResolvers['createSource'] = (_parent, { input }, ctx) => {
  const source = validateSource(input, 'input.');
  return withInputFields([{ id: source.id, field: 'input.id' }], () => ctx.repos.sources.createSource({ source }));
};
