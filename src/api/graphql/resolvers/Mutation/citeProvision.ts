import type { MutationResolvers } from '../../../../generated/graphql.js';
import { validateCitation } from '../../../../domain/validate/citation.js';
import { withInputFields } from '../../input-fields.js';

export const citeProvision: MutationResolvers['citeProvision'] = (_parent, { input }, ctx) => {
  const { citation, references } = validateCitation(input, 'input.');
  return withInputFields(references, () => ctx.repos.claims.citeProvision({ citation, references }));
};
