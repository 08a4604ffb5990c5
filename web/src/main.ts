import cytoscape, { type Core, type ElementDefinition } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import { gql, graphiqlLink, type GraphEdge, type GraphNode } from './api.js';
import type { ClaimIdsQuery, ClaimWhere, Stance } from './generated/graphql.js';
import { ARGUMENT_GRAPH, CLAIM, CLAIM_IDS, FILTERS, SEARCH } from './operations.js';

cytoscape.use(dagre);

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = (text: string) => ($('status').textContent = text);
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// Okabe–Ito colours, and line style and arrowhead so colour is never the only cue.
const SUPPORT = '#0072B2';
const ATTACK = '#D55E00';
const UNDERCUT = '#CC79A7';
const SATELLITE = '#999999';

const cy: Core = cytoscape({
  container: $('graph'),
  wheelSensitivity: 0.3,
  style: [
    {
      selector: 'node[type = "Claim"]',
      style: {
        shape: 'round-rectangle',
        'background-color': '#ffffff',
        'border-width': 1.5,
        'border-color': '#1d1d1f',
        label: 'data(short)',
        'text-wrap': 'wrap',
        'text-max-width': '170px',
        'font-size': 10,
        'text-valign': 'center',
        width: 190,
        height: 'label',
        padding: '8px',
      },
    },
    { selector: 'node[type = "Claim"][stance = "PRO"]', style: { 'border-color': SUPPORT, 'border-width': 3 } },
    { selector: 'node[type = "Claim"][stance = "CON"]', style: { 'border-color': ATTACK, 'border-width': 3, 'border-style': 'double' } },
    {
      selector: 'node[type = "Argument"]',
      style: { shape: 'ellipse', width: 16, height: 16, 'background-color': SUPPORT, label: '', 'border-width': 0 },
    },
    { selector: 'node[type = "Argument"][kind = "ATTACK"]', style: { shape: 'octagon', 'background-color': ATTACK } },
    { selector: 'node[type = "Argument"][attackKind = "UNDERCUT"]', style: { 'background-color': UNDERCUT } },
    { selector: 'node[type = "Argument"][?linked]', style: { shape: 'diamond', width: 24, height: 24, label: 'linked', 'font-size': 8 } },
    {
      selector: 'node[type = "Actor"], node[type = "Source"], node[type = "Provision"], node[type = "Issue"]',
      style: {
        shape: 'tag',
        'background-color': '#f2f2f7',
        'border-width': 1,
        'border-color': SATELLITE,
        label: 'data(short)',
        'font-size': 9,
        'text-wrap': 'wrap',
        'text-max-width': '120px',
        width: 'label',
        height: 'label',
        padding: '5px',
      },
    },
    { selector: 'node[type = "Provision"]', style: { shape: 'rectangle', 'border-style': 'dashed' } },
    { selector: 'node[type = "Source"]', style: { shape: 'barrel' } },
    { selector: 'node:selected', style: { 'overlay-color': '#ffd60a', 'overlay-opacity': 0.35, 'overlay-padding': 6 } },
    { selector: '.faded', style: { opacity: 0.12 } },
    {
      selector: 'edge',
      style: {
        width: 1.5,
        'curve-style': 'bezier',
        'line-color': SUPPORT,
        'target-arrow-color': SUPPORT,
        'target-arrow-shape': 'triangle',
      },
    },
    {
      selector: 'edge[polarity = "attack"]',
      style: { 'line-color': ATTACK, 'target-arrow-color': ATTACK, 'line-style': 'dashed', 'target-arrow-shape': 'tee' },
    },
    {
      selector: 'edge[polarity = "undercut"]',
      style: { 'line-color': UNDERCUT, 'target-arrow-color': UNDERCUT, 'line-style': 'dotted', 'target-arrow-shape': 'tee' },
    },
    {
      selector:
        'edge[type = "ASSERTS"], edge[type = "REPORTED_IN"], edge[type = "CITES"], edge[type = "ADDRESSES"], edge[type = "PART_OF"]',
      style: {
        'line-color': SATELLITE,
        'target-arrow-color': SATELLITE,
        'target-arrow-shape': 'vee',
        width: 1,
        'line-style': 'solid',
        label: 'data(label)',
        'font-size': 7,
      },
    },
  ],
});

interface State {
  stances: Map<string, string>;
  rootId: string | null;
  issueId: string | null;
}
const state: State = { stances: new Map(), rootId: null, issueId: null };

const shorten = (text: string, max = 140) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function toElements(nodes: GraphNode[], edges: GraphEdge[]): ElementDefinition[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const premiseCount = new Map<string, number>();
  for (const e of edges) if (e.type === 'PREMISE') premiseCount.set(e.target, (premiseCount.get(e.target) ?? 0) + 1);
  const polarity = (e: GraphEdge) => {
    const argumentId = e.type === 'PREMISE' ? e.target : e.type === 'CONCLUSION' ? e.source : null;
    const arg = argumentId ? byId.get(argumentId) : undefined;
    if (!arg) return 'none';
    if (arg.attackKind === 'UNDERCUT') return 'undercut';
    return arg.kind === 'ATTACK' ? 'attack' : 'support';
  };
  return [
    ...nodes.map((n) => ({
      data: {
        ...n,
        short: n.type === 'Argument' ? '' : shorten(n.label, n.type === 'Claim' ? 160 : 60),
        stance: state.stances.get(n.id) ?? '',
        linked: n.type === 'Argument' && (premiseCount.get(n.id) ?? 0) > 1 ? true : undefined,
      },
    })),
    ...edges.map((e) => ({ data: { ...e, polarity: polarity(e), label: e.label ?? '' } })),
  ];
}

async function showGraph(rootId: string, depth: number): Promise<void> {
  status('Loading…');
  const data = await gql(ARGUMENT_GRAPH, { rootId, depth });
  state.rootId = rootId;
  cy.elements().remove();
  cy.add(toElements(data.argumentGraph.nodes, data.argumentGraph.edges));
  layout();
  $<HTMLAnchorElement>('graphiql').href = graphiqlLink(ARGUMENT_GRAPH, { rootId, depth });
  status(`${cy.nodes('[type = "Claim"]').length} claims, ${cy.nodes('[type = "Argument"]').length} arguments around ${rootId}`);
  await applyFilters();
}

const SATELLITES = 'node[type = "Actor"], node[type = "Source"], node[type = "Provision"], node[type = "Issue"]';

/** Lays out what is shown: the argument structure, and people, sources and provisions when asked. */
function layout(): void {
  const withSatellites = $<HTMLInputElement>('satellites').checked;
  const satellites = cy.nodes(SATELLITES).filter((n) => n.data('distance') !== 0);
  satellites.style('display', withSatellites ? 'element' : 'none');
  const shown = cy.elements().filter((e) => e.style('display') !== 'none');
  shown.layout({ name: 'dagre', rankDir: 'LR', nodeSep: 12, rankSep: 60, animate: false } as cytoscape.LayoutOptions).run();
  cy.fit(shown, 20);
}

async function showClaim(id: string): Promise<void> {
  const { claim } = await gql(CLAIM, { id });
  const panel = $('details');
  if (!claim) {
    panel.innerHTML = `<p>No claim ${escape(id)}.</p>`;
    return;
  }
  const list = (items: string[], empty: string) => (items.length ? `<ul>${items.join('')}</ul>` : `<p class="hint">${empty}</p>`);
  panel.innerHTML = `
    <p><span class="tag">${escape(claim.kind)}</span>${claim.positions.map((p) => `<span class="tag">${escape(p.stance)}</span>`).join('')}</p>
    <h2 id="claim-text">${escape(claim.text)}</h2>
    <p><a href="${graphiqlLink(CLAIM, { id })}" target="_blank" rel="noopener">Open this claim in GraphiQL</a></p>
    <h3>Asserted by</h3>
    <div id="assertions">${
      claim.assertions
        .map(
          (a) =>
            `<blockquote class="assertion">“${escape(a.quote ?? '')}”<cite>${escape(a.actor.name)}${a.actor.description ? `, ${escape(a.actor.description)}` : ''}${
              a.source ? ` — ${escape(a.source.title)}${a.source.publisher ? `, ${escape(a.source.publisher)}` : ''}` : ''
            }${a.date ? ` (${escape(a.date)})` : ''}</cite></blockquote>`,
        )
        .join('') || '<p class="hint">No assertion recorded.</p>'
    }</div>
    <h3>Provisions cited</h3>
    ${list(
      claim.citations.map(
        (c) =>
          `<li><strong>${escape(c.role)}</strong> ${escape(c.provision.name)}${c.provision.citation ? ` (${escape(c.provision.citation)})` : ''}${c.note ? ` — ${escape(c.note)}` : ''}</li>`,
      ),
      'None.',
    )}
    <h3>Supported by</h3>
    ${list(
      claim.supportedBy.map(
        (a) =>
          `<li>${a.scheme ? `<em>${escape(a.scheme)}</em>: ` : ''}${a.premises.map((p) => `<a href="#" data-claim="${escape(p.id)}">${escape(p.text)}</a>`).join(' + ')}</li>`,
      ),
      'Nothing.',
    )}
    <h3>Attacked by</h3>
    ${list(
      claim.attackedBy.map(
        (a) =>
          `<li><span class="tag">${escape(a.attackKind ?? 'ATTACK')}</span>${a.premises.map((p) => `<a href="#" data-claim="${escape(p.id)}">${escape(p.text)}</a>`).join(' + ')}</li>`,
      ),
      'Nothing.',
    )}
    <h3>Counterclaims</h3>
    ${list(
      claim.counterclaims.map((c) => `<li><a href="#" data-claim="${escape(c.id)}">${escape(c.text)}</a></li>`),
      'None.',
    )}
  `;
  $<HTMLAnchorElement>('graphiql').href = graphiqlLink(CLAIM, { id });
}

async function idsMatching(where: ClaimWhere): Promise<Set<string>> {
  const ids = new Set<string>();
  let after: string | null = null;
  for (let page = 0; page < 20; page += 1) {
    const data: ClaimIdsQuery = await gql(CLAIM_IDS, { where, after });
    for (const edge of data.claims.edges) ids.add(edge.node.id);
    if (!data.claims.pageInfo.hasNextPage) break;
    after = data.claims.pageInfo.endCursor;
  }
  return ids;
}

async function applyFilters(): Promise<void> {
  const where: ClaimWhere = {};
  const actor = $<HTMLSelectElement>('filter-actor').value;
  const provision = $<HTMLSelectElement>('filter-provision').value;
  const stance = $<HTMLSelectElement>('filter-stance').value;
  if (actor) where.assertedBy = actor;
  if (provision) where.cites = provision;
  // The select's options are the Stance values (index.html).
  if (stance) where.stance = stance as Stance;
  cy.elements().removeClass('faded');
  if (Object.keys(where).length === 0) return;
  const keep = await idsMatching(where);
  const claims = cy.nodes('[type = "Claim"]');
  const hidden = claims.filter((n) => !keep.has(n.id()));
  const shown = claims.filter((n) => keep.has(n.id()));
  // Keep the arguments and satellites that touch a matching claim; fade the rest.
  const context = shown.union(shown.neighborhood());
  cy.elements().not(context).addClass('faded');
  hidden.addClass('faded');
  status(`${shown.length} of ${claims.length} claims match the filters`);
}

async function search(text: string): Promise<void> {
  if (!text.trim()) return;
  const data = await gql(SEARCH, { text });
  const ids = data.search
    .map((hit) => (hit.node.__typename === 'Assertion' ? hit.node.claim?.id : hit.node.id))
    .filter((id): id is string => Boolean(id));
  if (ids.length === 0) {
    status(`Nothing found for “${text}”`);
    return;
  }
  const present = ids.find((id) => cy.getElementById(id).nonempty());
  if (!present) await showGraph(ids[0]!, Number($<HTMLInputElement>('hops').value) || 2);
  focusNode(present ?? ids[0]!);
}

function focusNode(id: string): void {
  const node = cy.getElementById(id);
  if (node.empty()) return;
  cy.elements().unselect();
  node.select();
  cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1) }, { duration: 250 });
  if (node.data('type') === 'Claim') void showClaim(id);
  status(`Selected ${id}`);
}

async function loadFilters(): Promise<void> {
  const data = await gql(FILTERS, {});
  const issue = data.issues.edges[0]?.node;
  if (issue) {
    state.issueId = issue.id;
    $('question').textContent = issue.question;
    for (const p of issue.positions) state.stances.set(p.claim.id, p.stance);
  }
  const fill = (select: string, items: { id: string; label: string }[]) => {
    const el = $<HTMLSelectElement>(select);
    for (const item of items.sort((a, b) => a.label.localeCompare(b.label))) el.add(new Option(item.label, item.id));
  };
  fill(
    'filter-actor',
    data.actors.edges.map((e) => ({ id: e.node.id, label: e.node.name })),
  );
  fill(
    'filter-provision',
    data.provisions.edges.map((e) => ({
      id: e.node.id,
      label: e.node.citation ? `${e.node.name} (${e.node.citation})` : e.node.name,
    })),
  );
}

cy.on('tap', 'node', (event) => {
  const node = event.target;
  if (node.data('type') === 'Claim') void showClaim(node.id());
  else {
    $('details').innerHTML =
      `<h2>${escape(node.data('label'))}</h2><p><span class="tag">${escape(node.data('type'))}</span>${node.data('kind') ? `<span class="tag">${escape(node.data('kind'))}</span>` : ''}</p>
      <p><a href="${graphiqlLink('query ($id: ID!) { node(id: $id) { __typename id } }', { id: node.id() })}" target="_blank" rel="noopener">Open in GraphiQL</a></p>`;
  }
});

$('details').addEventListener('click', (event) => {
  const target = (event.target as HTMLElement).closest('a[data-claim]');
  if (!target) return;
  event.preventDefault();
  const id = target.getAttribute('data-claim')!;
  if (cy.getElementById(id).nonempty()) focusNode(id);
  else void showGraph(id, Number($<HTMLInputElement>('hops').value) || 2).then(() => focusNode(id));
});
$('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  void search($<HTMLInputElement>('search').value).catch((e: Error) => status(e.message));
});
for (const id of ['filter-actor', 'filter-provision', 'filter-stance']) {
  $(id).addEventListener('change', () => void applyFilters().catch((e: Error) => status(e.message)));
}
$('focus').addEventListener('click', () => {
  const selected = cy.$('node:selected');
  const root = selected.nonempty() ? selected.first().id() : state.rootId;
  if (root) void showGraph(root, Number($<HTMLInputElement>('hops').value)).then(() => focusNode(root));
});
$('satellites').addEventListener('change', () => layout());
$('reset').addEventListener('click', () => {
  if (state.issueId) void showGraph(state.issueId, 4);
});

async function start(): Promise<void> {
  await loadFilters();
  const params = new URLSearchParams(location.search);
  const root = params.get('root') ?? state.issueId;
  if (!root) {
    status('The database holds no debate yet.');
    return;
  }
  await showGraph(root, Number(params.get('depth') ?? 4));
}

// Exposed for automation (the browser tests click real nodes through it).
(window as unknown as { argmap: { cy: Core } }).argmap = { cy };

start().catch((e: Error) => status(`Could not load the map: ${e.message}`));
