import type { Executor } from '../db/executor.js';
import * as assertion from '../db/statements/assertion.js';
import type { AssertionRecord, PageRequest } from '../domain/index.js';
import { searchText } from '../domain/search-text.js';
import type { ValidAssertion } from '../domain/validate/assertion.js';
import type { InputReference } from '../domain/validation.js';
import {
  createNode,
  deletePlanned,
  type DeleteRequest,
  requireInMap,
  updateNode,
  type NodeReference,
  type UpdateRequest,
} from './references.js';
import { readByIds, readGrouped, readPages, single } from './rows.js';

/** Assertions: who said a claim or argument, where, in which words. */
export class AssertionRepository {
  constructor(private readonly db: Executor) {}

  findAssertionsByIds = ({ ids }: { ids: readonly string[] }) => readByIds(this.db, assertion.findAssertionsByIds, ids);
  findAssertionsByClaimIds = ({ ids }: { ids: readonly string[] }) => readGrouped(this.db, assertion.findAssertionsByClaimIds, ids);
  findAssertionsByArgumentIds = ({ ids }: { ids: readonly string[] }) => readGrouped(this.db, assertion.findAssertionsByArgumentIds, ids);
  findAssertionsByActorIds = ({ ids }: { ids: readonly string[] }) => readGrouped(this.db, assertion.findAssertionsByActorIds, ids);
  findAssertionsBySourceIds = ({ ids }: { ids: readonly string[] }) => readGrouped(this.db, assertion.findAssertionsBySourceIds, ids);
  listAssertionsByClaimIds = ({ ids, page }: { ids: readonly string[]; page: PageRequest }) =>
    readPages(this.db, assertion.listAssertionsByClaimIds, ids, page);
  listAssertionsByActorIds = ({ ids, page }: { ids: readonly string[]; page: PageRequest }) =>
    readPages(this.db, assertion.listAssertionsByActorIds, ids, page);
  listAssertionsBySourceIds = ({ ids, page }: { ids: readonly string[]; page: PageRequest }) =>
    readPages(this.db, assertion.listAssertionsBySourceIds, ids, page);

  addAssertion({
    assertion: input,
    references,
  }: {
    assertion: ValidAssertion;
    references: readonly NodeReference[];
  }): Promise<AssertionRecord> {
    const target = (input.claimId ?? input.argumentId ?? '').split(':')[1] ?? '';
    return createNode(
      this.db,
      { label: 'Assertion', requestedId: input.id, idText: `${input.actorId.split(':')[1] ?? ''} ${target}`, references },
      async (tx, id) =>
        single(await tx.run(assertion.createAssertion, { ...input, id, searchText: searchText.assertion(input) }), 'create-assertion').item,
    );
  }

  /**
   * Changes who made an assertion, where, in which words and when, as `change` makes them from
   * the current ones (the entity's validator); an actor or source of another map is refused.
   */
  updateAssertion = (
    request: UpdateRequest<AssertionRecord, { assertion: ValidAssertion; references: InputReference[] }>,
  ): Promise<AssertionRecord> =>
    updateNode(this.db, 'Assertion', request, assertion.findAssertionsByIds, async (tx, { assertion: next, references }) => {
      await requireInMap(tx, references);
      const { actorId, sourceId, quote, date } = next;
      const params = { id: request.id, actorId, sourceId, quote, date, searchText: searchText.assertion(next) };
      return single(await tx.run(assertion.updateAssertion, params), 'update-assertion').item;
    });

  /** Deletes an assertion (the replies to it lose that link; nothing else depends on it). */
  deleteAssertion = (request: Omit<DeleteRequest, 'cascade'>): Promise<string[]> =>
    deletePlanned(this.db, 'Assertion', request, async (tx) =>
      (await tx.run(assertion.findAssertionsByIds, { ids: [request.id] })).length > 0 ? { ids: [request.id], dependants: [] } : undefined,
    );
}
