import type { Executor } from '../db/executor.js';
import * as evaluation from '../db/statements/evaluation.js';
import * as revision from '../db/statements/revision.js';
import { NODE_LABELS } from '../domain/ids.js';
import { MapAtRevision } from '../domain/map-at-revision.js';
import type { PastPoint } from '../domain/validation.js';
import { parseDocument, type NodeDocument } from '../domain/revisions.js';
import { PastReader } from './past-reader.js';
import type { RevisionRepository } from './revisions.js';

/** The last past map built, shared by the requests of a process (a time slider asks for one revision many times). */
export class PastMapCache {
  latest: { key: string; map: MapAtRevision } | null = null;
}

/**
 * The whole map as it stood at a past revision: every node as it is now, with those changed
 * since replaced by their state then, from the revision log (the present is read first, so a
 * write committing meanwhile is in the log and its nodes are replaced too). Built in memory, in
 * time linear in the map's size plus the changes since; the neighbourhood, chain and export
 * statements are then answered from it (see PastReader).
 */
export class PastMapRepository {
  constructor(
    private readonly db: Executor,
    private readonly cache: PastMapCache,
    private readonly revisions: RevisionRepository,
    /** The map it reads; null in the scope of lookups by id across maps, which has no past to read. */
    private readonly mapId: string | null,
  ) {}

  /** A reader of the map at a point in its past; undefined for the present (null), or a revision not yet superseded. */
  async readerFor(point: PastPoint | null): Promise<PastReader | undefined> {
    return point === null ? undefined : ((await this.readerAt(await this.revisions.revisionOf(point))) ?? undefined);
  }

  /** A reader of the map at `at`; null when `at` is the current revision or later (read the database). */
  async readerAt(at: number): Promise<PastReader | null> {
    const [head] = await this.db.read(evaluation.findRevision, {});
    if (!head || at >= head.revision) return null;
    return new PastReader(await this.mapAt(at, head.epoch));
  }

  /** The map at `at`, built whatever the current revision (tests compare it with the database's answers). */
  async mapAt(at: number, epoch?: string): Promise<MapAtRevision> {
    const key = `${epoch ?? (await this.db.read(evaluation.findRevision, {}))[0]?.epoch ?? ''}:${at}`;
    if (this.cache.latest?.key === key) return this.cache.latest.map;
    const documents = new Map<string, NodeDocument>();
    for (const { id, ...doc } of await this.db.read(revision.findAllDocuments, {})) documents.set(id, doc);
    for (const { id, before } of await this.db.read(revision.findStatesAfter, { revision: at, labels: NODE_LABELS })) {
      const state = parseDocument(before);
      if (state) documents.set(id, state);
      else documents.delete(id);
    }
    if (this.mapId === null) throw new Error('The past of a map needs the map: this repository reads across maps');
    const map = new MapAtRevision(at, documents, this.mapId);
    this.cache.latest = { key, map };
    return map;
  }
}
