import type { Executor, WriteSummary, WriteTx } from '../db/executor.js';
import type { Statement } from '../db/statement.js';
import * as importing from '../db/statements/import.js';
import type { Collection, DocumentItem, ExternalReference, GraphDocument } from '../domain/graph-document.js';
import { documentSize } from '../domain/graph-document.js';
import type { ImportResultRecord } from '../domain/index.js';
import { searchText } from '../domain/search-text.js';
import { requireNodes } from './references.js';

/**
 * What one pass over a document writes. Nodes come first; then what links them (assertions link
 * their speaker, claim and source as they are written); then replies, which need every assertion.
 * Each phase needs only what earlier phases wrote, so a document can be written phase by phase in
 * any order of its lists and any size of batch, without losing a link to a node further on.
 */
export const IMPORT_PHASES = ['nodes', 'links', 'replies'] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];

interface Step {
  name: string;
  key: Collection;
  phase: ImportPhase;
  /** The rows this step writes for some items of its collection (none to skip). */
  rows(items: readonly object[]): object[];
  write(tx: WriteTx, rows: readonly object[]): Promise<unknown>;
}

/** One step per statement: the collection it writes, in which phase, and how each row is prepared. */
function step<K extends Collection, R>(
  phase: ImportPhase,
  statement: Statement<{ rows: readonly R[] }, unknown>,
  key: K,
  prepare: (item: DocumentItem<K>) => R,
  keep: (item: DocumentItem<K>) => boolean = () => true,
): Step {
  return {
    name: statement.name,
    key,
    phase,
    rows: (items) => (items as DocumentItem<K>[]).filter(keep).map(prepare) as object[],
    write: (tx, rows) => tx.run(statement, { rows: rows as R[] }),
  };
}

const same = <T>(item: T) => item;

/** Statement per collection, in phase order. */
const STEPS: readonly Step[] = [
  step('nodes', importing.upsertIssues, 'issues', same),
  step('nodes', importing.upsertActors, 'actors', (a) => ({ ...a, searchText: searchText.actor(a) })),
  step('nodes', importing.upsertSources, 'sources', same),
  step('nodes', importing.upsertProvisions, 'provisions', (p) => ({ ...p, searchText: searchText.provision(p) })),
  step('nodes', importing.upsertClaims, 'claims', (c) => ({ ...c, searchText: searchText.claim(c) })),
  step('nodes', importing.upsertArguments, 'arguments', same),
  step('links', importing.linkProvisions, 'provisions', same),
  step('links', importing.linkArguments, 'arguments', same),
  step('links', importing.upsertAssertions, 'assertions', (a) => ({ ...a, searchText: searchText.assertion(a) })),
  step('links', importing.linkAffiliations, 'affiliations', same),
  step('links', importing.linkCitations, 'citations', same),
  step('links', importing.linkPositions, 'positions', same),
  step('replies', importing.linkReplies, 'assertions', same, (a) => (a.previousIds?.length ?? 0) > 0),
];

/** Whether a phase writes anything for items of this collection (a pass can skip the others). */
export function phaseWrites(phase: ImportPhase, key: Collection): boolean {
  return STEPS.some((s) => s.phase === phase && s.key === key);
}

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
        for (const s of STEPS) {
          const rows = s.rows(doc[s.key]);
          if (rows.length > 0) await s.write(tx, rows);
        }
      });
      add(total, summary);
    } else {
      await this.requireStored({ external });
      for (const s of STEPS) {
        const items: readonly object[] = doc[s.key];
        for (let start = 0; start < items.length; start += batchSize) {
          const rows = s.rows(items.slice(start, start + batchSize));
          if (rows.length > 0) add(total, (await this.db.writeTx((tx) => s.write(tx, rows))).summary);
          onProgress?.({ step: s.name, done: Math.min(start + batchSize, items.length), total: items.length });
        }
      }
    }
    return result(documentSize(doc), total);
  }

  /** Checks, before a document is written in batches, that the stored nodes it refers to exist (NOT_FOUND names one that does not). */
  async requireStored({ external }: { external: readonly ExternalReference[] }): Promise<void> {
    if (external.length > 0) await this.db.writeTx((tx) => requireNodes(tx, external));
  }

  /**
   * Writes one page of one collection of a document, in one idempotent transaction: what `phase`
   * writes for those items. A document goes in as every page of every collection in phase one,
   * then the same in phase two, then three (see IMPORT_PHASES), after requireStored.
   */
  async importPage({ phase, key, items }: { phase: ImportPhase; key: Collection; items: readonly object[] }): Promise<ImportResultRecord> {
    const work = STEPS.filter((s) => s.phase === phase && s.key === key)
      .map((s) => ({ s, rows: s.rows(items) }))
      .filter(({ rows }) => rows.length > 0);
    if (work.length === 0) return result(0, emptySummary());
    const { summary } = await this.db.writeTx(async (tx) => {
      for (const { s, rows } of work) await s.write(tx, rows);
    });
    return result(items.length, summary);
  }
}

const result = (items: number, summary: WriteSummary): ImportResultRecord => ({
  items,
  nodesCreated: summary.nodesCreated,
  relationshipsCreated: summary.relationshipsCreated,
  relationshipsDeleted: summary.relationshipsDeleted,
  propertiesSet: summary.propertiesSet,
});
