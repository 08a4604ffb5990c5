/**
 * "Possible duplicates" while a new claim is typed: once the text has three words, each pause in
 * typing asks `similarClaims` of the map, and the claims that may already say it are listed under
 * the field (a polite live region), each with a button that opens that claim instead, so a map
 * gains a reply to an existing claim rather than a second copy of it.
 */
import { actions } from './actions.js';
import { gql } from './api.js';
import { errorMessage } from './curate.js';
import { $, escape } from './dom.js';
import { percent, TYPING_PAUSE_MS } from './merge.js';
import { SIMILAR_CLAIMS } from './operations-curation.js';
import { view } from './state.js';

/** Fewer words than this say too little to compare. */
const MIN_WORDS = 3;
const SHOWN = 5;

let timer: ReturnType<typeof setTimeout> | undefined;
/** Numbers the lookups, so an answer to older text never replaces a newer one. */
let asked = 0;

function clear(): void {
  asked += 1;
  clearTimeout(timer);
  $('claim-duplicates').innerHTML = '';
}

async function lookUp(text: string): Promise<void> {
  const mine = ++asked;
  const list = $('claim-duplicates');
  try {
    const { similarClaims } = await gql(SIMILAR_CLAIMS, { mapId: view.map, text, first: SHOWN });
    if (mine !== asked) return;
    list.innerHTML = similarClaims.length
      ? `<p id="claim-duplicates-heading">Possible duplicates (${similarClaims.length}):</p><ul aria-labelledby="claim-duplicates-heading">${similarClaims
          .map(
            (s) =>
              `<li><span class="duplicate-text">${escape(s.claim.text)}</span> <span class="tag score">${percent(s.score)} alike</span>
                <button type="button" data-use-claim="${escape(s.claim.id)}" aria-label="Use this claim instead: ${escape(s.claim.text)}">Use this claim instead</button></li>`,
          )
          .join('')}</ul>`
      : '<p class="hint">No similar claim in this map.</p>';
  } catch (error) {
    if (mine === asked) list.innerHTML = `<p class="hint">Could not look for duplicates: ${escape(errorMessage(error))}</p>`;
  }
}

export function setupDuplicates(): void {
  const field = $<HTMLTextAreaElement>('claim-new-text');
  field.addEventListener('input', () => {
    const text = field.value.trim();
    if (text.split(/\s+/).filter(Boolean).length < MIN_WORDS) return clear();
    clearTimeout(timer);
    timer = setTimeout(() => void lookUp(text), TYPING_PAUSE_MS);
  });
  // The claim added (or the form left for another map), the list is stale.
  $('form-claim').addEventListener('submit', () => clear());
  document.addEventListener('argmap:role', () => clear());
  $('claim-duplicates').addEventListener('click', (event) => {
    const use = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-use-claim]');
    if (!use) return;
    void actions.land(use.dataset.useClaim!).then(() => {
      const heading = document.querySelector<HTMLElement>('#panel h2');
      heading?.setAttribute('tabindex', '-1');
      heading?.focus();
    });
  });
}
