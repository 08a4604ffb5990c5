import type { Executor } from '../db/executor.js';
import * as source from '../db/statements/source.js';
import type { Page, PageRequest, SourceRecord } from '../domain/index.js';
import type { ValidSource } from '../domain/validate/source.js';
import { createNode, deletePlanned, type DeleteRequest, updateNode, type UpdateRequest } from './references.js';
import { readByIds, readPage, single } from './rows.js';

/** Sources: the texts in which assertions are reported. */
export class SourceRepository {
  constructor(private readonly db: Executor) {}

  findSourcesByIds = ({ ids }: { ids: readonly string[] }) => readByIds(this.db, source.findSourcesByIds, ids);

  listSources({ page }: { page: PageRequest }): Promise<Page<SourceRecord>> {
    return readPage(this.db, source.listSources, {}, page);
  }

  createSource({ source: input }: { source: ValidSource }): Promise<SourceRecord> {
    return createNode(
      this.db,
      { label: 'Source', requestedId: input.id, idText: input.title },
      async (tx, id) => single(await tx.run(source.createSource, { ...input, id }), 'create-source').item,
    );
  }

  /** Changes a source, as `change` makes its new fields from its current ones (the entity's validator). */
  updateSource = (request: UpdateRequest<SourceRecord, ValidSource>): Promise<SourceRecord> =>
    updateNode(
      this.db,
      'Source',
      request,
      source.findSourcesByIds,
      async (tx, next) => single(await tx.run(source.updateSource, { ...next, id: request.id }), 'update-source').item,
    );

  /** Deletes a source; refused while assertions are reported in it, unless `cascade` (they go with it). */
  deleteSource = (request: DeleteRequest): Promise<string[]> => deletePlanned(this.db, 'Source', request, source.findSourceDeletion);
}
