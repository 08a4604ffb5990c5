import type { Executor } from '../db/executor.js';
import * as evaluation from '../db/statements/evaluation.js';
import * as revision from '../db/statements/revision.js';
import { EvaluationSnapshot } from '../domain/evaluation/index.js';
import { LiveMap, type ArgumentItem, type AssertionItem, type ClaimItem, type PositionItem } from '../domain/evaluation/live-map.js';
import type { RowOf } from '../db/statement.js';
import { evaluationMapOfDocuments } from '../domain/evaluation/from-documents.js';
import { parseDocument, type NodeDocument } from '../domain/revisions.js';

/** Snapshots of one map for evaluation, shared by every request on it: one per revision, the newest kept. */
export class EvaluationCache {
  latest: EvaluationSnapshot | null = null;
  /** The whole map as last read, brought forward revision by revision. */
  live: LiveMap | null = null;
  /** The catch-up in progress, which every request needing a newer snapshot waits for. */
  refreshing: Promise<EvaluationSnapshot> | null = null;
  /** The last past revision asked for (time travel), kept for the requests that follow. */
  past: EvaluationSnapshot | null = null;
  /** Told after each new snapshot is kept, so what every map's cache holds stays within one budget (EvaluationCaches). */
  onSnapshot: (() => void) | null = null;
}

/**
 * Reads the map for evaluation: the current revision first (one small round trip), the whole
 * map only when that revision is not the one already evaluated. Evaluations then come from
 * the snapshot, so every committed write is reflected and nothing is computed twice.
 */
export class EvaluationRepository {
  private current: Promise<EvaluationSnapshot> | null = null;

  constructor(
    private readonly db: Executor,
    private readonly cache: EvaluationCache,
  ) {}

  /** The snapshot of the map at its current revision (once per request). */
  snapshot(): Promise<EvaluationSnapshot> {
    this.current ??= this.load();
    return this.current;
  }

  /**
   * The map as it stood at a past revision: every claim, argument and assertion as it is now,
   * with those changed since replaced by their state then, from the revision log. The present
   * is read first: a write committing meanwhile is in the log, so its nodes are replaced too.
   */
  async snapshotAt(at: number): Promise<EvaluationSnapshot> {
    const [head] = await this.db.read(evaluation.findRevision, {});
    if (!head || at >= head.revision) return this.snapshot();
    const key = `${head.epoch}:${at}`;
    if (this.cache.past?.state.key === key) return this.cache.past;
    const documents = new Map<string, NodeDocument>();
    for (const { id, ...doc } of await this.db.read(revision.findEvaluationDocuments, {})) documents.set(id, doc);
    for (const { id, before } of await this.db.read(revision.findStatesAfter, {
      revision: at,
      labels: ['Claim', 'Argument', 'Assertion'],
    })) {
      const state = parseDocument(before);
      if (state) documents.set(id, state);
      else documents.delete(id);
    }
    const snapshot = new EvaluationSnapshot(evaluationMapOfDocuments(documents, { key, revision: at }));
    this.cache.past = snapshot;
    this.cache.onSnapshot?.();
    return snapshot;
  }

  private async load(): Promise<EvaluationSnapshot> {
    const [head] = await this.db.read(evaluation.findRevision, {});
    const epoch = head?.epoch ?? '';
    const revision = head?.revision ?? 0;
    const current = (snapshot: EvaluationSnapshot | null) =>
      snapshot !== null && this.cache.live?.epoch === epoch && snapshot.revision >= revision ? snapshot : null;
    for (;;) {
      const found = current(this.cache.latest);
      if (found) return found;
      if (!this.cache.refreshing) break;
      // Another request is catching up: wait for it, then look again (a write may have come meanwhile).
      await this.cache.refreshing.catch(() => undefined);
    }
    this.cache.refreshing = this.catchUp().finally(() => {
      this.cache.refreshing = null;
    });
    return this.cache.refreshing;
  }

  /**
   * Brings the kept map to the present: with what changed since its revision when the log has
   * it and it is a small part of the map, by reading the whole map otherwise (first use, a
   * database emptied or replaced, many changes).
   */
  private async catchUp(): Promise<EvaluationSnapshot> {
    const live = this.cache.live;
    if (live) {
      const [row] = await this.db.read(evaluation.findMapChanges, { revision: live.revision, limit: changeLimit(live.size) });
      if (row && row.epoch === live.epoch && !row.overflow) {
        if (row.revision <= live.revision && this.cache.latest) return this.cache.latest;
        try {
          live.apply(row.revision, row);
        } catch (error) {
          // Half applied, the map is unknown: read it whole next time.
          this.cache.live = null;
          throw error;
        }
        return this.publish(live);
      }
    }
    const fresh = await this.db.stream(evaluation.findMap, {}, readWholeMap, WHOLE_MAP_TIMEOUT_MS);
    this.cache.live = fresh;
    return this.publish(fresh);
  }

  private publish(live: LiveMap): EvaluationSnapshot {
    const snapshot = new EvaluationSnapshot(live.state(`${live.epoch}:${live.revision}`));
    this.cache.latest = snapshot;
    this.cache.onSnapshot?.();
    return snapshot;
  }
}

/** The whole map may take longer to read than a request should: it is read once per process. */
const WHOLE_MAP_TIMEOUT_MS = 120_000;

/** The rows of evaluation/find-map, one item each, gathered into a map. */
async function readWholeMap(rows: AsyncIterable<RowOf<typeof evaluation.findMap>>): Promise<LiveMap> {
  let at: readonly [string, number] = ['', 0];
  const items = {
    claims: [] as ClaimItem[],
    arguments: [] as ArgumentItem[],
    assertions: [] as AssertionItem[],
    positions: [] as PositionItem[],
  };
  for await (const row of rows) {
    if (row.kind === 'revision') at = row.item;
    else if (row.kind === 'claim') items.claims.push(row.item);
    else if (row.kind === 'argument') items.arguments.push(row.item);
    else if (row.kind === 'assertion') items.assertions.push(row.item);
    else items.positions.push(row.item);
  }
  return new LiveMap(at[0], at[1], items);
}

/** Changed nodes beyond which reading the whole map again is cheaper than reading them one by one. */
const changeLimit = (size: number) => Math.min(50_000, Math.max(1_000, Math.floor(size / 4)));
