import type { Executor } from '../db/executor.js';
import type { AssertionRecord } from '../domain/index.js';
import { searchText } from '../domain/search-text.js';
import { toAssertion } from './mappers.js';
import { allocateId, requireNodes, type Reference } from './references.js';
import { byIds, groupedByIds } from './rows.js';

export interface NewStandaloneAssertion {
  id: string | null;
  actorId: string;
  claimId: string | null;
  argumentId: string | null;
  sourceId: string | null;
  quote: string | null;
  date: string | null;
}

/** Assertions: who said a claim or argument, where, in which words. */
export class AssertionRepository {
  constructor(private readonly db: Executor) {}

  async findAssertionsByIds({ ids }: { ids: readonly string[] }): Promise<(AssertionRecord | null)[]> {
    return byIds(ids, await this.db.read('assertion/find-assertions-by-ids', { ids }), toAssertion);
  }

  async findAssertionsByClaimIds({ ids }: { ids: readonly string[] }): Promise<AssertionRecord[][]> {
    return groupedByIds(ids, await this.db.read('assertion/find-assertions-by-claim-ids', { ids }), toAssertion);
  }

  async findAssertionsByArgumentIds({ ids }: { ids: readonly string[] }): Promise<AssertionRecord[][]> {
    return groupedByIds(ids, await this.db.read('assertion/find-assertions-by-argument-ids', { ids }), toAssertion);
  }

  async findAssertionsByActorIds({ ids }: { ids: readonly string[] }): Promise<AssertionRecord[][]> {
    return groupedByIds(ids, await this.db.read('assertion/find-assertions-by-actor-ids', { ids }), toAssertion);
  }

  async findAssertionsBySourceIds({ ids }: { ids: readonly string[] }): Promise<AssertionRecord[][]> {
    return groupedByIds(ids, await this.db.read('assertion/find-assertions-by-source-ids', { ids }), toAssertion);
  }

  async addAssertion({ assertion }: { assertion: NewStandaloneAssertion }): Promise<AssertionRecord> {
    const refs: Reference[] = [{ id: assertion.actorId, label: 'Actor', field: 'input.actorId' }];
    if (assertion.claimId) refs.push({ id: assertion.claimId, label: 'Claim', field: 'input.claimId' });
    if (assertion.argumentId) refs.push({ id: assertion.argumentId, label: 'Argument', field: 'input.argumentId' });
    if (assertion.sourceId) refs.push({ id: assertion.sourceId, label: 'Source', field: 'input.sourceId' });
    const { result } = await this.db.writeTx(async (tx) => {
      await requireNodes(tx, refs);
      const target = (assertion.claimId ?? assertion.argumentId ?? '').split(':')[1] ?? '';
      const id = await allocateId(tx, 'Assertion', assertion.id, `${assertion.actorId.split(':')[1] ?? ''} ${target}`);
      const [row] = await tx.run('assertion/create-assertion', {
        ...assertion,
        id,
        searchText: searchText.assertion(assertion),
      });
      return toAssertion(row?.item as Record<string, unknown>);
    });
    return result;
  }
}
