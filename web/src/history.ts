/**
 * History and time travel: a claim's revisions (who changed it, when, with which operation and
 * what changed), and a slider over the map's revisions that shows the map as it stood then.
 */
import { actions } from './actions.js';
import { gql } from './api.js';
import { $, escape, status } from './dom.js';
import { CLAIM_HISTORY } from './operations.js';
import { view, writeUrl } from './state.js';

let openFor: string | null = null;

/** The claim whose history the reader opened, while its panel is shown. */
export const historyOpenFor = (): string | null => (document.getElementById('panel')?.dataset.node === openFor ? openFor : null);

/** Forgets an open history (another node's panel is shown). */
export function closeHistory(): void {
  openFor = null;
}

/** Shows a claim's revisions, newest first, in the claim's panel (read again when the panel is redrawn). */
export async function loadHistory(claimId: string): Promise<void> {
  openFor = claimId;
  const loading = document.getElementById('history');
  if (!loading) return; // a panel without a history (the claim is gone, or shown as it was)
  loading.innerHTML = '<p class="hint">Loading…</p>';
  const { claim } = await gql(CLAIM_HISTORY, { id: claimId });
  // The panel may have been redrawn meanwhile: write into the one shown now, if it is still this claim's.
  const target = document.getElementById('history');
  if (openFor !== claimId || $('panel').dataset.node !== claimId || !target) return;
  if (!claim) {
    target.innerHTML = '<p class="hint">This claim no longer exists.</p>';
    return;
  }
  const revisions = [...claim.history.edges].reverse();
  target.innerHTML = `<p class="hint">${claim.history.totalCount} revision${claim.history.totalCount === 1 ? '' : 's'} changed this claim${
    claim.history.totalCount > revisions.length ? ` (the latest ${revisions.length} shown)` : ''
  }.</p>
  <ol class="revisions" id="claim-history" reversed>${revisions
    .map(({ node: r }) => {
      const change = r.changes[0];
      return `<li class="revision" data-revision="${r.revision}">
        <strong>r${r.revision}</strong> · <span class="key-name">${escape(r.keyName)}</span> · <code>${escape(r.operation)}</code>
        · <time datetime="${escape(r.at)}">${escape(new Date(r.at).toLocaleString())}</time>
        ${change ? `<br /><span class="tag">${escape(change.kind)}</span>${change.differences.map((d) => `<span class="tag">${escape(d)}</span>`).join('')}` : ''}
        <button type="button" class="link" data-goto-revision="${r.revision}">Show the map as of r${r.revision}</button>
      </li>`;
    })
    .join('')}</ol>`;
}

let current = 0;

/** Sets the slider's range to the map's revisions (called at start and on each live change). */
export function setCurrentRevision(revision: number): void {
  current = revision;
  const slider = $<HTMLInputElement>('revision-slider');
  slider.max = String(Math.max(1, revision));
  if (view.revision === null) slider.value = slider.max;
  describeSlider();
}

function describeSlider(): void {
  const text = view.revision === null ? `now (revision ${current})` : `revision ${view.revision} of ${current}`;
  $('revision-label').textContent = text;
  $<HTMLInputElement>('revision-slider').setAttribute('aria-valuetext', text);
  $('past-banner').hidden = view.revision === null;
  $('past-revision').textContent = String(view.revision ?? '');
  document.body.classList.toggle('in-past', view.revision !== null);
}

/** Shows the map as of a revision (null: the present). */
export async function goToRevision(revision: number | null): Promise<void> {
  view.revision = revision === null || revision >= current ? null : Math.max(0, revision);
  $<HTMLInputElement>('revision-slider').value = String(view.revision ?? current);
  describeSlider();
  writeUrl();
  status(view.revision === null ? 'Back to the present' : `Loading the map as of revision ${view.revision}…`);
  await actions.refresh([]);
}

export function setupHistory(): void {
  const slider = $<HTMLInputElement>('revision-slider');
  let timer: ReturnType<typeof setTimeout> | undefined;
  slider.addEventListener('input', () => {
    describeSliderPreview(Number(slider.value));
    clearTimeout(timer);
    timer = setTimeout(() => void goToRevision(Number(slider.value)), 250);
  });
  $('back-to-now').addEventListener('click', () => void goToRevision(null));
  document.body.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-goto-revision]');
    if (button) void goToRevision(Number(button.dataset.gotoRevision));
  });
}

function describeSliderPreview(value: number): void {
  $('revision-label').textContent = value >= current ? `now (revision ${current})` : `revision ${value} of ${current}`;
}
