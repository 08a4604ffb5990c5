import type { Executor, WriteSummary, WriteTx } from '../db/executor.js';
import type { ExternalReference, GraphDocument } from '../domain/graph-document.js';
import { documentSize } from '../domain/graph-document.js';
import type { ImportResultRecord } from '../domain/index.js';
import { searchText } from '../domain/search-text.js';
import { requireNodes } from './references.js';

/** Statement per collection, in dependency order: nodes first, then what links them. */
const STEPS: ReadonlyArray<{ statement: string; rows: (doc: GraphDocument) => readonly object[] }> = [
  { statement: 'import/upsert-issues', rows: (d) => d.issues },
  { statement: 'import/upsert-actors', rows: (d) => d.actors.map((a) => ({ ...a, searchText: searchText.actor(a) })) },
  { statement: 'import/upsert-sources', rows: (d) => d.sources },
  { statement: 'import/upsert-provisions', rows: (d) => d.provisions.map((p) => ({ ...p, searchText: searchText.provision(p) })) },
  { statement: 'import/link-provisions', rows: (d) => d.provisions },
  { statement: 'import/upsert-claims', rows: (d) => d.claims.map((c) => ({ ...c, searchText: searchText.claim(c) })) },
  { statement: 'import/upsert-arguments', rows: (d) => d.arguments },
  { statement: 'import/link-arguments', rows: (d) => d.arguments },
  { statement: 'import/upsert-assertions', rows: (d) => d.assertions.map((a) => ({ ...a, searchText: searchText.assertion(a) })) },
  { statement: 'import/link-replies', rows: (d) => d.assertions.filter((a) => a.previousIds?.length) },
  { statement: 'import/link-affiliations', rows: (d) => d.affiliations },
  { statement: 'import/link-citations', rows: (d) => d.citations },
  { statement: 'import/link-positions', rows: (d) => d.positions },
];

export interface ImportProgress {
  step: string;
  done: number;
  total: number;
}

const emptySummary = (): WriteSummary => ({
  nodesCreated: 0,
  nodesDeleted: 0,
  relationshipsCreated: 0,
  relationshipsDeleted: 0,
  propertiesSet: 0,
});

function add(into: WriteSummary, from: WriteSummary): void {
  into.nodesCreated += from.nodesCreated;
  into.nodesDeleted += from.nodesDeleted;
  into.relationshipsCreated += from.relationshipsCreated;
  into.relationshipsDeleted += from.relationshipsDeleted;
  into.propertiesSet += from.propertiesSet;
}

/** Writes graph documents: upserts keyed by id, so importing the same document twice changes nothing. */
export class GraphImportRepository {
  constructor(private readonly db: Executor) {}

  /**
   * Without `batchSize`, the whole document goes in one transaction (all or nothing). With it,
   * each collection is written in transactions of that many rows: each batch is idempotent,
   * so a failed import can simply be run again.
   */
  async importGraph({
    doc,
    external,
    batchSize,
    onProgress,
  }: {
    doc: GraphDocument;
    external: readonly ExternalReference[];
    batchSize?: number;
    onProgress?: (progress: ImportProgress) => void;
  }): Promise<ImportResultRecord> {
    const total = emptySummary();
    const runStep = async (tx: WriteTx, statement: string, rows: readonly object[]) => {
      if (rows.length > 0) await tx.run(statement, { rows });
    };
    if (!batchSize) {
      const { summary } = await this.db.writeTx(async (tx) => {
        await requireNodes(tx, external);
        for (const step of STEPS) await runStep(tx, step.statement, step.rows(doc));
      });
      add(total, summary);
    } else {
      if (external.length > 0) await this.db.writeTx((tx) => requireNodes(tx, external));
      for (const step of STEPS) {
        const rows = step.rows(doc);
        for (let start = 0; start < rows.length; start += batchSize) {
          const { summary } = await this.db.writeTx((tx) => runStep(tx, step.statement, rows.slice(start, start + batchSize)));
          add(total, summary);
          onProgress?.({ step: step.statement, done: Math.min(start + batchSize, rows.length), total: rows.length });
        }
      }
    }
    return {
      items: documentSize(doc),
      nodesCreated: total.nodesCreated,
      relationshipsCreated: total.relationshipsCreated,
      relationshipsDeleted: total.relationshipsDeleted,
      propertiesSet: total.propertiesSet,
    };
  }
}
