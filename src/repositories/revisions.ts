import type { Executor } from '../db/executor.js';
import { parseDocument, type NodeDocument } from '../db/revision-log.js';
import * as merge from '../db/statements/merge.js';
import * as node from '../db/statements/node.js';
import * as revision from '../db/statements/revision.js';
import type { RestoreDocument } from '../db/statements/revision.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../domain/errors.js';
import { labelOfId } from '../domain/ids.js';
import { parseRevisionId, revisionIdOf } from '../domain/maps.js';
import type { Page, PageRequest } from '../domain/index.js';
import type { AuthorKind } from '../domain/people.js';
import type { PastPoint } from '../domain/validation.js';
import { readPage, readPages } from './rows.js';

/** One committed write as the log keeps it; `id` is `revision:` and its number. */
export interface RevisionRecord {
  __typename: 'Revision';
  id: string;
  /** The map the revision belongs to (revisions are numbered per map). */
  mapId: string;
  revision: number;
  at: string;
  keyName: string;
  /** Who wrote it (null in revisions written before authors were recorded: see Revision.author). */
  authorKind: AuthorKind | null;
  authorUserId: string | null;
  operation: string;
  /** Absent where a list leaves it out (histories): read it with `findNodeIds`. */
  nodeIds?: string[];
}

/** One node's change in a revision: its state before and after (null: it did not exist). */
export interface ChangeRecord {
  revision: number;
  nodeId: string;
  label: string;
  before: NodeDocument | null;
  after: NodeDocument | null;
}

export interface RevisionFilter {
  nodeId: string | null;
  keyName: string | null;
  since: string | null;
  until: string | null;
}

/** The most nodes one revert puts back (an import batch changes at most a few thousand). */
const MAX_REVERTED = 100_000;

const withId = <R extends Omit<RevisionRecord, 'id' | '__typename'>>(r: R): R & RevisionRecord => ({
  ...r,
  __typename: 'Revision',
  id: revisionIdOf(r.mapId, r.revision),
});

/** Page keys are revision ids, read by the statements as numbers; a cursor of another list cannot name one. */
function revisionPage(page: PageRequest): PageRequest {
  const key = (name: string, value: string | null) => {
    if (value === null) return null;
    const n = parseRevisionId(value)?.revision ?? null;
    if (n === null) throw new InvalidInputError(name, `${name} is not a cursor of a revision list`);
    return String(n);
  };
  return { ...page, after: key('after', page.after), before: key('before', page.before) };
}

/** The revision log: what changed, when, by which key; the map as it stood; undoing a revision. */
export class RevisionRepository {
  constructor(private readonly db: Executor) {}

  async listRevisions(filter: RevisionFilter, page: PageRequest): Promise<Page<RevisionRecord & { nodeIds: string[] }>> {
    const found = await readPage(this.db, revision.listRevisions, filter, revisionPage(page));
    return { ...found, items: found.items.map(withId) };
  }

  async listRevisionsByNodeIds({ ids, page }: { ids: readonly string[]; page: PageRequest }): Promise<Page<RevisionRecord>[]> {
    const pages = await readPages(this.db, revision.listRevisionsByNodeIds, ids, revisionPage(page));
    return pages.map((p) => ({ ...p, items: p.items.map(withId) }));
  }

  /** The nodes each revision changed, in the order asked. */
  async findNodeIds({ ids }: { ids: readonly number[] }): Promise<string[][]> {
    const rows = new Map((await this.db.read(revision.findNodeIds, { revisions: ids })).map((row) => [row.revision, row.nodeIds]));
    return ids.map((n) => rows.get(n) ?? []);
  }

  /** One revision by number; null when there is none. */
  async findRevision(n: number): Promise<RevisionRecord | null> {
    const page = await this.listRevisions(
      { nodeId: null, keyName: null, since: null, until: null },
      { size: 1, after: `revision:${n - 1}`, before: null, fromEnd: false },
    );
    const [found] = page.items;
    return found?.revision === n ? found : null;
  }

  /** The changes of each revision (at most `limit` each), by node id; only `nodeId`'s when given. */
  async findChanges({
    revisions,
    nodeId,
    limit,
  }: {
    revisions: readonly number[];
    nodeId: string | null;
    limit: number;
  }): Promise<ChangeRecord[][]> {
    const rows = await this.db.read(revision.findChanges, { revisions, nodeId, limit });
    return revisions.map((r) =>
      rows
        .filter((row) => row.revision === r)
        .map((row) => ({ ...row, before: parseDocument(row.before), after: parseDocument(row.after) })),
    );
  }

  /** The revision that was current at a time (0 before the first), refusing times after now. */
  async revisionAt(at: string): Promise<number> {
    const [row] = await this.db.read(revision.findRevisionAt, { at });
    return row?.revision ?? 0;
  }

  /** The revision a point in the past names. */
  async revisionOf(point: PastPoint): Promise<number> {
    return 'atRevision' in point ? point.atRevision : this.revisionAt(point.asOf);
  }

  /** The map's current revision. */
  async currentRevision(): Promise<number> {
    const [row] = await this.db.read(revision.findRevisionAt, { at: new Date().toISOString() });
    return row?.current ?? 0;
  }

  /**
   * Each node as it stood at `at`: `changed` false when it has not changed since (the present is
   * the past); otherwise its state then, null when it did not exist.
   */
  async documentsAt(ids: readonly string[], at: number): Promise<Map<string, { changed: boolean; state: NodeDocument | null }>> {
    const rows = await this.db.read(revision.findDocumentsAt, { ids, revision: at });
    return new Map(rows.map((row) => [row.id, { changed: row.changedSince, state: parseDocument(row.before) }]));
  }

  /**
   * Puts back every node a revision changed as it was before it, as a new revision. Refused with
   * CONFLICT when later revisions changed the same nodes (or point at nodes the revert would
   * delete), unless `force`; then the revert overwrites them.
   */
  async revert({ revision: target, force }: { revision: number; force: boolean }): Promise<{ revision: number; nodeIds: string[] }> {
    const { result } = await this.db.writeTx(async (tx) => {
      const changes = (await tx.run(revision.findChanges, { revisions: [target], nodeId: null, limit: MAX_REVERTED })).map((row) => ({
        ...row,
        before: parseDocument(row.before),
      }));
      if (changes.length === 0) throw new NotFoundError('Revision', String(target));
      const ids = changes.map((c) => c.nodeId);
      const later = (await tx.run(revision.findLaterChanges, { ids, revision: target })).map((r) => r.revision);
      const deleting = changes.filter((c) => c.before === null).map((c) => c.nodeId);
      const referrers = deleting.length
        ? (await tx.run(revision.findReferrers, { ids: revision.byLabel(deleting) })).map((r) => r.id).filter((id) => !ids.includes(id))
        : [];
      if (!force && (later.length > 0 || referrers.length > 0)) {
        throw new ConflictError(
          later.length > 0
            ? `Revisions after ${target} changed the same items (${later.slice(0, 10).join(', ')}): revert those first, or force`
            : `Items made after revision ${target} point at what it created (${referrers.slice(0, 5).join(', ')}): force to delete them too`,
          { field: 'revision', extra: { laterRevisions: later, referrers } },
        );
      }
      await tx.touch([...ids, ...referrers], { referrers: true });
      const documents: RestoreDocument[] = changes.map((c) => ({
        id: c.nodeId,
        label: c.before?.label ?? null,
        props: c.before?.props ?? [],
        out: (c.before?.out ?? []).map((r) => ({ ...r, toLabel: labelOfId(r.to) ?? '' })),
      }));
      await tx.run(revision.restoreNodes, { documents });
      const targets = [...new Set(documents.flatMap((d) => d.out.map((r) => r.to)))];
      const existing = new Set((await tx.run(node.findNodeLabelsByIds, { ids: targets })).map((r) => r.id));
      const linked = documents.filter((d) => d.label !== null).map((d) => ({ ...d, out: d.out.filter((r) => existing.has(r.to)) }));
      await tx.run(revision.restoreRelationships, { documents: linked });
      // The merged-id records follow the `mergedFrom` lists the claims and actors were given back.
      const merging = ids.filter((id) => ['Claim', 'Actor'].includes(labelOfId(id) ?? ''));
      if (merging.length > 0) {
        await tx.run(merge.forgetMergedIds, { ids: merging });
        await tx.run(merge.recordMergedIds, { ids: merging });
      }
      return { revision: tx.revision, nodeIds: ids };
    });
    return result;
  }
}
