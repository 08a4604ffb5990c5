import type { Executor, WriteSummary, WriteTx } from '../db/executor.js';
import type { Statement } from '../db/statement.js';
import * as importing from '../db/statements/import.js';
import type { PremiseRow } from '../db/statements/import.js';
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

const stepNamed = (name: string): Step => {
  const found = STEPS.find((s) => s.name === name);
  if (!found) throw new Error(`no import step ${name}`);
  return found;
};

/** One pass of a batched import: the items it goes through, a batch at a time, each batch in a transaction. */
interface Pass {
  name: string;
  items: readonly object[];
  /** The rows a batch writes (none: the batch takes no transaction). */
  rows(batch: readonly object[]): object[];
  write(tx: WriteTx, rows: readonly object[]): Promise<unknown>;
}

const asRows = (batch: readonly object[]) => [...batch];

/** A step's own pass over its collection, or over some of its items. */
function stepPass(name: string, items: readonly object[]): Pass {
  const s = stepNamed(name);
  return {
    name,
    items,
    rows: s.rows,
    write: s.write,
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * The passes of a batched import. The revision log keeps a node's state after every transaction
 * that changes it, so each claim is written with all it points at (citations, positions, its
 * premise links) in one transaction: it is logged once, where a link step apart from it would log
 * it again (a 10k map logged 24,627 claim states for 10,000 claims). Premise links point from a
 * claim to an argument, so arguments are written bare before the claims and get their conclusions
 * after. Links from claims the document does not hold (stored ones it refers to) are written after
 * the claims, by the steps of a single-transaction import.
 */
function batchedPasses(doc: GraphDocument): Pass[] {
  const inDocument = new Set(doc.claims.map((c) => c.id));
  const premises: PremiseRow[] = [
    ...groupBy(
      doc.arguments.flatMap((a) => a.premiseIds.map((claimId, position) => ({ claimId, argumentId: a.id, position }))),
      (p) => p.claimId,
    ),
  ].map(([claimId, links]) => ({ claimId, premises: links.map(({ argumentId, position }) => ({ argumentId, position })) }));
  const citations = groupBy(doc.citations, (c) => c.claimId);
  const positions = groupBy(doc.positions, (p) => p.claimId);
  const premisesOf = new Map(premises.map((p) => [p.claimId, p]));
  const claims = stepNamed(importing.upsertClaims.name);
  const ofClaims = <T>(groups: Map<string, T[]>, ids: readonly string[]) => ids.flatMap((id) => groups.get(id) ?? []);
  const node = (name: string, key: Collection) => stepPass(name, doc[key]);
  return [
    node(importing.upsertIssues.name, 'issues'),
    node(importing.upsertActors.name, 'actors'),
    node(importing.upsertSources.name, 'sources'),
    node(importing.upsertProvisions.name, 'provisions'),
    node(importing.linkProvisions.name, 'provisions'),
    node(importing.upsertArguments.name, 'arguments'),
    {
      name: claims.name,
      items: doc.claims,
      rows: claims.rows,
      async write(tx, rows) {
        const ids = (rows as DocumentItem<'claims'>[]).map((c) => c.id);
        await claims.write(tx, rows);
        const cited = ofClaims(citations, ids);
        if (cited.length > 0) await tx.run(importing.linkCitations, { rows: cited });
        const addressed = ofClaims(positions, ids);
        if (addressed.length > 0) await tx.run(importing.linkPositions, { rows: addressed });
        const premised = ids.flatMap((id) => premisesOf.get(id) ?? []);
        if (premised.length > 0) await tx.run(importing.linkPremises, { rows: premised });
      },
    },
    {
      name: importing.linkConclusions.name,
      items: doc.arguments,
      rows: asRows,
      async write(tx, batch) {
        const rows = batch as DocumentItem<'arguments'>[];
        // Premise links the document no longer names change the claims holding them: recorded first.
        const stale = await tx.run(importing.findStalePremises, { rows });
        if (stale.length > 0) await tx.touch(stale.map((row) => row.id));
        await tx.run(importing.linkConclusions, { rows });
      },
    },
    stepPass(
      importing.linkCitations.name,
      doc.citations.filter((c) => !inDocument.has(c.claimId)),
    ),
    stepPass(
      importing.linkPositions.name,
      doc.positions.filter((p) => !inDocument.has(p.claimId)),
    ),
    {
      name: importing.linkPremises.name,
      items: premises.filter((p) => !inDocument.has(p.claimId)),
      rows: asRows,
      write: (tx, rows) => tx.run(importing.linkPremises, { rows: rows as PremiseRow[] }),
    },
    node(importing.upsertAssertions.name, 'assertions'),
    node(importing.linkAffiliations.name, 'affiliations'),
    stepPass(importing.linkReplies.name, doc.assertions),
  ];
}

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
      for (const pass of batchedPasses(doc)) {
        const { items } = pass;
        for (let start = 0; start < items.length; start += batchSize) {
          const rows = pass.rows(items.slice(start, start + batchSize));
          if (rows.length > 0) add(total, (await this.db.writeTx((tx) => pass.write(tx, rows))).summary);
          onProgress?.({ step: pass.name, done: Math.min(start + batchSize, items.length), total: items.length });
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
