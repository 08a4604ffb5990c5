import type { GraphDocument } from '../domain/graph-document.js';
import { deriveFramework, toApx, toIccma, type EvaluationMap } from '../domain/evaluation/index.js';
import { argumentLabel } from '../domain/labels.js';
import { documentToAif } from './aif.js';
import { documentToArgdown } from './argdown.js';

export const EXPORT_FORMATS = ['json', 'aif', 'argdown', 'dot', 'graphml', 'cytoscape', 'iccma', 'apx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface Rendered {
  body: string;
  contentType: string;
  extension: string;
}

type Doc = GraphDocument & { format?: string; version?: number };

export interface ViewNode {
  id: string;
  type: 'Claim' | 'Argument' | 'Actor' | 'Source' | 'Provision' | 'Issue';
  label: string;
  kind: string | null;
}
export interface ViewEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  label: string | null;
  /** The argument's kind on its premise and conclusion edges, a citation's role, a position's stance. */
  kind: string | null;
}

type Item<K extends keyof GraphDocument> = GraphDocument[K][number];

/** The lists that give the graph's nodes, in the order they are drawn, and each item's node. */
export const NODE_LISTS = ['claims', 'arguments', 'actors', 'sources', 'provisions', 'issues'] as const;
export const NODE_OF: { [K in (typeof NODE_LISTS)[number]]: (item: Item<K>) => ViewNode } = {
  claims: (c) => ({ id: c.id, type: 'Claim', label: c.text, kind: c.kind }),
  arguments: (a) => ({ id: a.id, type: 'Argument', label: argumentLabel(a), kind: a.kind }),
  actors: (a) => ({ id: a.id, type: 'Actor', label: a.name, kind: a.kind }),
  sources: (s) => ({ id: s.id, type: 'Source', label: s.title, kind: s.kind }),
  provisions: (p) => ({ id: p.id, type: 'Provision', label: p.citation ? `${p.name} (${p.citation})` : p.name, kind: p.kind }),
  issues: (i) => ({ id: i.id, type: 'Issue', label: i.question, kind: null }),
};

const viewEdge = (type: string, source: string, target: string, label: string | null = null, kind: string | null = null): ViewEdge => ({
  id: `${type}:${source}->${target}`,
  type,
  source,
  target,
  label,
  kind,
});

/** The lists that give the graph's edges, in the order they are drawn, and each item's edges. */
export const EDGE_LISTS = ['arguments', 'assertions', 'citations', 'provisions', 'positions', 'affiliations'] as const;
export const EDGES_OF: { [K in (typeof EDGE_LISTS)[number]]: (item: Item<K>) => ViewEdge[] } = {
  arguments: (a) => {
    const target = a.conclusionId ?? a.targetArgumentId;
    return [
      ...a.premiseIds.map((p) => viewEdge('PREMISE', p, a.id, null, a.kind)),
      ...(target ? [viewEdge('CONCLUSION', a.id, target, a.attackKind, a.kind)] : []),
    ];
  },
  assertions: (s) => {
    const target = s.claimId ?? s.argumentId;
    if (!target) return [];
    return [viewEdge('ASSERTS', s.actorId, target), ...(s.sourceId ? [viewEdge('REPORTED_IN', target, s.sourceId)] : [])];
  },
  citations: (c) => [viewEdge('CITES', c.claimId, c.provisionId, c.role, c.role)],
  provisions: (p) => (p.partOfId ? [viewEdge('PART_OF', p.id, p.partOfId)] : []),
  positions: (p) => [viewEdge('ADDRESSES', p.claimId, p.issueId, p.stance, p.stance)],
  affiliations: (a) => [viewEdge('AFFILIATED_WITH', a.actorId, a.organizationId, a.role)],
};

/** The document as one graph: claims, arguments, actors, sources, provisions and issues, with typed edges. */
export function graphView(doc: Doc): { nodes: ViewNode[]; edges: ViewEdge[] } {
  const nodes = NODE_LISTS.flatMap((name) => (doc[name] as Item<typeof name>[]).map((item) => NODE_OF[name](item as never)));
  const edges = new Map<string, ViewEdge>();
  for (const name of EDGE_LISTS) {
    for (const item of doc[name]) for (const e of EDGES_OF[name](item as never)) if (!edges.has(e.id)) edges.set(e.id, e);
  }
  return { nodes, edges: [...edges.values()] };
}

/** AIFdb JSON (see src/interchange/aif.ts). */
export const toAif = (doc: Doc) => documentToAif(doc);

const dotString = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;
const wrap = (text: string, width = 40) => text.replace(new RegExp(`(.{1,${width}})(\\s|$)`, 'g'), '$1\\n').replace(/\\n$/, '');

const DOT_SHAPE: Record<ViewNode['type'], string> = {
  Claim: 'box, style=rounded',
  Argument: 'ellipse',
  Actor: 'note',
  Source: 'folder',
  Provision: 'component',
  Issue: 'doubleoctagon',
};
export const DOT_HEAD =
  'digraph argmap {\n  rankdir=BT;\n  node [fontname="Helvetica", fontsize=10];\n  edge [fontname="Helvetica", fontsize=8];\n';
export const DOT_TAIL = '}\n';

export function dotNode(n: ViewNode): string {
  const style = n.type !== 'Argument' ? '' : n.kind === 'ATTACK' ? ', color="#D55E00"' : ', color="#0072B2"';
  return `  ${dotString(n.id)} [label="${wrap(n.label.replace(/\\/g, '\\\\').replace(/"/g, '\\"'))}", shape=${DOT_SHAPE[n.type]}${style}];\n`;
}

export function dotEdge(e: ViewEdge): string {
  // Premise and conclusion edges carry their argument's kind.
  const argumentEdge = e.type === 'PREMISE' || e.type === 'CONCLUSION';
  const style =
    argumentEdge && e.kind === 'ATTACK'
      ? ' color="#D55E00", style=dashed, arrowhead=tee'
      : argumentEdge
        ? ' color="#0072B2", arrowhead=normal'
        : ' color="#999999", style=dotted';
  return `  ${dotString(e.source)} -> ${dotString(e.target)} [${style.trim()}${e.label ? `, label=${dotString(e.label)}` : ''}];\n`;
}

export function toDot(doc: Doc): string {
  const { nodes, edges } = graphView(doc);
  return `${DOT_HEAD}${nodes.map(dotNode).join('')}${edges.map(dotEdge).join('')}${DOT_TAIL}`;
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const GRAPHML_HEAD = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
  '  <key id="type" for="all" attr.name="type" attr.type="string"/>',
  '  <key id="label" for="all" attr.name="label" attr.type="string"/>',
  '  <key id="kind" for="all" attr.name="kind" attr.type="string"/>',
  '  <graph id="argmap" edgedefault="directed">',
  '',
].join('\n');
export const GRAPHML_TAIL = '  </graph>\n</graphml>\n';

export const graphmlNode = (n: ViewNode) =>
  `    <node id="${xml(n.id)}"><data key="type">${n.type}</data><data key="label">${xml(n.label)}</data>${n.kind ? `<data key="kind">${xml(n.kind)}</data>` : ''}</node>\n`;
export const graphmlEdge = (e: ViewEdge) =>
  `    <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}"><data key="type">${e.type}</data>${e.label ? `<data key="label">${xml(e.label)}</data>` : ''}${e.kind ? `<data key="kind">${xml(e.kind)}</data>` : ''}</edge>\n`;

export function toGraphml(doc: Doc): string {
  const { nodes, edges } = graphView(doc);
  return `${GRAPHML_HEAD}${nodes.map(graphmlNode).join('')}${edges.map(graphmlEdge).join('')}${GRAPHML_TAIL}`;
}

export function toCytoscape(doc: Doc) {
  const { nodes, edges } = graphView(doc);
  return { elements: { nodes: nodes.map((data) => ({ data })), edges: edges.map((data) => ({ data })) } };
}

/** Each format's content type and file extension. */
export const FORMAT_TYPES: Record<ExportFormat, { contentType: string; extension: string }> = {
  json: { contentType: 'application/json; charset=utf-8', extension: 'json' },
  aif: { contentType: 'application/json; charset=utf-8', extension: 'aif.json' },
  argdown: { contentType: 'text/plain; charset=utf-8', extension: 'argdown' },
  dot: { contentType: 'text/vnd.graphviz; charset=utf-8', extension: 'dot' },
  graphml: { contentType: 'application/graphml+xml; charset=utf-8', extension: 'graphml' },
  cytoscape: { contentType: 'application/json; charset=utf-8', extension: 'cytoscape.json' },
  iccma: { contentType: 'text/plain; charset=utf-8', extension: 'af' },
  apx: { contentType: 'text/plain; charset=utf-8', extension: 'apx' },
};

export function renderExport(doc: Doc, format: ExportFormat): Rendered {
  return { body: renderBody(doc, format), ...FORMAT_TYPES[format] };
}

function renderBody(doc: Doc, format: ExportFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(doc, null, 2)}\n`;
    case 'aif':
      return `${JSON.stringify(toAif(doc), null, 2)}\n`;
    case 'argdown':
      return documentToArgdown(doc);
    case 'dot':
      return toDot(doc);
    case 'graphml':
      return toGraphml(doc);
    case 'iccma':
      // The derived Dung framework, for checking a verdict with an external solver; "# k id" lines map numbers to ids.
      return toIccma(deriveFramework(evaluationMapOf(doc))).text;
    case 'apx':
      return toApx(deriveFramework(evaluationMapOf(doc))).text;
    case 'cytoscape':
      return `${JSON.stringify(toCytoscape(doc), null, 2)}\n`;
  }
}

/** What evaluation reads of a document: claims, arguments and who asserted what. */
export function evaluationMapOf(doc: GraphDocument): EvaluationMap {
  // Exported and hand-written documents leave absent fields out: give the engine its nulls.
  return {
    claims: doc.claims.map((c) => ({ id: c.id })),
    arguments: doc.arguments.map((a) => ({
      id: a.id,
      kind: a.kind,
      attackKind: a.attackKind ?? null,
      premiseIds: a.premiseIds,
      conclusionId: a.conclusionId ?? null,
      targetArgumentId: a.targetArgumentId ?? null,
    })),
    assertions: doc.assertions.map((a) => ({
      id: a.id,
      actorId: a.actorId,
      sourceId: a.sourceId ?? null,
      claimId: a.claimId ?? null,
      argumentId: a.argumentId ?? null,
    })),
  };
}

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}
