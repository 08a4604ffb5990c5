import type { MutationResolvers } from '../../../../generated/graphql.js';
import { applyIssueUpdate } from '../../../../domain/validate/issue.js';
import { idOf } from '../../../../domain/validation.js';
import { withInputFields } from '../../input-fields.js';
import { mapOfNode } from '../../maps.js';

export const updateIssue: MutationResolvers['updateIssue'] = async (_parent, { id, input, expectedRevision }, ctx) => {
  const issueId = idOf('Issue', id, 'id');
  const map = await mapOfNode(ctx, 'Issue', issueId);
  return withInputFields([{ id: issueId, field: 'id' }], () =>
    map.repos.issues.updateIssue({ id: issueId, expectedRevision, change: (current) => applyIssueUpdate(current, input, 'input.') }),
  );
};
