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

interface ViewNode {
  id: string;
  type: 'Claim' | 'Argument' | 'Actor' | 'Source' | 'Provision' | 'Issue';
  label: string;
  kind: string | null;
}
interface ViewEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  label: string | null;
  /** The argument's kind on its premise and conclusion edges, a citation's role, a position's stance. */
  kind: string | null;
}

/** The document as one graph: claims, arguments, actors, sources, provisions and issues, with typed edges. */
export function graphView(doc: Doc): { nodes: ViewNode[]; edges: ViewEdge[] } {
  const nodes: ViewNode[] = [
    ...doc.claims.map((c) => ({ id: c.id, type: 'Claim' as const, label: c.text, kind: c.kind })),
    ...doc.arguments.map((a) => ({ id: a.id, type: 'Argument' as const, label: argumentLabel(a), kind: a.kind })),
    ...doc.actors.map((a) => ({ id: a.id, type: 'Actor' as const, label: a.name, kind: a.kind })),
    ...doc.sources.map((s) => ({ id: s.id, type: 'Source' as const, label: s.title, kind: s.kind })),
    ...doc.provisions.map((p) => ({
      id: p.id,
      type: 'Provision' as const,
      label: p.citation ? `${p.name} (${p.citation})` : p.name,
      kind: p.kind,
    })),
    ...doc.issues.map((i) => ({ id: i.id, type: 'Issue' as const, label: i.question, kind: null })),
  ];
  const edges = new Map<string, ViewEdge>();
  const edge = (type: string, source: string, target: string, label: string | null = null, kind: string | null = null) => {
    const id = `${type}:${source}->${target}`;
    if (!edges.has(id)) edges.set(id, { id, type, source, target, label, kind });
  };
  for (const a of doc.arguments) {
    for (const p of a.premiseIds) edge('PREMISE', p, a.id, null, a.kind);
    const target = a.conclusionId ?? a.targetArgumentId;
    if (target) edge('CONCLUSION', a.id, target, a.attackKind, a.kind);
  }
  for (const s of doc.assertions) {
    const target = s.claimId ?? s.argumentId;
    if (!target) continue;
    edge('ASSERTS', s.actorId, target);
    if (s.sourceId) edge('REPORTED_IN', target, s.sourceId);
  }
  for (const c of doc.citations) edge('CITES', c.claimId, c.provisionId, c.role, c.role);
  for (const p of doc.provisions) if (p.partOfId) edge('PART_OF', p.id, p.partOfId);
  for (const p of doc.positions) edge('ADDRESSES', p.claimId, p.issueId, p.stance, p.stance);
  for (const a of doc.affiliations) edge('AFFILIATED_WITH', a.actorId, a.organizationId, a.role);
  return { nodes, edges: [...edges.values()] };
}

/** AIFdb JSON (see src/interchange/aif.ts). */
export const toAif = (doc: Doc) => documentToAif(doc);

const dotString = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, ' ')}"`;
const wrap = (text: string, width = 40) => text.replace(new RegExp(`(.{1,${width}})(\\s|$)`, 'g'), '$1\\n').replace(/\\n$/, '');

export function toDot(doc: Doc): string {
  const { nodes, edges } = graphView(doc);
  const attack = new Set(doc.arguments.filter((a) => a.kind === 'ATTACK').map((a) => a.id));
  const shape: Record<ViewNode['type'], string> = {
    Claim: 'box, style=rounded',
    Argument: 'ellipse',
    Actor: 'note',
    Source: 'folder',
    Provision: 'component',
    Issue: 'doubleoctagon',
  };
  const lines = [
    'digraph argmap {',
    '  rankdir=BT;',
    '  node [fontname="Helvetica", fontsize=10];',
    '  edge [fontname="Helvetica", fontsize=8];',
  ];
  for (const n of nodes) {
    const style = n.type === 'Argument' && attack.has(n.id) ? ', color="#D55E00"' : n.type === 'Argument' ? ', color="#0072B2"' : '';
    lines.push(
      `  ${dotString(n.id)} [label="${wrap(n.label.replace(/\\/g, '\\\\').replace(/"/g, '\\"'))}", shape=${shape[n.type]}${style}];`,
    );
  }
  for (const e of edges) {
    const arg = e.type === 'PREMISE' ? e.target : e.type === 'CONCLUSION' ? e.source : null;
    const style =
      arg && attack.has(arg)
        ? ' color="#D55E00", style=dashed, arrowhead=tee'
        : arg
          ? ' color="#0072B2", arrowhead=normal'
          : ' color="#999999", style=dotted';
    lines.push(`  ${dotString(e.source)} -> ${dotString(e.target)} [${style.trim()}${e.label ? `, label=${dotString(e.label)}` : ''}];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function toGraphml(doc: Doc): string {
  const { nodes, edges } = graphView(doc);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="type" for="all" attr.name="type" attr.type="string"/>',
    '  <key id="label" for="all" attr.name="label" attr.type="string"/>',
    '  <key id="kind" for="all" attr.name="kind" attr.type="string"/>',
    '  <graph id="argmap" edgedefault="directed">',
  ];
  for (const n of nodes) {
    lines.push(
      `    <node id="${xml(n.id)}"><data key="type">${n.type}</data><data key="label">${xml(n.label)}</data>${n.kind ? `<data key="kind">${xml(n.kind)}</data>` : ''}</node>`,
    );
  }
  for (const e of edges) {
    lines.push(
      `    <edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}"><data key="type">${e.type}</data>${e.label ? `<data key="label">${xml(e.label)}</data>` : ''}${e.kind ? `<data key="kind">${xml(e.kind)}</data>` : ''}</edge>`,
    );
  }
  lines.push('  </graph>', '</graphml>');
  return `${lines.join('\n')}\n`;
}

export function toCytoscape(doc: Doc) {
  const { nodes, edges } = graphView(doc);
  return { elements: { nodes: nodes.map((data) => ({ data })), edges: edges.map((data) => ({ data })) } };
}

export function renderExport(doc: Doc, format: ExportFormat): Rendered {
  switch (format) {
    case 'json':
      return { body: `${JSON.stringify(doc, null, 2)}\n`, contentType: 'application/json; charset=utf-8', extension: 'json' };
    case 'aif':
      return { body: `${JSON.stringify(toAif(doc), null, 2)}\n`, contentType: 'application/json; charset=utf-8', extension: 'aif.json' };
    case 'argdown':
      return { body: documentToArgdown(doc), contentType: 'text/plain; charset=utf-8', extension: 'argdown' };
    case 'dot':
      return { body: toDot(doc), contentType: 'text/vnd.graphviz; charset=utf-8', extension: 'dot' };
    case 'graphml':
      return { body: toGraphml(doc), contentType: 'application/graphml+xml; charset=utf-8', extension: 'graphml' };
    case 'iccma': {
      // The derived Dung framework, for checking a verdict with an external solver; "# k id" lines map numbers to ids.
      const { text } = toIccma(deriveFramework(evaluationMapOf(doc)));
      return { body: text, contentType: 'text/plain; charset=utf-8', extension: 'af' };
    }
    case 'apx': {
      const { text } = toApx(deriveFramework(evaluationMapOf(doc)));
      return { body: text, contentType: 'text/plain; charset=utf-8', extension: 'apx' };
    }
    case 'cytoscape':
      return {
        body: `${JSON.stringify(toCytoscape(doc), null, 2)}\n`,
        contentType: 'application/json; charset=utf-8',
        extension: 'cytoscape.json',
      };
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
