import type { Executor, WriteSummary, WriteTx } from '../db/executor.js';
import type { ParamsOf, Statement } from '../db/statement.js';
import * as importing from '../db/statements/import.js';
import * as node from '../db/statements/node.js';
import type { PremiseRow } from '../db/statements/import.js';
import { byLabel } from '../db/statements/revision.js';
import type { Collection, DocumentItem, ExternalReference, GraphDocument } from '../domain/graph-document.js';
import { documentSize } from '../domain/graph-document.js';
import { ConflictError, invalid } from '../domain/errors.js';
import type { ImportResultRecord } from '../domain/index.js';
import { scheduleMapBatches } from '../domain/import-schedule.js';
import { searchText } from '../domain/search-text.js';
import { requireNodes } from './references.js';

/**
 * What one pass over a document writes. Nodes come first; then arguments, each with its premise
 * links and its conclusion in the same transaction (so no reader ever sees one without them), then
 * undercuts once the arguments they attack are written; then what links the nodes (assertions link
 * their speaker, claim or argument and source as they are written); then replies, which need every
 * assertion. Each phase needs only what earlier phases wrote, so a document can be written phase by
 * phase in any order of its lists and any size of batch, without losing a link to a node further on.
 */
export const IMPORT_PHASES = ['nodes', 'arguments', 'undercuts', 'links', 'replies'] as const;
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

/** Arguments written whole: created, then their premise links and conclusion, in one transaction. */
function wholeArguments(phase: ImportPhase, keep: (a: DocumentItem<'arguments'>) => boolean): Step {
  return {
    name: `import/whole-arguments (${phase})`,
    key: 'arguments',
    phase,
    rows: (items) => (items as DocumentItem<'arguments'>[]).filter(keep),
    async write(tx, rows) {
      const args = rows as DocumentItem<'arguments'>[];
      await tx.run(importing.upsertArguments, { rows: args });
      await tx.run(importing.linkArguments, { rows: args });
    },
  };
}

const isUndercut = (a: DocumentItem<'arguments'>) => a.targetArgumentId !== null;

/** Statement per collection, in phase order. */
const STEPS: readonly Step[] = [
  step('nodes', importing.upsertIssues, 'issues', same),
  step('nodes', importing.upsertActors, 'actors', (a) => ({ ...a, searchText: searchText.actor(a) })),
  step('nodes', importing.upsertSources, 'sources', same),
  step('nodes', importing.upsertProvisions, 'provisions', (p) => ({ ...p, searchText: searchText.provision(p) })),
  step('nodes', importing.upsertClaims, 'claims', (c) => ({ ...c, searchText: searchText.claim(c) })),
  wholeArguments('arguments', (a) => !isUndercut(a)),
  // In one transaction all undercuts are created before any is linked, so one may attack another.
  wholeArguments('undercuts', isUndercut),
  {
    ...step('links', importing.linkProvisions, 'provisions', same),
    async write(tx, rows) {
      const provisions = rows as DocumentItem<'provisions'>[];
      await tx.run(importing.linkProvisions, { rows: provisions });
      const [cycle] = await tx.run(importing.findProvisionCycles, { rows: provisions });
      if (cycle) throw invalid('input.provisions', `"${cycle.id}" would be part of itself through the provisions already stored`);
    },
  },
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
  /** Batches decided in advance (one transaction each), instead of `items` cut every `batchSize`. */
  batches?: (batchSize: number) => readonly (readonly object[])[];
}

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

/** The premise links of some arguments, one row per premise claim (see import/link-premises). */
function premiseRows(args: readonly DocumentItem<'arguments'>[]): PremiseRow[] {
  const links = args.flatMap((a) => a.premiseIds.map((claimId, position) => ({ claimId, argumentId: a.id, position })));
  return [...groupBy(links, (l) => l.claimId)].map(([claimId, of]) => ({
    claimId,
    premises: of.map(({ argumentId, position }) => ({ argumentId, position })),
  }));
}

/** One transaction of the claims-and-arguments pass: the items of a MapBatch. */
interface MapItems {
  claims: DocumentItem<'claims'>[];
  arguments: DocumentItem<'arguments'>[];
}

/**
 * The passes of a batched import. Every committed transaction leaves a whole map, and the revision
 * log keeps one state of each node where it can: claims and arguments go in the transactions
 * scheduleMapBatches chooses (an argument with its premise links and conclusion; a claim with its
 * citations, its positions and the arguments it is a premise of, so it is logged once where a link
 * step apart from it would log it again: a 10k map logged 24,627 claim states for 10,000 claims).
 * Links from claims the document does not hold (stored ones it refers to) follow the claims.
 */
function batchedPasses(doc: GraphDocument): Pass[] {
  const inDocument = new Set(doc.claims.map((c) => c.id));
  const citations = groupBy(doc.citations, (c) => c.claimId);
  const positions = groupBy(doc.positions, (p) => p.claimId);
  const claims = stepNamed(importing.upsertClaims.name);
  const ofClaims = <T>(groups: Map<string, T[]>, ids: readonly string[]) => ids.flatMap((id) => groups.get(id) ?? []);
  const node = (name: string, key: Collection) => stepPass(name, doc[key]);
  return [
    node(importing.upsertIssues.name, 'issues'),
    node(importing.upsertActors.name, 'actors'),
    node(importing.upsertSources.name, 'sources'),
    node(importing.upsertProvisions.name, 'provisions'),
    node(importing.linkProvisions.name, 'provisions'),
    {
      name: 'import/claims-and-arguments',
      items: [...doc.claims, ...doc.arguments],
      batches: (batchSize) =>
        scheduleMapBatches(
          doc.claims.map((c) => c.id),
          doc.arguments,
          batchSize,
        ).map((b): MapItems[] => [{ claims: b.claims.map((i) => doc.claims[i]!), arguments: b.arguments.map((i) => doc.arguments[i]!) }]),
      rows: (batch) => [...batch],
      async write(tx, batch) {
        const [{ claims: batchClaims, arguments: batchArgs }] = batch as [MapItems];
        const ids = batchClaims.map((c) => c.id);
        if (batchClaims.length > 0) await claims.write(tx, claims.rows(batchClaims));
        const cited = ofClaims(citations, ids);
        if (cited.length > 0) await tx.run(importing.linkCitations, { rows: cited });
        const addressed = ofClaims(positions, ids);
        if (addressed.length > 0) await tx.run(importing.linkPositions, { rows: addressed });
        if (batchArgs.length === 0) return;
        await tx.run(importing.upsertArguments, { rows: batchArgs });
        await tx.run(importing.linkPremises, { rows: premiseRows(batchArgs) });
        // Premise links the document no longer names change the claims holding them: recorded first.
        const stale = await tx.run(importing.findStalePremises, { rows: batchArgs });
        if (stale.length > 0) await tx.touch(stale.map((row) => row.id));
        await tx.run(importing.linkConclusions, { rows: batchArgs });
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
    node(importing.upsertAssertions.name, 'assertions'),
    node(importing.linkAffiliations.name, 'affiliations'),
    stepPass(importing.linkReplies.name, doc.assertions),
  ];
}

const cut = (items: readonly object[], size: number) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));
const itemsIn = (batch: readonly object[]) => (batch as MapItems[]).reduce((n, b) => n + b.claims.length + b.arguments.length, 0);

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

/** Another map's share of a document's ids: how many it holds, and the first few of them. */
export interface ForeignIds {
  mapId: string;
  count: number;
  ids: string[];
  /** Ids merged into a survivor of the importing map itself (mergeClaims, mergeActors), not another map's. */
  merged?: boolean;
}

/** Ids looked up per statement: a parameter of bounded size, however large the document. */
const FOREIGN_CHUNK = 10_000;
/** Ids named per map in the refusal. */
const FOREIGN_SHOWN = 5;

/** The ids of a document's nodes (the lists that define them). */
export const nodeIdsOf = (doc: GraphDocument): string[] =>
  [doc.issues, doc.actors, doc.sources, doc.provisions, doc.claims, doc.arguments, doc.assertions].flatMap((items) =>
    items.map((item) => item.id),
  );

/** What several look-ups found, per map. */
export function mergeForeignIds(found: readonly ForeignIds[]): ForeignIds[] {
  const byMap = new Map<string, ForeignIds>();
  for (const { mapId, count, ids, merged } of found) {
    const into = byMap.get(mapId);
    const flag = merged ? { merged } : {};
    if (into) byMap.set(mapId, { mapId, count: into.count + count, ids: [...into.ids, ...ids].sort().slice(0, FOREIGN_SHOWN), ...flag });
    else byMap.set(mapId, { mapId, count, ids: ids.slice(0, FOREIGN_SHOWN), ...flag });
  }
  return [...byMap.values()].sort((a, b) => b.count - a.count || a.mapId.localeCompare(b.mapId));
}

/**
 * Refuses a document some of whose ids another map holds (CONFLICT, naming a few per map). Ids
 * are unique across the deployment, and an upsert leaves another map's node as it is: without
 * this, those items would be skipped without a word, and the links to them left out.
 */
export function refuseForeignIds(found: readonly ForeignIds[]): void {
  const here = mergeForeignIds(found.filter((f) => f.merged));
  if (here[0]) {
    const { count, ids } = here[0];
    throw new ConflictError(
      `${count} ${count === 1 ? 'id' : 'ids'} of the document (${ids.join(', ')}${count > ids.length ? ', ...' : ''}) were merged into other items of ${here[0].mapId}: ` +
        `a merged id names its survivor (see mergedFrom) and no item may take it again. Give these items the survivors' ids or other ids, or revert the merge`,
      { extra: { mergedIds: ids } },
    );
  }
  const merged = mergeForeignIds(found.filter((f) => !f.merged));
  const [first] = merged;
  if (!first) return;
  const total = merged.reduce((n, f) => n + f.count, 0);
  const where = merged
    .slice(0, 3)
    .map((f) => `${f.count} to ${f.mapId} (${f.ids.join(', ')}${f.count > f.ids.length ? ', ...' : ''})`)
    .join('; ');
  const more = merged.length > 3 ? `; and more in ${merged.length - 3} other maps` : '';
  throw new ConflictError(
    `${total} ${total === 1 ? 'id' : 'ids'} of the document already belong to another map: ${where}${more}. ` +
      `Ids are unique across maps: import the document into ${first.mapId}, or give these items other ids`,
    { extra: { foreignIds: merged } },
  );
}

/** Looks the ids up a chunk at a time (by `find`: a read, or a statement of the write transaction). */
async function foreignIds(
  ids: readonly string[],
  find: (params: ParamsOf<typeof importing.findForeignIds>) => Promise<ForeignIds[]>,
): Promise<ForeignIds[]> {
  const found: ForeignIds[] = [];
  for (let i = 0; i < ids.length; i += FOREIGN_CHUNK) found.push(...(await find({ ids: byLabel(ids.slice(i, i + FOREIGN_CHUNK)) })));
  return mergeForeignIds(found);
}

/**
 * Writes a whole document inside a write transaction (all or nothing, one revision): refused when
 * another map holds some of its ids; the stored nodes it refers to must exist (NOT_FOUND).
 */
export async function writeDocument(tx: WriteTx, doc: GraphDocument, external: readonly ExternalReference[]): Promise<void> {
  refuseForeignIds(await foreignIds(nodeIdsOf(doc), (params) => tx.run(importing.findForeignIds, params)));
  await requireNodes(tx, external);
  for (const s of STEPS) {
    const rows = s.rows(doc[s.key]);
    if (rows.length > 0) await s.write(tx, rows);
  }
}

/** Writes graph documents: upserts keyed by id, so importing the same document twice changes nothing. */
export class GraphImportRepository {
  constructor(private readonly db: Executor) {}

  /** Which of these ids (of any node kind) other maps hold, per map (see refuseForeignIds). */
  findForeignIds({ ids }: { ids: readonly string[] }): Promise<ForeignIds[]> {
    return foreignIds(ids, (params) => this.db.read(importing.findForeignIds, params));
  }

  /**
   * Without `batchSize`, the whole document goes in one transaction (all or nothing). With it,
   * each collection is written in transactions of that many rows: each batch is idempotent,
   * so a failed import can simply be run again. Either way, a document with ids another map
   * holds is refused before anything is written (refuseForeignIds).
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
    const ids = nodeIdsOf(doc);
    if (!batchSize) {
      const { summary } = await this.db.writeTx((tx) => writeDocument(tx, doc, external));
      add(total, summary);
    } else {
      refuseForeignIds(await this.findForeignIds({ ids }));
      await this.requireStored({ external });
      for (const pass of batchedPasses(doc)) {
        const { items } = pass;
        const batches = pass.batches?.(batchSize) ?? cut(items, batchSize);
        let done = 0;
        for (const batch of batches) {
          const rows = pass.rows(batch);
          if (rows.length > 0) add(total, (await this.db.writeTx((tx) => pass.write(tx, rows))).summary);
          done += pass.batches ? itemsIn(batch) : batch.length;
          onProgress?.({ step: pass.name, done, total: items.length });
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
   * Writes, in one transaction, the undercuts of a page whose target is already stored or among
   * them (each whole, as in the `undercuts` phase); returns the ids written. A file's undercuts go
   * in page by page, pass after pass, until none is left; undercuts that attack each other in a
   * cycle are written together, with `all`.
   */
  async importUndercuts({
    items,
    all = false,
  }: {
    items: readonly object[];
    all?: boolean;
  }): Promise<{ written: string[] } & ImportResultRecord> {
    const undercuts = (items as DocumentItem<'arguments'>[]).filter(isUndercut);
    if (undercuts.length === 0) return { written: [], ...result(0, emptySummary()) };
    const whole = stepNamed('import/whole-arguments (undercuts)');
    let written: DocumentItem<'arguments'>[] = [];
    const { summary } = await this.db.writeTx(async (tx) => {
      written = undercuts;
      if (!all) {
        const stored = await tx.run(node.findNodeLabelsByIds, { ids: [...new Set(undercuts.map((a) => a.targetArgumentId!))] });
        const available = new Set(stored.filter((row) => row.label === 'Argument').map((row) => row.id));
        // Those attacking an undercut of the same page wait for it.
        const chosen = new Set<string>();
        let grew = true;
        written = [];
        while (grew) {
          grew = false;
          for (const a of undercuts) {
            if (!chosen.has(a.id) && available.has(a.targetArgumentId!)) {
              chosen.add(a.id);
              available.add(a.id);
              written.push(a);
              grew = true;
            }
          }
        }
      }
      if (written.length > 0) await whole.write(tx, written);
    });
    return { written: written.map((a) => a.id), ...result(written.length, summary) };
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
