import type { Stance } from '../index.js';
import { evaluateDerived, type Evaluation } from './evaluate.js';
import type { SolveBudget } from './solve.js';
import { deriveFramework } from './translate.js';
import { SEMANTICS, type EvaluationMap, type ItemStatus, type ScenarioInput, type Semantics } from './types.js';

export interface PositionInput {
  claimId: string;
  stance: Stance;
}

export interface PositionStatus extends PositionInput {
  status: ItemStatus & { excluded?: boolean };
}

/**
 * The answer an issue gets under one semantics: PRO when some PRO position stands (is IN)
 * and no CON one does, CON the other way round, CONTESTED when both do, OPEN when neither.
 */
export type Answer = 'PRO' | 'CON' | 'CONTESTED' | 'OPEN';

export interface SemanticsVerdict {
  semantics: Semantics;
  answer: Answer;
  positions: PositionStatus[];
  /** Claim ids of the positions that stand (label IN), by stance. */
  standing: Record<Stance, string[]>;
  /** Positions accepted in at least one extension, by stance. */
  credulous: Record<Stance, string[]>;
  extensionCount: number;
  extensionCountExact: boolean;
}

export interface VerdictOptions extends SolveBudget {
  scenario?: ScenarioInput;
  /** Default all four. */
  semantics?: readonly Semantics[];
}

/** Which positions on an issue stand under each semantics. Positions on claims absent from the map are ignored. */
export function issueVerdict(map: EvaluationMap, positions: readonly PositionInput[], options: VerdictOptions = {}): SemanticsVerdict[] {
  const derived = deriveFramework(map, options.scenario ?? {});
  return (options.semantics ?? SEMANTICS).map((semantics) => verdictOf(evaluateDerived(derived, { ...options, semantics }), positions));
}

export function verdictOf(evaluation: Evaluation, positions: readonly PositionInput[]): SemanticsVerdict {
  const known: PositionStatus[] = [];
  for (const p of positions) {
    const status = evaluation.statusOf(p.claimId);
    if (status) known.push({ ...p, status });
  }
  const by = (test: (s: PositionStatus) => boolean): Record<Stance, string[]> => ({
    PRO: known.filter((s) => s.stance === 'PRO' && test(s)).map((s) => s.claimId),
    CON: known.filter((s) => s.stance === 'CON' && test(s)).map((s) => s.claimId),
    NEUTRAL: known.filter((s) => s.stance === 'NEUTRAL' && test(s)).map((s) => s.claimId),
  });
  const standing = by((s) => s.status.label === 'IN');
  const pro = standing.PRO.length > 0;
  const con = standing.CON.length > 0;
  return {
    semantics: evaluation.semantics,
    answer: pro && con ? 'CONTESTED' : pro ? 'PRO' : con ? 'CON' : 'OPEN',
    positions: known,
    standing,
    credulous: by((s) => s.status.credulous),
    extensionCount: evaluation.extensionCount,
    extensionCountExact: evaluation.extensionCountExact,
  };
}
