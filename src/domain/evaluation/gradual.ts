import { EvaluationInputError } from './errors.js';
import { deriveFramework, type DerivedFramework } from './translate.js';
import type { EvaluationMap, ScenarioInput } from './types.js';

/**
 * Gradual semantics: the quadratic-energy model of weighted bipolar argumentation (Potyka,
 * "Continuous dynamical systems for weighted bipolar argumentation", KR 2018). Items outside
 * cycles are computed once, in topological order, from their final inputs (the model's
 * exact value there); items on or after a cycle follow its continuous dynamical system with
 * explicit Euler steps, which settles cycles where the plain iteration can oscillate. Each claim has a base score (default 0.5); each argument a
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
  /** At most this many sweeps over the items on or after cycles; `converged` says whether the tolerance was reached. Default 1000. */
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
  // Items as one array: claims 0..nc-1, arguments nc..nc+na-1. What feeds each item: the
  // arguments concluding a claim, the undercuts of an argument (CSR).
  const total = nc + na;
  const feedStart = new Int32Array(total + 1);
  for (let i = 0; i < na; i += 1) {
    if (argumentNode[i]! < 0) continue;
    feedStart[(conclusion[i]! >= 0 ? conclusion[i]! : nc + target[i]!) + 1]! += 1;
  }
  for (let u = 0; u < total; u += 1) feedStart[u + 1]! += feedStart[u]!;
  const feeds = new Int32Array(feedStart[total]!);
  const fill = feedStart.slice(0, total);
  for (let i = 0; i < na; i += 1) {
    if (argumentNode[i]! < 0) continue;
    feeds[fill[conclusion[i]! >= 0 ? conclusion[i]! : nc + target[i]!]!++] = i;
  }
  const S = new Float64Array(total);
  S.set(claimBase);
  S.set(argumentBase, nc);
  for (let i = 0; i < nc; i += 1) if (claimFixed[i]! >= 0) S[i] = claimFixed[i]!;
  for (let i = 0; i < na; i += 1) if (argumentFixed[i]! >= 0) S[nc + i] = argumentFixed[i]!;
  const force = (i: number): number => {
    let weakest = 1;
    for (let j = premiseStart[i]!, end = premiseStart[i + 1]!; j < end; j += 1) weakest = Math.min(weakest, S[premises[j]!]!);
    return S[nc + i]! * weakest;
  };
  /** The strength the model gives item u from the current strengths of what feeds it. */
  const targetOf = (u: number): number => {
    const fixed = u < nc ? claimFixed[u]! : argumentFixed[u - nc]!;
    if (fixed >= 0) return fixed;
    let energy = 0;
    for (let j = feedStart[u]!, end = feedStart[u + 1]!; j < end; j += 1) {
      const a = feeds[j]!;
      energy += u < nc && support[a] ? force(a) : -force(a);
    }
    return strength(u < nc ? claimBase[u]! : argumentBase[u - nc]!, energy);
  };

  // Kahn's order over premise -> argument -> conclusion and undercut -> target: an item outside
  // every cycle (and not downstream of one) is computed exactly, once, after what feeds it.
  const pending = new Int32Array(total);
  for (let u = 0; u < total; u += 1) pending[u] = feedStart[u + 1]! - feedStart[u]!;
  const premiseOfStart = new Int32Array(nc + 1);
  for (let i = 0; i < na; i += 1) {
    if (argumentNode[i]! < 0) continue;
    pending[nc + i]! += premiseStart[i + 1]! - premiseStart[i]!;
    for (let j = premiseStart[i]!; j < premiseStart[i + 1]!; j += 1) premiseOfStart[premises[j]! + 1]! += 1;
  }
  for (let c = 0; c < nc; c += 1) premiseOfStart[c + 1]! += premiseOfStart[c]!;
  const premiseOf = new Int32Array(premiseOfStart[nc]!);
  const premiseFill = premiseOfStart.slice(0, nc);
  for (let i = 0; i < na; i += 1) {
    if (argumentNode[i]! < 0) continue;
    for (let j = premiseStart[i]!; j < premiseStart[i + 1]!; j += 1) premiseOf[premiseFill[premises[j]!]!++] = i;
  }
  const done = new Uint8Array(total);
  const queue = new Int32Array(total);
  let head = 0;
  let tail = 0;
  for (let u = 0; u < total; u += 1) {
    const gone = u < nc ? claimNode[u]! < 0 : argumentNode[u - nc]! < 0;
    if (gone) done[u] = 1;
    else if (pending[u] === 0) queue[tail++] = u;
  }
  const release = (v: number) => {
    pending[v]! -= 1;
    if (pending[v] === 0) queue[tail++] = v;
  };
  while (head < tail) {
    const u = queue[head++]!;
    S[u] = targetOf(u);
    done[u] = 1;
    if (u < nc) {
      for (let j = premiseOfStart[u]!; j < premiseOfStart[u + 1]!; j += 1) release(nc + premiseOf[j]!);
    } else {
      const i = u - nc;
      release(conclusion[i]! >= 0 ? conclusion[i]! : nc + target[i]!);
    }
  }
  // The rest (on or after a cycle): Euler steps of the continuous model, in place, to convergence.
  const rest: number[] = [];
  for (let u = 0; u < total; u += 1) if (!done[u]) rest.push(u);
  let iterations = 1;
  let residual = 0;
  if (rest.length > 0) {
    residual = Infinity;
    iterations = 0;
    while (iterations < maxIterations && residual > tolerance) {
      residual = 0;
      for (const u of rest) {
        const s = S[u]!;
        const next = s + step * (targetOf(u) - s);
        S[u] = next;
        residual = Math.max(residual, Math.abs(next - s));
      }
      iterations += 1;
    }
  }
  const claimS = S.slice(0, nc);
  const argumentS = S.slice(nc);
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
