/**
 * The evaluation engine: which claims stand. Pure and database-free; imports nothing outside
 * src/domain. Translation of a map into a Dung framework, extension semantics (grounded,
 * complete, preferred, stable), gradual strengths, explanations, scenarios, issue verdicts
 * and the ICCMA / ASPARTIX formats. See docs/evaluation.md.
 */
export * from './errors.js';
export * from './types.js';
export { deriveFramework, nodeOf, nodeName, itemIdOf, NodeKind, type DerivedFramework } from './translate.js';
export { evaluateMap, evaluateDerived, inIds, EXCLUDED_STATUS, type Evaluation, type EvaluateOptions } from './evaluate.js';
export { DEFAULT_BUDGET, solveSemantics, type SolveBudget, type SemanticsSolution } from './solve.js';
export { gradualStrengths, type GradualOptions, type GradualResult } from './gradual.js';
export {
  explain,
  type Explanation,
  type ExplanationStep,
  type DisputeNode,
  type ExplainOptions,
  type Failure,
  type JustificationStep,
  type JustifiedClaim,
  type Words,
} from './explain.js';
export { shortLabels, speakerNames, firstWords, wordForms, type Speaker } from './wording.js';
export {
  issueVerdict,
  verdictOf,
  type Answer,
  type PositionInput,
  type PositionStatus,
  type SemanticsVerdict,
  type VerdictOptions,
} from './verdict.js';
export { toIccma, toApx, iccmaText, parseIccma, type Serialised } from './interchange.js';
export {
  frameworkOf,
  frameworkFromPairs,
  groundedLabelling,
  stronglyConnectedComponents,
  isCompleteLabelling,
  IN,
  OUT,
  UNDEC,
  type Framework,
  type Labelling,
} from './framework.js';
export { EvaluationSnapshot, scenarioKey, type MapAtRevision } from './snapshot.js';
