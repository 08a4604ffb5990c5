import type { Loaders } from './loaders.js';
import type { NodeRecord } from '../../domain/index.js';
import type { NodeLabel } from '../../domain/ids.js';

/** Loads any node through the loader of its label, so mixed lists still batch per label. */
export function loadNode(loaders: Loaders, label: NodeLabel, id: string): Promise<NodeRecord | null> {
  switch (label) {
    case 'Claim':
      return loaders.claim.load(id);
    case 'Argument':
      return loaders.argument.load(id);
    case 'Actor':
      return loaders.actor.load(id);
    case 'Source':
      return loaders.source.load(id);
    case 'Provision':
      return loaders.provision.load(id);
    case 'Assertion':
      return loaders.assertion.load(id);
    case 'Issue':
      return loaders.issue.load(id);
  }
}

/**
 * A node through `load`; for a claim or actor id merged away (mergeClaims, mergeActors), the
 * survivor it names now, through the same `load` (which checks the survivor's map).
 */
export async function loadOrSurvivor<T>(
  loaders: Loaders,
  label: NodeLabel,
  id: string,
  load: (id: string) => Promise<T | null>,
): Promise<T | null> {
  const found = await load(id);
  if (found !== null || (label !== 'Claim' && label !== 'Actor')) return found;
  const into = await loaders.survivor.load(id);
  return into === null ? null : load(into);
}

/** A node by id; for an id merged away, the survivor it names now. */
export const loadNodeOrSurvivor = (loaders: Loaders, label: NodeLabel, id: string): Promise<NodeRecord | null> =>
  loadOrSurvivor(loaders, label, id, (key) => loadNode(loaders, label, key));

/** For fields declared non-null whose target must exist (a dangling reference is a server fault). */
export async function required<T>(value: Promise<T | null>, what: string): Promise<T> {
  const result = await value;
  if (result === null) throw new Error(`${what} is missing`);
  return result;
}
