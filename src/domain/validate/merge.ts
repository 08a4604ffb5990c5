import { invalid } from '../errors.js';
import type { NodeLabel } from '../ids.js';
import { idOf, type InputReference } from '../validation.js';

/** The most nodes one merge takes into its survivor. */
export const MAX_MERGED = 20;

/** A merge as asked: the survivor and the nodes merged into it, in order, each a distinct id of the label. */
export interface ValidMerge {
  intoId: string;
  fromIds: string[];
  /** The merged nodes, each with the input field that names it (the survivor is `intoId`). */
  references: InputReference[];
}

/**
 * Checks a merge's ids: well formed and of the label, at least one and at most MAX_MERGED merged,
 * none twice, the survivor not among them.
 */
export function validateMerge(label: 'Claim' | 'Actor', raw: { intoId: string; fromIds: readonly string[] }): ValidMerge {
  const intoId = idOf(label, raw.intoId, 'intoId');
  if (raw.fromIds.length === 0)
    throw invalid('fromIds', `fromIds is empty: name at least one ${label.toLowerCase()} to merge into ${intoId}`);
  if (raw.fromIds.length > MAX_MERGED) throw invalid('fromIds', `At most ${MAX_MERGED} ${label.toLowerCase()}s are merged at once`);
  const fromIds = raw.fromIds.map((id, i) => idOf(label, id, `fromIds[${i}]`));
  fromIds.forEach((id, i) => {
    if (id === intoId) throw invalid(`fromIds[${i}]`, `fromIds[${i}] "${id}" is the survivor (intoId): a node is not merged into itself`);
    if (fromIds.indexOf(id) !== i) throw invalid(`fromIds[${i}]`, `fromIds[${i}] "${id}" is listed twice`);
  });
  return { intoId, fromIds, references: fromIds.map((id, i) => ({ id, label: label satisfies NodeLabel, field: `fromIds[${i}]` })) };
}
