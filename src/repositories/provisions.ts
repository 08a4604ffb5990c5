import type { Executor } from '../db/executor.js';
import * as provision from '../db/statements/provision.js';
import type { Page, PageRequest, ProvisionKind, ProvisionRecord } from '../domain/index.js';
import { searchText } from '../domain/search-text.js';
import type { ValidProvision } from '../domain/validate/provision.js';
import { invalid } from '../domain/errors.js';
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
import { readByIds, readGrouped, readPage, single } from './rows.js';

/** Provisions (constitutions down to clauses, doctrines, statutes, treaties) and their citations. */
export class ProvisionRepository {
  constructor(private readonly db: Executor) {}

  findProvisionsByIds = ({ ids }: { ids: readonly string[] }) => readByIds(this.db, provision.findProvisionsByIds, ids);
  findPartsByProvisionIds = ({ ids }: { ids: readonly string[] }) => readGrouped(this.db, provision.findPartsByProvisionIds, ids);
  findCitationsByProvisionIds = ({ ids }: { ids: readonly string[] }) => readGrouped(this.db, provision.findCitationsByProvisionIds, ids);

  listProvisions({
    filter,
    page,
  }: {
    filter: { nameContains: string | null; kind: ProvisionKind | null };
    page: PageRequest;
  }): Promise<Page<ProvisionRecord>> {
    return readPage(this.db, provision.listProvisions, filter, page);
  }

  createProvision({
    provision: input,
    references,
  }: {
    provision: ValidProvision;
    references: readonly NodeReference[];
  }): Promise<ProvisionRecord> {
    return createNode(
      this.db,
      { label: 'Provision', requestedId: input.id, idText: input.name, references },
      async (tx, id) =>
        single(await tx.run(provision.createProvision, { ...input, id, searchText: searchText.provision(input) }), 'create-provision').item,
    );
  }

  /**
   * Changes a provision, as `change` makes its new fields from its current ones (the entity's
   * validator); a parent of another map, or one that is among its own parts, is refused.
   */
  updateProvision = (
    request: UpdateRequest<ProvisionRecord, { provision: ValidProvision; references: InputReference[] }>,
  ): Promise<ProvisionRecord> =>
    updateNode(this.db, 'Provision', request, provision.findProvisionsByIds, async (tx, { provision: next, references }) => {
      const { id } = request;
      await requireInMap(tx, references);
      const rows = await tx.run(provision.updateProvision, { ...next, id, searchText: searchText.provision(next) });
      if ((await tx.run(provision.findPartCycles, { id })).length > 0) {
        const field = references.find((r) => r.id === next.partOfId)?.field ?? 'partOfId';
        throw invalid(field, `"${id}" cannot be part of "${next.partOfId}", which is already one of its parts`);
      }
      return single(rows, 'update-provision').item;
    });

  /** Deletes a provision; refused while it is cited or has parts, unless `cascade` (its parts, theirs and their citations go with it). */
  deleteProvision = (request: DeleteRequest): Promise<string[]> =>
    deletePlanned(this.db, 'Provision', request, provision.findProvisionDeletion);
}
