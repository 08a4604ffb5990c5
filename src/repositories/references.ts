import { randomBytes } from 'node:crypto';

import type { Executor, WriteTx } from '../db/executor.js';
import type { Statement } from '../db/statement.js';
import * as node from '../db/statements/node.js';
import * as revision from '../db/statements/revision.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../domain/errors.js';
import { idCandidates, type NodeLabel } from '../domain/ids.js';
import type { InputReference } from '../domain/validation.js';

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
 * A readable id that is still free (no node has it, and no merge took it): the caller's own
 * (CONFLICT if taken) or one made from the text. A `contended` allocation (a concurrent write took the readable id first) skips straight
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
    const rows = await tx.run(node.findTakenIds, { ids: [requested] });
    if (rows.length > 0) throw new ConflictError(`"${requested}" already exists`, { id: requested });
    return requested;
  }
  const candidates = idCandidates(label, text);
  const base = candidates[0] ?? `${label.toLowerCase()}:item`;
  if (!contended) {
    const taken = new Set((await tx.run(node.findTakenIds, { ids: candidates })).map((row) => row.id));
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

/**
 * Checks inside an update's transaction that every node it refers to is in the map: a reference to
 * a node that does not exist, or that another map holds, is the input's fault (BAD_USER_INPUT
 * naming the field), and the two are not told apart (a private map's ids stay unknown).
 */
export async function requireInMap(tx: WriteTx, refs: readonly InputReference[]): Promise<void> {
  if (refs.length === 0) return;
  const rows = await tx.run(node.findNodeLabelsByIds, { ids: [...new Set(refs.map((ref) => ref.id))] });
  const found = new Map(rows.map((row) => [row.id, row.label]));
  for (const ref of refs) {
    if (found.get(ref.id) !== ref.label) {
      throw new InvalidInputError(
        ref.field,
        `${ref.field}: this map holds no ${ref.label.toLowerCase()} "${ref.id}" (an item joins nodes of its own map only)`,
      );
    }
  }
}

/**
 * An update of one node: `change` makes its new state from its current one (the entity's
 * validator, given by the caller, which knows the input).
 */
export interface UpdateRequest<C, V> {
  id: string;
  change: (current: C) => V;
  expectedRevision?: number | null;
}

/**
 * Changes one node in a write transaction, as one revision: CONFLICT when it changed after
 * `expectedRevision`, NOT_FOUND when it is gone. The node is read as it is (by its by-ids
 * statement, or `read`), under the map's lock, so nothing changes it meanwhile; the request's
 * `change` makes its new state and `write` writes it.
 */
export async function updateNode<C, V, T>(
  db: Executor,
  label: NodeLabel,
  { id, change, expectedRevision }: UpdateRequest<C, V>,
  read: Statement<{ ids: readonly string[] }, { item: C }> | ((tx: WriteTx) => Promise<C | undefined>),
  write: (tx: WriteTx, next: V, current: C) => Promise<T>,
): Promise<T> {
  const { result } = await db.writeTx(async (tx) => {
    await requireUnchangedSince(tx, id, expectedRevision);
    const current = typeof read === 'function' ? await read(tx) : (await tx.run(read, { ids: [id] }))[0]?.item;
    if (current === undefined) throw new NotFoundError(label, id);
    return write(tx, change(current), current);
  });
  return result;
}

/** What depends on a node, by relation (`assertions`, `citedBy`...): its first ids and how many there are. */
export interface Dependants {
  relation: string;
  count: number;
  ids: string[];
}

/** A delete of one node; `cascade` takes what depends on it too. */
export interface DeleteRequest {
  id: string;
  expectedRevision?: number | null;
  cascade?: boolean | null;
}

/** A deletion as a find-*-deletion statement plans it (see deletionRow). */
export interface DeletionPlan {
  ids: string[];
  dependants: Dependants[];
}

const DEPENDANT_NOUNS: Record<string, [string, string]> = {
  assertions: ['assertion', 'assertions'],
  affiliations: ['affiliation', 'affiliations'],
  members: ['member', 'members'],
  citedBy: ['citation', 'citations'],
  parts: ['part', 'parts'],
  positions: ['position', 'positions'],
};

function describeDependants(dependants: readonly Dependants[]): string {
  return dependants
    .map(({ relation, count, ids }) => {
      const [one, many] = DEPENDANT_NOUNS[relation] ?? [relation, relation];
      const more = count > ids.length ? `, ${count - ids.length} more` : '';
      return `${count} ${count === 1 ? one : many} (${ids.join(', ')}${more})`;
    })
    .join(', ');
}

/**
 * Deletes a node as its find-*-deletion statement plans, as one revision: NOT_FOUND when it is
 * gone (deleted already); CONFLICT naming what depends on it (`dependants` in the error) unless
 * `cascade`, which takes those too. Returns the ids deleted.
 */
export async function deletePlanned(
  db: Executor,
  label: NodeLabel,
  { id, expectedRevision, cascade }: DeleteRequest,
  plan: Statement<{ id: string }, DeletionPlan> | ((tx: WriteTx) => Promise<DeletionPlan | undefined>),
): Promise<string[]> {
  const { result } = await db.writeTx(async (tx) => {
    await requireUnchangedSince(tx, id, expectedRevision);
    const planned = typeof plan === 'function' ? await plan(tx) : (await tx.run(plan, { id }))[0];
    if (!planned) throw new NotFoundError(label, id);
    if (!cascade && planned.dependants.length > 0) {
      throw new ConflictError(
        `${label} "${id}" has ${describeDependants(planned.dependants)}: change or delete those first, or give cascade: true to remove them with it`,
        { id, extra: { dependants: planned.dependants } },
      );
    }
    await tx.touch(planned.ids, { referrers: true });
    await tx.run(node.deleteNodes, { ids: planned.ids });
    return planned.ids;
  });
  return result;
}
