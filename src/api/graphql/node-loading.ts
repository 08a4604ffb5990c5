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

/** The survivor a claim or actor id merged away names now (mergeClaims, mergeActors); null for any other id. */
export function survivorOf(loaders: Loaders, label: NodeLabel, id: string): Promise<string | null> {
  return label === 'Claim' || label === 'Actor' ? loaders.survivor.load(id) : Promise.resolve(null);
}

/** A node by id; for an id merged away, the survivor it names now. */
export async function loadNodeOrSurvivor(loaders: Loaders, label: NodeLabel, id: string): Promise<NodeRecord | null> {
  const found = await loadNode(loaders, label, id);
  if (found) return found;
  const into = await survivorOf(loaders, label, id);
  return into === null ? null : loadNode(loaders, label, into);
}

/** For fields declared non-null whose target must exist (a dangling reference is a server fault). */
export async function required<T>(value: Promise<T | null>, what: string): Promise<T> {
  const result = await value;
  if (result === null) throw new Error(`${what} is missing`);
  return result;
}
