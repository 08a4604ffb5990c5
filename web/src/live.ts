/**
 * Live changes: the explorer subscribes to `changes` over Server-Sent Events, lists who changed
 * what as it happens, and refreshes what is shown. After a dropped connection it subscribes
 * again from the last revision it saw, so nothing is missed.
 */
import { actions } from './actions.js';
import { subscribe } from './api.js';
import { $, escape, status } from './dom.js';
import type { ChangesSubscription } from './generated/graphql.js';
import { setCurrentRevision } from './history.js';
import { CHANGES } from './operations.js';
import { nodeHref, view } from './state.js';

type Change = ChangesSubscription['changes'];

let lastRevision = 0;
let controller: AbortController | null = null;
const pending = new Set<string>();
let timer: ReturnType<typeof setTimeout> | undefined;

/** Changes seen since the page opened (on every map it showed), for tests. */
export const seen: Change[] = [];

function show(change: Change): void {
  seen.push(change);
  const list = $('activity-list');
  const item = document.createElement('li');
  item.className = 'change';
  item.dataset.revision = String(change.revision);
  item.innerHTML = `<strong>r${change.revision}</strong> <span class="key-name">${escape(change.keyName)}</span> — <code>${escape(change.operation)}</code>, ${change.ids.length} node${
    change.ids.length === 1 ? '' : 's'
  }: ${change.ids
    .slice(0, 3)
    .map((id) => `<a href="${escape(nodeHref(id))}" data-node="${escape(id)}">${escape(id)}</a>`)
    .join(', ')}${change.ids.length > 3 ? ', …' : ''}`;
  list.prepend(item);
  while (list.children.length > 30) list.lastElementChild?.remove();
  $('activity-latest').textContent = `${change.keyName} made revision ${change.revision} (${change.operation})`;
}

function onChange(change: Change): void {
  if (change.revision <= lastRevision) return;
  lastRevision = change.revision;
  setCurrentRevision(change.revision);
  show(change);
  if (view.revision !== null) return; // looking at the past: the present can wait
  for (const id of change.ids) pending.add(id);
  clearTimeout(timer);
  timer = setTimeout(() => {
    const ids = [...pending];
    pending.clear();
    void actions.refresh(ids).catch((e: Error) => status(e.message));
  }, 200);
}

/**
 * Subscribes to the view's map from `afterRevision` on, again and again until stopped (another
 * map chosen) or the page closes. Each run has its own controller: a run stopped while it waits
 * to reconnect does not come back.
 */
export function startLive(afterRevision: number): void {
  stopLive();
  lastRevision = afterRevision;
  const own = new AbortController();
  controller = own;
  const mapId = view.map;
  const run = async () => {
    while (!own.signal.aborted) {
      try {
        $('live-state').textContent = 'live';
        await subscribe(
          CHANGES,
          { mapId, afterRevision: lastRevision },
          (data) => {
            if (!own.signal.aborted) onChange(data.changes);
          },
          own.signal,
        );
      } catch (error) {
        if (own.signal.aborted) return;
        $('live-state').textContent = `reconnecting (${(error as Error).message})`;
      }
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  };
  void run();
}

/** Ends the subscription, forgets changes not yet shown and empties the list of changes (another map is chosen). */
export function stopLive(): void {
  controller?.abort();
  controller = null;
  clearTimeout(timer);
  pending.clear();
  $('activity-list').replaceChildren();
  $('activity-latest').textContent = '';
}

export function setupLive(): void {
  $('activity-list').addEventListener('click', (event) => {
    const anchor = (event.target as HTMLElement).closest('a[data-node]');
    if (!anchor) return;
    event.preventDefault();
    void actions.land(anchor.getAttribute('data-node')!);
  });
}
