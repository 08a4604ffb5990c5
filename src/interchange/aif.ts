// AIF (AIFdb JSON) to and from the argmap graph document. Pure: no database, no files.
import type { GraphDocument } from '../domain/graph-document.js';
import { ID_PREFIXES, labelOfId, slugify, type NodeLabel } from '../domain/ids.js';
import type { ActorKind, AttackKind, ClaimKind } from '../domain/index.js';
import { InterchangeError, Tally, emptyDocument } from './common.js';

export interface AifNode {
  nodeID: string;
  text: string;
  type: string;
  timestamp?: string | null;
  scheme?: string | null;
  schemeID?: string | null;
  [extension: string]: unknown;
}
export interface AifEdge {
  edgeID: string;
  fromID: string;
  toID: string;
  formEdgeID?: unknown;
}
export interface AifLocution {
  nodeID: string;
  personID?: string | null;
  timestamp?: string | null;
  start?: string | null;
  end?: string | null;
  source?: string | null;
}
export interface AifParticipant {
  participantID: string;
  firstname?: string;
  surname?: string;
  [extension: string]: unknown;
}
/** What argmap writes beside the AIF nodes for what AIF has no place for (read back on import). */
export type ArgmapExtension = Partial<Pick<GraphDocument, 'issues' | 'sources' | 'provisions' | 'affiliations' | 'positions'>>;

export interface AifDocument {
  nodes: AifNode[];
  edges: AifEdge[];
  locutions: AifLocution[];
  participants?: AifParticipant[];
  argmap?: ArgmapExtension;
}

export const SCHEME_NODE_TYPES = ['RA', 'CA', 'MA'] as const;
const DIALOGUE_NODE_TYPES = ['L', 'YA', 'TA'] as const;
const KNOWN_TYPES = new Set<string>(['I', ...SCHEME_NODE_TYPES, ...DIALOGUE_NODE_TYPES]);

const PROPOSITIONAL = new Set<string>(['I', ...SCHEME_NODE_TYPES]);
const LEFT_OUT_EDGES = 'edges between I-, RA-, CA- and MA-nodes of left-out scheme nodes';
const SECOND_CONCLUSIONS = 'second and further conclusions of a scheme node';
const SELF_PREMISE = 'premise edges from an argument\u2019s own conclusion';
const REPEATED_PREMISE = 'repeated premise edges';
const UNHELD_EDGES = 'edges from a scheme node to one argmap cannot conclude in (RA or MA to a scheme node)';
/** The reasons that stand for edges between I-, RA-, CA- and MA-nodes (what readers such as arguebuf count as edges). */
export const ARGUMENT_EDGE_REASONS: ReadonlySet<string> = new Set([
  LEFT_OUT_EDGES,
  SECOND_CONCLUSIONS,
  SELF_PREMISE,
  REPEATED_PREMISE,
  UNHELD_EDGES,
]);

const idText = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() ? value.trim() : typeof value === 'number' ? String(value) : null;

/** Checks the shape of an AIF document (AIFdb JSON) and gives every id as a string. */
export function parseAif(json: unknown, origin: string): AifDocument {
  const fail = (message: string): never => {
    throw new InterchangeError(origin, `${origin}: ${message}`);
  };
  if (typeof json !== 'object' || json === null || Array.isArray(json)) fail('expected an AIF JSON object with "nodes" and "edges"');
  const raw = json as Record<string, unknown>;
  if (!Array.isArray(raw.nodes) || !Array.isArray(raw.edges)) fail('an AIF document needs the arrays "nodes" and "edges"');
  const nodes = (raw.nodes as unknown[]).map((n, i): AifNode => {
    const node = (typeof n === 'object' && n !== null ? n : {}) as Record<string, unknown>;
    const nodeID = idText(node.nodeID) ?? fail(`nodes[${i}] has no nodeID`);
    const type = typeof node.type === 'string' ? node.type.trim() : fail(`nodes[${i}] (${nodeID}) has no type`);
    const text = typeof node.text === 'string' ? node.text : '';
    return { ...node, nodeID, type, text } as AifNode;
  });
  const seen = new Set<string>();
  for (const n of nodes) {
    if (seen.has(n.nodeID)) fail(`nodeID "${n.nodeID}" appears twice`);
    seen.add(n.nodeID);
  }
  const edges = (raw.edges as unknown[]).map((e, i): AifEdge => {
    const edge = (typeof e === 'object' && e !== null ? e : {}) as Record<string, unknown>;
    const fromID = idText(edge.fromID) ?? fail(`edges[${i}] has no fromID`);
    const toID = idText(edge.toID) ?? fail(`edges[${i}] has no toID`);
    return { edgeID: idText(edge.edgeID) ?? `${fromID}->${toID}`, fromID, toID };
  });
  const locutions = (Array.isArray(raw.locutions) ? raw.locutions : []).flatMap((l: unknown): AifLocution[] => {
    const loc = (typeof l === 'object' && l !== null ? l : {}) as Record<string, unknown>;
    const nodeID = idText(loc.nodeID);
    if (!nodeID) return [];
    const str = (v: unknown) => (typeof v === 'string' ? v : null);
    return [{ nodeID, personID: idText(loc.personID), timestamp: str(loc.timestamp), start: str(loc.start), end: str(loc.end) }];
  });
  const participants = (Array.isArray(raw.participants) ? raw.participants : []).flatMap((p: unknown): AifParticipant[] => {
    const part = (typeof p === 'object' && p !== null ? p : {}) as Record<string, unknown>;
    const participantID = idText(part.participantID);
    return participantID ? [{ ...part, participantID } as AifParticipant] : [];
  });
  const argmap = typeof raw.argmap === 'object' && raw.argmap !== null ? (raw.argmap as ArgmapExtension) : undefined;
  return { nodes, edges, locutions, participants, ...(argmap ? { argmap } : {}) };
}

export interface AifImportOptions {
  /** Readable base of every id made for this map, e.g. `us2016-nodeset10013`. */
  idBase: string;
  /** Base of actor ids: speakers of one corpus are the same people across its maps. */
  actorBase: string;
  /** The Source the map's assertions are reported in (created when some assertion needs it). */
  source: GraphDocument['sources'][number];
}

/** Keeps an argmap id written by our own export; otherwise makes a stable one from the map and the AIF node id. */
export function aifNodeId(label: NodeLabel, idBase: string, nodeID: string): string {
  if (labelOfId(nodeID) === label) return nodeID;
  return `${ID_PREFIXES[label]}:${idBase}-${slugify(nodeID, 40)}`;
}
const makeIdOf = (base: string) => (label: NodeLabel, nodeID: string) => aifNodeId(label, base, nodeID);

const SPEAKER_PREFIX = /^\s*([^:\n]{1,80}?)(?:\s+:\s*|\s*:\s+)([\s\S]*)$/;

/** "Speaker : words" -> the speaker and the words; null when the text names nobody. */
export function splitSpeaker(text: string): { speaker: string; words: string } | null {
  const match = SPEAKER_PREFIX.exec(text);
  if (!match?.[1] || match[2] === undefined) return null;
  return { speaker: match[1].trim(), words: match[2].trim() };
}

const defaultScheme = { RA: 'Default Inference', CA: 'Default Conflict', MA: 'Default Rephrase' } as const;
const REPHRASE = /rephras/i;
const isoDate = (value: string | null | undefined): string | null => {
  const match = /^(\d{4}-\d{2}-\d{2})/.exec(value ?? '');
  return match?.[1] ?? null;
};
const numericOrder = (a: string, b: string) => {
  const x = Number(a);
  const y = Number(b);
  return Number.isFinite(x) && Number.isFinite(y) ? x - y : a.localeCompare(b);
};

/**
 * One AIF map as an argmap graph document, with a tally of what the model cannot hold (each
 * such node or edge is counted under a reason; nothing is dropped silently).
 */
export function aifToDocument(aif: AifDocument, options: AifImportOptions): { doc: GraphDocument; skipped: Tally } {
  const skipped = new Tally();
  // A map argmap wrote: its extension fields are trusted and absent values stay absent.
  const fromArgmap = aif.argmap !== undefined;
  const idOf = makeIdOf(options.idBase);
  const doc = emptyDocument();
  const byId = new Map(aif.nodes.map((n) => [n.nodeID, n]));
  const ins = new Map<string, AifNode[]>();
  const outs = new Map<string, AifNode[]>();
  for (const e of aif.edges) {
    const from = byId.get(e.fromID);
    const to = byId.get(e.toID);
    if (!from || !to) {
      skipped.add('edges to a node the map does not hold');
      continue;
    }
    (outs.get(from.nodeID) ?? outs.set(from.nodeID, []).get(from.nodeID)!).push(to);
    (ins.get(to.nodeID) ?? ins.set(to.nodeID, []).get(to.nodeID)!).push(from);
  }
  const inOf = (n: AifNode) => ins.get(n.nodeID) ?? [];
  const outOf = (n: AifNode) => outs.get(n.nodeID) ?? [];
  for (const n of aif.nodes) if (!KNOWN_TYPES.has(n.type)) skipped.add(`${n.type}-nodes (a node type argmap does not read)`);

  // I-nodes: claims.
  const claimIds = new Map<string, string>();
  for (const n of aif.nodes.filter((x) => x.type === 'I')) {
    const text = n.text.trim();
    if (!text) {
      skipped.add('I-nodes without text');
      continue;
    }
    const id = idOf('Claim', n.nodeID);
    claimIds.set(n.nodeID, id);
    doc.claims.push({ id, text, kind: (typeof n.kind === 'string' ? n.kind : 'FACTUAL') as ClaimKind });
    if (Array.isArray(n.citations)) {
      for (const c of n.citations as Record<string, unknown>[])
        doc.citations.push({ claimId: id, ...(c as object) } as GraphDocument['citations'][number]);
    }
  }

  // RA, CA, MA: arguments. A scheme node whose premises or conclusion the model cannot hold is left
  // out, and so (in turn) is every attack on it.
  const schemeNodes = aif.nodes.filter((x) => (SCHEME_NODE_TYPES as readonly string[]).includes(x.type));
  const concludedByRa = new Set(
    schemeNodes
      .filter((x) => x.type === 'RA')
      .flatMap((x) =>
        outOf(x)
          .filter((t) => t.type === 'I')
          .map((t) => t.nodeID),
      ),
  );
  const candidates = new Map<string, AifNode>(schemeNodes.map((n) => [n.nodeID, n]));
  const reasons = new Map<string, string>();
  for (let changed = true; changed;) {
    changed = false;
    for (const n of candidates.values()) {
      const premises = inOf(n).filter((p) => claimIds.has(p.nodeID));
      const targets = outOf(n).filter((t) =>
        n.type === 'CA' ? claimIds.has(t.nodeID) || candidates.has(t.nodeID) : claimIds.has(t.nodeID),
      );
      const reason =
        premises.length === 0
          ? `${n.type}-nodes without a premise argmap can hold`
          : targets.length === 0
            ? `${n.type}-nodes without a conclusion argmap can hold`
            : null;
      if (reason) {
        candidates.delete(n.nodeID);
        reasons.set(n.nodeID, reason);
        changed = true;
      }
    }
  }
  for (const [, reason] of reasons) skipped.add(reason);
  for (const e of aif.edges) {
    const from = byId.get(e.fromID);
    const to = byId.get(e.toID);
    if (!from || !to || (!reasons.has(from.nodeID) && !reasons.has(to.nodeID))) continue;
    skipped.add(PROPOSITIONAL.has(from.type) && PROPOSITIONAL.has(to.type) ? LEFT_OUT_EDGES : 'dialogue edges of left-out scheme nodes');
  }
  const argumentIds = new Map<string, string>([...candidates.keys()].map((nodeID) => [nodeID, idOf('Argument', nodeID)]));
  for (const n of schemeNodes) {
    const id = argumentIds.get(n.nodeID);
    if (!id) {
      continue;
    }
    const targets = outOf(n).filter((t) => claimIds.has(t.nodeID) || (n.type === 'CA' && argumentIds.has(t.nodeID)));
    const target = targets[0]!;
    if (targets.length > 1) skipped.add(SECOND_CONCLUSIONS, targets.length - 1);
    const conclusionId = claimIds.get(target.nodeID) ?? null;
    const seen = new Set<string>();
    const premiseIds: string[] = [];
    for (const p of inOf(n)) {
      const claimId = claimIds.get(p.nodeID);
      if (claimId && claimId !== conclusionId && !seen.has(claimId)) {
        premiseIds.push(claimId);
        seen.add(claimId);
      } else if (claimId) skipped.add(claimId === conclusionId ? SELF_PREMISE : REPEATED_PREMISE);
      else if (p.type === 'L') skipped.add(`edges from L-nodes into ${n.type}-nodes (a locution as premise)`);
    }
    for (const t of outOf(n)) {
      if (t === target || claimIds.has(t.nodeID) || (n.type === 'CA' && argumentIds.has(t.nodeID))) continue;
      skipped.add(PROPOSITIONAL.has(t.type) ? UNHELD_EDGES : `edges from ${n.type}-nodes to ${t.type}-nodes (a locution as conclusion)`);
    }
    const named = (fromArgmap ? (n.scheme ?? '') : (n.scheme ?? n.text)).trim();
    const scheme = named || (fromArgmap && n.type !== 'MA' ? null : defaultScheme[n.type as keyof typeof defaultScheme]);
    const attackKind: AttackKind | null =
      n.type !== 'CA'
        ? null
        : conclusionId === null
          ? 'UNDERCUT'
          : typeof n.attackKind === 'string'
            ? (n.attackKind as AttackKind)
            : concludedByRa.has(target.nodeID)
              ? 'REBUT'
              : 'UNDERMINE';
    doc.arguments.push({
      id,
      kind: n.type === 'CA' ? 'ATTACK' : 'SUPPORT',
      attackKind,
      scheme: n.type === 'MA' && scheme !== null && !REPHRASE.test(scheme) ? `${defaultScheme.MA}: ${scheme}` : scheme,
      schemeId: idText(n.schemeID),
      rationale: typeof n.rationale === 'string' ? n.rationale : null,
      ...(n.reconstructed === true ? { reconstructed: true } : {}),
      premiseIds,
      conclusionId,
      targetArgumentId: conclusionId === null ? argumentIds.get(target.nodeID)! : null,
    });
  }

  // L-nodes with their YA illocutions: assertions by the speaker.
  const participants = new Map((aif.participants ?? []).map((p) => [p.participantID, p]));
  const locutions = new Map(aif.locutions.map((l) => [l.nodeID, l]));
  const actors = new Map<string, GraphDocument['actors'][number]>();
  const actorFor = (name: string, personID: string | null): string => {
    const participant = personID ? participants.get(personID) : undefined;
    const id = personID && labelOfId(personID) === 'Actor' ? personID : `actor:${options.actorBase}-${slugify(name, 50)}`;
    if (!actors.has(id)) {
      actors.set(id, {
        id,
        name,
        kind: (typeof participant?.kind === 'string' ? participant.kind : 'PERSON') as ActorKind,
        description: typeof participant?.description === 'string' ? participant.description : null,
      });
    }
    return id;
  };
  for (const p of aif.participants ?? []) {
    const name = [p.firstname, p.surname].filter(Boolean).join(' ').trim();
    if (name) actorFor(name, p.participantID);
  }
  const contentOf = (ya: AifNode) => outOf(ya).filter((t) => claimIds.has(t.nodeID) || argumentIds.has(t.nodeID));
  const assertionIds = new Map<string, string>();
  const chosen = new Set<string>();
  const extra = new Set<string>();
  let sourceUsed = false;
  const ls = aif.nodes.filter((x) => x.type === 'L');
  const ordered = [...ls].sort(
    (a, b) =>
      (locutions.get(a.nodeID)?.start ?? '').localeCompare(locutions.get(b.nodeID)?.start ?? '') ||
      (a.timestamp ?? '').localeCompare(b.timestamp ?? '') ||
      numericOrder(a.nodeID, b.nodeID),
  );
  for (const l of ordered) {
    const illocutions = outOf(l).filter((y) => y.type === 'YA' && contentOf(y).length > 0);
    if (illocutions.length === 0) {
      skipped.add(inOf(l).length + outOf(l).length === 0 ? 'L-nodes without any edge' : 'L-nodes that assert no I-node or argument');
      continue;
    }
    if (illocutions.length > 1) skipped.add('a locution\u2019s second and further illocutions', illocutions.length - 1);
    const ya = illocutions[0]!;
    chosen.add(ya.nodeID);
    illocutions.slice(1).forEach((y) => extra.add(y.nodeID));
    const content = contentOf(ya);
    if (content.length > 1) skipped.add('YA-nodes\u2019 second and further contents', content.length - 1);
    const target = content[0]!;
    const locution = locutions.get(l.nodeID);
    const participant = locution?.personID ? participants.get(locution.personID) : undefined;
    const split = splitSpeaker(l.text);
    const participantName = participant ? [participant.firstname, participant.surname].filter(Boolean).join(' ').trim() : '';
    const name = participantName || split?.speaker || (locution?.personID ? `Participant ${locution.personID}` : 'Unknown speaker');
    if (!participantName && !split && !locution?.personID) skipped.add('locutions that name no speaker (kept as "Unknown speaker")');
    const id = idOf('Assertion', l.nodeID);
    assertionIds.set(l.nodeID, id);
    const sourceId = typeof l.sourceId === 'string' ? l.sourceId : options.source.id;
    sourceUsed ||= sourceId === options.source.id;
    const quote = (split && (!participantName || split.speaker === participantName) ? split.words : l.text).trim();
    doc.assertions.push({
      id,
      actorId: actorFor(name, locution?.personID ?? null),
      claimId: claimIds.get(target.nodeID) ?? null,
      argumentId: argumentIds.get(target.nodeID) ?? null,
      sourceId,
      quote: quote || null,
      date: isoDate(locution?.start),
      illocution: fromArgmap && ya.implicit === true ? null : (ya.scheme ?? ya.text).trim() || null,
      sequence: fromArgmap ? (typeof l.sequence === 'number' ? l.sequence : null) : doc.assertions.length + 1,
    });
  }
  for (const ya of aif.nodes.filter((x) => x.type === 'YA')) {
    const anchors = inOf(ya);
    if (chosen.has(ya.nodeID)) {
      skipped.add('edges into YA-nodes from other than their locution', anchors.filter((a) => !assertionIds.has(a.nodeID)).length);
      continue;
    }
    if (extra.has(ya.nodeID)) continue;
    skipped.add(
      anchors.some((a) => a.type === 'TA')
        ? 'YA-nodes anchored in a TA transition (e.g. Arguing, Disagreeing)'
        : outOf(ya).some((t) => t.type === 'L')
          ? 'YA-nodes between two L-nodes (reported speech)'
          : 'YA-nodes argmap cannot hold',
    );
  }

  // TA transitions: each assertion keeps the ones it replies to.
  const previous = new Map<string, Set<string>>();
  for (const ta of aif.nodes.filter((x) => x.type === 'TA')) {
    const from = inOf(ta).filter((x) => assertionIds.has(x.nodeID));
    const to = outOf(ta).filter((x) => assertionIds.has(x.nodeID));
    if (from.length === 0 || to.length === 0) {
      skipped.add('TA-nodes not between two kept locutions');
      continue;
    }
    if (to.length > 1) skipped.add('TA-nodes with several targets (kept as one transition per target)');
    for (const t of to) {
      const set = previous.get(t.nodeID) ?? previous.set(t.nodeID, new Set()).get(t.nodeID)!;
      for (const f of from) if (f !== t) set.add(assertionIds.get(f.nodeID)!);
    }
    const unkept = inOf(ta).length - from.length + outOf(ta).filter((x) => x.type !== 'YA').length - to.length;
    if (unkept > 0) skipped.add('TA edges to or from left-out nodes', unkept);
  }
  for (const a of doc.assertions) {
    const l = [...assertionIds].find(([, id]) => id === a.id)![0];
    const set = previous.get(l);
    if (set?.size) a.previousIds = [...set].sort();
  }

  doc.actors = [...actors.values()];
  const ext = aif.argmap ?? {};
  doc.issues = ext.issues ?? [];
  doc.provisions = ext.provisions ?? [];
  doc.affiliations = ext.affiliations ?? [];
  doc.positions = ext.positions ?? [];
  doc.sources = [...(ext.sources ?? [])];
  if (sourceUsed && !doc.sources.some((s) => s.id === options.source.id)) doc.sources.push(options.source);
  return { doc, skipped };
}

const rephrase = (a: GraphDocument['arguments'][number]) => a.kind === 'SUPPORT' && a.scheme !== null && REPHRASE.test(a.scheme);

/**
 * The document as AIFdb JSON. Claims are I-nodes, support arguments RA-nodes (MA-nodes when
 * their scheme is a rephrase), attacks CA-nodes; each assertion is an L-node "Speaker: quote"
 * whose locution names its actor as participant, with a YA-node (its illocution, "Asserting"
 * by default) to what it asserts, and a TA-node from the assertions it replies to. What AIF has
 * no slot for travels as extension fields argmap reads back: `kind` and `citations` on I-nodes,
 * `attackKind` and `rationale` on scheme nodes, `sourceId` on L-nodes, `kind` and `description`
 * on participants, and issues, positions, sources, provisions and affiliations under `argmap`.
 */
export function documentToAif(doc: GraphDocument) {
  const nodes: AifNode[] = [];
  const edges: AifEdge[] = [];
  const locutions: AifLocution[] = [];
  const edge = (fromID: string, toID: string) => edges.push({ edgeID: `${fromID}->${toID}`, fromID, toID });
  const citations = new Map<string, Omit<GraphDocument['citations'][number], 'claimId'>[]>();
  for (const { claimId, ...c } of doc.citations) (citations.get(claimId) ?? citations.set(claimId, []).get(claimId)!).push(c);
  for (const c of doc.claims) {
    nodes.push({ nodeID: c.id, text: c.text, type: 'I', kind: c.kind, ...(citations.has(c.id) ? { citations: citations.get(c.id) } : {}) });
  }
  for (const a of doc.arguments) {
    const type = a.kind === 'ATTACK' ? 'CA' : rephrase(a) ? 'MA' : 'RA';
    const scheme = a.scheme ?? defaultScheme[type];
    nodes.push({
      nodeID: a.id,
      text: scheme,
      type,
      ...(a.scheme ? { scheme: a.scheme } : {}),
      ...(a.schemeId ? { schemeID: a.schemeId } : {}),
      ...(a.attackKind ? { attackKind: a.attackKind } : {}),
      ...(a.rationale ? { rationale: a.rationale } : {}),
      ...(a.reconstructed ? { reconstructed: true } : {}),
    });
    for (const p of a.premiseIds) edge(p, a.id);
    const target = a.conclusionId ?? a.targetArgumentId;
    if (target) edge(a.id, target);
  }
  const actors = new Map(doc.actors.map((a) => [a.id, a]));
  const participants = new Map<string, AifParticipant>(doc.actors.map((a) => [a.id, participantOf(a.id, a.name, a)]));
  const assertions = [...doc.assertions].sort((a, b) => (a.sequence ?? 0) - (b.sequence ?? 0) || a.id.localeCompare(b.id));
  for (const s of assertions) {
    const actor = actors.get(s.actorId);
    const speaker = actor?.name ?? s.actorId;
    nodes.push({
      nodeID: s.id,
      text: `${speaker}: ${s.quote ?? ''}`.trim(),
      type: 'L',
      ...(s.sourceId ? { sourceId: s.sourceId } : {}),
      ...(s.sequence != null ? { sequence: s.sequence } : {}),
    });
    locutions.push({ nodeID: s.id, personID: s.actorId, ...(s.date ? { start: s.date } : {}) });
    if (!participants.has(s.actorId)) participants.set(s.actorId, participantOf(s.actorId, speaker, actor));
    const target = s.claimId ?? s.argumentId;
    if (target) {
      const ya = `${s.id}:illocution`;
      const illocution = s.illocution ?? 'Asserting';
      nodes.push({ nodeID: ya, text: illocution, type: 'YA', scheme: illocution, ...(s.illocution ? {} : { implicit: true }) });
      edge(s.id, ya);
      edge(ya, target);
    }
    if (s.previousIds?.length) {
      const ta = `${s.id}:transition`;
      nodes.push({ nodeID: ta, text: 'Default Transition', type: 'TA', scheme: 'Default Transition' });
      for (const p of s.previousIds) edge(p, ta);
      edge(ta, s.id);
    }
  }
  const argmap: ArgmapExtension = {
    issues: doc.issues,
    sources: doc.sources,
    provisions: doc.provisions,
    affiliations: doc.affiliations,
    positions: doc.positions,
  };
  return { nodes, edges, locutions, participants: [...participants.values()], argmap };
}

/** People are split into first name and surname; organisations, courts and the like keep their whole name. */
function participantOf(id: string, speaker: string, actor: GraphDocument['actors'][number] | undefined): AifParticipant {
  const extra = { ...(actor ? { kind: actor.kind } : {}), ...(actor?.description ? { description: actor.description } : {}) };
  if (actor && actor.kind !== 'PERSON') return { participantID: id, firstname: speaker, surname: '', ...extra };
  const [firstname, ...rest] = speaker.split(/\s+/);
  return { participantID: id, firstname: rest.length ? (firstname ?? speaker) : speaker, surname: rest.join(' '), ...extra };
}
