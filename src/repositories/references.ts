import { randomBytes } from 'node:crypto';

import type { Executor, WriteTx } from '../db/executor.js';
import * as node from '../db/statements/node.js';
import * as revision from '../db/statements/revision.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../domain/errors.js';
import { idCandidates, type NodeLabel } from '../domain/ids.js';

/** A node an input refers to. */
export interface NodeReference {
  id: string;
  label: NodeLabel;
}

/**
 * Checks inside the write transaction that every referenced node exists in the map; the first
 * missing one is NOT_FOUND, or BAD_USER_INPUT when another map holds it (nothing joins the nodes
 * of two maps; ids are unique across maps, so the id cannot name a node of this map either).
 */
export async function requireNodes(tx: WriteTx, refs: readonly NodeReference[]): Promise<void> {
  if (refs.length === 0) return;
  const rows = await tx.run(node.findNodeLabelsByIds, { ids: [...new Set(refs.map((ref) => ref.id))] });
  const found = new Map(rows.map((row) => [row.id, row.label]));
  const missing = refs.find((ref) => found.get(ref.id) !== ref.label);
  if (!missing) return;
  // Only a reference that fails looks further: the check of references that hold costs one statement.
  const [other] = (await tx.run(node.findNodeMapsByIds, { ids: [missing.id] })).filter((row) => row.label === missing.label);
  if (!other) throw new NotFoundError(missing.label, missing.id);
  throw new InvalidInputError(
    undefined,
    `${missing.label} "${missing.id}" belongs to ${other.mapId}, not ${other.requested}: a map's arguments, citations, positions and assertions join its own nodes only`,
    { id: missing.id },
  );
}

/**
 * A readable id that is still free: the caller's own (CONFLICT if taken) or one made from the
 * text. A `contended` allocation (a concurrent write took the readable id first) skips straight
 * to the text's id with a random suffix, so many writers racing for one text each finish in
 * their second attempt instead of winning one at a time.
 */
export async function allocateId(
  tx: WriteTx,
  label: NodeLabel,
  requested: string | null,
  text: string,
  contended = false,
): Promise<string> {
  if (requested) {
    const rows = await tx.run(node.findNodeLabelsByIds, { ids: [requested] });
    if (rows.length > 0) throw new ConflictError(`"${requested}" already exists`, { id: requested });
    return requested;
  }
  const candidates = idCandidates(label, text);
  const base = candidates[0] ?? `${label.toLowerCase()}:item`;
  if (!contended) {
    const taken = new Set((await tx.run(node.findNodeLabelsByIds, { ids: candidates })).map((row) => row.id));
    const free = candidates.find((candidate) => !taken.has(candidate));
    if (free) return free;
  }
  return `${base}-${randomBytes(5).toString('hex')}`;
}

/** Attempts at a generated id before giving up: the first readable, the rest with a random suffix. */
const ID_ATTEMPTS = 4;

/**
 * Creates one node in a write transaction: checks what it refers to, allocates its id, runs
 * `create`. A generated id that a concurrent write took first (the uniqueness constraint says
 * so at commit) is allocated again; only an id the client chose can end in CONFLICT.
 */
export async function createNode<T>(
  db: Executor,
  spec: { label: NodeLabel; requestedId: string | null; idText: string; references?: readonly NodeReference[] },
  create: (tx: WriteTx, id: string) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      const { result } = await db.writeTx(async (tx) => {
        await requireNodes(tx, spec.references ?? []);
        return create(tx, await allocateId(tx, spec.label, spec.requestedId, spec.idText, attempt > 1));
      });
      return result;
    } catch (error) {
      if (!(error instanceof ConflictError) || error.id !== undefined) throw error;
      if (spec.requestedId) throw new ConflictError(`"${spec.requestedId}" already exists`, { id: spec.requestedId });
      if (attempt >= ID_ATTEMPTS) throw error;
    }
  }
}

/**
 * Refuses an update or delete when the item changed after the revision its editor read (no lost
 * updates). Runs inside the write transaction, which holds the map's revision lock, so nothing
 * can change the item between this check and the commit.
 */
export async function requireUnchangedSince(tx: WriteTx, id: string, expected: number | null | undefined): Promise<void> {
  if (expected === null || expected === undefined) return;
  const [later] = await tx.run(revision.findLaterChanges, { ids: [id], revision: expected });
  if (later) {
    throw new ConflictError(
      `"${id}" changed in revision ${later.revision}, after revision ${expected}: read it again and reapply the edit`,
      { id, field: 'expectedRevision', extra: { currentRevision: tx.revision - 1, changedIn: later.revision } },
    );
  }
}
