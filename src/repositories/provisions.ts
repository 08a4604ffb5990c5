import type { Executor } from '../db/executor.js';
import type { CitationRecord, Page, ProvisionKind, ProvisionRecord } from '../domain/index.js';
import { searchText } from '../domain/search-text.js';
import { toCitation, toProvision } from './mappers.js';
import { allocateId, requireNodes } from './references.js';
import { byIds, groupedByIds, toPage } from './rows.js';

export interface ProvisionFilter {
  nameContains: string | null;
  kind: ProvisionKind | null;
}

export interface NewProvision {
  id: string | null;
  name: string;
  kind: ProvisionKind;
  citation: string | null;
  summary: string | null;
  partOfId: string | null;
}

/** Provisions (constitutions down to clauses, doctrines, statutes, treaties) and their citations. */
export class ProvisionRepository {
  constructor(private readonly db: Executor) {}

  async findProvisionsByIds({ ids }: { ids: readonly string[] }): Promise<(ProvisionRecord | null)[]> {
    return byIds(ids, await this.db.read('provision/find-provisions-by-ids', { ids }), toProvision);
  }

  async findPartsByProvisionIds({ ids }: { ids: readonly string[] }): Promise<ProvisionRecord[][]> {
    return groupedByIds(ids, await this.db.read('provision/find-parts-by-provision-ids', { ids }), toProvision);
  }

  async findCitationsByProvisionIds({ ids }: { ids: readonly string[] }): Promise<CitationRecord[][]> {
    return groupedByIds(ids, await this.db.read('provision/find-citations-by-provision-ids', { ids }), toCitation);
  }

  async listProvisions({
    filter,
    first,
    after,
  }: {
    filter: ProvisionFilter;
    first: number;
    after: string | null;
  }): Promise<Page<ProvisionRecord>> {
    const [row] = await this.db.read('provision/list-provisions', { ...filter, after, limit: first + 1 });
    return toPage(row, first, toProvision);
  }

  async createProvision({ provision }: { provision: NewProvision }): Promise<ProvisionRecord> {
    const { result } = await this.db.writeTx(async (tx) => {
      if (provision.partOfId) await requireNodes(tx, [{ id: provision.partOfId, label: 'Provision', field: 'input.partOfId' }]);
      const id = await allocateId(tx, 'Provision', provision.id, provision.name);
      const [row] = await tx.run('provision/create-provision', { ...provision, id, searchText: searchText.provision(provision) });
      return toProvision(row?.item as Record<string, unknown>);
    });
    return result;
  }
}
