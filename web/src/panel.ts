/**
 * The panel beside the map: what a chosen node is. A claim's quotes, citations, arguments and
 * verdict; a provision's text, citation, parts and the claims citing it by role; an actor's
 * assertions; a source's assertions in order; an argument's premises and conclusion.
 */
import { actions } from './actions.js';
import { gql, graphiqlLink } from './api.js';
import { $, escape, typeOfId } from './dom.js';
import type { ClaimQuery } from './generated/graphql.js';
import { closeHistory, historyOpenFor, loadHistory } from './history.js';
import { ACTOR, ARGUMENT, CLAIM, PROVISION, SOURCE } from './operations.js';
import { ISSUE_PANEL } from './operations-curation.js';
import { clearEditables, curateButtons, revisionOf } from './curate.js';
import {
  actorItem,
  argumentItem,
  assertionItem,
  citationItem,
  claimItem,
  issueItem,
  positionItem,
  provisionItem,
  sourceItem,
} from './curate-items.js';
import { sentencesHtml } from './chains.js';
import { alsoKnownAs, mergeActorButton, similarSection } from './merge.js';
import { nodeHref, scenario, view } from './state.js';

const link = (id: string, text: string, className = '') =>
  `<a href="${escape(nodeHref(id))}" data-node="${escape(id)}"${className ? ` class="${className}"` : ''}>${escape(text)}</a>`;
const list = (items: string[], empty: string) => (items.length ? `<ul>${items.join('')}</ul>` : `<p class="hint">${empty}</p>`);
const tags = (...values: (string | null | undefined)[]) =>
  values
    .filter(Boolean)
    .map((v) => `<span class="tag">${escape(v!)}</span>`)
    .join('');

function setGraphiql(document: { toString(): string }, variables: Record<string, unknown>): string {
  const href = graphiqlLink(document, variables);
  $<HTMLAnchorElement>('graphiql').href = href;
  return `<p><a href="${href}" target="_blank" rel="noopener">Open this in GraphiQL</a></p>`;
}

const LABEL_WORDS: Record<string, string> = { IN: '✔ IN (accepted)', OUT: '✘ OUT (rejected)', UNDEC: '? UNDEC (undecided)' };

function verdictSection(claim: NonNullable<ClaimQuery['claim']>): string {
  const status = claim.status;
  const label = status.excluded ? '— set aside by the scenario' : (LABEL_WORDS[status.label] ?? status.label);
  return `<section class="verdict-panel" aria-labelledby="verdict-heading">
    <h3 id="verdict-heading">Verdict (${escape(view.semantics.toLowerCase())} semantics)</h3>
    <p id="claim-verdict"><span class="verdict ${status.excluded ? 'excluded' : status.label.toLowerCase()}">${escape(label)}</span>
      ${status.credulous ? '<span class="tag">credulously accepted</span>' : ''}${status.sceptical ? '<span class="tag">sceptically accepted</span>' : ''}</p>
    <div id="explanation">${
      claim.explanation?.sentences.length
        ? `<ul>${sentencesHtml(claim.explanation.sentences, claim.explanation.claims)}</ul>`
        : '<p class="hint">No explanation.</p>'
    }</div>
    <p class="chain-actions">
      <button type="button" data-why="${escape(claim.id)}">Why? Draw its justification</button>
      <button type="button" data-chain-from="${escape(claim.id)}">Chains to…</button>
      ${
        view.from && !view.to && view.from !== claim.id
          ? `<button type="button" data-chain-to="${escape(claim.id)}">Chains from the chosen claim to here</button>`
          : ''
      }
    </p>
  </section>`;
}

async function claimPanel(id: string): Promise<string> {
  const variables = { id, atRevision: view.revision, semantics: view.semantics, scenario: scenario() };
  const [{ claim }, similar] = await Promise.all([gql(CLAIM, variables), similarSection(id)]);
  if (!claim) return `<h2>Not found</h2><p>No claim ${escape(id)}${view.revision !== null ? ` at revision ${view.revision}` : ''}.</p>`;
  return `
    <p>${tags('Claim', claim.kind, ...claim.positions.map((p) => p.stance))}${view.revision !== null ? `<span class="tag">as of revision ${view.revision}</span>` : ''}</p>
    <h2 id="claim-text">${escape(claim.text)}</h2>
    ${curateButtons(claimItem(claim), 'the claim')}
    ${alsoKnownAs(claim.mergedFrom)}
    ${setGraphiql(CLAIM, variables)}
    ${verdictSection(claim)}
    <h3>Asserted by</h3>
    <div id="assertions">${
      claim.assertions
        .map(
          (a) =>
            `<blockquote class="assertion">“${escape(a.quote ?? '')}”<cite>${link(a.actor.id, a.actor.name)}${a.actor.description ? `, ${escape(a.actor.description)}` : ''}${
              a.source ? ` — ${link(a.source.id, a.source.title)}${a.source.publisher ? `, ${escape(a.source.publisher)}` : ''}` : ''
            }${a.date ? ` (${escape(a.date)})` : ''}</cite>${curateButtons(assertionItem(claim, a), `the assertion by ${a.actor.name}`)}</blockquote>`,
        )
        .join('') || '<p class="hint">No assertion recorded.</p>'
    }</div>
    <h3>Provisions cited</h3>
    ${list(
      claim.citations.map(
        (c) =>
          `<li><strong>${escape(c.role)}</strong> ${link(c.provision.id, c.provision.name)}${c.provision.citation ? ` (${escape(c.provision.citation)})` : ''}${c.note ? ` — ${escape(c.note)}` : ''}${curateButtons(citationItem(claim, c), `the citation of ${c.provision.name}`)}</li>`,
      ),
      'None.',
    )}
    ${
      claim.positions.length
        ? `<h3>Positions</h3>${list(
            claim.positions.map(
              (p) =>
                `<li><strong>${escape(p.stance)}</strong> on ${link(p.issue.id, p.issue.question)}${curateButtons(
                  positionItem(claim.id, revisionOf(claim.history), p.issue, p.stance),
                  `the position on ${p.issue.question}`,
                )}</li>`,
            ),
            'None.',
          )}`
        : ''
    }
    <h3>Supported by</h3>
    ${list(
      claim.supportedBy.map(
        (a) =>
          `<li>${a.scheme ? `<em>${escape(a.scheme)}</em>: ` : ''}${a.premises.map((p) => link(p.id, p.text)).join(' + ')} ${link(a.id, '(argument)', 'to-argument')}</li>`,
      ),
      'Nothing.',
    )}
    <h3>Attacked by</h3>
    ${list(
      claim.attackedBy.map(
        (a) =>
          `<li>${tags(a.attackKind ?? 'ATTACK')}${a.premises.map((p) => link(p.id, p.text)).join(' + ')} ${link(a.id, '(argument)', 'to-argument')}</li>`,
      ),
      'Nothing.',
    )}
    <h3>Counterclaims</h3>
    ${list(
      claim.counterclaims.map((c) => `<li>${link(c.id, c.text)}</li>`),
      'None.',
    )}
    ${similar}
    <h3>History</h3>
    <div id="history"><button type="button" id="show-history" data-history="${escape(claim.id)}">Show who changed this claim, and when</button></div>`;
}

async function provisionPanel(id: string): Promise<string> {
  const { provision } = await gql(PROVISION, { id });
  if (!provision) return `<h2>Not found</h2><p>No provision ${escape(id)}.</p>`;
  const byRole = new Map<string, string[]>();
  for (const c of provision.citedBy)
    byRole.set(c.role, [
      ...(byRole.get(c.role) ?? []),
      `<li>${link(c.claim.id, c.claim.text)}${c.note ? ` — ${escape(c.note)}` : ''}</li>`,
    ]);
  return `
    <p>${tags('Provision', provision.kind)}</p>
    <h2 id="provision-name">${escape(provision.name)}</h2>
    ${curateButtons(provisionItem(provision), `the provision ${provision.name}`)}
    ${setGraphiql(PROVISION, { id })}
    <p id="provision-citation"><strong>Citation:</strong> ${escape(provision.citation ?? 'none recorded')}</p>
    <h3>Text</h3>
    <p id="provision-text">${provision.summary ? escape(provision.summary) : '<span class="hint">No text recorded.</span>'}</p>
    ${provision.partOf ? `<p>Part of ${link(provision.partOf.id, provision.partOf.name)}</p>` : ''}
    <h3>Parts</h3>
    ${list(
      provision.parts.map((p) => `<li>${link(p.id, p.name)}${p.citation ? ` (${escape(p.citation)})` : ''}</li>`),
      'None.',
    )}
    <h3>Claims citing it</h3>
    <div id="provision-cited-by">${
      [...byRole].map(([role, items]) => `<h4 class="role">${escape(role)}</h4><ul>${items.join('')}</ul>`).join('') ||
      '<p class="hint">No claim cites it.</p>'
    }</div>`;
}

async function actorPanel(id: string): Promise<string> {
  const { actor } = await gql(ACTOR, { id });
  if (!actor) return `<h2>Not found</h2><p>No actor ${escape(id)}.</p>`;
  return `
    <p>${tags('Actor', actor.kind)}</p>
    <h2 id="actor-name">${escape(actor.name)}</h2>
    ${curateButtons(actorItem(actor), `the actor ${actor.name}`)}
    ${mergeActorButton(actor.id)}
    ${alsoKnownAs(actor.mergedFrom)}
    ${setGraphiql(ACTOR, { id })}
    ${actor.description ? `<p>${escape(actor.description)}</p>` : ''}
    ${actor.affiliations.length ? `<p>${actor.affiliations.map((a) => `${a.role ? `${escape(a.role)}, ` : ''}${link(a.organization.id, a.organization.name)}`).join('; ')}</p>` : ''}
    <h3>What they asserted (${actor.assertions.length})</h3>
    <div id="actor-assertions">${
      actor.assertions
        .map(
          (a) =>
            `<blockquote class="assertion">${a.quote ? `“${escape(a.quote)}”` : '<span class="hint">(no quote)</span>'}<cite>${
              a.claim ? link(a.claim.id, a.claim.text) : a.argument ? link(a.argument.id, 'an argument') : ''
            }${a.source ? ` — ${link(a.source.id, a.source.title)}` : ''}${a.date ? ` (${escape(a.date)})` : ''}</cite></blockquote>`,
        )
        .join('') || '<p class="hint">Nothing recorded.</p>'
    }</div>`;
}

async function sourcePanel(id: string): Promise<string> {
  const { source } = await gql(SOURCE, { id });
  if (!source) return `<h2>Not found</h2><p>No source ${escape(id)}.</p>`;
  return `
    <p>${tags('Source', source.kind)}</p>
    <h2 id="source-title">${escape(source.title)}</h2>
    ${curateButtons(sourceItem(source), `the source ${source.title}`)}
    ${setGraphiql(SOURCE, { id })}
    <p>${[source.author, source.publisher, source.publishedAt]
      .filter(Boolean)
      .map((v) => escape(v!))
      .join(', ')}${source.url ? ` — <a href="${escape(source.url)}" target="_blank" rel="noopener noreferrer">the text</a>` : ''}</p>
    <h3>Its assertions, in order (${source.assertions.length})</h3>
    <ol id="source-assertions">${
      source.assertions
        .map(
          (a) =>
            `<li class="assertion">${a.quote ? `“${escape(a.quote)}”` : '<span class="hint">(no quote)</span>'} <cite>${link(a.actor.id, a.actor.name)}: ${
              a.claim ? link(a.claim.id, a.claim.text) : a.argument ? link(a.argument.id, 'an argument') : ''
            }</cite></li>`,
        )
        .join('') || '<li class="hint">Nothing recorded.</li>'
    }</ol>`;
}

async function argumentPanel(id: string): Promise<string> {
  const { argument } = await gql(ARGUMENT, { id });
  if (!argument) return `<h2>Not found</h2><p>No argument ${escape(id)}.</p>`;
  const kind = argument.kind === 'SUPPORT' ? 'Support' : `Attack (${(argument.attackKind ?? 'rebut').toLowerCase()})`;
  return `
    <p>${tags('Argument', argument.kind, argument.attackKind, argument.reconstructed ? 'reconstructed' : null)}</p>
    <h2 id="argument-kind">${escape(kind)}${argument.scheme ? `: ${escape(argument.scheme)}` : ''}</h2>
    ${curateButtons(argumentItem(argument), 'the argument')}
    ${setGraphiql(ARGUMENT, { id })}
    ${argument.rationale ? `<p>${escape(argument.rationale)}</p>` : ''}
    <h3>Premises</h3>
    ${list(
      argument.premises.map((p) => `<li>${link(p.id, p.text)}</li>`),
      'None.',
    )}
    <h3>Conclusion</h3>
    <p>${argument.conclusion ? link(argument.conclusion.id, argument.conclusion.text) : argument.targetArgument ? link(argument.targetArgument.id, 'an argument (undercut)') : '—'}</p>
    <h3>Asserted by</h3>
    ${list(
      argument.assertions.map(
        (a) =>
          `<li>${link(a.actor.id, a.actor.name)}${a.quote ? `: “${escape(a.quote)}”` : ''}${a.source ? ` — ${link(a.source.id, a.source.title)}` : ''}</li>`,
      ),
      'Reconstructed by the analyst; nobody asserted it.',
    )}`;
}

async function issuePanel(id: string): Promise<string> {
  const { issue } = await gql(ISSUE_PANEL, { id });
  if (!issue) return `<h2>Not found</h2><p>No issue ${escape(id)}.</p>`;
  return `
    <p>${tags('Issue')}</p>
    <h2 id="issue-question">${escape(issue.question)}</h2>
    ${curateButtons(issueItem(issue), 'the issue')}
    ${setGraphiql(ISSUE_PANEL, { id })}
    <h3>Positions (${issue.positions.length})</h3>
    ${list(
      issue.positions.map(
        (p) =>
          `<li><strong>${escape(p.stance)}</strong> ${link(p.claim.id, p.claim.text)}${curateButtons(
            positionItem(p.claim.id, null, issue, p.stance),
            `the position of ${p.claim.text}`,
          )}</li>`,
      ),
      'None.',
    )}`;
}

/** Which node the panel shows now. */
export let panelNode: string | null = null;
/** What the panel says before anything is chosen (index.html's words). */
let emptyPanel = '';

/** Empties the panel (another map is chosen: its node is not there). */
export function clearPanel(): void {
  panelNode = null;
  clearEditables();
  const panel = $('panel');
  panel.innerHTML = emptyPanel;
  delete panel.dataset.node;
  closeHistory();
  $<HTMLAnchorElement>('graphiql').href = '/graphql';
}

/** Shows a node's panel (the right one for its type). */
export async function showPanel(id: string): Promise<void> {
  panelNode = id;
  const type = typeOfId(id);
  const panel = $('panel');
  panel.setAttribute('aria-busy', 'true');
  let html: string;
  switch (type) {
    case 'Claim':
      html = await claimPanel(id);
      break;
    case 'Provision':
      html = await provisionPanel(id);
      break;
    case 'Actor':
      html = await actorPanel(id);
      break;
    case 'Source':
      html = await sourcePanel(id);
      break;
    case 'Argument':
      html = await argumentPanel(id);
      break;
    case 'Issue':
      html = await issuePanel(id);
      break;
    default:
      html = `<h2>${escape(id)}</h2>`;
  }
  if (panelNode !== id) return; // another node was chosen meanwhile
  // Redrawn for the same claim (a live change): a history the reader opened stays open, read again.
  const keepHistory = historyOpenFor() === id;
  panel.innerHTML = html;
  panel.dataset.node = id;
  if (keepHistory) void loadHistory(id);
  else closeHistory();
  panel.setAttribute('aria-busy', 'false');
}

export function setupPanel(): void {
  emptyPanel = $('panel').innerHTML;
  $('panel').addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    const anchor = target.closest('a[data-node]');
    if (anchor) {
      event.preventDefault();
      void actions.land(anchor.getAttribute('data-node')!);
      return;
    }
    const history = target.closest<HTMLButtonElement>('button[data-history]');
    if (history) void loadHistory(history.dataset.history!);
    const why = target.closest<HTMLButtonElement>('button[data-why]');
    if (why) void actions.why(why.dataset.why!);
    const from = target.closest<HTMLButtonElement>('button[data-chain-from]');
    if (from) void actions.chains(from.dataset.chainFrom!, null);
    const to = target.closest<HTMLButtonElement>('button[data-chain-to]');
    if (to && view.from) void actions.chains(view.from, to.dataset.chainTo!);
  });
}
