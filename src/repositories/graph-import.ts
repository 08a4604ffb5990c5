import type { Executor, WriteSummary, WriteTx } from '../db/executor.js';
import type { Statement } from '../db/statement.js';
import * as importing from '../db/statements/import.js';
import type { ExternalReference, GraphDocument } from '../domain/graph-document.js';
import { documentSize } from '../domain/graph-document.js';
import type { ImportResultRecord } from '../domain/index.js';
import { searchText } from '../domain/search-text.js';
import { requireNodes } from './references.js';

interface Step {
  name: string;
  /** Writes rows `start..end` of this step's collection. */
  write(tx: WriteTx, doc: GraphDocument, start: number, end: number): Promise<unknown>;
  size(doc: GraphDocument): number;
}

/** One step per statement: the collection it writes, and how each row is prepared. */
function step<K extends keyof GraphDocument, R>(
  statement: Statement<{ rows: readonly R[] }, unknown>,
  key: K,
  prepare: (item: GraphDocument[K][number]) => R,
  keep: (item: GraphDocument[K][number]) => boolean = () => true,
): Step {
  return {
    name: statement.name,
    size: (doc) => doc[key].length,
    write: (tx, doc, start, end) => {
      const rows = (doc[key] as GraphDocument[K][number][]).slice(start, end).filter(keep).map(prepare);
      return rows.length > 0 ? tx.run(statement, { rows }) : Promise.resolve();
    },
  };
}

const same = <T>(item: T) => item;

/** Statement per collection, in dependency order: nodes first, then what links them. */
const STEPS: readonly Step[] = [
  step(importing.upsertIssues, 'issues', same),
  step(importing.upsertActors, 'actors', (a) => ({ ...a, searchText: searchText.actor(a) })),
  step(importing.upsertSources, 'sources', same),
  step(importing.upsertProvisions, 'provisions', (p) => ({ ...p, searchText: searchText.provision(p) })),
  step(importing.linkProvisions, 'provisions', same),
  step(importing.upsertClaims, 'claims', (c) => ({ ...c, searchText: searchText.claim(c) })),
  step(importing.upsertArguments, 'arguments', same),
  step(importing.linkArguments, 'arguments', same),
  step(importing.upsertAssertions, 'assertions', (a) => ({ ...a, searchText: searchText.assertion(a) })),
  step(importing.linkReplies, 'assertions', same, (a) => (a.previousIds?.length ?? 0) > 0),
  step(importing.linkAffiliations, 'affiliations', same),
  step(importing.linkCitations, 'citations', same),
  step(importing.linkPositions, 'positions', same),
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
    if (!batchSize) {
      const { summary } = await this.db.writeTx(async (tx) => {
        await requireNodes(tx, external);
        for (const step of STEPS) await step.write(tx, doc, 0, step.size(doc));
      });
      add(total, summary);
    } else {
      if (external.length > 0) await this.db.writeTx((tx) => requireNodes(tx, external));
      for (const step of STEPS) {
        const size = step.size(doc);
        for (let start = 0; start < size; start += batchSize) {
          const { summary } = await this.db.writeTx((tx) => step.write(tx, doc, start, start + batchSize));
          add(total, summary);
          onProgress?.({ step: step.name, done: Math.min(start + batchSize, size), total: size });
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
