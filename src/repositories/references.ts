import type { WriteTx } from '../db/executor.js';
import { idCandidates, type NodeLabel } from '../domain/ids.js';
import { conflict, notFound } from '../api/errors.js';

export interface Reference {
  id: string;
  label: NodeLabel;
  /** The input field that named it, for the error. */
  field: string;
}

/** Checks inside the write transaction that every referenced node exists; NOT_FOUND names the first missing one. */
export async function requireNodes(tx: WriteTx, refs: readonly Reference[]): Promise<void> {
  if (refs.length === 0) return;
  const rows = await tx.run('node/find-node-labels-by-ids', { ids: [...new Set(refs.map((ref) => ref.id))] });
  const found = new Map(rows.map((row) => [String(row.id), String(row.label)]));
  for (const ref of refs) {
    if (found.get(ref.id) !== ref.label) throw notFound(ref.label, ref.id, ref.field);
  }
}

/** A readable id that is still free: the caller's own (CONFLICT if taken) or one made from the text. */
export async function allocateId(tx: WriteTx, label: NodeLabel, requested: string | null, text: string): Promise<string> {
  if (requested) {
    const rows = await tx.run('node/find-node-labels-by-ids', { ids: [requested] });
    if (rows.length > 0) throw conflict(`"${requested}" already exists`, 'id');
    return requested;
  }
  const candidates = idCandidates(label, text);
  const taken = new Set((await tx.run('node/find-node-labels-by-ids', { ids: candidates })).map((row) => String(row.id)));
  const free = candidates.find((candidate) => !taken.has(candidate));
  if (free) return free;
  const base = candidates[0] ?? `${label.toLowerCase()}:item`;
  return `${base}-${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}
