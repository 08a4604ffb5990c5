/**
 * The explorer's start and wiring: the map picker (maps.ts), the overview (overview.ts), the
 * graph (graph.ts), the panel (panel.ts), search (search.ts), verdicts (verdicts.ts), history and
 * live changes (history.ts, live.ts), editing (editing.ts), export (export.ts) and keyboard use
 * (keyboard.ts) meet here. Everything shown belongs to one map (view.map); opening another
 * clears what belongs to the first and starts again on the second's overview.
 */
import type { NodeSingular } from 'cytoscape';
import { actions } from './actions.js';
import { ApiError, gql, leaveMap } from './api.js';
import { chainFrom, chainSvg, setupChains, showChainView } from './chains.js';
import { $, escape, status, typeOfId } from './dom.js';
import type { ArgumentGraphQuery, FiltersQuery } from './generated/graphql.js';
import { fillEditing, pickByDrag, setupEditing } from './editing.js';
import { refreshDownloads, setupExport, toSvg } from './export.js';
import { applyFilters, fillFilters, setupFilters } from './filters.js';
import {
  centreWithNeighbourhood,
  clearGraph,
  clusterCount,
  cy,
  draw,
  groupCount,
  hasNode,
  loadedRoot,
  openCluster,
  redraw,
  stances,
  verdicts,
} from './graph.js';
import { setCurrentRevision, setupHistory } from './history.js';
import { setupKeyboard } from './keyboard.js';
import { seen, setupLive, startLive, stopLive } from './live.js';
import { loadMaps, refreshMap, setupMaps, showMap } from './maps.js';
import { ARGUMENT_GRAPH, FILTERS } from './operations.js';
import { clearOverview, loadClaimOverview, loadOverview, overviewIssue, refreshBadges, setupOverview } from './overview.js';
import { clearPanel, panelNode, setupPanel, showPanel } from './panel.js';
import { setupCurate } from './curate.js';
import { setupDuplicates } from './duplicates.js';
import { setupMerge } from './merge.js';
import { setupPropose } from './propose.js';
import { setRole, setupSession } from './session.js';
import { setupSearch, sources } from './search.js';
import { enterMap, view, writeUrl, type Grouping } from './state.js';
import { clearCounts, evaluate, fillScenario, setupVerdicts } from './verdicts.js';

let issueId: string | null = null;
/** The map's name, and its first claim: what a map without an issue is shown from. */
let mapName = '';
let firstClaim: string | null = null;
/** What the full map is drawn around when nothing else is chosen: the issue, or the first claim. */
const home = (): string | null => issueId ?? firstClaim;
/** When the overview and the map became usable (performance.now()), for the benchmark. */
const ready: { overview: number | null; map: number | null } = { overview: null, map: null };

const VIEWS = ['overview', 'map', 'chains'] as const;
const PANELS = { overview: 'overview', map: 'map-view', chains: 'chain-view' } as const;

function showView(which: (typeof VIEWS)[number], { load = true } = {}): void {
  view.view = which;
  writeUrl();
  for (const name of VIEWS) {
    $(PANELS[name]).hidden = which !== name;
    $(`tab-${name}`).setAttribute('aria-selected', String(which === name));
    $(`tab-${name}`).tabIndex = which === name ? 0 : -1;
  }
  if (which === 'chains' && load) void showChainView().catch((e: Error) => status(`Could not draw the chains: ${e.message}`));
  if (which === 'map') {
    cy.resize();
    if (load && !loadedRoot()) void loadMap(view.root ?? home()).catch((e: Error) => status(`Could not load the map: ${e.message}`));
  }
}

/**
 * The neighbourhood to draw, as it stands now or as it stood at the revision the view is at. On
 * a large map the database may refuse a deep neighbourhood (more memory than one transaction
 * may use): the map is then drawn a hop less deep, down to one, and says so.
 */
async function fetchGraph(rootId: string, depth: number): Promise<{ graph: ArgumentGraphQuery['argumentGraph']; depth: number }> {
  for (let hops = depth; ; hops -= 1) {
    try {
      const { argumentGraph } = await gql(ARGUMENT_GRAPH, { mapId: view.map, rootId, depth: hops, atRevision: view.revision });
      return { graph: argumentGraph, depth: hops };
    } catch (error) {
      if (hops <= 1 || !(error instanceof ApiError) || !error.codes.includes('QUERY_TOO_COMPLEX')) throw error;
      status(`Loading… (${hops} hops around ${rootId} is more than the database gives one request; trying ${hops - 1})`);
    }
  }
}

async function loadMap(rootId: string | null, { keepView = false } = {}): Promise<void> {
  if (!rootId) {
    status('This map holds nothing yet.');
    return;
  }
  status('Loading…');
  const { graph, depth } = await fetchGraph(rootId, view.depth);
  await draw(rootId, graph.nodes, graph.edges, { keepView });
  const root = graph.nodes.find((n) => n.id === rootId);
  $('map-title').textContent = root ? (root.type === 'Issue' ? root.label : `Around ${root.type.toLowerCase()}: ${root.label}`) : '';
  const folded = clusterCount();
  status(
    `${cy.nodes('[type = "Claim"]').length} claims, ${cy.nodes('[type = "Argument"]').length} arguments around ${rootId}${
      folded ? ` (${folded} clusters folded: open one to see more)` : ''
    }${view.group ? `, in ${groupCount()} boxes by ${view.group === 'stance' ? 'side' : 'source'}` : ''}${view.revision !== null ? `, as of revision ${view.revision}` : ''}${
      depth < view.depth ? `; drawn ${depth} hops deep: ${view.depth} is more than the database gives one request` : ''
    }${
      graph.truncated
        ? `; the neighbourhood has more than ${graph.nodes.length} nodes: the nearest are shown, lower the depth or focus on a node for the rest`
        : ''
    }`,
  );
  // With filters set, their summary replaces that line.
  await applyFilters();
  ready.map ??= performance.now();
  void evaluate(issueId).then(refreshBadges, (e: Error) => status(e.message));
}

actions.land = async (id: string) => {
  const type = typeOfId(id);
  if (type === 'Assertion' || type === 'Revision' || !type) return;
  showView('map', { load: false });
  // A claim or argument already on the map is shown where it is; anything else (and a claim
  // elsewhere) is drawn at the centre of its own neighbourhood, two hops out, which fits the window.
  const inPlace = (type === 'Claim' || type === 'Argument') && hasNode(id);
  if (!inPlace && loadedRoot() !== id) {
    view.root = id;
    view.depth = Math.min(view.depth, 2);
    $<HTMLInputElement>('hops').value = String(view.depth);
    await loadMap(id);
  }
  const node = cy.getElementById(id);
  if (node.nonempty()) centreWithNeighbourhood(node);
  await actions.showPanel(id);
  status(`Selected ${id}`);
};

actions.showPanel = async (id: string) => {
  view.selected = id;
  writeUrl();
  await showPanel(id);
  document.dispatchEvent(new CustomEvent('argmap:panel', { detail: id }));
};

actions.refresh = async (ids: string[]) => {
  const touches = (id: string) => ids.length === 0 || ids.includes(id);
  refreshDownloads();
  document.dispatchEvent(new CustomEvent('argmap:revision'));
  const jobs: Promise<unknown>[] = [];
  jobs.push(loadHome(), refreshMap());
  if (loadedRoot()) jobs.push(loadMap(loadedRoot(), { keepView: true }));
  await Promise.all(jobs);
  if (panelNode && (touches(panelNode) || typeOfId(panelNode) !== 'Claim' || view.revision !== null)) await showPanel(panelNode);
  if (view.view === 'chains') await showChainView();
  if (!loadedRoot()) await evaluate(issueId);
  refreshBadges();
};

actions.chains = async (from: string, to: string | null) => {
  if (to === null) chainFrom(from);
  else {
    view.from = from;
    view.to = to;
    view.why = null;
  }
  showView('chains', { load: false });
  await showChainView();
  if (panelNode && typeOfId(panelNode) === 'Claim') await showPanel(panelNode);
  $('chain-title').focus();
};

actions.why = async (id: string) => {
  view.why = id;
  view.from = null;
  view.to = null;
  showView('chains', { load: false });
  await showChainView();
  $('chain-title').focus();
};

actions.reevaluate = async () => {
  await Promise.all([evaluate(issueId), loadHome()]);
  refreshBadges();
  if (panelNode && typeOfId(panelNode) === 'Claim') await showPanel(panelNode);
  if (view.view === 'chains') await showChainView();
  status(`Evaluated under ${view.semantics.toLowerCase()} semantics`);
};

/** The overview: the issue's, or (a map without one) the map's first claims. */
async function loadHome(): Promise<void> {
  if (issueId) await loadOverview(issueId);
  else firstClaim = await loadClaimOverview(mapName);
}

actions.openMap = async (mapId: string, again = false) => {
  if (mapId === view.map && !again) return;
  // What is under way for the map left behind is dropped as it answers.
  leaveMap();
  stopLive();
  if (!again) enterMap(mapId);
  clearGraph();
  clearPanel();
  clearOverview();
  clearCounts();
  issueId = null;
  firstClaim = null;
  $('map-title').textContent = '';
  $('search-results').hidden = true;
  await start();
};

/** Whether the map of the view was found and shown (a private map is not, to a reader who may not see it). */
let mapShown = false;

// Signed in or out: the maps the reader may see, and the map shown with what they may do there.
// Signed in on a map already shown, only the panel is drawn again (with its Edit and Delete).
actions.reopen = async (signedIn: boolean) => {
  if (signedIn && mapShown) await Promise.all([loadMaps(), panelNode ? showPanel(panelNode) : null]);
  else await Promise.all([loadMaps(), actions.openMap(view.map, true)]);
};

/** The map with its lists; null when there is no such map, or the reader may not see it (the API says NOT_FOUND either way). */
async function readMap(): Promise<FiltersQuery | null> {
  try {
    return await gql(FILTERS, { mapId: view.map });
  } catch (error) {
    if (error instanceof ApiError && error.codes.includes('NOT_FOUND')) return null;
    throw error;
  }
}

/** Opens the view's map: its lists, its issue or claims, its revision and its live changes. */
async function start(): Promise<void> {
  const data = await readMap();
  const map = data?.map ?? null;
  setRole(map?.myRole ?? null);
  mapShown = map !== null;
  showMap(map);
  refreshDownloads();
  if (!data || !map) {
    $('overview').innerHTML = `<p>There is no map ${escape(view.map)}, or it is not yours to see.</p>`;
    status(`No map ${view.map}`);
    showView('overview', { load: false });
    return;
  }
  mapName = map.name;
  const issue = data.issues.edges[0]?.node;
  if (issue) {
    issueId = issue.id;
    for (const p of issue.positions) stances.set(p.claim.id, p.stance);
  }
  const actors = data.actors.edges.map((e) => e.node);
  sources.splice(0, sources.length, ...data.sources.edges.map((e) => e.node));
  const provisions = data.provisions.edges.map((e) => ({
    id: e.node.id,
    label: e.node.citation ? `${e.node.name} (${e.node.citation})` : e.node.name,
  }));
  fillFilters(
    actors.map((a) => ({ id: a.id, label: a.name })),
    provisions,
  );
  fillScenario(actors, sources);
  fillEditing(issueId, { actors, sources, provisions });
  setCurrentRevision(data.currentRevision);
  startLive(data.currentRevision);
  // A map without an issue is shown from its first claim, which its overview finds.
  if (!issueId) await loadHome();
  showView(view.view);
  if (issueId) await loadHome();
  ready.overview = performance.now();
  if (view.view === 'overview') {
    void evaluate(issueId).then(refreshBadges, (e: Error) => status(e.message));
    status(issueId ? `${overviewIssue()?.positions.length ?? 0} positions on the issue` : `${map.claimCount} claims in ${map.name}`);
  }
  if (view.selected) await actions.showPanel(view.selected);
}

// Wiring.
setupSession();
setupMaps();
setupEditing();
setupCurate();
setupMerge();
setupDuplicates();
setupOverview();
setupPanel();
setupSearch();
setupFilters();
setupVerdicts();
setupHistory();
setupLive();
setupExport();
setupKeyboard();
setupChains();
setupPropose();
for (const name of VIEWS) $(`tab-${name}`).addEventListener('click', () => showView(name));
$('tabs').addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
  const at = VIEWS.indexOf(view.view);
  const next = VIEWS[(at + (event.key === 'ArrowRight' ? 1 : VIEWS.length - 1)) % VIEWS.length]!;
  showView(next);
  $(`tab-${next}`).focus();
});
$<HTMLInputElement>('satellites').checked = view.satellites;
$('satellites').addEventListener('change', () => {
  view.satellites = $<HTMLInputElement>('satellites').checked;
  writeUrl();
  void redraw().then(applyFilters);
});
$<HTMLSelectElement>('group').value = view.group;
$('group').addEventListener('change', () => {
  view.group = $<HTMLSelectElement>('group').value as Grouping;
  writeUrl();
  void redraw()
    .then(applyFilters)
    .then(() => {
      if (view.group) status(`${groupCount()} boxes by ${view.group === 'stance' ? 'side' : 'source'}; claims in none stand beside them`);
    });
});
$<HTMLInputElement>('hops').value = String(view.depth);
$('hops').addEventListener('change', () => {
  view.depth = Math.max(0, Math.min(6, Number($<HTMLInputElement>('hops').value) || 0));
  writeUrl();
});
$('focus').addEventListener('click', () => {
  const selected = cy.$('node:selected');
  const root = selected.nonempty() && selected.first().data('type') !== 'Cluster' ? selected.first().id() : (loadedRoot() ?? home());
  if (!root) return;
  view.root = root;
  showView('map', { load: false });
  void loadMap(root).then(() => {
    const node = cy.getElementById(root);
    if (node.nonempty()) centreWithNeighbourhood(node);
  });
});
$('reset').addEventListener('click', () => {
  view.root = null;
  showView('map', { load: false });
  void loadMap(home());
});
cy.on('tap', 'node', (event) => {
  const node = event.target;
  if (node.data('type') === 'Group') return;
  if (node.data('type') === 'Cluster') void openCluster(node.data('anchor') as string);
  else void actions.showPanel(node.id());
});
// Drag to connect: a claim dropped onto another proposes it as the premise of an argument for
// or against that one (the form asks which); the dragged claim goes back to its place.
let grabbedAt: { x: number; y: number } | null = null;
cy.on('grabon', 'node[type = "Claim"]', (event) => {
  grabbedAt = { ...event.target.position() };
});
cy.on('dragfreeon', 'node[type = "Claim"]', (event) => {
  const dragged = event.target;
  const box = dragged.boundingBox({});
  const overlap = (n: NodeSingular) => {
    const b = n.boundingBox({});
    return Math.max(0, Math.min(box.x2, b.x2) - Math.max(box.x1, b.x1)) * Math.max(0, Math.min(box.y2, b.y2) - Math.max(box.y1, b.y1));
  };
  // The claim it was dropped on: the one it covers most.
  const target = cy
    .nodes('[type = "Claim"]')
    .filter((n) => !n.same(dragged) && overlap(n) > 0)
    .max(overlap).ele;
  if (!target || target.empty()) return;
  if (target.empty()) return;
  if (grabbedAt) dragged.position(grabbedAt);
  pickByDrag(dragged.id(), target.id());
});

// Exposed for automation (the browser tests and the benchmark read the map through it).
(window as unknown as { argmap: unknown }).argmap = { cy, view, seen, ready, verdicts, toSvg, escape, chainSvg };

start().catch((e: Error) => status(`Could not load the explorer: ${e.message}`));
loadMaps().catch((e: Error) => status(`Could not list the maps: ${e.message}`));
