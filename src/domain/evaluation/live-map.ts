import type { Stance } from '../index.js';
import type { MapAtRevision } from './snapshot.js';
import type { EvaluationArgument, EvaluationAssertion } from './types.js';

// What evaluation reads of each item, as tuples (the form the map is read in).
export type ClaimItem = readonly [id: string, text: string];
export type ArgumentItem = readonly [
  id: string,
  kind: EvaluationArgument['kind'],
  attackKind: EvaluationArgument['attackKind'],
  premiseIds: readonly string[],
  conclusionId: string | null,
  targetArgumentId: string | null,
];
export type AssertionItem = readonly [
  id: string,
  actorId: string,
  sourceId: string | null,
  claimId: string | null,
  argumentId: string | null,
];
export type PositionItem = readonly [claimId: string, issueId: string, stance: Stance];

/** The whole map as evaluation reads it: every claim, argument, assertion and position. */
export interface MapItems {
  claims: readonly ClaimItem[];
  arguments: readonly ArgumentItem[];
  assertions: readonly AssertionItem[];
  positions: readonly PositionItem[];
}

/**
 * What changed after a revision: the ids of every claim, argument and assertion changed (one
 * without a present state among the items was deleted), the present state of those that exist,
 * every argument a changed claim is now a premise of, and the positions of the changed claims
 * (all positions when an issue changed).
 */
export interface MapChanges extends MapItems {
  changed: readonly string[];
  issueChanged: boolean;
}

interface Position {
  claimId: string;
  issueId: string;
  stance: Stance;
}

const argumentOf = ([id, kind, attackKind, premiseIds, conclusionId, targetArgumentId]: ArgumentItem): EvaluationArgument => ({
  id,
  kind,
  attackKind,
  premiseIds,
  conclusionId,
  targetArgumentId,
});
const assertionOf = ([id, actorId, sourceId, claimId, argumentId]: AssertionItem): EvaluationAssertion => ({
  id,
  actorId,
  sourceId,
  claimId,
  argumentId,
});

/**
 * The map evaluation works on, kept between revisions: read whole once, then brought forward by
 * what each revision changed (the revision log names the nodes), so a write costs evaluation the
 * nodes it touched rather than another read of the whole map.
 */
export class LiveMap {
  private readonly claims = new Map<string, { id: string; text: string }>();
  private readonly arguments = new Map<string, EvaluationArgument>();
  private readonly assertions = new Map<string, EvaluationAssertion>();
  private readonly positions = new Map<string, Position[]>();

  constructor(
    readonly epoch: string,
    private at: number,
    items: MapItems,
  ) {
    for (const [id, text] of items.claims) this.claims.set(id, { id, text });
    for (const item of items.arguments) this.arguments.set(item[0], argumentOf(item));
    for (const item of items.assertions) this.assertions.set(item[0], assertionOf(item));
    this.addPositions(items.positions);
  }

  /** The revision the map stands at. */
  get revision(): number {
    return this.at;
  }

  /** Claims, arguments and assertions held. */
  get size(): number {
    return this.claims.size + this.arguments.size + this.assertions.size;
  }

  /** Brings the map to `revision` with what changed after the one it stood at. */
  apply(revision: number, changes: MapChanges): void {
    const changed = new Set(changes.changed);
    for (const id of changed) {
      this.claims.delete(id);
      this.assertions.delete(id);
    }
    for (const [id, text] of changes.claims) this.claims.set(id, { id, text });
    for (const item of changes.assertions) this.assertions.set(item[0], assertionOf(item));

    const present = new Map(changes.arguments.map((item) => [item[0], argumentOf(item)]));
    for (const id of changed) if (!present.has(id)) this.arguments.delete(id);
    // An argument not read again still stands as it was, except for the changed claims among its
    // premises: a claim that is still a premise would have brought the argument along.
    for (const [id, argument] of this.arguments) {
      if (present.has(id) || !argument.premiseIds.some((p) => changed.has(p))) continue;
      this.arguments.set(id, { ...argument, premiseIds: argument.premiseIds.filter((p) => !changed.has(p)) });
    }
    for (const [id, argument] of present) this.arguments.set(id, argument);

    if (changes.issueChanged) this.positions.clear();
    else for (const id of changed) this.positions.delete(id);
    this.addPositions(changes.positions);
    this.at = revision;
  }

  /** The map as it stands, for a snapshot (arrays of its own: later changes do not reach it). */
  state(key: string): MapAtRevision {
    const claims = [...this.claims.values()];
    return {
      key,
      revision: this.at,
      map: { claims, arguments: [...this.arguments.values()], assertions: [...this.assertions.values()] },
      texts: new Map(claims.map((c) => [c.id, c.text])),
      positions: [...this.positions.values()].flat(),
    };
  }

  private addPositions(items: readonly PositionItem[]): void {
    for (const [claimId, issueId, stance] of items) {
      const list = this.positions.get(claimId);
      if (list) list.push({ claimId, issueId, stance });
      else this.positions.set(claimId, [{ claimId, issueId, stance }]);
    }
  }
}
