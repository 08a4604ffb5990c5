/**
 * Search that lands: the API's full-text search (claims, quotes, people, provisions) and the
 * sources' titles, listed under the box; choosing a result shows that node on the map, centred
 * with its neighbourhood, and opens its panel.
 */
import { actions } from './actions.js';
import { gql } from './api.js';
import { $, escape, shorten, status } from './dom.js';
import { SEARCH } from './operations.js';
import { view } from './state.js';

export interface Result {
  id: string;
  type: string;
  text: string;
}

/** The sources by title (the search index covers claims, quotes, actors and provisions, not sources). */
export const sources: { id: string; title: string }[] = [];

export async function search(text: string): Promise<Result[]> {
  const words = text.trim();
  if (!words) return [];
  const data = await gql(SEARCH, { mapId: view.map, text: words });
  const results: Result[] = [];
  const seen = new Set<string>();
  for (const hit of data.search) {
    const node = hit.node;
    let result: Result | null = null;
    if (node.__typename === 'Claim') result = { id: node.id, type: 'Claim', text: node.text };
    else if (node.__typename === 'Actor') result = { id: node.id, type: 'Actor', text: node.name };
    else if (node.__typename === 'Provision')
      result = { id: node.id, type: 'Provision', text: node.citation ? `${node.name} (${node.citation})` : node.name };
    else if (node.__typename === 'Assertion' && node.claim)
      result = { id: node.claim.id, type: 'Quote', text: `“${node.quote ?? ''}” — ${node.claim.text}` };
    if (result && !seen.has(result.id)) {
      seen.add(result.id);
      results.push(result);
    }
  }
  const lower = words.toLowerCase();
  for (const source of sources) {
    if (source.title.toLowerCase().includes(lower) && !seen.has(source.id))
      results.push({ id: source.id, type: 'Source', text: source.title });
  }
  return results;
}

/** Beside a claim: start a chain there, or (a chain being started elsewhere) end it there. */
function chainButton(r: Result): string {
  if (!r.id.startsWith('claim:')) return '';
  const pending = view.from && !view.to ? view.from : null;
  if (pending === r.id) return '<span class="hint chain-end">(the chain starts here)</span>';
  return pending
    ? `<button type="button" class="chain-end" data-chain-to="${escape(r.id)}">Chain to here</button>`
    : `<button type="button" class="chain-end" data-chain-from="${escape(r.id)}">Chain from here</button>`;
}

function renderResults(results: Result[], text: string): void {
  const list = $('search-results');
  list.hidden = false;
  list.innerHTML = results.length
    ? `<p class="hint" id="search-summary">${results.length} result${results.length === 1 ? '' : 's'} for “${escape(text)}”</p><ul>${results
        .map(
          (r) =>
            `<li><button type="button" class="result" data-land="${escape(r.id)}"><span class="tag">${escape(r.type)}</span> ${escape(shorten(r.text, 150))}</button>${chainButton(r)}</li>`,
        )
        .join('')}</ul>`
    : `<p class="hint" id="search-summary">Nothing found for “${escape(text)}”.</p>`;
  list.querySelector<HTMLButtonElement>('button.result')?.focus();
}

export function setupSearch(): void {
  $('search-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const text = $<HTMLInputElement>('search').value;
    void search(text)
      .then((results) => renderResults(results, text))
      .catch((e: Error) => status(e.message));
  });
  $('search-results').addEventListener('click', (event) => {
    const chain = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-chain-from], button[data-chain-to]');
    if (chain) {
      $('search-results').hidden = true;
      if (chain.dataset.chainFrom) void actions.chains(chain.dataset.chainFrom, null);
      else if (view.from) void actions.chains(view.from, chain.dataset.chainTo!);
      return;
    }
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-land]');
    if (!button) return;
    $('search-results').hidden = true;
    void actions.land(button.dataset.land!);
  });
  $('search-results').addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      $('search-results').hidden = true;
      $('search').focus();
    }
  });
}
