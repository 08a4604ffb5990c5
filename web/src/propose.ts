/**
 * "Map a text": paste or upload a text, and the API proposes who said what in it (quotes,
 * speakers, claims, the map's claims they match). The text is shown with each proposed quote
 * marked and its speaker beside it; the proposals are listed beside the text, each accepted as
 * proposed or edited (speaker, claim, the SAME claim it asserts) or rejected, with the mouse or
 * the keyboard (every control is a real button or field). Accepted items enter the map, and the
 * live changes stream redraws it.
 */
import { gql } from './api.js';
import { $, announce, escape, shorten, status } from './dom.js';
import type {
  AcceptItemInput,
  AcceptProposedMutation,
  ProposeFromTextMutation,
  RejectProposedMutation,
  SourceKind,
} from './generated/graphql.js';
import { ACCEPT_PROPOSED, PROPOSE_FROM_TEXT, REJECT_PROPOSED } from './operations.js';
import { mayEdit } from './session.js';
import { view } from './state.js';

type Proposal = ProposeFromTextMutation['proposeFromText'];
/** What a review answers: the items' statuses, speakers and assertions after it. */
type Reviewed = AcceptProposedMutation['acceptProposedAssertions']['proposal'] | RejectProposedMutation['rejectProposedAssertions'];
type Item = Proposal['items'][number];

/** The longest text the API reads at once (ProposeFromTextInput.text). */
const TEXT_MAX = 200_000;
const SOURCE_KINDS: SourceKind[] = ['NEWS', 'OPINION', 'STATEMENT', 'REPORT', 'SOCIAL_POST', 'COURT_OPINION'];

let proposal: Proposal | null = null;

const VIEW_HTML = `
  <div class="propose-head">
    <h2 id="propose-title" tabindex="-1">Map a text</h2>
    <button type="button" id="propose-close">Close</button>
  </div>
  <p class="hint">Paste or upload a text (English, plain text or HTML, up to 200,000 characters). Its quotes, speakers and claims are
    proposed for this map; nothing enters the map until you accept it.</p>
  <form id="propose-form" class="propose-form">
    <label for="propose-text">Text</label>
    <textarea id="propose-text" rows="8"></textarea>
    <div class="propose-options">
      <label for="propose-file">Or upload a file</label>
      <input id="propose-file" type="file" accept=".txt,.text,.md,.html,.htm,text/plain,text/html" />
      <label><input id="propose-html" type="checkbox" /> The text is HTML</label>
      <label for="propose-source-title">Source title</label>
      <input id="propose-source-title" type="text" maxlength="300" />
      <label for="propose-source-publisher">Publisher</label>
      <input id="propose-source-publisher" type="text" maxlength="200" />
      <label for="propose-source-author">Author</label>
      <input id="propose-source-author" type="text" maxlength="200" />
      <label for="propose-source-kind">Source kind</label>
      <select id="propose-source-kind">${SOURCE_KINDS.map((k) => `<option value="${k}">${k.toLowerCase().replace('_', ' ')}</option>`).join('')}</select>
      <button type="submit" id="propose-submit">Propose</button>
    </div>
  </form>
  <p id="propose-status" class="hint" role="status"></p>
  <div id="propose-results" class="propose-results" hidden>
    <section aria-labelledby="propose-text-heading">
      <h3 id="propose-text-heading">The text</h3>
      <div id="propose-marked" class="propose-marked"></div>
    </section>
    <section aria-labelledby="propose-items-heading">
      <h3 id="propose-items-heading">Proposed assertions</h3>
      <p><button type="button" id="propose-accept-all">Accept all pending as shown</button></p>
      <ol id="propose-items" class="propose-items"></ol>
    </section>
  </div>`;

function say(text: string): void {
  $('propose-status').textContent = text;
  announce(text);
}

/** The text with each item's quote marked and its speaker beside it (overlapping quotes are marked once, in the list all the same). */
function markedText(p: Proposal): string {
  const items = [...p.items].sort((a, b) => a.start - b.start);
  let at = 0;
  let html = '';
  for (const item of items) {
    if (item.start < at) continue;
    html += escape(p.text.slice(at, item.start));
    const n = numberOf(item);
    html += `<mark id="propose-mark-${n}" class="status-${item.status.toLowerCase()}" data-item="${escape(item.id)}">${escape(item.quote)}</mark>`;
    html += `<span class="propose-who"> [#${n} ${escape(speakerName(item))}]</span>`;
    at = item.end;
  }
  return html + escape(p.text.slice(at));
}

const numberOf = (item: Item) => item.id.slice(item.id.lastIndexOf('#') + 1);
const speakerName = (item: Item) => item.speaker.actor?.name ?? item.speaker.name;

function itemHtml(item: Item): string {
  const n = numberOf(item);
  const pending = item.status === 'PENDING';
  const same = item.matches.find((m) => m.relation === 'SAME');
  const matches = item.matches.length
    ? `<ul class="propose-matches">${item.matches
        .map((m) => `<li>${m.relation.toLowerCase()} (${m.score.toFixed(2)}): ${escape(shorten(m.claim.text, 120))}</li>`)
        .join('')}</ul>`
    : '<p class="hint">No claim of the map matches.</p>';
  const speaker = item.speaker.actor
    ? `${escape(item.speaker.actor.name)} (in the map)`
    : `${escape(item.speaker.name)} (new${item.speaker.description ? `: ${escape(item.speaker.description)}` : ''})`;
  const controls = pending
    ? `<div class="propose-edit">
        <label for="propose-speaker-${n}">Speaker</label>
        <input id="propose-speaker-${n}" type="text" maxlength="200" value="${escape(speakerName(item))}" />
        <label for="propose-claim-${n}">Claim</label>
        <textarea id="propose-claim-${n}" rows="2">${escape(item.claimText)}</textarea>
        <label for="propose-same-${n}">Asserts</label>
        <select id="propose-same-${n}">
          <option value="">a new claim (the text above)</option>
          ${item.matches
            .map(
              (m) =>
                `<option value="${escape(m.claim.id)}"${m === same ? ' selected' : ''}>the same as: ${escape(shorten(m.claim.text, 80))}</option>`,
            )
            .join('')}
        </select>
        <div class="propose-buttons">
          <button type="button" class="propose-accept" data-item="${escape(item.id)}">Accept #${n}</button>
          <button type="button" class="propose-reject" data-item="${escape(item.id)}">Reject #${n}</button>
        </div>
      </div>`
    : `<p class="propose-done">${item.status === 'ACCEPTED' ? `Accepted: ${escape(item.assertion?.id ?? '')}` : 'Rejected'}</p>`;
  return `<li id="propose-item-${n}" class="propose-item status-${item.status.toLowerCase()}" data-item="${escape(item.id)}" tabindex="-1">
    <h4>#${n} ${speaker} <span class="hint">${Math.round(item.speaker.confidence * 100)}% sure · ${item.status.toLowerCase()}</span></h4>
    <blockquote>${escape(shorten(item.quote, 400))}</blockquote>
    <p><strong>Claim (${item.kind.toLowerCase()}):</strong> ${escape(item.claimText)}</p>
    ${matches}
    ${controls}
  </li>`;
}

function render(p: Proposal): void {
  proposal = p;
  $('propose-results').hidden = false;
  $('propose-marked').innerHTML = markedText(p);
  $('propose-items').innerHTML = p.items.length
    ? p.items.map(itemHtml).join('')
    : '<li class="hint">Nothing to propose: no quote or assertion was found in this text.</li>';
  $<HTMLButtonElement>('propose-accept-all').disabled = !p.items.some((i) => i.status === 'PENDING');
}

/** An item as the reviewer left it: only what they changed is sent; proposed links to items accepted with it or before go along. */
function acceptInput(item: Item, together: Set<string>): AcceptItemInput {
  const n = numberOf(item);
  const input: AcceptItemInput = { id: item.id };
  const name = $<HTMLInputElement>(`propose-speaker-${n}`).value.trim();
  if (name && name !== speakerName(item)) input.speaker = { name };
  const same = $<HTMLSelectElement>(`propose-same-${n}`).value;
  if (same) input.sameAsClaimId = same;
  else {
    const text = $<HTMLTextAreaElement>(`propose-claim-${n}`).value.trim();
    if (text !== item.claimText) input.claimText = text;
  }
  const accepted = (id: string) => together.has(id) || proposal?.items.find((i) => i.id === id)?.status === 'ACCEPTED';
  const links = (proposal?.links ?? []).filter((l) => l.premise.id === item.id && accepted(l.conclusion.id));
  if (links.length) input.links = links.map((l) => ({ kind: l.kind, itemId: l.conclusion.id }));
  return input;
}

/** The proposal shown, with what a review changed in it. */
function merge(p: Proposal, reviewed: Reviewed): Proposal {
  const changed = new Map(reviewed.items.map((item) => [item.id, item]));
  return {
    ...p,
    status: reviewed.status,
    items: p.items.map((item) => {
      const after = changed.get(item.id);
      if (!after) return item;
      // An accept also says who the item was written as, and the assertion it became.
      return 'assertion' in after
        ? { ...item, status: after.status, assertion: after.assertion, speaker: { ...item.speaker, ...after.speaker } }
        : { ...item, status: after.status };
    }),
  };
}

async function accept(items: Item[]): Promise<void> {
  if (!proposal || items.length === 0) return;
  const together = new Set(items.map((i) => i.id));
  const inputs = items.map((item) => acceptInput(item, together));
  const { acceptProposedAssertions: done } = await gql(ACCEPT_PROPOSED, { proposalId: proposal.id, items: inputs });
  render(merge(proposal, done.proposal));
  say(`Accepted ${items.map((i) => `#${numberOf(i)}`).join(', ')} in revision ${done.revision}: the map shows them as the change arrives.`);
  status(`Accepted ${items.length} proposed assertion${items.length === 1 ? '' : 's'} (revision ${done.revision})`);
}

async function reject(item: Item): Promise<void> {
  if (!proposal) return;
  const { rejectProposedAssertions: done } = await gql(REJECT_PROPOSED, { proposalId: proposal.id, ids: [item.id] });
  render(merge(proposal, done));
  say(`Rejected #${numberOf(item)}.`);
}

/** After a review the list is drawn again: focus goes to the next item still waiting, or to the list's heading. */
function focusNext(after: string): void {
  const items = proposal?.items ?? [];
  const from = items.findIndex((i) => i.id === after);
  const next = [...items.slice(from + 1), ...items.slice(0, from + 1)].find((i) => i.status === 'PENDING');
  if (next)
    $(`propose-item-${numberOf(next)}`)
      .querySelector<HTMLButtonElement>('.propose-accept')
      ?.focus();
  else {
    $('propose-items-heading').tabIndex = -1;
    $('propose-items-heading').focus();
  }
}

async function submit(): Promise<void> {
  if (!mayEdit()) {
    say('Proposing needs the EDITOR role in this map, at the present revision: sign in (top right) with a token or key that has it.');
    return;
  }
  const text = $<HTMLTextAreaElement>('propose-text').value;
  if (!text.trim()) {
    say('Paste a text or choose a file first.');
    return;
  }
  if (text.length > TEXT_MAX * 2) {
    say(
      `The text is ${text.length.toLocaleString('en-US')} characters long; at most ${TEXT_MAX.toLocaleString('en-US')} are read at once.`,
    );
    return;
  }
  const title = $<HTMLInputElement>('propose-source-title').value.trim();
  const kind = $<HTMLSelectElement>('propose-source-kind').value as SourceKind;
  // The text's own voice is asserted by its author, else its publisher: the reader needs them to name it.
  const publisher = $<HTMLInputElement>('propose-source-publisher').value.trim();
  const author = $<HTMLInputElement>('propose-source-author').value.trim();
  say('Reading the text…');
  $<HTMLButtonElement>('propose-submit').disabled = true;
  try {
    const { proposeFromText } = await gql(PROPOSE_FROM_TEXT, {
      mapId: view.map,
      input: {
        text,
        format: $<HTMLInputElement>('propose-html').checked ? 'HTML' : 'PLAIN',
        ...(title ? { source: { title, kind, ...(publisher ? { publisher } : {}), ...(author ? { author } : {}) } } : {}),
      },
    });
    render(proposeFromText);
    say(`${proposeFromText.items.length} proposed assertions (${proposeFromText.id}). Review each: accept, edit or reject.`);
    const first = proposeFromText.items[0];
    if (first)
      $(`propose-item-${numberOf(first)}`)
        .querySelector<HTMLButtonElement>('.propose-accept')
        ?.focus();
  } finally {
    $<HTMLButtonElement>('propose-submit').disabled = false;
  }
}

export function openPropose(): void {
  $('propose-view').hidden = false;
  $('open-propose').setAttribute('aria-expanded', 'true');
  $('propose-title').focus();
}

function closePropose(): void {
  $('propose-view').hidden = true;
  $('open-propose').setAttribute('aria-expanded', 'false');
  $('open-propose').focus();
}

/** Builds the view (hidden until the header's "Map a text" opens it) and wires its controls. */
export function setupPropose(): void {
  const section = document.createElement('section');
  section.id = 'propose-view';
  section.className = 'propose-view';
  section.hidden = true;
  section.setAttribute('aria-labelledby', 'propose-title');
  section.innerHTML = VIEW_HTML;
  $('main').before(section);
  const open = document.createElement('button');
  open.type = 'button';
  open.id = 'open-propose';
  open.textContent = 'Map a text';
  open.setAttribute('aria-controls', 'propose-view');
  open.setAttribute('aria-expanded', 'false');
  $('graphiql').before(open);

  open.addEventListener('click', () => ($('propose-view').hidden ? openPropose() : closePropose()));
  $('propose-close').addEventListener('click', closePropose);
  $('propose-form').addEventListener('submit', (event) => {
    event.preventDefault();
    void submit().catch((e: Error) => say(`Could not read the text: ${e.message}`));
  });
  $('propose-file').addEventListener('change', () => {
    const file = $<HTMLInputElement>('propose-file').files?.[0];
    if (!file) return;
    void file.text().then((text) => {
      $<HTMLTextAreaElement>('propose-text').value = text;
      $<HTMLInputElement>('propose-html').checked = /\.x?html?$/i.test(file.name) || file.type === 'text/html';
      if (!$<HTMLInputElement>('propose-source-title').value)
        $<HTMLInputElement>('propose-source-title').value = file.name.replace(/\.[^.]+$/, '');
      say(`Loaded ${file.name} (${text.length.toLocaleString('en-US')} characters): choose Propose to read it.`);
    });
  });
  $('propose-items').addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-item]');
    const item = proposal?.items.find((i) => i.id === button?.dataset.item);
    if (!button || !item) return;
    const work = button.classList.contains('propose-accept') ? accept([item]) : reject(item);
    void work.then(
      () => focusNext(item.id),
      (e: Error) => say(`Could not review #${numberOf(item)}: ${e.message}`),
    );
  });
  $('propose-accept-all').addEventListener('click', () => {
    const pending = proposal?.items.filter((i) => i.status === 'PENDING') ?? [];
    void accept(pending).catch((e: Error) => say(`Could not accept them: ${e.message}`));
  });
  // A marked quote leads to its item in the list.
  $('propose-marked').addEventListener('click', (event) => {
    const mark = (event.target as HTMLElement).closest<HTMLElement>('mark[data-item]');
    const item = proposal?.items.find((i) => i.id === mark?.dataset.item);
    if (item) $(`propose-item-${numberOf(item)}`).focus();
  });
}
