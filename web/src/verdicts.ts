/**
 * Verdicts: which claims stand under the chosen semantics, shown on the map (outline style and a
 * text badge as well as the fill), in the overview and, with the explanation, in the panel; the
 * scenario sets actors or sources aside and evaluates again.
 */
import { actions } from './actions.js';
import { gql } from './api.js';
import { $, escape, status } from './dom.js';
import type { EvaluationQuery, Semantics } from './generated/graphql.js';
import { applyVerdicts, loadedRoot, verdicts } from './graph.js';
import { EVALUATION } from './operations.js';
import { scenario, SEMANTICS, view, writeUrl } from './state.js';

/** Pages of 100 claims read per evaluation at most (the map never draws more than that). */
const MAX_PAGES = 30;

export let lastCounts: EvaluationQuery['evaluation']['counts'] | null = null;

/** Evaluates the map under the view's semantics, scenario and revision, and stores the labels. */
export async function evaluate(issueId: string | null): Promise<void> {
  const root = loadedRoot() ?? issueId;
  const next = new Map<string, { label: EvaluationQuery['evaluation']['claims']['edges'][number]['status']['label']; excluded: boolean }>();
  let after: string | null = null;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const data: EvaluationQuery = await gql(EVALUATION, {
      mapId: view.map,
      semantics: view.semantics,
      scenario: scenario(),
      rootId: root,
      depth: Math.max(1, view.depth),
      atRevision: view.revision,
      after,
    });
    lastCounts = data.evaluation.counts;
    for (const edge of data.evaluation.claims.edges) next.set(edge.node.id, edge.status);
    if (!data.evaluation.claims.pageInfo.hasNextPage) break;
    after = data.evaluation.claims.pageInfo.endCursor ?? null;
  }
  verdicts.clear();
  for (const [id, status] of next) verdicts.set(id, status);
  applyVerdicts();
  const counts = lastCounts;
  if (counts) {
    $('verdict-counts').textContent = `${view.semantics.toLowerCase()}: ${counts.in} in, ${counts.out} out, ${counts.undec} undecided`;
  }
}

/** Forgets the last evaluation's counts (another map is chosen). */
export function clearCounts(): void {
  lastCounts = null;
  $('verdict-counts').textContent = '';
}

export function fillScenario(actors: { id: string; name: string }[], sources: { id: string; title: string }[]): void {
  const box = (kind: 'actor' | 'source', id: string, text: string, checked: boolean) =>
    `<li><label><input type="checkbox" data-exclude-${kind}="${escape(id)}"${checked ? ' checked' : ''} /> ${escape(text)}</label></li>`;
  $('scenario-actors').innerHTML = actors.map((a) => box('actor', a.id, a.name, view.excludeActors.includes(a.id))).join('');
  $('scenario-sources').innerHTML = sources.map((s) => box('source', s.id, s.title, view.excludeSources.includes(s.id))).join('');
  updateScenarioSummary();
}

function updateScenarioSummary(): void {
  const n = view.excludeActors.length + view.excludeSources.length;
  $('scenario-summary').textContent = n ? `Scenario: ${n} set aside` : 'Scenario: nothing set aside';
}

export function setupVerdicts(): void {
  const select = $<HTMLSelectElement>('semantics');
  select.value = view.semantics;
  select.addEventListener('change', () => {
    const value = select.value as Semantics;
    if (!SEMANTICS.includes(value)) return;
    view.semantics = value;
    writeUrl();
    status(`Evaluating under ${value.toLowerCase()} semantics…`);
    void actions.reevaluate();
  });
  $('scenario').addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    const actor = input.dataset.excludeActor;
    const source = input.dataset.excludeSource;
    const toggle = (list: string[], id: string) => (input.checked ? [...new Set([...list, id])] : list.filter((x) => x !== id));
    if (actor) view.excludeActors = toggle(view.excludeActors, actor);
    else if (source) view.excludeSources = toggle(view.excludeSources, source);
    else return;
    updateScenarioSummary();
    writeUrl();
    status('Evaluating the scenario…');
    void actions.reevaluate();
  });
}
