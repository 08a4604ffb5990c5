import { EvaluationInputError } from './errors.js';
import { deriveFramework, type DerivedFramework } from './translate.js';
import type { EvaluationMap, ScenarioInput } from './types.js';

/**
 * Gradual semantics: the quadratic-energy model of weighted bipolar argumentation (Potyka,
 * "Continuous dynamical systems for weighted bipolar argumentation", KR 2018), solved as its
 * continuous dynamical system with explicit Euler steps, which also settles cycles where the
 * plain iteration can oscillate. Each claim has a base score (default 0.5); each argument a
 * base score (its weight, default 1). An argument's force is its strength times the strength
 * of its weakest premise (a linked argument is as strong as its weakest link); a claim's
 * energy is the force of its supports minus the force of its attacks (rebuttals and
 * underminers alike); an argument's energy is minus the force of its undercuts. Strength:
 * s = b - b·h(-E) + (1 - b)·h(E), with h(x) = max(x, 0)² / (1 + max(x, 0)²), always in [0, 1].
 */

export interface GradualOptions {
  scenario?: ScenarioInput;
  /** Euler step in (0, 1]; 1 is the discrete iteration. Default 0.5. */
  step?: number;
  /** Stop when no strength moves more than this in one step. Default 1e-6. */
  tolerance?: number;
  /** At most this many steps; `converged` says whether the tolerance was reached. Default 1000. */
  maxIterations?: number;
  /** Base score of a claim without one in the map's baseScores. Default 0.5. */
  defaultClaimScore?: number;
  /** Base score of an argument without a weight or base score. Default 1. */
  defaultArgumentScore?: number;
}

export interface GradualResult {
  /** Strength of each claim by the map's claim index (NaN when the scenario left it out). */
  claimStrength: Float64Array;
  argumentStrength: Float64Array;
  /** A claim's or argument's strength, null for an unknown or left-out id. */
  strengthOf(id: string): number | null;
  iterations: number;
  converged: boolean;
  /** Largest change in the last step. */
  residual: number;
}

const h = (x: number) => (x <= 0 ? 0 : (x * x) / (1 + x * x));
const strength = (base: number, energy: number) => base - base * h(-energy) + (1 - base) * h(energy);

function unitScore(value: number, field: string): number {
  if (!(typeof value === 'number' && value >= 0 && value <= 1))
    throw new EvaluationInputError(field, `${field} must be a number between 0 and 1`);
  return value;
}

export function gradualStrengths(
  map: EvaluationMap,
  options: GradualOptions = {},
  derived: DerivedFramework = deriveFramework(map, options.scenario ?? {}),
): GradualResult {
  const step = options.step ?? 0.5;
  if (!(step > 0 && step <= 1)) throw new EvaluationInputError('step', 'step must be in (0, 1]');
  const tolerance = options.tolerance ?? 1e-6;
  if (!(tolerance > 0)) throw new EvaluationInputError('tolerance', 'tolerance must be positive');
  const maxIterations = options.maxIterations ?? 1000;
  if (!(Number.isInteger(maxIterations) && maxIterations > 0))
    throw new EvaluationInputError('maxIterations', 'maxIterations must be a positive whole number');
  const defaultClaim = unitScore(options.defaultClaimScore ?? 0.5, 'defaultClaimScore');
  const defaultArgument = unitScore(options.defaultArgumentScore ?? 1, 'defaultArgumentScore');

  const nc = map.claims.length;
  const na = map.arguments.length;
  const { claimIndex, argumentIndex, claimNode, argumentNode } = derived;
  const claimBase = new Float64Array(nc);
  const argumentBase = new Float64Array(na);
  // Fixed strengths: assumed (1) and rejected (0) items; -1 where free.
  const claimFixed = new Float64Array(nc).fill(-1);
  const argumentFixed = new Float64Array(na).fill(-1);
  for (let i = 0; i < nc; i += 1) {
    const id = map.claims[i]!.id;
    const b = map.baseScores?.get(id);
    claimBase[i] = b === undefined ? defaultClaim : unitScore(b, `baseScores["${id}"]`);
  }
  for (let i = 0; i < na; i += 1) {
    const a = map.arguments[i]!;
    const b = map.baseScores?.get(a.id) ?? a.weight;
    argumentBase[i] = b === undefined ? defaultArgument : unitScore(b, `arguments[${i}].weight`);
  }
  const fix = (ids: readonly string[], value: number) => {
    for (const id of ids) {
      const c = claimIndex.get(id);
      if (c !== undefined) claimFixed[c] = value;
      else argumentFixed[argumentIndex.get(id)!] = value;
    }
  };
  fix(derived.assumedIds, 1);
  fix(derived.rejectedIds, 0);

  const { premiseStart, premises, conclusion, target, support } = derived.structure;
  let claimS = Float64Array.from(claimBase);
  let argumentS = Float64Array.from(argumentBase);
  for (let i = 0; i < nc; i += 1) if (claimFixed[i]! >= 0) claimS[i] = claimFixed[i]!;
  for (let i = 0; i < na; i += 1) if (argumentFixed[i]! >= 0) argumentS[i] = argumentFixed[i]!;
  let nextClaim = new Float64Array(nc);
  let nextArgument = new Float64Array(na);
  const claimEnergy = new Float64Array(nc);
  const argumentEnergy = new Float64Array(na);
  let iterations = 0;
  let residual = Infinity;
  while (iterations < maxIterations && residual > tolerance) {
    claimEnergy.fill(0);
    argumentEnergy.fill(0);
    for (let i = 0; i < na; i += 1) {
      if (argumentNode[i]! < 0) continue;
      let weakest = 1;
      for (let j = premiseStart[i]!, end = premiseStart[i + 1]!; j < end; j += 1) weakest = Math.min(weakest, claimS[premises[j]!]!);
      const force = argumentS[i]! * weakest;
      if (conclusion[i]! >= 0) claimEnergy[conclusion[i]!]! += support[i] ? force : -force;
      else argumentEnergy[target[i]!]! -= force;
    }
    residual = 0;
    for (let i = 0; i < nc; i += 1) {
      const s = claimS[i]!;
      const next = claimFixed[i]! >= 0 ? claimFixed[i]! : s + step * (strength(claimBase[i]!, claimEnergy[i]!) - s);
      nextClaim[i] = next;
      residual = Math.max(residual, Math.abs(next - s));
    }
    for (let i = 0; i < na; i += 1) {
      const s = argumentS[i]!;
      const next = argumentFixed[i]! >= 0 ? argumentFixed[i]! : s + step * (strength(argumentBase[i]!, argumentEnergy[i]!) - s);
      nextArgument[i] = next;
      residual = Math.max(residual, Math.abs(next - s));
    }
    [claimS, nextClaim] = [nextClaim, claimS];
    [argumentS, nextArgument] = [nextArgument, argumentS];
    iterations += 1;
  }
  for (let i = 0; i < nc; i += 1) if (claimNode[i]! < 0) claimS[i] = NaN;
  for (let i = 0; i < na; i += 1) if (argumentNode[i]! < 0) argumentS[i] = NaN;
  const claimStrength = claimS;
  const argumentStrength = argumentS;
  return {
    claimStrength,
    argumentStrength,
    iterations,
    converged: residual <= tolerance,
    residual,
    strengthOf(id) {
      const c = claimIndex.get(id);
      const value = c !== undefined ? claimStrength[c] : argumentIndex.has(id) ? argumentStrength[argumentIndex.get(id)!] : undefined;
      return value === undefined || Number.isNaN(value) ? null : value;
    },
  };
}
