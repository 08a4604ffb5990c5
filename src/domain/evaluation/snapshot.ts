import { evaluateDerived, type Evaluation } from './evaluate.js';
import { explain, type Explanation } from './explain.js';
import { gradualStrengths, type GradualResult } from './gradual.js';
import { deriveFramework, type DerivedFramework } from './translate.js';
import type { EvaluationMap, ScenarioInput, Semantics } from './types.js';
import { verdictOf, type SemanticsVerdict } from './verdict.js';
import type { Stance } from '../index.js';

/** The map as it stood at one revision, as evaluation reads it. */
export interface MapAtRevision {
  /** Names the revision uniquely (epoch and number). */
  key: string;
  revision: number;
  map: EvaluationMap;
  texts: ReadonlyMap<string, string>;
  positions: readonly { claimId: string; issueId: string; stance: Stance }[];
}

/** A scenario in a canonical form, so the same what-if asked twice is one cache entry. */
export function scenarioKey(scenario: ScenarioInput | null | undefined): string {
  if (!scenario) return '';
  const part = (ids: readonly string[] | null | undefined) => [...new Set(ids ?? [])].sort().join(',');
  return [scenario.excludeActorIds, scenario.excludeSourceIds, scenario.excludeIds, scenario.assumeIds, scenario.rejectIds]
    .map(part)
    .join('|');
}

/** At most this many evaluations (semantics x scenario) are kept per revision. */
const KEPT = 64;

/**
 * Evaluations of one revision of the map, computed on first use and kept: the framework per
 * scenario, the labelling per semantics and scenario, the gradual strengths per scenario.
 * A new revision gets a new snapshot, so nothing here is ever stale.
 */
export class EvaluationSnapshot {
  private readonly derived = new Map<string, DerivedFramework>();
  private readonly evaluations = new Map<string, Evaluation>();
  private readonly strengths = new Map<string, GradualResult>();

  constructor(readonly state: MapAtRevision) {}

  get revision(): number {
    return this.state.revision;
  }

  private keep<T>(cache: Map<string, T>, key: string, make: () => T): T {
    const found = cache.get(key);
    if (found !== undefined) return found;
    const made = make();
    if (cache.size >= KEPT) cache.delete(cache.keys().next().value as string);
    cache.set(key, made);
    return made;
  }

  framework(scenario?: ScenarioInput | null): DerivedFramework {
    return this.keep(this.derived, scenarioKey(scenario), () => deriveFramework(this.state.map, scenario ?? {}));
  }

  evaluate(semantics: Semantics, scenario?: ScenarioInput | null): Evaluation {
    return this.keep(this.evaluations, `${semantics}#${scenarioKey(scenario)}`, () =>
      evaluateDerived(this.framework(scenario), { semantics }),
    );
  }

  gradual(scenario?: ScenarioInput | null): GradualResult {
    return this.keep(this.strengths, scenarioKey(scenario), () =>
      gradualStrengths(this.state.map, { scenario: scenario ?? {} }, this.framework(scenario)),
    );
  }

  explain(id: string, semantics: Semantics, scenario?: ScenarioInput | null): Explanation | null {
    const evaluation = this.evaluate(semantics, scenario);
    return explain(this.framework(scenario), id, {
      textOf: (claimId) => this.state.texts.get(claimId),
      ...(semantics === 'GROUNDED' ? {} : { labelling: evaluation.solution.labels }),
    });
  }

  verdict(issueId: string, semantics: Semantics, scenario?: ScenarioInput | null): SemanticsVerdict {
    const positions = this.state.positions.filter((p) => p.issueId === issueId);
    return verdictOf(this.evaluate(semantics, scenario), positions);
  }
}
