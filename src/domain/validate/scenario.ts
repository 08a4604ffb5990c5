import { invalid } from '../errors.js';
import type { ScenarioInput } from '../evaluation/index.js';
import { labelOfId, type NodeLabel } from '../ids.js';

/** Ids one list of a scenario may hold at most. */
export const SCENARIO_IDS_MAX = 100;

type RawScenario = { [K in keyof ScenarioInput]?: readonly string[] | null };

const ALLOWED: Record<keyof ScenarioInput, readonly NodeLabel[]> = {
  excludeActorIds: ['Actor'],
  excludeSourceIds: ['Source'],
  excludeIds: ['Claim', 'Argument', 'Assertion'],
  assumeIds: ['Claim', 'Argument'],
  rejectIds: ['Claim', 'Argument'],
};

/** A what-if: each list bounded, each id well formed and of a kind the list takes. */
export function validateScenario(raw: RawScenario | null | undefined, at: string): ScenarioInput | null {
  if (!raw) return null;
  const scenario: ScenarioInput = {};
  for (const key of Object.keys(ALLOWED) as (keyof ScenarioInput)[]) {
    const ids = raw[key];
    if (!ids || ids.length === 0) continue;
    if (ids.length > SCENARIO_IDS_MAX)
      throw invalid(`${at}${key}`, `${at}${key} lists ${ids.length} ids; at most ${SCENARIO_IDS_MAX} are allowed`);
    scenario[key] = ids.map((raw, i) => {
      const id = raw.trim();
      const label = labelOfId(id);
      if (!label || !ALLOWED[key].includes(label)) {
        throw invalid(
          `${at}${key}[${i}]`,
          `${at}${key}[${i}] "${id.slice(0, 140)}" must be the id of a ${ALLOWED[key].map((l) => l.toLowerCase()).join(', ')}`,
        );
      }
      return id;
    });
  }
  return Object.keys(scenario).length > 0 ? scenario : null;
}
