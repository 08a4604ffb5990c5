/**
 * The full graph view: Cytoscape.js draws, ELK's layered algorithm (elkjs) lays out with the
 * conclusions above their premises and as few crossings as it can find. Above CLUSTER_LIMIT
 * claims the nodes farthest from the root are folded into cluster nodes, one per node they hang
 * from, that open on demand. Grouping boxes the claims and arguments (Cytoscape compound nodes)
 * by the side of the issue they serve or by the source that reports them; each box is laid out
 * on its own and the boxes stand side by side.
 */
import cytoscape, { type Collection, type Core, type ElementDefinition, type NodeCollection, type NodeSingular } from 'cytoscape';
import ElkBundled, { type ElkNode } from 'elkjs/lib/elk.bundled.js';
import type { GraphEdge, GraphNode } from './api.js';
import { shorten, status } from './dom.js';
import type { Label } from './generated/graphql.js';
import { view, type Grouping } from './state.js';

/** Above this many claims the map folds the farthest ones into clusters. */
export const CLUSTER_LIMIT = 150;

// Okabe–Ito colours, and line style and arrowhead so colour is never the only cue.
export const SUPPORT = '#0072B2';
export const ATTACK = '#B85000';
export const UNDERCUT = '#A8487F';
const SATELLITE = '#767676';

const SATELLITE_TYPES = new Set(['Actor', 'Source', 'Provision', 'Issue']);

export const cy: Core = cytoscape({
  container: document.getElementById('graph'),
  wheelSensitivity: 0.3,
  minZoom: 0.05,
  maxZoom: 3,
  style: [
    {
      selector: 'node[type = "Claim"]',
      style: {
        shape: 'round-rectangle',
        'background-color': '#ffffff',
        'border-width': 1.5,
        'border-color': '#1d1d1f',
        label: 'data(caption)',
        'text-wrap': 'wrap',
        'text-max-width': '210px',
        'font-size': 12,
        color: '#1d1d1f',
        'text-valign': 'center',
        width: 230,
        height: 'label',
        padding: '9px',
      },
    },
    { selector: 'node[type = "Claim"][stance = "PRO"]', style: { 'border-color': SUPPORT, 'border-width': 3 } },
    { selector: 'node[type = "Claim"][stance = "CON"]', style: { 'border-color': ATTACK, 'border-width': 3 } },
    // Verdicts: outline style and a text badge, with the fill as a third cue.
    { selector: 'node[verdict = "IN"]', style: { 'border-style': 'solid', 'border-width': 4, 'background-color': '#e3f2e6' } },
    { selector: 'node[verdict = "OUT"]', style: { 'border-style': 'dashed', 'border-width': 3, 'background-color': '#eeeeee' } },
    { selector: 'node[verdict = "UNDEC"]', style: { 'border-style': 'dotted', 'border-width': 4, 'background-color': '#fff4cc' } },
    { selector: 'node[?excluded]', style: { 'border-style': 'dashed', opacity: 0.55 } },
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
        label: 'data(caption)',
        'text-valign': 'center',
        'font-size': 11,
        'text-wrap': 'wrap',
        'text-max-width': '160px',
        width: 'label',
        height: 'label',
        padding: '6px',
      },
    },
    {
      selector: 'node[type = "Issue"]',
      style: { shape: 'round-rectangle', 'font-size': 14, 'font-weight': 'bold', 'text-max-width': '320px', 'border-width': 2 },
    },
    { selector: 'node[type = "Provision"]', style: { shape: 'rectangle', 'border-style': 'dashed' } },
    { selector: 'node[type = "Source"]', style: { shape: 'barrel' } },
    {
      selector: 'node[type = "Cluster"]',
      style: {
        shape: 'round-rectangle',
        'background-color': '#f5f5f7',
        'border-width': 2,
        'border-style': 'double',
        'border-color': '#55555a',
        label: 'data(caption)',
        'text-valign': 'center',
        'font-size': 12,
        'text-wrap': 'wrap',
        'text-max-width': '180px',
        width: 'label',
        height: 'label',
        padding: '8px',
      },
    },
    {
      selector: 'node[type = "Group"]',
      style: {
        shape: 'round-rectangle',
        'background-color': '#f7f7f9',
        'border-width': 2,
        'border-color': '#55555a',
        label: 'data(caption)',
        'text-valign': 'top',
        'text-halign': 'center',
        'text-margin-y': -6,
        'font-size': 16,
        'font-weight': 'bold',
        color: '#1d1d1f',
        padding: '24px',
      },
    },
    { selector: 'node[type = "Group"][side = "PRO"]', style: { 'border-color': SUPPORT, 'background-color': '#eef5fb' } },
    {
      selector: 'node[type = "Group"][side = "CON"]',
      style: { 'border-color': ATTACK, 'background-color': '#fbf1ea', 'border-style': 'dashed' },
    },
    { selector: 'node:selected', style: { 'overlay-color': '#ffb000', 'overlay-opacity': 0.3, 'overlay-padding': 10 } },
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
        'edge[type = "ASSERTS"], edge[type = "REPORTED_IN"], edge[type = "CITES"], edge[type = "ADDRESSES"], edge[type = "PART_OF"], edge[type = "CLUSTER"]',
      style: {
        'line-color': SATELLITE,
        'target-arrow-color': SATELLITE,
        'target-arrow-shape': 'vee',
        width: 1,
        'line-style': 'solid',
        label: 'data(label)',
        'font-size': 9,
      },
    },
    { selector: 'edge[type = "CLUSTER"]', style: { 'line-style': 'dashed', 'target-arrow-shape': 'none' } },
  ],
});

/** The graph last fetched, before clustering and filtering. */
interface Loaded {
  rootId: string;
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Nodes the user opened out of a cluster. */
  revealed: Set<string>;
}
let loaded: Loaded | null = null;
/** Claim id → PRO/CON/NEUTRAL, from the positions. */
export const stances = new Map<string, string>();
/** Claim id → where it stands under the current semantics and scenario. */
export const verdicts = new Map<string, { label: Label; excluded: boolean }>();

export const loadedRoot = (): string | null => loaded?.rootId ?? null;

/** Forgets the drawing and what was known of the claims in it (another map is chosen). */
export function clearGraph(): void {
  loaded = null;
  cy.elements().remove();
  stances.clear();
  verdicts.clear();
}
export const hasNode = (id: string): boolean => cy.getElementById(id).nonempty();

const VERDICT_BADGE: Record<Label, string> = { IN: '✔ IN', OUT: '✘ OUT', UNDEC: '? UNDEC' };

function caption(node: GraphNode): string {
  if (node.type === 'Argument') return '';
  if (node.type !== 'Claim') return shorten(node.label, node.type === 'Issue' ? 200 : 70);
  // The first line is always there (the verdict arrives after the layout: it may not change the node's size).
  const badges = [stances.get(node.id), verdictBadge(node.id) || '…'].filter(Boolean).join(' · ');
  return `${badges}\n${shorten(node.label, 180)}`;
}

function verdictBadge(id: string): string {
  const verdict = verdicts.get(id);
  if (!verdict) return '';
  return verdict.excluded ? '— set aside' : VERDICT_BADGE[verdict.label];
}

/** Folds the farthest nodes into clusters when there are more than CLUSTER_LIMIT claims. */
function visibleAndClusters(data: Loaded): { visible: Set<string>; clusters: Map<string, GraphNode[]> } {
  const ordered = [...data.nodes].sort((a, b) => a.distance - b.distance);
  const visible = new Set<string>();
  let claims = 0;
  for (const node of ordered) {
    if (data.revealed.has(node.id) || node.distance === 0) visible.add(node.id);
    else if (claims < CLUSTER_LIMIT) visible.add(node.id);
    else continue;
    if (node.type === 'Claim') claims += 1;
  }
  const clusters = new Map<string, GraphNode[]>();
  if (visible.size === ordered.length) return { visible, clusters };
  const neighbours = new Map<string, string[]>();
  for (const edge of data.edges) {
    neighbours.set(edge.source, [...(neighbours.get(edge.source) ?? []), edge.target]);
    neighbours.set(edge.target, [...(neighbours.get(edge.target) ?? []), edge.source]);
  }
  const distance = new Map(ordered.map((n) => [n.id, n.distance]));
  const anchor = new Map<string, string>();
  for (const node of ordered) {
    if (visible.has(node.id)) continue;
    const nearer = (neighbours.get(node.id) ?? []).filter((m) => (distance.get(m) ?? Infinity) < node.distance);
    const via = nearer.find((m) => visible.has(m)) ?? nearer.find((m) => anchor.has(m));
    const at = via === undefined ? data.rootId : visible.has(via) ? via : anchor.get(via)!;
    anchor.set(node.id, at);
    clusters.set(at, [...(clusters.get(at) ?? []), node]);
  }
  return { visible, clusters };
}

const OPPOSITE: Record<string, string> = { PRO: 'CON', CON: 'PRO', NEUTRAL: 'NEUTRAL' };

/**
 * The side of the issue each claim and argument serves, from the nearest position: a position
 * has its stance; an argument for a claim serves the claim's side, one against it (or against
 * an argument) the other side; premises serve their argument's side.
 */
function sides(data: Loaded): Map<string, string> {
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const arriving = new Map<string, GraphEdge[]>();
  for (const e of data.edges) {
    if (e.type === 'PREMISE' || e.type === 'CONCLUSION') arriving.set(e.target, [...(arriving.get(e.target) ?? []), e]);
  }
  const side = new Map<string, string>();
  const queue: string[] = [];
  for (const n of data.nodes) {
    const stance = n.type === 'Claim' ? stances.get(n.id) : undefined;
    if (stance) {
      side.set(n.id, stance);
      queue.push(n.id);
    }
  }
  for (let i = 0; i < queue.length; i += 1) {
    const id = queue[i]!;
    const here = side.get(id)!;
    for (const e of arriving.get(id) ?? []) {
      if (side.has(e.source)) continue;
      const against = e.type === 'CONCLUSION' && byId.get(e.source)?.kind === 'ATTACK';
      side.set(e.source, against ? OPPOSITE[here]! : here);
      queue.push(e.source);
    }
  }
  return side;
}

/** The source each claim or argument is reported in (the first by title when several report it); an argument with none goes with its first premise. */
function reportedIn(data: Loaded): Map<string, string> {
  const titles = new Map(data.nodes.filter((n) => n.type === 'Source').map((n) => [n.id, n.label]));
  const source = new Map<string, string>();
  const reports = data.edges.filter((e) => e.type === 'REPORTED_IN' && titles.has(e.target));
  reports.sort((a, b) => titles.get(a.target)!.localeCompare(titles.get(b.target)!));
  for (const e of reports) if (!source.has(e.source)) source.set(e.source, e.target);
  for (const e of data.edges)
    if (e.type === 'PREMISE' && !source.has(e.target) && source.has(e.source)) source.set(e.target, source.get(e.source)!);
  return source;
}

const SIDE_ORDER = ['PRO', 'CON', 'NEUTRAL'];
const SIDE_CAPTION: Record<string, string> = {
  PRO: 'For: answers the issue yes (PRO)',
  CON: 'Against: answers it no (CON)',
  NEUTRAL: 'Neutral',
};

/** The boxes (compound nodes) of a grouping, and each drawn claim's or argument's box. */
function groupElements(data: Loaded, grouping: Grouping, nodes: GraphNode[]): { groups: ElementDefinition[]; parent: Map<string, string> } {
  const parent = new Map<string, string>();
  if (!grouping) return { groups: [], parent };
  const keyOf = grouping === 'stance' ? sides(data) : reportedIn(data);
  const titles = new Map(data.nodes.map((n) => [n.id, n.label]));
  const claims = new Map<string, number>();
  for (const n of nodes) {
    const key = n.type === 'Claim' || n.type === 'Argument' ? keyOf.get(n.id) : undefined;
    if (!key) continue;
    parent.set(n.id, `group:${grouping}:${key}`);
    claims.set(key, (claims.get(key) ?? 0) + (n.type === 'Claim' ? 1 : 0));
  }
  const keys = [...claims.keys()].sort((a, b) =>
    grouping === 'stance' ? SIDE_ORDER.indexOf(a) - SIDE_ORDER.indexOf(b) : (titles.get(a) ?? a).localeCompare(titles.get(b) ?? b),
  );
  const groups = keys.map((key) => {
    const title = grouping === 'stance' ? (SIDE_CAPTION[key] ?? key) : `Reported in: ${shorten(titles.get(key) ?? key, 70)}`;
    const count = claims.get(key)!;
    return {
      data: {
        id: `group:${grouping}:${key}`,
        type: 'Group',
        grouping,
        side: grouping === 'stance' ? key : '',
        key,
        caption: `${title} · ${count} claim${count === 1 ? '' : 's'}`,
      },
      selectable: false,
    };
  });
  return { groups, parent };
}

function elements(data: Loaded): ElementDefinition[] {
  const byId = new Map(data.nodes.map((n) => [n.id, n]));
  const { visible, clusters } = visibleAndClusters(data);
  // An issue at the root is the page's heading, not a node: its positions would all hang from it in one endless row.
  const shown = (n: GraphNode) =>
    visible.has(n.id) && !(n.type === 'Issue' && n.distance === 0) && (view.satellites || !SATELLITE_TYPES.has(n.type) || n.distance === 0);
  const premiseCount = new Map<string, number>();
  for (const e of data.edges) if (e.type === 'PREMISE') premiseCount.set(e.target, (premiseCount.get(e.target) ?? 0) + 1);
  const polarity = (e: GraphEdge) => {
    const argumentId = e.type === 'PREMISE' ? e.target : e.type === 'CONCLUSION' ? e.source : null;
    const arg = argumentId ? byId.get(argumentId) : undefined;
    if (!arg) return 'none';
    if (arg.attackKind === 'UNDERCUT') return 'undercut';
    return arg.kind === 'ATTACK' ? 'attack' : 'support';
  };
  const nodes = data.nodes.filter(shown);
  const ids = new Set(nodes.map((n) => n.id));
  const { groups, parent } = groupElements(data, view.group, nodes);
  const result: ElementDefinition[] = [
    ...groups,
    ...nodes.map((n) => ({
      data: {
        ...n,
        parent: parent.get(n.id),
        caption: caption(n),
        stance: stances.get(n.id) ?? '',
        verdict: verdicts.get(n.id)?.label ?? '',
        excluded: verdicts.get(n.id)?.excluded ? true : undefined,
        linked: n.type === 'Argument' && (premiseCount.get(n.id) ?? 0) > 1 ? true : undefined,
      },
    })),
    ...data.edges
      .filter((e) => ids.has(e.source) && ids.has(e.target))
      .map((e) => ({ data: { ...e, polarity: polarity(e), label: e.label ?? '' } })),
  ];
  for (const [at, members] of clusters) {
    if (!ids.has(at)) continue;
    const claims = members.filter((m) => m.type === 'Claim').length;
    const others = members.length - claims;
    result.push(
      {
        data: {
          id: `cluster:${at}`,
          type: 'Cluster',
          anchor: at,
          size: members.length,
          claims,
          caption: `+ ${claims} more claims, ${others} arguments and more\n(open)`,
        },
      },
      { data: { id: `CLUSTER:${at}`, type: 'CLUSTER', source: `cluster:${at}`, target: at, label: '' } },
    );
  }
  return result;
}

// The CommonJS bundle's constructor is also its own `default`.
const elk = new ElkBundled.default();

/** Lays the drawn nodes out with ELK's layered algorithm, conclusions above premises; with a grouping, box by box, side by side. */
async function layout(): Promise<void> {
  const rowWidth = cy.width() / 0.85;
  const groups = cy.nodes('[type = "Group"]');
  if (groups.empty()) {
    await layoutPart(cy.nodes());
    cy.batch(() => pack(cy.elements(), rowWidth));
    return;
  }
  // Each box, and what is in none, laid out on its own: boxes never overlap, and a side reads as one block.
  const parts = [...groups.toArray().map((g) => g.children()), cy.nodes().filter((n) => n.isChildless() && n.isOrphan())].filter((part) =>
    part.nonempty(),
  );
  let x = 0;
  for (const part of parts) {
    await layoutPart(part);
    cy.batch(() => {
      // About square: as wide as the root of the area its pieces cover.
      const area = part.toArray().reduce((sum, n) => sum + (n.outerWidth() + 40) * (n.outerHeight() + 40), 0);
      pack(part.union(part.edgesWith(part)), Math.min(rowWidth, 1.3 * Math.sqrt(area)));
      const box = part.boundingBox({});
      part.positions((n) => ({ x: n.position('x') - box.x1 + x, y: n.position('y') - box.y1 }));
      x += box.w + 120;
    });
  }
}

async function layoutPart(nodes: NodeCollection): Promise<void> {
  const ids = new Set(nodes.map((n) => n.id()));
  const graph: ElkNode = {
    id: 'map',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'UP',
      'elk.edgeRouting': 'POLYLINE',
      'elk.spacing.nodeNode': '24',
      'elk.layered.spacing.nodeNodeBetweenLayers': '36',
      'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.separateConnectedComponents': 'true',
    },
    children: nodes.map((n) => ({ id: n.id(), width: n.outerWidth(), height: n.outerHeight() })),
    edges: nodes
      .edgesWith(nodes)
      .toArray()
      .filter((e) => ids.has(e.source().id()) && ids.has(e.target().id()))
      .map((e) => ({ id: e.id(), sources: [e.source().id()], targets: [e.target().id()] })),
  };
  const result = await elk.layout(graph);
  cy.batch(() => {
    for (const child of result.children ?? []) {
      cy.getElementById(child.id).position({ x: (child.x ?? 0) + (child.width ?? 0) / 2, y: (child.y ?? 0) + (child.height ?? 0) / 2 });
    }
  });
}

/**
 * Packs the separate parts of the map (arguments not linked to each other, lone positions) into
 * rows about as wide as the window at a legible zoom, largest first, so the first view shows the
 * biggest argument rather than a row of loose claims.
 */
function pack(elements: Collection, width: number): void {
  const parts = elements
    .components()
    .map((part) => ({ part, box: part.boundingBox({}) }))
    .sort((a, b) => b.part.nodes().length - a.part.nodes().length);
  if (parts.length < 2) return;
  const gap = 40;
  const widest = Math.max(...parts.map((p) => p.box.w));
  const rowWidth = Math.max(widest, width - 2 * gap);
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const { part, box } of parts) {
    if (x > 0 && x + box.w > rowWidth) {
      x = 0;
      y += rowHeight + gap;
      rowHeight = 0;
    }
    const dx = x - box.x1;
    const dy = y - box.y1;
    part.nodes().positions((n) => ({ x: n.position('x') + dx, y: n.position('y') + dy }));
    x += box.w + gap;
    rowHeight = Math.max(rowHeight, box.h);
  }
}

/** Shows the whole drawing if its text stays legible at that zoom, else the top of it (the root) at a legible zoom. */
export function fitLegibly(): void {
  const drawn = cy.elements();
  cy.fit(drawn, 30);
  if (cy.zoom() >= 0.75) {
    if (cy.zoom() > 1.2) cy.zoom({ level: 1.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    return;
  }
  // Too big to read whole: start at the root, or (for an issue, which is not drawn) at the claim
  // most argued over, a third of the way down, at a zoom where claim text reads.
  const root = loaded ? cy.getElementById(loaded.rootId) : cy.collection();
  const claims = drawn.nodes('[type = "Claim"]');
  const anchor = root.nonempty() ? root : claims.max((n) => n.indegree(false)).ele;
  cy.zoom(0.85);
  if (!anchor || anchor.empty()) return;
  cy.center(anchor);
  cy.panBy({ x: 0, y: cy.height() / 3 - anchor.renderedPosition().y });
}

/** Draws a neighbourhood fetched from argumentGraph (replacing what was drawn). */
export async function draw(rootId: string, nodes: GraphNode[], edges: GraphEdge[], { keepView = false } = {}): Promise<void> {
  const revealed = loaded?.rootId === rootId ? loaded.revealed : new Set<string>();
  loaded = { rootId, nodes, edges, revealed };
  await redraw({ keepView });
}

/** Draws again what was fetched: after a cluster opens, the satellites toggle, or new verdicts. */
export async function redraw({ keepView = false } = {}): Promise<void> {
  if (!loaded) return;
  const zoom = cy.zoom();
  const pan = cy.pan();
  const selected = cy.$('node:selected').map((n) => n.id());
  cy.batch(() => {
    cy.elements().remove();
    cy.add(elements(loaded!));
  });
  for (const id of selected) cy.getElementById(id).select();
  await layout();
  if (keepView) cy.viewport({ zoom, pan });
  else fitLegibly();
}

/** Updates verdict badges and outlines in place (no new layout: only captions change). */
export function applyVerdicts(): void {
  cy.batch(() => {
    cy.nodes('[type = "Claim"]').forEach((n) => {
      const node = loaded?.nodes.find((m) => m.id === n.id());
      if (!node) return;
      const verdict = verdicts.get(n.id());
      n.data({ verdict: verdict?.label ?? '', excluded: verdict?.excluded ? true : undefined, caption: caption(node) });
    });
  });
}

/** Opens a cluster: up to CLUSTER_LIMIT more claims, nearest first; the rest stay folded. */
export async function openCluster(anchorId: string): Promise<void> {
  if (!loaded) return;
  const data = loaded;
  const { clusters } = visibleAndClusters(data);
  let claims = 0;
  for (const member of (clusters.get(anchorId) ?? []).sort((a, b) => a.distance - b.distance)) {
    if (member.type === 'Claim') {
      if (claims >= CLUSTER_LIMIT) break;
      claims += 1;
    }
    data.revealed.add(member.id);
  }
  await redraw({ keepView: true });
  const anchor = cy.getElementById(anchorId);
  if (anchor.nonempty()) centreWithNeighbourhood(anchor);
  status(`Opened ${claims} claims by ${anchorId}: ${cy.nodes('[type = "Claim"]').length} claims drawn, ${clusterCount()} clusters folded`);
}

/** Selects a node and centres it with its neighbours in view, at a zoom where text can be read when that fits. */
export function centreWithNeighbourhood(node: NodeSingular): void {
  cy.elements().unselect();
  node.select();
  const neighbourhood = node.closedNeighborhood().nodes().union(node.neighborhood().nodes('[type = "Argument"]').neighborhood().nodes());
  // The zoom at which the neighbourhood fits with the node in the middle.
  const box = neighbourhood.boundingBox({});
  const at = node.position();
  const halfWidth = Math.max(at.x - box.x1, box.x2 - at.x) + 30;
  const halfHeight = Math.max(at.y - box.y1, box.y2 - at.y) + 30;
  const zoom = Math.min(1.2, cy.width() / 2 / halfWidth, cy.height() / 2 / halfHeight);
  cy.zoom(Math.max(cy.minZoom(), zoom));
  cy.center(node);
}

/** Boxes drawn now (a grouping's compound nodes), for the status line and tests. */
export const groupCount = (): number => cy.nodes('[type = "Group"]').length;

/** Clusters drawn now, for the status line and tests. */
export const clusterCount = (): number => cy.nodes('[type = "Cluster"]').length;
