/**
 * Adding to the map, for a reader signed in with the EDITOR role or above (session.ts): forms
 * add a claim, an argument (premises and conclusion picked from the map, or a premise dragged
 * onto its conclusion), an assertion with its quote and source, and a citation. The API
 * validates; its errors are shown as it words them. Without the role the forms are not shown.
 */
import { actions } from './actions.js';
import { ApiError, gql, token } from './api.js';
import { $, escape, shorten, status, typeOfId } from './dom.js';
import type { ArgumentKind, AttackKind, CitationRole, ClaimKind, Stance } from './generated/graphql.js';
import { cy } from './graph.js';
import { ADD_ASSERTION, CITE_PROVISION, CREATE_ARGUMENT, CREATE_CLAIM } from './operations.js';
import { panelNode } from './panel.js';
import { mayEdit, roleAtLeast, session } from './session.js';
import { view } from './state.js';

/** The map's actors, sources and provisions, as the forms (and the edit forms of curate-items.ts) offer them. */
export const mapLists: {
  actors: { id: string; name: string }[];
  sources: { id: string; title: string }[];
  provisions: { id: string; label: string }[];
} = { actors: [], sources: [], provisions: [] };

let issueId: string | null = null;
const premises: { id: string; text: string }[] = [];
let conclusion: { id: string; text: string } | null = null;

const textOf = (id: string): string =>
  (cy.getElementById(id).data('label') as string | undefined) ?? document.getElementById('claim-text')?.textContent ?? id;

/** The claim the panel shows, which the forms act on. */
function selectedClaim(): { id: string; text: string } | null {
  return panelNode && typeOfId(panelNode) === 'Claim' ? { id: panelNode, text: textOf(panelNode) } : null;
}

function report(ok: string | null, error: unknown = null): void {
  $('edit-result').textContent = ok ?? '';
  $('edit-error').textContent = error ? (error instanceof ApiError || error instanceof Error ? error.message : String(error)) : '';
}

function updateMode(): void {
  const past = view.revision !== null;
  $<HTMLFieldSetElement>('edit-forms').disabled = !mayEdit();
  const editor = roleAtLeast(session.role, 'EDITOR');
  // Only a reader who may change the map sees the forms at all (disabled in the past).
  $('edit').hidden = !editor;
  $('edit-mode').textContent = !token()
    ? 'Read-only: sign in to edit.'
    : !editor
      ? `Read-only: your role here is ${session.role?.toLowerCase() ?? 'none'}; editing needs editor.`
      : past
        ? 'Editing is off while the map shows a past revision.'
        : `Editing as ${session.me?.name ?? 'your API key'} (${session.role?.toLowerCase() ?? ''}).`;
}

function renderArgumentPicks(): void {
  $('premises').innerHTML = premises.length
    ? premises
        .map(
          (p, i) =>
            `<li>${escape(shorten(p.text, 90))} <button type="button" data-remove-premise="${i}" aria-label="Remove premise ${i + 1}">Remove</button></li>`,
        )
        .join('')
    : '<li class="hint">None yet.</li>';
  $('conclusion').textContent = conclusion ? shorten(conclusion.text, 90) : 'None yet.';
}

function renderSelected(): void {
  const claim = selectedClaim();
  for (const element of Array.from(document.querySelectorAll('.selected-claim'))) {
    element.textContent = claim ? shorten(claim.text, 90) : 'Choose a claim on the map or in the overview first.';
  }
}

async function run<T>(what: string, action: () => Promise<T>, after: (result: T) => string): Promise<void> {
  report(null);
  try {
    const result = await action();
    report(after(result));
    await actions.refresh([]);
  } catch (error) {
    report(null, error);
    void what;
  }
}

/** A premise dragged onto a conclusion on the map fills in the argument form. */
export function pickByDrag(premiseId: string, conclusionId: string): void {
  if (!mayEdit()) {
    const why = 'To connect claims by dragging, sign in with the editor role (at the current revision).';
    report(null, why);
    status(why);
    return;
  }
  premises.splice(0, premises.length, { id: premiseId, text: textOf(premiseId) });
  conclusion = { id: conclusionId, text: textOf(conclusionId) };
  renderArgumentPicks();
  const details = $<HTMLDetailsElement>('edit-argument');
  details.open = true;
  $('edit').scrollIntoView({ block: 'nearest' });
  $<HTMLSelectElement>('argument-kind').focus();
  status(`Premise ${premiseId}, conclusion ${conclusionId}: choose support or attack, then add the argument.`);
}

/** Fills the forms' lists with the map's actors, sources and provisions, and forgets picks made in another map. */
export function fillEditing(
  issue: string | null,
  lists: { actors: { id: string; name: string }[]; sources: { id: string; title: string }[]; provisions: { id: string; label: string }[] },
): void {
  issueId = issue;
  Object.assign(mapLists, lists);
  premises.length = 0;
  conclusion = null;
  const fill = (id: string, items: { id: string; label: string }[], empty?: string) => {
    const select = $<HTMLSelectElement>(id);
    select.innerHTML =
      (empty ? `<option value="">${escape(empty)}</option>` : '') +
      items.map((i) => `<option value="${escape(i.id)}">${escape(i.label)}</option>`).join('');
  };
  fill(
    'assertion-actor',
    lists.actors.map((a) => ({ id: a.id, label: a.name })),
  );
  fill(
    'assertion-source',
    lists.sources.map((s) => ({ id: s.id, label: s.title })),
    'no source',
  );
  fill('citation-provision', lists.provisions);
  updateMode();
  renderArgumentPicks();
  renderSelected();
  report(null);
}

export function setupEditing(): void {
  document.addEventListener('argmap:panel', () => renderSelected());
  document.addEventListener('argmap:revision', () => updateMode());
  document.addEventListener('argmap:role', () => updateMode());

  $('form-claim').addEventListener('submit', (event) => {
    event.preventDefault();
    const text = $<HTMLTextAreaElement>('claim-new-text').value;
    const kind = $<HTMLSelectElement>('claim-new-kind').value as ClaimKind;
    const stance = $<HTMLSelectElement>('claim-new-stance').value as Stance | '';
    void run(
      'claim',
      () =>
        gql(CREATE_CLAIM, { mapId: view.map, input: { text, kind, ...(stance && issueId ? { positions: [{ issueId, stance }] } : {}) } }),
      (r) => {
        $<HTMLTextAreaElement>('claim-new-text').value = '';
        void actions.showPanel(r.createClaim.id);
        return `Added claim ${r.createClaim.id}.`;
      },
    );
  });

  $('add-premise').addEventListener('click', () => {
    const claim = selectedClaim();
    if (!claim) return report(null, 'Choose a claim first: it becomes a premise.');
    if (!premises.some((p) => p.id === claim.id)) premises.push(claim);
    renderArgumentPicks();
  });
  $('set-conclusion').addEventListener('click', () => {
    const claim = selectedClaim();
    if (!claim) return report(null, 'Choose a claim first: it becomes the conclusion.');
    conclusion = claim;
    renderArgumentPicks();
  });
  $('premises').addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-remove-premise]');
    if (!button) return;
    premises.splice(Number(button.dataset.removePremise), 1);
    renderArgumentPicks();
  });
  $('form-argument').addEventListener('submit', (event) => {
    event.preventDefault();
    const kind = $<HTMLSelectElement>('argument-kind').value as ArgumentKind;
    const attackKind = $<HTMLSelectElement>('argument-attack-kind').value as AttackKind | '';
    const scheme = $<HTMLInputElement>('argument-scheme').value.trim();
    void run(
      'argument',
      () =>
        gql(CREATE_ARGUMENT, {
          mapId: view.map,
          input: {
            kind,
            ...(kind === 'ATTACK' && attackKind ? { attackKind } : {}),
            premiseIds: premises.map((p) => p.id),
            ...(conclusion ? { conclusionId: conclusion.id } : {}),
            ...(scheme ? { scheme } : {}),
          },
        }),
      (r) => {
        premises.length = 0;
        conclusion = null;
        renderArgumentPicks();
        return `Added ${r.createArgument.kind.toLowerCase()} argument ${r.createArgument.id}.`;
      },
    );
  });

  $('form-assertion').addEventListener('submit', (event) => {
    event.preventDefault();
    const claim = selectedClaim();
    const sourceId = $<HTMLSelectElement>('assertion-source').value;
    const quote = $<HTMLTextAreaElement>('assertion-quote').value.trim();
    const date = $<HTMLInputElement>('assertion-date').value;
    void run(
      'assertion',
      () =>
        gql(ADD_ASSERTION, {
          mapId: view.map,
          input: {
            actorId: $<HTMLSelectElement>('assertion-actor').value,
            claimId: claim?.id ?? null,
            ...(sourceId ? { sourceId } : {}),
            ...(quote ? { quote } : {}),
            ...(date ? { date } : {}),
          },
        }),
      (r) => {
        $<HTMLTextAreaElement>('assertion-quote').value = '';
        if (claim) void actions.showPanel(claim.id);
        return `Added assertion ${r.addAssertion.id}.`;
      },
    );
  });

  $('form-citation').addEventListener('submit', (event) => {
    event.preventDefault();
    const claim = selectedClaim();
    const note = $<HTMLInputElement>('citation-note').value.trim();
    void run(
      'citation',
      () =>
        gql(CITE_PROVISION, {
          mapId: view.map,
          input: {
            claimId: claim?.id ?? '',
            provisionId: $<HTMLSelectElement>('citation-provision').value,
            role: $<HTMLSelectElement>('citation-role').value as CitationRole,
            ...(note ? { note } : {}),
          },
        }),
      (r) => {
        if (claim) void actions.showPanel(claim.id);
        return `Cited ${r.citeProvision.provision.id} (${r.citeProvision.role}).`;
      },
    );
  });
}
