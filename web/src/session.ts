/**
 * Who reads: signing in with a token (a user's JWT from the frontend's identity provider, or an
 * API key) pasted into the "Sign in" dialog, or handed over by a frontend embedding the explorer
 * as `#token=<JWT>` in the address (read once and removed from it); who they are (`me`) and
 * their role in the map shown, which decides what the page offers: nothing to change without
 * EDITOR, members with ADMIN. A new map, and the map's members, are managed here too.
 */
import { actions } from './actions.js';
import { ApiError, gql, setToken, token } from './api.js';
import { $, announce, escape, openDialog, status } from './dom.js';
import type { MapRole, Visibility } from './generated/graphql.js';
import { CREATE_MAP, MAP_MEMBERS, ME, REMOVE_MEMBERSHIP, SET_MEMBERSHIP } from './operations-curation.js';
import { view } from './state.js';

const ROLES: MapRole[] = ['VIEWER', 'EDITOR', 'ADMIN', 'OWNER'];

/** Whether `held` includes what `needed` allows (each role includes the ones before it). */
export const roleAtLeast = (held: MapRole | null, needed: MapRole): boolean =>
  held !== null && ROLES.indexOf(held) >= ROLES.indexOf(needed);

export const session: { me: { id: string; name: string } | null; role: MapRole | null } = { me: null, role: null };

/** Whether the reader may change the map shown (EDITOR, at the present revision). */
export const mayEdit = (): boolean => roleAtLeast(session.role, 'EDITOR') && view.revision === null;

const looksLikeJwt = (value: string) => /^[\w-]+\.[\w-]+\.[\w-]*$/.test(value);

/**
 * A token handed over in the address's fragment (`#token=...`, which browsers never send to a
 * server) is kept for the tab and removed from the address at once, so it is neither in the
 * history nor in a link the reader shares.
 */
function takeFragmentToken(): void {
  const fragment = new URLSearchParams(location.hash.slice(1));
  const given = fragment.get('token');
  if (given === null) return;
  setToken(given.trim() || null);
  fragment.delete('token');
  const rest = fragment.toString();
  history.replaceState(history.state, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
}
takeFragmentToken();

function render(): void {
  const signedIn = token() !== null;
  const role = session.role ? ` · ${session.role.toLowerCase()} here` : signedIn ? ' · no role here' : '';
  $('who').textContent = session.me ? `${session.me.name}${role}` : signedIn ? `API key${role}` : 'Not signed in';
  $('sign-in').hidden = signedIn;
  $('sign-out').hidden = !signedIn;
  $('new-map').hidden = !signedIn;
  $('members-open').hidden = !roleAtLeast(session.role, 'ADMIN');
  document.dispatchEvent(new CustomEvent('argmap:role'));
}

/** The reader's role in the map shown (main.ts, from the map it read). */
export function setRole(role: MapRole | null): void {
  session.role = role;
  render();
}

/** Reads who the token names (null for a key or nobody) and their role in the map shown. */
async function loadMe(): Promise<{ me: { id: string; name: string } | null }> {
  const { me, map } = await gql(ME, { mapId: view.map }, { anyMap: true });
  session.me = me;
  session.role = map?.myRole ?? null;
  render();
  return { me };
}

function alertSession(text: string): void {
  $('session-alert-text').textContent = text;
  $('session-alert').hidden = false;
}

async function signIn(value: string): Promise<void> {
  const error = $('sign-in-error');
  error.textContent = '';
  setToken(value);
  let me: { id: string; name: string } | null = null;
  let refused: string | null = null;
  try {
    ({ me } = await loadMe());
  } catch (e) {
    if (!(e instanceof ApiError && e.codes.includes('UNAUTHENTICATED'))) throw e;
    refused = e.message.replace(/^UNAUTHENTICATED: /, '');
  }
  // A token the service refuses (or reads as nobody) is not kept.
  if (refused !== null || (me === null && looksLikeJwt(value))) {
    setToken(null);
    render();
    $('session-alert').hidden = true;
    error.textContent = `The service did not accept this token${refused ? `: ${refused}` : ''}. It may have expired, or name another issuer or audience.`;
    $<HTMLInputElement>('sign-in-token').focus();
    return;
  }
  $<HTMLInputElement>('sign-in-token').value = '';
  $<HTMLDialogElement>('sign-in-dialog').close();
  $('session-alert').hidden = true;
  announce(me ? `Signed in as ${me.name}` : 'Signed in with an API key');
  await actions.reopen(true);
}

async function signOut(): Promise<void> {
  setToken(null);
  session.me = null;
  session.role = null;
  render();
  announce('Signed out');
  await actions.reopen(false);
  $('sign-in').focus();
}

async function renderMembers(): Promise<void> {
  const { map } = await gql(MAP_MEMBERS, { id: view.map });
  if (!map) return;
  $('members-title').textContent = `Members of ${map.name}`;
  const options = (held: MapRole) =>
    ROLES.map((r) => `<option value="${r}"${r === held ? ' selected' : ''}>${r.toLowerCase()}</option>`).join('');
  $('members-list').innerHTML = map.members.length
    ? map.members
        .map(
          (
            m,
          ) => `<li data-user="${escape(m.user.id)}"><span class="member-name">${escape(m.user.name)}</span> <code>${escape(m.user.id)}</code>
        <label>Role of ${escape(m.user.name)} <select data-member-role="${escape(m.user.id)}">${options(m.role)}</select></label>
        <button type="button" data-member-remove="${escape(m.user.id)}">Remove ${escape(m.user.name)}</button></li>`,
        )
        .join('')
    : '<li class="hint">No members.</li>';
}

/** Runs a change from a dialog, its outcome said in the dialog's live region. */
async function attempt(where: string, action: () => Promise<string>): Promise<void> {
  const out = $(where);
  out.textContent = '';
  try {
    out.textContent = await action();
  } catch (error) {
    out.textContent = error instanceof Error ? error.message : String(error);
  }
}

export function setupSession(): void {
  const signInDialog = $<HTMLDialogElement>('sign-in-dialog');
  const openSignIn = () => {
    $('sign-in-error').textContent = '';
    $<HTMLInputElement>('sign-in-token').value = '';
    openDialog(signInDialog, { fallback: () => $('who') });
  };
  $('sign-in').addEventListener('click', openSignIn);
  $('session-alert-sign-in').addEventListener('click', openSignIn);
  $('sign-in-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const value = $<HTMLInputElement>('sign-in-token').value.trim();
    if (!value) {
      $('sign-in-error').textContent = 'Paste a token or an API key first.';
      return;
    }
    void signIn(value).catch((e: Error) => ($('sign-in-error').textContent = e.message));
  });
  $('sign-in-cancel').addEventListener('click', () => signInDialog.close());
  $('sign-out').addEventListener('click', () => void signOut().catch((e: Error) => status(e.message)));
  // A token refused (expired, revoked) is of no more use: dropped, the page reads as anyone does until the reader signs in again.
  document.addEventListener('argmap:unauthenticated', (event) => {
    if ($<HTMLDialogElement>('sign-in-dialog').open) return;
    const reason = (event as CustomEvent<string>).detail;
    setToken(null);
    session.me = null;
    session.role = null;
    render();
    alertSession(`The service refused your sign-in (${reason}). Sign in again to keep editing.`);
  });

  const membersDialog = $<HTMLDialogElement>('members-dialog');
  $('members-open').addEventListener('click', () => {
    $('members-result').textContent = '';
    openDialog(membersDialog, { focus: $('members-title') });
    void renderMembers().catch((e: Error) => ($('members-result').textContent = e.message));
  });
  $('members-close').addEventListener('click', () => membersDialog.close());
  $('members-list').addEventListener('change', (event) => {
    const select = (event.target as HTMLElement).closest<HTMLSelectElement>('select[data-member-role]');
    if (!select) return;
    const userId = select.dataset.memberRole!;
    void attempt('members-result', async () => {
      const { setMembership } = await gql(SET_MEMBERSHIP, { mapId: view.map, userId, role: select.value as MapRole });
      await renderMembers();
      $<HTMLSelectElement>(`members-list`)
        .querySelector<HTMLSelectElement>(`select[data-member-role="${CSS.escape(userId)}"]`)
        ?.focus();
      return `${setMembership.user.name} is now ${setMembership.role.toLowerCase()}.`;
    });
  });
  $('members-list').addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-member-remove]');
    if (!button) return;
    const userId = button.dataset.memberRemove!;
    void attempt('members-result', async () => {
      await gql(REMOVE_MEMBERSHIP, { mapId: view.map, userId });
      await renderMembers();
      $('member-user').focus();
      return `Removed ${userId}.`;
    });
  });
  $('member-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const input = $<HTMLInputElement>('member-user');
    void attempt('members-result', async () => {
      const { setMembership } = await gql(SET_MEMBERSHIP, {
        mapId: view.map,
        userId: input.value.trim(),
        role: $<HTMLSelectElement>('member-role').value as MapRole,
      });
      input.value = '';
      await renderMembers();
      return `Added ${setMembership.user.name} as ${setMembership.role.toLowerCase()}.`;
    });
  });

  const newMapDialog = $<HTMLDialogElement>('new-map-dialog');
  $('new-map').addEventListener('click', () => {
    $('new-map-result').textContent = '';
    openDialog(newMapDialog);
  });
  $('new-map-cancel').addEventListener('click', () => newMapDialog.close());
  $('new-map-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const description = $<HTMLTextAreaElement>('new-map-description').value.trim();
    void attempt('new-map-result', async () => {
      const { createMap } = await gql(
        CREATE_MAP,
        {
          input: {
            name: $<HTMLInputElement>('new-map-name').value,
            visibility: $<HTMLSelectElement>('new-map-visibility').value as Visibility,
            ...(description ? { description } : {}),
          },
        },
        { anyMap: true },
      );
      newMapDialog.close();
      $<HTMLFormElement>('new-map-form').reset();
      await actions.openMap(createMap.id);
      announce(`Created ${createMap.name}`);
      return '';
    });
  });

  render();
  if (token()) void loadMe().catch((e: Error) => status(e instanceof ApiError ? e.message : `Could not read who you are: ${e.message}`));
}
