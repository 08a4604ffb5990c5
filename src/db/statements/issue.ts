import type { Stance } from '../../domain/index.js';
import { claimShape, deletionRow, issueShape, itemRow, keyedRow, pageRow, positionShape } from '../shapes.js';
import { mutation, param, statement } from '../statement.js';
import { pageParams } from './page.js';

const ids = param<readonly string[]>();

export const findIssuesByIds = statement('issue/find-issues-by-ids', { ids }, itemRow(issueShape));
export const findPositionsByClaimIds = statement('issue/find-positions-by-claim-ids', { ids }, keyedRow(positionShape));
export const findPositionsByIssueIds = statement('issue/find-positions-by-issue-ids', { ids }, keyedRow(positionShape));
export const listIssues = statement('issue/list-issues', pageParams, pageRow(issueShape));
export const createIssue = mutation('issue/create-issue', { id: param<string>(), question: param<string>() }, itemRow(issueShape));
export const setPositions = mutation(
  'issue/set-positions',
  { positions: param<readonly { claimId: string; issueId: string; stance: Stance }[]>() },
  itemRow(positionShape),
);
export const updateIssue = mutation('issue/update-issue', { id: param<string>(), question: param<string>() }, itemRow(issueShape));
export const removePosition = mutation(
  'issue/remove-position',
  { claimId: param<string>(), issueId: param<string>() },
  itemRow(claimShape),
);
export const findIssueDeletion = statement('issue/find-issue-deletion', { id: param<string>() }, deletionRow);
