import type { MutationResolvers } from '../../../../generated/graphql.js';
import { validateIssue } from '../../../../domain/validate/issue.js';
import { withInputFields } from '../../input-fields.js';

export const createIssue: MutationResolvers['createIssue'] = async (_parent, { mapId, input }, ctx) => {
  const map = await ctx.maps.open(mapId);
  const issue = validateIssue(input, 'input.');
  return withInputFields([{ id: issue.id, field: 'input.id' }], () => map.repos.issues.createIssue({ issue }));
};
