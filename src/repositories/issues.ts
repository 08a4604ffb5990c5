import type { Executor } from '../db/executor.js';
import type { IssueRecord, Page, PositionRecord } from '../domain/index.js';
import { toIssue, toPosition } from './mappers.js';
import type { NewPosition } from './claims.js';
import { allocateId, requireNodes } from './references.js';
import { byIds, groupedByIds, toPage } from './rows.js';

/** Issues (the debate's questions) and the positions claims take on them. */
export class IssueRepository {
  constructor(private readonly db: Executor) {}

  async findIssuesByIds({ ids }: { ids: readonly string[] }): Promise<(IssueRecord | null)[]> {
    return byIds(ids, await this.db.read('issue/find-issues-by-ids', { ids }), toIssue);
  }

  async findPositionsByClaimIds({ ids }: { ids: readonly string[] }): Promise<PositionRecord[][]> {
    return groupedByIds(ids, await this.db.read('issue/find-positions-by-claim-ids', { ids }), toPosition);
  }

  async findPositionsByIssueIds({ ids }: { ids: readonly string[] }): Promise<PositionRecord[][]> {
    return groupedByIds(ids, await this.db.read('issue/find-positions-by-issue-ids', { ids }), toPosition);
  }

  async listIssues({ first, after }: { first: number; after: string | null }): Promise<Page<IssueRecord>> {
    const [row] = await this.db.read('issue/list-issues', { after, limit: first + 1 });
    return toPage(row, first, toIssue);
  }

  async createIssue({ issue }: { issue: { id: string | null; question: string } }): Promise<IssueRecord> {
    const { result } = await this.db.writeTx(async (tx) => {
      const id = await allocateId(tx, 'Issue', issue.id, issue.question);
      const [row] = await tx.run('issue/create-issue', { id, question: issue.question });
      return toIssue(row?.item as Record<string, unknown>);
    });
    return result;
  }

  async setPosition({ position }: { position: NewPosition }): Promise<PositionRecord> {
    const { result } = await this.db.writeTx(async (tx) => {
      await requireNodes(tx, [
        { id: position.claimId, label: 'Claim', field: 'input.claimId' },
        { id: position.issueId, label: 'Issue', field: 'input.issueId' },
      ]);
      const [row] = await tx.run('issue/set-positions', { positions: [position] });
      return toPosition(row?.item as Record<string, unknown>);
    });
    return result;
  }
}
