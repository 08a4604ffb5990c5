/**
 * Merging two claims that say the same thing, or two actors that are one person. The claim
 * panel lists the claim's near duplicates ("Similar claims", `Claim.similar`); an editor picks
 * one to merge into the claim shown, the actor panel picks an actor by name. A dialog says which
 * node survives and what moves to it, then sends `mergeClaims`/`mergeActors` with the newest
 * revision of the two as read (a change made meanwhile is refused), and the Undo bar offers to
 * revert the merge's revision like any other change. A refused merge shows the API's words.
 */
import { actions } from './actions.js';
import { gql } from './api.js';
import { $, escape, openDialog, shorten } from './dom.js';
import { errorMessage, revisionOf, showUndo } from './curate.js';
import type { ActorMergePreviewQuery, ClaimMergePreviewQuery } from './generated/graphql.js';
import {
  ACTOR_MERGE_PREVIEW,
  ACTORS_NAMED,
  CLAIM_MERGE_PREVIEW,
  LAST_REVISION,
  MERGE_ACTORS,
  MERGE_CLAIMS,
  SIMILAR_CLAIMS_OF,
} from './operations-curation.js';
import { mayEdit } from './session.js';
import { nodeHref, view } from './state.js';

/** How many near duplicates the claim panel lists. */
const SIMILAR_SHOWN = 5;
/** How long typing pauses before a name is looked up. */
export const TYPING_PAUSE_MS = 300;

export const percent = (score: number): string => `${Math.round(score * 100)}%`;
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const nodeLink = (id: string, text: string) => `<a href="${escape(nodeHref(id))}" data-node="${escape(id)}">${escape(text)}</a>`;

/** "Also known as": the ids merged into a node, which still name it; nothing when none were. */
export function alsoKnownAs(mergedFrom: readonly string[]): string {
  return mergedFrom.length
    ? `<p id="merged-from">Also known as: ${mergedFrom.map((id) => `<code>${escape(id)}</code>`).join(', ')}</p>`
    : '';
}

/** The claim panel's "Similar claims" (read in the present only: `similar` has no past). */
export async function similarSection(claimId: string): Promise<string> {
  if (view.revision !== null) return '';
  let items: string;
  try {
    const { claim } = await gql(SIMILAR_CLAIMS_OF, { id: claimId, first: SIMILAR_SHOWN });
    const editor = mayEdit();
    items =
      (claim?.similar ?? [])
        .map(
          (s) =>
            `<li>${nodeLink(s.claim.id, s.claim.text)} <span class="tag score">${percent(s.score)} alike</span>${
              editor
                ? ` <button type="button" data-merge-claim="${escape(s.claim.id)}">Merge into this claim…<span class="visually-hidden"> (${escape(shorten(s.claim.text, 80))})</span></button>`
                : ''
            }</li>`,
        )
        .join('') || '<li class="hint">None found.</li>';
  } catch (error) {
    items = `<li class="hint">Could not read similar claims: ${escape(errorMessage(error))}</li>`;
  }
  return `<section aria-labelledby="similar-heading"><h3 id="similar-heading">Similar claims</h3><ul id="similar-claims">${items}</ul></section>`;
}

/** The actor panel's merge button, for an editor. */
export function mergeActorButton(actorId: string): string {
  return mayEdit()
    ? `<p><button type="button" data-merge-actor-into="${escape(actorId)}">Merge another actor into this one…</button></p>`
    : '';
}

/** The merge the dialog is about to send. */
let pending: { kind: 'claim' | 'actor'; intoId: string; fromId: string; expectedRevision: number | null; words: string } | null = null;

const dialog = () => $<HTMLDialogElement>('merge-dialog');

type Read = { id: string; history: Parameters<typeof revisionOf>[0] };

/** Readies the merge of `merged` into `kept`, expecting the newer of the two revisions they were read at. */
function pend(kind: 'claim' | 'actor', kept: Read, merged: Read, words: string): void {
  const known = [revisionOf(kept.history), revisionOf(merged.history)].filter((r): r is number => r !== null);
  pending = { kind, intoId: kept.id, fromId: merged.id, expectedRevision: known.length ? Math.max(...known) : null, words };
}

function focusHeading(): HTMLElement | null {
  const heading = document.querySelector<HTMLElement>('#panel h2');
  heading?.setAttribute('tabindex', '-1');
  return heading;
}

const actionsHtml = (swap: string) =>
  `<div class="dialog-actions"><button type="button" id="merge-confirm">Merge</button> ${swap}<button type="button" data-close>Cancel</button></div>`;

type ClaimPreview = NonNullable<ClaimMergePreviewQuery['claim']>;
type ActorPreview = NonNullable<ActorMergePreviewQuery['actor']>;

function claimMoves(from: ClaimPreview): string {
  const concluding = from.supportedBy.length + from.attackedBy.length;
  const argumentsMoved = from.premiseOf.length + concluding;
  return `<ul id="merge-moves">
    <li>${count(from.assertions.length, 'assertion')}</li>
    <li>${count(argumentsMoved, 'argument')} (${from.premiseOf.length} as premise, ${concluding} concluding in it)</li>
    <li>${count(from.citations.length, 'citation')}</li>
    <li>${count(from.positions.length, 'position')}</li></ul>`;
}

function actorMoves(from: ActorPreview): string {
  return `<ul id="merge-moves">
    <li>${count(from.assertions.length, 'assertion')}</li>
    <li>${count(from.affiliations.length + from.members.length, 'affiliation')}</li></ul>`;
}

/** The confirm dialog of a claim merge: `fromId` goes into `intoId`; it may be turned around. */
async function confirmClaims(intoId: string, fromId: string): Promise<void> {
  const [into, from] = await Promise.all([gql(CLAIM_MERGE_PREVIEW, { id: intoId }), gql(CLAIM_MERGE_PREVIEW, { id: fromId })]);
  if (!into.claim || !from.claim) return;
  const kept = into.claim;
  const merged = from.claim;
  pend('claim', kept, merged, `Merged the claim “${shorten(merged.text, 60)}” into “${shorten(kept.text, 60)}”.`);
  $('merge-title').textContent = 'Merge two claims?';
  $('merge-body').innerHTML = `<p id="merge-survivor">Keeps ${nodeLink(kept.id, kept.text)} (<code>${escape(kept.id)}</code>).</p>
    <p id="merge-merged">Merges into it ${nodeLink(merged.id, merged.text)} (<code>${escape(merged.id)}</code>), whose id then names the kept claim. Moving to the kept claim:</p>
    ${claimMoves(merged)}
    <p class="hint">An Undo brings the merged claim back as it was.</p>
    ${actionsHtml(`<button type="button" id="merge-swap" data-into="${escape(merged.id)}" data-from="${escape(kept.id)}">Keep the other claim instead</button> `)}
    <div id="merge-outcome" aria-live="polite"></div>`;
  // Turned around, the dialog is open already: only the focus moves.
  if (dialog().open) $('merge-confirm').focus();
  else openDialog(dialog(), { focus: $('merge-confirm'), fallback: focusHeading });
}

/** The actor merge: a picker of actors by name, then what moves. */
function pickActor(intoId: string, name: string): void {
  pending = null;
  $('merge-title').textContent = `Merge another actor into ${name}`;
  $('merge-body').innerHTML = `<div role="search"><label for="merge-actor-name">Find the actor to merge in, by name</label>
    <input id="merge-actor-name" type="search" autocomplete="off" data-into="${escape(intoId)}" /></div>
    <ul id="merge-actor-results" aria-live="polite"></ul>
    <div id="merge-confirm-part"></div>
    <div class="dialog-actions"><button type="button" data-close>Cancel</button></div>
    <div id="merge-outcome" aria-live="polite"></div>`;
  openDialog(dialog(), { focus: $('merge-actor-name'), fallback: focusHeading });
}

let searchTimer: ReturnType<typeof setTimeout> | undefined;
let searchAsked = 0;

async function searchActors(input: HTMLInputElement): Promise<void> {
  const asked = ++searchAsked;
  const text = input.value.trim();
  const results = $('merge-actor-results');
  if (!text) {
    results.innerHTML = '';
    return;
  }
  try {
    const { actors } = await gql(ACTORS_NAMED, { mapId: view.map, nameContains: text });
    if (asked !== searchAsked) return; // typed on meanwhile
    const found = actors.edges.map((e) => e.node).filter((a) => a.id !== input.dataset.into);
    results.innerHTML =
      found
        .map(
          (a) =>
            `<li><button type="button" data-merge-pick="${escape(a.id)}">${escape(a.name)}</button> <span class="hint">${escape(a.kind.toLowerCase())}, <code>${escape(a.id)}</code></span></li>`,
        )
        .join('') || `<li class="hint">No other actor named like “${escape(text)}”.</li>`;
  } catch (error) {
    results.innerHTML = `<li class="error">${escape(errorMessage(error))}</li>`;
  }
}

async function confirmActors(intoId: string, fromId: string): Promise<void> {
  const [into, from] = await Promise.all([gql(ACTOR_MERGE_PREVIEW, { id: intoId }), gql(ACTOR_MERGE_PREVIEW, { id: fromId })]);
  if (!into.actor || !from.actor) return;
  const kept = into.actor;
  const merged = from.actor;
  pend('actor', kept, merged, `Merged the actor ${merged.name} into ${kept.name}.`);
  $('merge-confirm-part').innerHTML = `<p id="merge-survivor">Keeps ${escape(kept.name)} (<code>${escape(kept.id)}</code>).</p>
    <p id="merge-merged">Merges into it ${escape(merged.name)} (<code>${escape(merged.id)}</code>), whose id then names the kept actor. Moving to ${escape(kept.name)}:</p>
    ${actorMoves(merged)}
    ${actionsHtml('')}`;
  $('merge-confirm').focus();
}

/** Sends the merge; on success the survivor's panel opens and the bar offers Undo. */
async function merge(): Promise<void> {
  if (!pending) return;
  const { kind, intoId, fromId, expectedRevision, words } = pending;
  const outcome = $('merge-outcome');
  outcome.textContent = 'Merging…';
  try {
    const variables = { intoId, fromIds: [fromId], expectedRevision };
    if (kind === 'claim') await gql(MERGE_CLAIMS, variables);
    else await gql(MERGE_ACTORS, variables);
  } catch (error) {
    outcome.innerHTML = `<p class="error" role="alert">${escape(errorMessage(error))}</p>`;
    return;
  }
  pending = null;
  dialog().close();
  let revision: number | null = null;
  try {
    const { revisions } = await gql(LAST_REVISION, { mapId: view.map, nodeId: intoId });
    revision = revisions.edges[0]?.node.revision ?? null;
  } catch {
    // The merge stands; only its Undo is missing.
  }
  showUndo(words, revision);
  await actions.land(intoId);
  focusHeading()?.focus();
}

export function setupMerge(): void {
  $('panel').addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    const claim = target.closest<HTMLButtonElement>('button[data-merge-claim]');
    const shown = $('panel').dataset.node;
    if (claim && shown) void confirmClaims(shown, claim.dataset.mergeClaim!);
    const actor = target.closest<HTMLButtonElement>('button[data-merge-actor-into]');
    if (actor) pickActor(actor.dataset.mergeActorInto!, document.getElementById('actor-name')?.textContent ?? 'this actor');
  });
  const box = dialog();
  box.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    if (target.closest('[data-close]')) box.close();
    else if (target.closest('#merge-confirm')) void merge();
    const swap = target.closest<HTMLButtonElement>('#merge-swap');
    if (swap) void confirmClaims(swap.dataset.into!, swap.dataset.from!);
    const pick = target.closest<HTMLButtonElement>('button[data-merge-pick]');
    const input = document.getElementById('merge-actor-name') as HTMLInputElement | null;
    if (pick && input) void confirmActors(input.dataset.into!, pick.dataset.mergePick!);
    const anchor = target.closest('a[data-node]');
    if (anchor) {
      event.preventDefault();
      box.close();
      void actions.land(anchor.getAttribute('data-node')!);
    }
  });
  box.addEventListener('input', (event) => {
    const input = event.target as HTMLInputElement;
    if (input.id !== 'merge-actor-name') return;
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => void searchActors(input), TYPING_PAUSE_MS);
  });
}
