import { EvaluationInputError } from './errors.js';
import { IN, type Labelling } from './framework.js';
import { solveSemantics, type SemanticsSolution, type SolveBudget } from './solve.js';
import { deriveFramework, NodeKind, type DerivedFramework } from './translate.js';
import { SEMANTICS, type EvaluationMap, type ItemStatus, type Label, type ScenarioInput, type Semantics } from './types.js';

export interface EvaluateOptions extends SolveBudget {
  /** Default GROUNDED. */
  semantics?: Semantics;
  scenario?: ScenarioInput;
}

/** Status of an item the scenario left out: not accepted under any semantics. */
export const EXCLUDED_STATUS: Readonly<ItemStatus & { excluded: true }> = {
  label: 'OUT',
  credulous: false,
  sceptical: false,
  excluded: true,
};

const LABEL: readonly Label[] = ['UNDEC', 'IN', 'OUT'];

/** The outcome of evaluating a map under one semantics and one scenario. */
export interface Evaluation {
  readonly semantics: Semantics;
  readonly derived: DerivedFramework;
  readonly solution: SemanticsSolution;
  /** Status of a claim or argument; `EXCLUDED_STATUS` when the scenario left it out; null when the map has no such id. */
  statusOf(id: string): (ItemStatus & { excluded?: boolean }) | null;
  /** How many claims are IN, OUT and UNDEC (left-out claims not counted). */
  readonly claimCounts: Record<Label, number>;
  readonly extensionCount: number;
  readonly extensionCountExact: boolean;
  /** The claims and arguments IN in each listed extension (at most listExtensions). */
  extensionIds(): string[][];
}

export function labelName(code: number): Label {
  return LABEL[code]!;
}

/** Checks the option values a caller passes through from a request. */
function checkOptions(options: EvaluateOptions): void {
  if (options.semantics !== undefined && !SEMANTICS.includes(options.semantics))
    throw new EvaluationInputError('semantics', `Unknown semantics "${String(options.semantics)}": use one of ${SEMANTICS.join(', ')}`);
  for (const key of ['timeBudgetMs', 'maxComponentNodes', 'maxExtensions', 'listExtensions'] as const) {
    const value = options[key];
    if (value !== undefined && !(Number.isInteger(value) && value > 0))
      throw new EvaluationInputError(key, `${key} must be a positive whole number`);
  }
}

/** Evaluates an already derived framework (derive once per scenario, evaluate under several semantics). */
export function evaluateDerived(derived: DerivedFramework, options: EvaluateOptions = {}): Evaluation {
  checkOptions(options);
  const semantics = options.semantics ?? 'GROUNDED';
  const solution = solveSemantics(derived.af, semantics, options);
  const { labels, credulous, sceptical } = solution;
  const claimCounts: Record<Label, number> = { IN: 0, OUT: 0, UNDEC: 0 };
  for (let i = 0; i < derived.claimNode.length; i += 1) {
    const v = derived.claimNode[i]!;
    if (v >= 0) claimCounts[LABEL[labels[v]!]!] += 1;
  }
  const statusOfNode = (v: number): ItemStatus => ({
    label: LABEL[labels[v]!]!,
    credulous: credulous[v] === 1,
    sceptical: sceptical[v] === 1,
  });
  return {
    semantics,
    derived,
    solution,
    claimCounts,
    extensionCount: solution.extensionCount,
    extensionCountExact: solution.extensionCountExact,
    statusOf(id) {
      const c = derived.claimIndex.get(id);
      const a = c === undefined ? derived.argumentIndex.get(id) : undefined;
      if (c === undefined && a === undefined) return null;
      const v = c !== undefined ? derived.claimNode[c]! : derived.argumentNode[a!]!;
      return v < 0 ? EXCLUDED_STATUS : statusOfNode(v);
    },
    extensionIds: () => solution.extensions.map((labelling) => inIds(derived, labelling)),
  };
}

/** The claims and arguments a labelling has IN, claims first. */
export function inIds(derived: DerivedFramework, labelling: Labelling): string[] {
  const ids: string[] = [];
  for (let v = 0; v < derived.af.size; v += 1) {
    if (labelling[v] !== IN) continue;
    const k = derived.kind[v];
    if (k === NodeKind.CLAIM) ids.push(derived.claimIds[derived.item[v]!]!);
    else if (k === NodeKind.ARGUMENT) ids.push(derived.argumentIds[derived.item[v]!]!);
  }
  return ids;
}

/** Evaluates a map: translation (docs/evaluation.md) and the chosen semantics, under a scenario. */
export function evaluateMap(map: EvaluationMap, options: EvaluateOptions = {}): Evaluation {
  return evaluateDerived(deriveFramework(map, options.scenario ?? {}), options);
}
