// What the interchange converters share: their error, the tally of what a format could not carry, an empty document.
import { InvalidInputError } from '../domain/errors.js';
import type { GraphDocument } from '../domain/graph-document.js';

/**
 * A file or text that cannot be read as the format it is said to be in: invalid input, whose
 * `field` names where it came from (the input field of a mutation, or the file).
 */
export class InterchangeError extends InvalidInputError {}

/** Counts, by reason, the nodes and edges a conversion could not carry over. */
export class Tally {
  readonly counts = new Map<string, number>();
  add(reason: string, n = 1): void {
    if (n > 0) this.counts.set(reason, (this.counts.get(reason) ?? 0) + n);
  }
  merge(other: Tally): void {
    for (const [reason, n] of other.counts) this.add(reason, n);
  }
  get total(): number {
    return [...this.counts.values()].reduce((a, b) => a + b, 0);
  }
  toJSON(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort((a, b) => b[1] - a[1]));
  }
}

export function emptyDocument(): GraphDocument {
  return {
    issues: [],
    actors: [],
    affiliations: [],
    sources: [],
    provisions: [],
    claims: [],
    arguments: [],
    assertions: [],
    citations: [],
    positions: [],
  };
}
