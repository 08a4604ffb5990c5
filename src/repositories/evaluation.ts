import type { Executor } from '../db/executor.js';
import * as evaluation from '../db/statements/evaluation.js';
import * as revision from '../db/statements/revision.js';
import { EvaluationSnapshot } from '../domain/evaluation/index.js';
import { evaluationMapOfDocuments } from '../domain/evaluation/from-documents.js';
import { parseDocument, type NodeDocument } from '../domain/revisions.js';

/** Snapshots of the map for evaluation, shared by every request of the process: one per revision, the newest kept. */
export class EvaluationCache {
  latest: EvaluationSnapshot | null = null;
  /** The last past revision asked for (time travel), kept for the requests that follow. */
  past: EvaluationSnapshot | null = null;
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
    return snapshot;
  }

  private async load(): Promise<EvaluationSnapshot> {
    const [head] = await this.db.read(evaluation.findRevision, {});
    const key = `${head?.epoch ?? ''}:${head?.revision ?? 0}`;
    if (this.cache.latest?.state.key === key) return this.cache.latest;
    const [row] = await this.db.read(evaluation.findMap, {});
    if (!row) throw new Error('evaluation/find-map returned no row');
    const snapshot = new EvaluationSnapshot({
      key: `${row.epoch}:${row.revision}`,
      revision: row.revision,
      map: { claims: row.claims, arguments: row.arguments, assertions: row.assertions },
      texts: new Map(row.claims.map((c) => [c.id, c.text])),
      positions: row.positions,
    });
    // A concurrent request may have read a newer revision meanwhile: keep the newest.
    if (!this.cache.latest || this.cache.latest.revision <= snapshot.revision || this.cache.latest.state.key.split(':')[0] !== row.epoch) {
      this.cache.latest = snapshot;
    }
    return snapshot;
  }
}
