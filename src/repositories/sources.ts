import type { Executor } from '../db/executor.js';
import type { Page, SourceKind, SourceRecord } from '../domain/index.js';
import { toSource } from './mappers.js';
import { allocateId } from './references.js';
import { byIds, toPage } from './rows.js';

export interface NewSource {
  id: string | null;
  title: string;
  kind: SourceKind;
  publisher: string | null;
  author: string | null;
  publishedAt: string | null;
  url: string | null;
}

/** Sources: the texts in which assertions are reported. */
export class SourceRepository {
  constructor(private readonly db: Executor) {}

  async findSourcesByIds({ ids }: { ids: readonly string[] }): Promise<(SourceRecord | null)[]> {
    return byIds(ids, await this.db.read('source/find-sources-by-ids', { ids }), toSource);
  }

  async listSources({ first, after }: { first: number; after: string | null }): Promise<Page<SourceRecord>> {
    const [row] = await this.db.read('source/list-sources', { after, limit: first + 1 });
    return toPage(row, first, toSource);
  }

  async createSource({ source }: { source: NewSource }): Promise<SourceRecord> {
    const { result } = await this.db.writeTx(async (tx) => {
      const id = await allocateId(tx, 'Source', source.id, source.title);
      const [row] = await tx.run('source/create-source', { ...source, id });
      return toSource(row?.item as Record<string, unknown>);
    });
    return result;
  }
}
