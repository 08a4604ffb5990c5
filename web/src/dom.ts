/** Small DOM helpers shared by the explorer's modules. */

export const $ = <T extends HTMLElement = HTMLElement>(id: string): T => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the page has no #${id}`);
  return element as T;
};

export const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export const shorten = (text: string, max = 140): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The status line at the foot of the page. */
export function status(text: string): void {
  $('status').textContent = text;
}

/** Says something to screen readers (a polite live region) without moving focus. */
export function announce(text: string): void {
  const region = $('announcer');
  region.textContent = '';
  // A new text node on the next frame makes screen readers read the same text twice in a row.
  requestAnimationFrame(() => (region.textContent = text));
}

/** What a node id names, from its prefix (`claim:`, `actor:`, ...). */
export type NodeType = 'Claim' | 'Argument' | 'Actor' | 'Source' | 'Provision' | 'Issue' | 'Assertion' | 'Revision';
const PREFIXES: Record<string, NodeType> = {
  claim: 'Claim',
  argument: 'Argument',
  actor: 'Actor',
  source: 'Source',
  provision: 'Provision',
  issue: 'Issue',
  assertion: 'Assertion',
  revision: 'Revision',
};
export function typeOfId(id: string): NodeType | null {
  return PREFIXES[id.slice(0, id.indexOf(':'))] ?? null;
}

/**
 * Opens a modal dialog, focus on its first field (or `focus`); Escape closes it (the browser's
 * `cancel`), and focus goes back to what opened it, or to `fallback()` when that is gone (the
 * panel was drawn again meanwhile).
 */
export function openDialog(
  dialog: HTMLDialogElement,
  { focus, fallback }: { focus?: HTMLElement; fallback?: () => HTMLElement | null } = {},
): void {
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  dialog.addEventListener(
    'close',
    () => {
      const back = opener?.isConnected ? opener : (fallback?.() ?? null);
      back?.focus();
    },
    { once: true },
  );
  if (!dialog.open) dialog.showModal();
  (focus ?? dialog.querySelector<HTMLElement>('input, textarea, select, button:not([value="cancel"])'))?.focus();
}
