/**
 * The overview a visitor sees first: the issue's question, its verdict, and its PRO and CON
 * positions as columns of readable cards (as Kialo shows a debate), each opening into the
 * arguments that support and attack it, and those into theirs. A map without an issue (a new
 * one) shows its first claims as the same cards.
 */
import { actions } from './actions.js';
import { gql } from './api.js';
import { $, escape } from './dom.js';
import type { ExpandQuery, IssueQuery, Label } from './generated/graphql.js';
import { verdicts } from './graph.js';
import { EXPAND, ISSUE, MAP_CLAIMS } from './operations.js';
import { scenario, view } from './state.js';

/** Cards shown per column before "Show more". */
const PAGE = 30;

type Issue = NonNullable<IssueQuery['issue']>;
type Premise = NonNullable<ExpandQuery['claim']>['supportedBy'][number]['premises'][number];

let issue: Issue | null = null;
const shownPerColumn = new Map<string, number>();
let serial = 0;

export const overviewIssue = (): Issue | null => issue;

const BADGE: Record<Label, string> = { IN: '✔ IN', OUT: '✘ OUT', UNDEC: '? UNDEC' };

export function verdictBadge(claimId: string): string {
  const verdict = verdicts.get(claimId);
  if (!verdict) return '';
  if (verdict.excluded) return `<span class="verdict excluded" title="left out by the scenario">— set aside</span>`;
  return `<span class="verdict ${verdict.label.toLowerCase()}" title="${verdict.label} under ${view.semantics.toLowerCase()} semantics">${BADGE[verdict.label]}</span>`;
}

function counts(claim: { supportedBy: { id: string }[]; attackedBy: { id: string }[] }): string {
  const s = claim.supportedBy.length;
  const a = claim.attackedBy.length;
  return `${s} support${s === 1 ? '' : 's'} · ${a} attack${a === 1 ? '' : 's'}`;
}

function card(claim: { id: string; text: string; supportedBy: { id: string }[]; attackedBy: { id: string }[] }, extra = ''): string {
  const open = claim.supportedBy.length + claim.attackedBy.length > 0;
  const childrenId = `children-${(serial += 1)}`;
  return `<li class="card" data-claim="${escape(claim.id)}">
    <div class="card-head">${extra}<span class="badge-slot" data-verdict-for="${escape(claim.id)}">${verdictBadge(claim.id)}</span></div>
    <button type="button" class="claim-text" data-select="${escape(claim.id)}">${escape(claim.text)}</button>
    <div class="card-actions">
      ${
        open
          ? `<button type="button" class="expand" aria-expanded="false" aria-controls="${childrenId}" data-expand="${escape(claim.id)}">▸ ${counts(claim)}</button>`
          : `<span class="hint">${counts(claim)}</span>`
      }
      <button type="button" class="to-map" data-map="${escape(claim.id)}" aria-label="Show on the map: ${escape(claim.text.slice(0, 60))}">On the map</button>
    </div>
    <div class="children" id="${childrenId}" hidden></div>
  </li>`;
}

function column(stance: string, title: string): string {
  const positions = (issue?.positions ?? []).filter((p) => p.stance === stance);
  if (positions.length === 0 && stance === 'NEUTRAL') return '';
  const shown = shownPerColumn.get(stance) ?? PAGE;
  const more = positions.length - shown;
  return `<section class="column ${stance.toLowerCase()}" aria-labelledby="column-${stance}">
    <h3 id="column-${stance}"><span class="stance-mark" aria-hidden="true">${stance === 'PRO' ? '+' : stance === 'CON' ? '−' : '○'}</span> ${title} <span class="count">(${positions.length})</span></h3>
    <ul class="cards">${positions
      .slice(0, shown)
      .map((p) => card(p.claim))
      .join('')}</ul>
    ${more > 0 ? `<button type="button" class="more" data-more="${stance}">Show ${Math.min(more, PAGE)} more of ${more}</button>` : ''}
  </section>`;
}

function verdictLine(): string {
  const verdict = issue?.verdict[0];
  if (!verdict) return '';
  const words: Record<string, string> = {
    PRO: 'PRO: some position in favour stands and none against',
    CON: 'CON: some position against stands and none in favour',
    CONTESTED: 'CONTESTED: positions on both sides stand',
    OPEN: 'OPEN: no position on either side stands',
  };
  return `Verdict under ${verdict.semantics.toLowerCase()} semantics${scenario() ? ' (scenario applied)' : ''}: <strong>${escape(words[verdict.answer] ?? verdict.answer)}</strong>`;
}

function render(): void {
  if (!issue) return;
  $('overview').innerHTML = `
    <h2 id="overview-question">${escape(issue.question)}</h2>
    <p id="overview-verdict" class="verdict-line">${verdictLine()}</p>
    <div class="columns">${column('PRO', 'For')}${column('CON', 'Against')}</div>
    ${column('NEUTRAL', 'Neutral')}`;
}

/** Loads the issue with its positions and verdict, and draws the columns. */
export async function loadOverview(issueId: string): Promise<void> {
  const data = await gql(ISSUE, { id: issueId, semantics: view.semantics, scenario: scenario() });
  issue = data.issue ?? null;
  if (!issue) {
    $('overview').innerHTML = `<p>No issue ${escape(issueId)}.</p>`;
    return;
  }
  for (const position of issue.verdict[0]?.positions ?? []) {
    if (!verdicts.has(position.position.claim.id)) verdicts.set(position.position.claim.id, position.status);
  }
  render();
}

/**
 * A map without an issue: its first claims (by id) as cards under the map's name. Returns the
 * first one, which the full map is drawn around; null when the map holds no claim.
 */
export async function loadClaimOverview(mapName: string): Promise<string | null> {
  const { claims } = await gql(MAP_CLAIMS, { mapId: view.map });
  issue = null;
  const shown = claims.edges.length;
  const summary = !shown
    ? 'This map holds no claims yet.'
    : `No issue in this map yet: its claims${claims.totalCount > shown ? `, the first ${shown} of ${claims.totalCount}` : ` (${shown})`}.`;
  $('overview').innerHTML = `
    <h2 id="overview-title">${escape(mapName)}</h2>
    <p id="overview-summary" class="verdict-line">${summary}</p>
    ${
      shown
        ? `<section class="column" aria-labelledby="column-claims">
      <h3 id="column-claims">Claims <span class="count">(${claims.totalCount})</span></h3>
      <ul class="cards">${claims.edges.map((e) => card(e.node)).join('')}</ul>
    </section>`
        : ''
    }`;
  return claims.edges[0]?.node.id ?? null;
}

/** Forgets the issue shown and how far its columns were opened (another map is chosen). */
export function clearOverview(): void {
  issue = null;
  shownPerColumn.clear();
  $('overview').innerHTML = '';
}

/** Refreshes the badges after an evaluation, keeping what is open. */
export function refreshBadges(): void {
  for (const slot of Array.from(document.querySelectorAll<HTMLElement>('#overview [data-verdict-for]'))) {
    slot.innerHTML = verdictBadge(slot.dataset.verdictFor!);
  }
  const line = document.getElementById('overview-verdict');
  if (line) line.innerHTML = verdictLine();
}

function premiseCard(premise: Premise): string {
  return card(premise);
}

async function expand(button: HTMLButtonElement): Promise<void> {
  const target = document.getElementById(button.getAttribute('aria-controls')!)!;
  const open = button.getAttribute('aria-expanded') === 'true';
  button.setAttribute('aria-expanded', String(!open));
  button.textContent = `${open ? '▸' : '▾'}${button.textContent!.slice(1)}`;
  target.hidden = open;
  if (open || target.dataset.loaded) return;
  target.innerHTML = '<p class="hint">Loading…</p>';
  const { claim } = await gql(EXPAND, { id: button.dataset.expand! });
  target.dataset.loaded = 'true';
  if (!claim) {
    target.innerHTML = '<p class="hint">This claim no longer exists.</p>';
    return;
  }
  const group = (title: string, kind: string, items: string[]) =>
    items.length ? `<h4 class="group ${kind}">${title}</h4><ul class="arguments ${kind}">${items.join('')}</ul>` : '';
  target.innerHTML =
    group(
      'Supported by',
      'support',
      claim.supportedBy.map(
        (a) =>
          `<li class="argument support" data-argument="${escape(a.id)}"><span class="arg-kind">+ support${a.scheme ? ` (${escape(a.scheme)})` : ''}${a.premises.length > 1 ? ', linked premises' : ''}</span><ul class="cards">${a.premises.map(premiseCard).join('')}</ul></li>`,
      ),
    ) +
    group(
      'Attacked by',
      'attack',
      claim.attackedBy.map(
        (a) =>
          `<li class="argument attack" data-argument="${escape(a.id)}"><span class="arg-kind">− ${escape((a.attackKind ?? 'attack').toLowerCase())}${a.premises.length > 1 ? ', linked premises' : ''}</span><ul class="cards">${a.premises.map(premiseCard).join('')}</ul></li>`,
      ),
    );
}

export function setupOverview(): void {
  $('overview').addEventListener('click', (event) => {
    const target = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
    if (!target) return;
    if (target.dataset.expand) void expand(target);
    else if (target.dataset.select) void actions.showPanel(target.dataset.select);
    else if (target.dataset.map) void actions.land(target.dataset.map);
    else if (target.dataset.more) {
      const stance = target.dataset.more;
      shownPerColumn.set(stance, (shownPerColumn.get(stance) ?? PAGE) + PAGE);
      render();
    }
  });
}
