import type { MutationResolvers } from '../../../../generated/graphql.js';
import { idOf } from '../../../../domain/validation.js';
import { withInputFields } from '../../input-fields.js';
import { mapOfNode } from '../../maps.js';

export const deleteIssue: MutationResolvers['deleteIssue'] = async (_parent, { id, expectedRevision, cascade }, ctx) => {
  const issueId = idOf('Issue', id, 'id');
  const map = await mapOfNode(ctx, 'Issue', issueId);
  await withInputFields([{ id: issueId, field: 'id' }], () => map.repos.issues.deleteIssue({ id: issueId, expectedRevision, cascade }));
  return issueId;
};
