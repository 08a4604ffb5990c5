/** Filters by actor, provision and stance: matching claims stay, the rest of the map fades. */
import { gql } from './api.js';
import { $, status } from './dom.js';
import type { ClaimIdsQuery, ClaimWhere, Stance } from './generated/graphql.js';
import { cy } from './graph.js';
import { CLAIM_IDS } from './operations.js';
import { view, writeUrl } from './state.js';

async function idsMatching(where: ClaimWhere): Promise<Set<string>> {
  const ids = new Set<string>();
  let after: string | null = null;
  for (let page = 0; page < 20; page += 1) {
    const data: ClaimIdsQuery = await gql(CLAIM_IDS, { mapId: view.map, where, after });
    for (const edge of data.claims.edges) ids.add(edge.node.id);
    if (!data.claims.pageInfo.hasNextPage) break;
    after = data.claims.pageInfo.endCursor ?? null;
  }
  return ids;
}

export async function applyFilters(): Promise<void> {
  const where: ClaimWhere = {};
  if (view.actor) where.assertedBy = view.actor;
  if (view.provision) where.cites = view.provision;
  // The select's options are the Stance values (index.html).
  if (view.stance) where.stance = view.stance as Stance;
  cy.elements().removeClass('faded');
  if (Object.keys(where).length === 0) return;
  const keep = await idsMatching(where);
  const claims = cy.nodes('[type = "Claim"]');
  const shown = claims.filter((n) => keep.has(n.id()));
  // Keep the arguments and satellites that touch a matching claim; fade the rest.
  const context = shown.union(shown.neighborhood());
  // A box's opacity would carry to everything in it: boxes never fade.
  cy.elements().not(context).not('[type = "Group"]').addClass('faded');
  claims.not(shown).addClass('faded');
  status(`${shown.length} of ${claims.length} claims match the filters`);
}

/** Fills the actor and provision filters with the map's (replacing another map's). */
export function fillFilters(actors: { id: string; label: string }[], provisions: { id: string; label: string }[]): void {
  const fill = (select: string, items: { id: string; label: string }[]) => {
    const el = $<HTMLSelectElement>(select);
    el.replaceChildren(new Option('all', ''));
    for (const item of [...items].sort((a, b) => a.label.localeCompare(b.label))) el.add(new Option(item.label, item.id));
  };
  fill('filter-actor', actors);
  fill('filter-provision', provisions);
  $<HTMLSelectElement>('filter-actor').value = view.actor;
  $<HTMLSelectElement>('filter-provision').value = view.provision;
  $<HTMLSelectElement>('filter-stance').value = view.stance;
}

export function setupFilters(): void {
  for (const [id, key] of [
    ['filter-actor', 'actor'],
    ['filter-provision', 'provision'],
    ['filter-stance', 'stance'],
  ] as const) {
    $(id).addEventListener('change', () => {
      view[key] = $<HTMLSelectElement>(id).value;
      writeUrl();
      void applyFilters().catch((e: Error) => status(e.message));
    });
  }
}
