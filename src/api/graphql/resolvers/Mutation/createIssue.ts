import type { MutationResolvers } from '../../../../generated/graphql.js';
import { validateIssue } from '../../../../domain/validate/issue.js';
import { withInputFields } from '../../input-fields.js';

export const createIssue: MutationResolvers['createIssue'] = (_parent, { input }, ctx) => {
  const issue = validateIssue(input, 'input.');
  return withInputFields([{ id: issue.id, field: 'input.id' }], () => ctx.repos.issues.createIssue({ issue }));
};
