import { labelOfId, type NodeLabel } from '../domain/ids.js';
import { NotFoundError } from '../domain/errors.js';
import { SYSTEM_AUTHOR } from '../domain/people.js';
import type { ChangeEvent, NodeDocument, WriteOrigin } from '../domain/revisions.js';

export type { ChangeEvent, NodeDocument, WriteOrigin } from '../domain/revisions.js';
export { parseDocument, relatedTo } from '../domain/revisions.js';
import { EVERY_NAMED_NODE, type Statement } from './statement.js';
import * as db from './statements/db.js';
import * as revision from './statements/revision.js';
import { relatedTo } from '../domain/revisions.js';
import type { StoredChange, TypedValue } from './statements/revision.js';

type Run = <P, R>(statement: Statement<P, R>, params: P) => Promise<R[]>;

const byKey = (a: TypedValue, b: TypedValue) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** One canonical JSON text per state, so equal states compare equal as strings. */
function canonical(row: { label: NodeLabel; props: TypedValue[]; out: NodeDocument['out'] }): string {
  // Each relationship's sort key is built once (a node with many relationships is sorted often in an import).
  const out = row.out.map((r) => {
    const props = [...r.props].sort(byKey);
    return { key: `${r.type} ${r.to} ${JSON.stringify(props)}`, rel: { type: r.type, to: r.to, props } };
  });
  out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const doc: NodeDocument = { label: row.label, props: [...row.props].sort(byKey), out: out.map((r) => r.rel) };
  return JSON.stringify(doc);
}

/** Every node id named anywhere in a statement's parameters (strings that are well-formed ids). */
export function idsIn(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') {
    if (labelOfId(value)) into.add(value);
  } else if (Array.isArray(value)) {
    for (const inner of value) idsIn(inner, into);
  } else if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) idsIn(inner, into);
  }
  return into;
}

/**
 * The node ids a statement's parameters give under the keys named (`id`, `claimId`, ...), at any
 * depth (a row of `$rows`), as strings or lists of strings: the nodes a statement declares it
 * changes (see `Statement.writes`).
 */
export function idsUnder(value: unknown, keys: readonly string[], into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) {
    for (const inner of value) idsUnder(inner, keys, into);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (keys.includes(key)) {
        for (const id of Array.isArray(inner) ? inner : [inner]) if (typeof id === 'string' && labelOfId(id)) into.add(id);
      } else {
        idsUnder(inner, keys, into);
      }
    }
  }
  return into;
}

/**
 * Keeps one write transaction's revision: the state of every node the write touches, read
 * before the write changes it and again before commit; what differs is the revision's changes,
 * written in the same transaction.
 */
export class RevisionRecorder {
  private readonly before = new Map<string, string | null>();
  /** The nodes whose referrers have been read (a node touched before may have its referrers asked for later). */
  private readonly referred = new Set<string>();

  constructor(private readonly run: Run) {}

  /** Reads the state of nodes about to change; with `referrers`, of the nodes pointing at them too (a deletion changes those). */
  async touch(ids: Iterable<string>, { referrers = false }: { referrers?: boolean } = {}): Promise<void> {
    const named = [...ids].filter((id) => labelOfId(id) !== null);
    const fresh = new Set(named.filter((id) => !this.before.has(id)));
    const unasked = referrers ? [...new Set(named)].filter((id) => !this.referred.has(id)) : [];
    if (unasked.length > 0) {
      for (const id of unasked) this.referred.add(id);
      for (const row of await this.run(revision.findReferrers, { ids: revision.byLabel(unasked) })) {
        if (!this.before.has(row.id)) fresh.add(row.id);
      }
    }
    if (fresh.size === 0) return;
    const states = await this.snapshot([...fresh]);
    for (const id of fresh) this.before.set(id, states.get(id) ?? null);
  }

  private async snapshot(ids: string[]): Promise<Map<string, string>> {
    const states = new Map<string, string>();
    for (const row of await this.run(revision.findDocuments, { ids: revision.byLabel(ids) })) states.set(row.id, canonical(row));
    return states;
  }

  /** Writes the revision when something changed; returns what subscribers should hear (without bookmarks yet). */
  async finish(at: { mapId: string; revision: number; epoch: string }, origin: WriteOrigin): Promise<ChangeEvent | null> {
    if (this.before.size === 0) return null;
    const ids = [...this.before.keys()];
    const after = await this.snapshot(ids);
    const changes: StoredChange[] = [];
    for (const id of ids) {
      const was = this.before.get(id) ?? null;
      const is = after.get(id) ?? null;
      if (was !== is) changes.push({ nodeId: id, label: labelOfId(id)!, before: was, after: is });
    }
    if (changes.length === 0) return null;
    // The user or key named by the mutation guard; else the service itself (seed, command line).
    const author = origin.author ?? { ...SYSTEM_AUTHOR, name: origin.keyName ?? SYSTEM_AUTHOR.name };
    const keyName = author.name;
    const operation = origin.operation ?? 'write';
    const nodeIds = changes.map((c) => c.nodeId);
    const [row] = await this.run(revision.recordRevision, {
      revision: at.revision,
      epoch: at.epoch,
      keyName,
      authorKind: author.kind,
      authorUserId: author.userId,
      operation,
      nodeIds,
      changes,
    });
    return {
      ...at,
      at: row?.at ?? new Date().toISOString(),
      operation,
      keyName,
      author,
      ids: nodeIds,
      related: relatedTo(changes),
      bookmarks: [],
    };
  }
}

/**
 * The revision log's part in one write transaction (Executor.writeTx): the next revision number
 * taken first, the nodes each write declares (Statement.writes) read before it runs, and at the
 * end the revision written, or its number given back when nothing changed.
 */
export class WriteRevision {
  private constructor(
    private readonly run: Run,
    private readonly at: { mapId: string; revision: number; epoch: string },
    /** null when the log is off (bench/history.ts measures what it costs): the revision still moves on. */
    private readonly recorder: RevisionRecorder | null,
  ) {}

  /**
   * Takes the map's next revision, in the write's own transaction. Taking it first makes every
   * writer of the map queue on its lock (the map's node) before it takes any other: a map's
   * revisions follow commit order, its writers never deadlock, and writers of other maps never
   * wait for them. A map that does not exist is NOT_FOUND (the default map is made on first use).
   */
  static async begin(run: Run, { mapId, record }: { mapId: string; record: boolean }): Promise<WriteRevision> {
    const [state] = await run(db.bumpRevision, {});
    if (!state) throw new NotFoundError('Map', mapId).at('mapId');
    const at = { mapId, revision: state.revision, epoch: state.epoch };
    return new WriteRevision(run, at, record ? new RevisionRecorder(run) : null);
  }

  /** The revision this transaction commits as. */
  get revision(): number {
    return this.at.revision;
  }

  /** Before a statement runs: the nodes it declares it changes are read as they were. */
  async beforeWrite<P>(statement: Statement<P, unknown>, params: P): Promise<void> {
    const { writes } = statement;
    if (!this.recorder || !writes) return;
    if (writes === EVERY_NAMED_NODE) return this.recorder.touch(idsIn(params));
    await this.recorder.touch(idsUnder(params, writes.ids));
    if (writes.referrers) await this.recorder.touch(idsUnder(params, writes.referrers), { referrers: true });
  }

  /** Records nodes as they were before the work changes them (see RevisionRecorder.touch). */
  async touch(ids: Iterable<string>, options?: { referrers?: boolean }): Promise<void> {
    await this.recorder?.touch(ids, options);
  }

  /**
   * Writes the revision when something changed and returns what subscribers should hear; a write
   * that changed nothing gives its number back (still holding the map's lock), so revision
   * numbers stay consecutive and the map's revision is always the newest recorded.
   */
  async finish(origin: WriteOrigin): Promise<ChangeEvent | null> {
    if (!this.recorder) return null;
    const change = await this.recorder.finish(this.at, origin);
    if (!change) await this.run(db.returnRevision, { revision: this.at.revision });
    return change;
  }
}
