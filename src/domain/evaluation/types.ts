/** The vocabulary of evaluation (DESIGN.md section 7) and the in-memory map it reads. */

export type Semantics = 'GROUNDED' | 'COMPLETE' | 'PREFERRED' | 'STABLE';
export const SEMANTICS: readonly Semantics[] = ['GROUNDED', 'COMPLETE', 'PREFERRED', 'STABLE'];
export type Label = 'IN' | 'OUT' | 'UNDEC';

export interface EvaluationClaim {
  id: string;
}

export interface EvaluationArgument {
  id: string;
  kind: 'SUPPORT' | 'ATTACK';
  attackKind: 'REBUT' | 'UNDERMINE' | 'UNDERCUT' | null;
  premiseIds: readonly string[];
  conclusionId: string | null;
  targetArgumentId: string | null;
  /** Base score of the argument for gradual semantics, in [0, 1]; default 1. */
  weight?: number;
}

export interface EvaluationAssertion {
  id: string;
  actorId: string;
  sourceId: string | null;
  claimId: string | null;
  argumentId: string | null;
}

/** The part of the map evaluation reads: a whole map, an issue's map or a neighbourhood. */
export interface EvaluationMap {
  claims: readonly EvaluationClaim[];
  arguments: readonly EvaluationArgument[];
  assertions?: readonly EvaluationAssertion[];
  /** Base scores for gradual semantics by claim or argument id, in [0, 1]. */
  baseScores?: ReadonlyMap<string, number>;
}

/** What-if: the map as it would stand without some items, or with some assumed or rejected (DESIGN.md ScenarioInput). */
export interface ScenarioInput {
  excludeActorIds?: readonly string[] | null;
  excludeSourceIds?: readonly string[] | null;
  /** Claims, arguments or assertions to leave out. */
  excludeIds?: readonly string[] | null;
  /** Claims or arguments forced IN: nothing attacks them and they need no support. */
  assumeIds?: readonly string[] | null;
  /** Claims or arguments forced OUT: an unattacked attacker is added. */
  rejectIds?: readonly string[] | null;
}

export interface ItemStatus {
  label: Label;
  /** Some extension (labelling) of the semantics has the item IN. */
  credulous: boolean;
  /** Every extension has the item IN (false when the semantics has no extension). */
  sceptical: boolean;
}
