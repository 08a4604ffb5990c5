import type { Executor } from '../db/executor.js';
import * as provision from '../db/statements/provision.js';
import type { Page, PageRequest, ProvisionKind, ProvisionRecord } from '../domain/index.js';
import { searchText } from '../domain/search-text.js';
import type { ValidProvision } from '../domain/validate/provision.js';
import { createNode, type NodeReference } from './references.js';
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
}
