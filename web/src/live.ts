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
import { view } from './state.js';

type Change = ChangesSubscription['changes'];

let lastRevision = 0;
let controller: AbortController | null = null;
const pending = new Set<string>();
let timer: ReturnType<typeof setTimeout> | undefined;

/** Changes seen since the page opened, for tests and the activity list. */
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
    .map((id) => `<a href="?root=${encodeURIComponent(id)}" data-node="${escape(id)}">${escape(id)}</a>`)
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

/** Subscribes from `afterRevision` on, again and again until the page closes. */
export function startLive(afterRevision: number): void {
  lastRevision = afterRevision;
  const run = async () => {
    for (;;) {
      controller = new AbortController();
      try {
        $('live-state').textContent = 'live';
        await subscribe(CHANGES, { afterRevision: lastRevision }, (data) => onChange(data.changes), controller.signal);
      } catch (error) {
        if (controller.signal.aborted) return;
        $('live-state').textContent = `reconnecting (${(error as Error).message})`;
      }
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  };
  void run();
}

export function stopLive(): void {
  controller?.abort();
}

export function setupLive(): void {
  $('activity-list').addEventListener('click', (event) => {
    const anchor = (event.target as HTMLElement).closest('a[data-node]');
    if (!anchor) return;
    event.preventDefault();
    void actions.land(anchor.getAttribute('data-node')!);
  });
}
