import type { Executor } from '../db/executor.js';
import * as issue from '../db/statements/issue.js';
import type { ClaimRecord, IssueRecord, Page, PageRequest, PositionRecord } from '../domain/index.js';
import type { ValidIssue } from '../domain/validate/issue.js';
import type { ValidPosition } from '../domain/validate/position.js';
import {
  createNode,
  deletePlanned,
  type DeleteRequest,
  requireNodes,
  requireUnchangedSince,
  updateNode,
  type UpdateRequest,
  type NodeReference,
} from './references.js';
import { readByIds, readGrouped, readPage, single } from './rows.js';

/** Issues (the debate's questions) and the positions claims take on them. */
export class IssueRepository {
  constructor(private readonly db: Executor) {}

  findIssuesByIds = ({ ids }: { ids: readonly string[] }) => readByIds(this.db, issue.findIssuesByIds, ids);
  findPositionsByClaimIds = ({ ids }: { ids: readonly string[] }) => readGrouped(this.db, issue.findPositionsByClaimIds, ids);
  findPositionsByIssueIds = ({ ids }: { ids: readonly string[] }) => readGrouped(this.db, issue.findPositionsByIssueIds, ids);

  listIssues({ page }: { page: PageRequest }): Promise<Page<IssueRecord>> {
    return readPage(this.db, issue.listIssues, {}, page);
  }

  createIssue({ issue: input }: { issue: ValidIssue }): Promise<IssueRecord> {
    return createNode(
      this.db,
      { label: 'Issue', requestedId: input.id, idText: input.question },
      async (tx, id) => single(await tx.run(issue.createIssue, { id, question: input.question }), 'create-issue').item,
    );
  }

  async setPosition({ position, references }: { position: ValidPosition; references: readonly NodeReference[] }): Promise<PositionRecord> {
    const { result } = await this.db.writeTx(async (tx) => {
      await requireNodes(tx, references);
      return single(await tx.run(issue.setPositions, { positions: [position] }), 'set-positions').item;
    });
    return result;
  }

  /** Changes an issue, as `change` makes its new question from its current one (the entity's validator). */
  updateIssue = (request: UpdateRequest<IssueRecord, ValidIssue>): Promise<IssueRecord> =>
    updateNode(
      this.db,
      'Issue',
      request,
      issue.findIssuesByIds,
      async (tx, next) => single(await tx.run(issue.updateIssue, { id: request.id, question: next.question }), 'update-issue').item,
    );

  /** Deletes an issue; refused while claims take positions on it, unless `cascade` (the positions go with it). */
  deleteIssue = (request: DeleteRequest): Promise<string[]> => deletePlanned(this.db, 'Issue', request, issue.findIssueDeletion);

  /** Takes a claim's position on an issue away. Returns the claim; null when it takes no position there (nothing changes). */
  async removePosition({
    claimId,
    issueId,
    expectedRevision,
  }: {
    claimId: string;
    issueId: string;
    expectedRevision?: number | null;
  }): Promise<ClaimRecord | null> {
    const { result } = await this.db.writeTx(async (tx) => {
      await requireUnchangedSince(tx, claimId, expectedRevision);
      const [row] = await tx.run(issue.removePosition, { claimId, issueId });
      return row?.item ?? null;
    });
    return result;
  }
}
