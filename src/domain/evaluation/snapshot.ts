import { evaluateDerived, type Evaluation } from './evaluate.js';
import { groundedLabelling, IN, OUT, UNDEC } from './framework.js';
import { explain, type Explanation, type Words } from './explain.js';
import { gradualStrengths, type GradualResult } from './gradual.js';
import { deriveFramework, nodeOf, type DerivedFramework } from './translate.js';
import type { EvaluationMap, ScenarioInput, Semantics } from './types.js';
import { verdictOf, type SemanticsVerdict } from './verdict.js';
import { firstWords, LabelBook, speakerNames, type Speaker } from './wording.js';
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

/**
 * The short labels of the maps evaluated, kept from one snapshot to the next: a new revision
 * (or a past one) relabels only the claims it changed. Read synchronously, so a snapshot's
 * lookups never interleave with another's.
 */
const LABELS = new LabelBook();

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
  private readonly speakerIds = new Map<string, Map<string, string[]>>();

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

  /** Each claim's short label, unique in the map (wording.ts); a claim the map does not hold is named by the first words of `text`. */
  shortLabel(claimId: string, text?: string): string {
    LABELS.sync(this.state.map.claims, (id) => this.state.texts.get(id) ?? '');
    return LABELS.get(claimId) ?? (text ? firstWords(text) : claimId);
  }

  /** The actors who asserted each claim, in the order of their assertions, without those the scenario sets aside. */
  speakersOf(claimIds: readonly string[], scenario?: ScenarioInput | null): string[] {
    const byClaim = this.keep(this.speakerIds, scenarioKey(scenario), () => {
      const actors = new Set(scenario?.excludeActorIds ?? []);
      const sources = new Set(scenario?.excludeSourceIds ?? []);
      const ids = new Set(scenario?.excludeIds ?? []);
      const map = new Map<string, string[]>();
      for (const a of this.state.map.assertions ?? []) {
        if (a.claimId === null || ids.has(a.id) || actors.has(a.actorId) || (a.sourceId !== null && sources.has(a.sourceId))) continue;
        const list = map.get(a.claimId);
        if (!list) map.set(a.claimId, [a.actorId]);
        else if (!list.includes(a.actorId)) list.push(a.actorId);
      }
      return map;
    });
    return [...new Set(claimIds.flatMap((id) => byClaim.get(id) ?? []))];
  }

  /** How explanations name claims and, given the speakers' names and kinds, who asserted them. */
  private words(scenario: ScenarioInput | null | undefined, speakers: readonly Speaker[]): Words {
    const names = speakerNames(speakers);
    return {
      label: (claimId) => this.shortLabel(claimId),
      speakers: (claimId) => this.speakersOf([claimId], scenario).flatMap((id) => names.get(id) ?? []),
    };
  }

  /**
   * Why an item has its label under a semantics (for several extensions: the label every one
   * gives, UNDEC where they disagree); `speakers` names the actors who asserted its claims (ask
   * `speakersOf` the explanation's claims for their ids).
   */
  explain(id: string, semantics: Semantics, scenario?: ScenarioInput | null, speakers: readonly Speaker[] = []): Explanation | null {
    const evaluation = this.evaluate(semantics, scenario);
    return explain(this.framework(scenario), id, {
      textOf: (claimId) => this.state.texts.get(claimId),
      words: this.words(scenario, speakers),
      ...(semantics === 'GROUNDED' || semantics === 'COMPLETE' ? {} : { labelling: evaluation.solution.labels }),
    });
  }

  /**
   * Why a claim stands or falls, labelling by labelling: under GROUNDED and COMPLETE the grounded
   * labelling's account; under PREFERRED and STABLE one extension that accepts the item and one
   * that rejects it, when both exist among the extensions listed (one account when they all
   * agree; the combined labels' account when there is no extension).
   */
  justify(id: string, semantics: Semantics, scenario?: ScenarioInput | null, speakers: readonly Speaker[] = []): Explanation[] {
    if (semantics === 'GROUNDED' || semantics === 'COMPLETE') {
      const account = this.explain(id, semantics, scenario, speakers);
      return account ? [account] : [];
    }
    const derived = this.framework(scenario);
    const v = nodeOf(derived, id);
    if (v < 0) return [];
    const { extensions } = this.evaluate(semantics, scenario).solution;
    const accepting = extensions.find((labelling) => labelling[v] === IN);
    const rejecting = extensions.find((labelling) => labelling[v] === OUT) ?? extensions.find((labelling) => labelling[v] !== IN);
    const chosen = [accepting, rejecting].filter((labelling) => labelling !== undefined);
    if (chosen.length === 0) {
      const account = this.explain(id, semantics, scenario, speakers);
      return account ? [account] : [];
    }
    // What the grounded labelling decides is explained by what decided it first, so accounts descend where they can.
    const order = new Int32Array(derived.af.size);
    const grounded = groundedLabelling(derived.af, order);
    for (let u = 0; u < order.length; u += 1) if (grounded[u] === UNDEC) order[u] = order.length + u;
    const words = this.words(scenario, speakers);
    return chosen.map((labelling) =>
      explain(derived, id, { textOf: (claimId) => this.state.texts.get(claimId), words, labelling, order })!,
    );
  }

  verdict(issueId: string, semantics: Semantics, scenario?: ScenarioInput | null): SemanticsVerdict {
    const positions = this.state.positions.filter((p) => p.issueId === issueId);
    return verdictOf(this.evaluate(semantics, scenario), positions);
  }
}
