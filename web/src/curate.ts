/**
 * Correcting and removing what a panel shows: each item's Edit opens a form of its fields, sent
 * as its `update*` with the revision the panel was read at (`expectedRevision`), so a change
 * made meanwhile by someone else is refused (CONFLICT) and offered for reloading rather than
 * overwritten. Delete asks first; when others depend on the item the API's CONFLICT names them,
 * and the dialog offers to delete them with it (`cascade: true`). Every change the reader makes
 * can be undone from the bar at the foot of the page: a `revert` of its revision.
 */
import { actions } from './actions.js';
import { ApiError, gql } from './api.js';
import { $, announce, escape, openDialog, status } from './dom.js';
import { LAST_REVISION, REVERT } from './operations-curation.js';
import { mayEdit } from './session.js';
import { view } from './state.js';

/** One field of an edit form, with the value the panel shows. */
export interface Field {
  name: string;
  label: string;
  kind: 'text' | 'textarea' | 'date' | 'ids' | 'select';
  value: string | string[] | null;
  /** For a select: its choices (value, words). */
  options?: { value: string; label: string }[];
  /** A field that cannot be cleared (left empty, it is left as it is). */
  required?: boolean;
  hint?: string;
}

/** Something a panel shows that the reader may correct and remove. */
export interface Editable {
  /** Names it in the panel, the same each time the panel is drawn (its id; a citation's claim and provision). */
  key: string;
  /** How the dialogs name it ("the claim", "the citation of the First Amendment"). */
  what: string;
  /** The node whose revisions record a change to it (a citation's or position's claim). */
  nodeId: string;
  /** The revision the panel read it at: sent as expectedRevision. */
  revision: number | null;
  fields: Field[];
  update?: (input: Record<string, unknown>, expectedRevision: number | null) => Promise<unknown>;
  remove: (cascade: boolean, expectedRevision: number | null) => Promise<unknown>;
  /** Whether `remove` takes `cascade` (deleting a claim or an argument takes what hangs on it anyway). */
  cascades: boolean;
}

/** The revision a panel's `history(last: 1)` gives. */
export const revisionOf = (history: { edges: { node: { revision: number } }[] }): number | null => history.edges[0]?.node.revision ?? null;

/**
 * The items the panel shows, by key: drawn again (a live change), an item replaces what it was,
 * so a button drawn before and clicked meanwhile acts on what was read last.
 */
const registry = new Map<string, Editable>();

/** Forgets the items shown (the panel is emptied: another map). */
export function clearEditables(): void {
  registry.clear();
}

/** The Edit and Delete buttons of one item, registered for the dialogs; nothing when the reader may not change the map. */
export function curateButtons(item: Editable, name: string): string {
  if (!mayEdit()) return '';
  const key = item.key;
  registry.set(key, item);
  return `<span class="curate">${
    item.update ? `<button type="button" data-edit="${escape(key)}" aria-label="Edit ${escape(name)}">Edit</button>` : ''
  }<button type="button" data-delete="${escape(key)}" aria-label="Delete ${escape(name)}">Delete</button></span>`;
}

let opened: { key: string; item: Editable } | null = null;

function fieldHtml(field: Field, index: number): string {
  const id = `curate-field-${index}`;
  const value = Array.isArray(field.value) ? field.value.join('\n') : (field.value ?? '');
  const hint = field.hint ? `<p class="hint" id="${id}-hint">${escape(field.hint)}</p>` : '';
  const described = field.hint ? ` aria-describedby="${id}-hint"` : '';
  const label = `<label for="${id}">${escape(field.label)}</label>`;
  switch (field.kind) {
    case 'textarea':
    case 'ids':
      return `${label}${hint}<textarea id="${id}" name="${field.name}" rows="${field.kind === 'ids' ? 4 : 3}"${described}>${escape(value)}</textarea>`;
    case 'select':
      return `${label}${hint}<select id="${id}" name="${field.name}"${described}>${field.required ? '' : `<option value=""${value ? '' : ' selected'}>(none)</option>`}${(
        field.options ?? []
      )
        .map((o) => `<option value="${escape(o.value)}"${o.value === value ? ' selected' : ''}>${escape(o.label)}</option>`)
        .join('')}</select>`;
    default:
      return `${label}${hint}<input id="${id}" name="${field.name}" type="${field.kind === 'date' ? 'date' : 'text'}" value="${escape(value)}"${described} />`;
  }
}

/** The fields the reader changed, as the update's input: an emptied optional field is cleared (null). */
function changedInput(item: Editable, form: HTMLFormElement): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  item.fields.forEach((field, index) => {
    const element = form.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(`#curate-field-${index}`);
    if (!element) return;
    if (field.kind === 'ids') {
      const ids = element.value
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter(Boolean);
      if (ids.join('\n') !== ((field.value as string[] | null) ?? []).join('\n')) input[field.name] = ids;
      return;
    }
    const value = element.value.trim();
    if (value === ((field.value as string | null) ?? '')) return;
    if (value === '') {
      if (!field.required) input[field.name] = null;
      return;
    }
    input[field.name] = value;
  });
  return input;
}

/** How the dialog words each relation a CONFLICT's dependants name (the API's `relation`). */
const RELATIONS: Record<string, [string, string]> = {
  assertions: ['assertion', 'assertions'],
  affiliations: ['affiliation', 'affiliations'],
  members: ['member', 'members'],
  citedBy: ['claim citing it', 'claims citing it'],
  parts: ['part', 'parts'],
  positions: ['position', 'positions'],
};
const relationWords = (relation: string, count: number) => RELATIONS[relation]?.[count === 1 ? 0 : 1] ?? relation;

/** An error as the reader reads it: the API's words, without the code. */
export const errorMessage = (error: unknown) => (error instanceof Error ? error.message.replace(/^[A-Z_]+: /, '') : String(error));
const isConflict = (error: unknown) => error instanceof ApiError && error.codes.includes('CONFLICT');

/** The dependants a refused delete names (`extensions.dependants`: per relation, a count and the first ids). */
function dependantsOf(error: unknown): { relation: string; count: number; ids: string[] }[] {
  if (!(error instanceof ApiError)) return [];
  const found = error.extensions.find((e) => Array.isArray(e.dependants))?.dependants;
  return Array.isArray(found) ? (found as { relation: string; count: number; ids: string[] }[]) : [];
}

function dialog(): HTMLDialogElement {
  return $<HTMLDialogElement>('curate-dialog');
}

/** Where focus goes when the dialog closes and its button was drawn again: the same item's button, or the panel's heading. */
function fallbackFocus(kind: 'edit' | 'delete'): () => HTMLElement | null {
  const key = opened?.key ?? '';
  return () => {
    const again = document.querySelector<HTMLElement>(`#panel button[data-${kind}="${CSS.escape(key)}"]`);
    if (again) return again;
    const heading = document.querySelector<HTMLElement>('#panel h2');
    heading?.setAttribute('tabindex', '-1');
    return heading;
  };
}

function stale(error: unknown): string {
  return `<p class="error" role="alert">${escape(opened?.item.what ?? 'It')} changed since you opened it: ${escape(errorMessage(error))}</p>
    <button type="button" id="curate-reload">Reload it</button>`;
}

function openEdit(key: string): void {
  const item = registry.get(key);
  if (!item?.update) return;
  opened = { key, item };
  $('curate-title').textContent = `Edit ${item.what}`;
  $('curate-body').innerHTML = `<form id="curate-form">${item.fields.map(fieldHtml).join('')}
    <div class="dialog-actions"><button type="submit">Save</button> <button type="button" data-close>Cancel</button></div></form>
    <div id="curate-outcome" aria-live="polite"></div>`;
  openDialog(dialog(), { fallback: fallbackFocus('edit') });
}

function openDelete(key: string): void {
  const item = registry.get(key);
  if (!item) return;
  opened = { key, item };
  $('curate-title').textContent = `Delete ${item.what}?`;
  $('curate-body').innerHTML = `<p>${escape(item.what)} goes from the map (an Undo brings it back).</p>
    <div class="dialog-actions"><button type="button" id="curate-delete">Delete</button> <button type="button" data-close>Cancel</button></div>
    <div id="curate-outcome" aria-live="polite"></div>`;
  openDialog(dialog(), { focus: $('curate-delete'), fallback: fallbackFocus('delete') });
}

/** After a change: the panel and map read again, and the bar offers to undo it; focus stays on the item's button, drawn again. */
async function changed(item: Editable, done: string): Promise<void> {
  const refocus = fallbackFocus(document.activeElement?.closest('#curate-form') ? 'edit' : 'delete');
  dialog().close();
  let revision: number | null = null;
  try {
    const { revisions } = await gql(LAST_REVISION, { mapId: view.map, nodeId: item.nodeId });
    revision = revisions.edges[0]?.node.revision ?? null;
  } catch {
    // The change stands; only its Undo is missing.
  }
  showUndo(done, revision);
  await actions.refresh([]);
  if (document.activeElement === document.body || !document.activeElement?.isConnected) refocus()?.focus();
}

async function save(): Promise<void> {
  if (!opened) return;
  const { item } = opened;
  const input = changedInput(item, $<HTMLFormElement>('curate-form'));
  const outcome = $('curate-outcome');
  if (Object.keys(input).length === 0) {
    outcome.textContent = 'Nothing changed.';
    return;
  }
  try {
    await item.update!(input, item.revision);
    await changed(item, `Saved ${item.what} (${Object.keys(input).join(', ')}).`);
  } catch (error) {
    outcome.innerHTML = isConflict(error) ? stale(error) : `<p class="error" role="alert">${escape(errorMessage(error))}</p>`;
  }
}

async function remove(cascade: boolean): Promise<void> {
  if (!opened) return;
  const { item } = opened;
  const outcome = $('curate-outcome');
  try {
    await item.remove(cascade, item.revision);
    await changed(item, `Deleted ${item.what}${cascade ? ' and what depended on it' : ''}.`);
  } catch (error) {
    const dependants = dependantsOf(error);
    if (isConflict(error) && dependants.length > 0 && item.cascades) {
      const total = dependants.reduce((sum, d) => sum + d.count, 0);
      outcome.innerHTML = `<p role="alert">Others depend on ${escape(item.what)}:</p>
        <ul id="curate-dependants">${dependants
          .map(
            (d) =>
              `<li>${d.count} ${escape(relationWords(d.relation, d.count))}${d.ids.length ? `: ${d.ids.map((id) => `<code>${escape(id)}</code>`).join(', ')}` : ''}${d.count > d.ids.length ? ', …' : ''}</li>`,
          )
          .join('')}</ul>
        <button type="button" id="curate-cascade">Delete with ${total} dependant${total === 1 ? '' : 's'}</button>`;
      $('curate-cascade').focus();
    } else {
      outcome.innerHTML = isConflict(error) ? stale(error) : `<p class="error" role="alert">${escape(errorMessage(error))}</p>`;
      outcome.querySelector<HTMLElement>('button')?.focus();
    }
  }
}

let undoable: { revision: number; map: string } | null = null;

/** The bar at the foot of the page: what was done, and an Undo reverting its revision (none when it is unknown). */
export function showUndo(text: string, revision: number | null): void {
  undoable = revision === null ? null : { revision, map: view.map };
  $('undo-text').textContent = revision === null ? text : `${text} Revision ${revision}.`;
  $('undo').hidden = undoable === null;
  $('undo-bar').hidden = false;
  status(text);
}

async function undo(): Promise<void> {
  if (!undoable) return;
  const { revision, map } = undoable;
  try {
    const { revert } = await gql(REVERT, { mapId: map, revision });
    undoable = null;
    $('undo').hidden = true;
    $('undo-text').textContent = `Undone: revision ${revert.reverted} reverted as revision ${revert.revision}.`;
    announce(`Undone revision ${revert.reverted}`);
    await actions.refresh([]);
    const heading = document.querySelector<HTMLElement>('#panel h2');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus();
  } catch (error) {
    $('undo-text').textContent = `Could not undo revision ${revision}: ${errorMessage(error)}`;
  }
}

export function setupCurate(): void {
  $('panel').addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    const edit = target.closest<HTMLButtonElement>('button[data-edit]');
    if (edit) openEdit(edit.dataset.edit!);
    const del = target.closest<HTMLButtonElement>('button[data-delete]');
    if (del) openDelete(del.dataset.delete!);
  });
  const box = dialog();
  box.addEventListener('submit', (event) => {
    event.preventDefault();
    void save();
  });
  box.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    if (target.closest('[data-close]')) box.close();
    else if (target.closest('#curate-delete')) void remove(false);
    else if (target.closest('#curate-cascade')) void remove(true);
    else if (target.closest('#curate-reload')) {
      box.close();
      void actions.refresh([]);
    }
  });
  $('undo').addEventListener('click', () => void undo());
  $('undo-dismiss').addEventListener('click', () => {
    $('undo-bar').hidden = true;
    undoable = null;
  });
  // Another map, or a revision in the past: an Undo offered for the present of one map is withdrawn.
  document.addEventListener('argmap:role', () => {
    if (undoable && undoable.map !== view.map) $('undo-bar').hidden = true;
  });
}
