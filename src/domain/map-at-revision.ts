import type { NodeLabel } from './ids.js';
import type { ClaimFilter, Direction } from './index.js';
import type { NodeDocument } from './revisions.js';
import { stemmer } from 'stemmer';
import { searchText } from './search-text.js';

/**
 * The whole map as node documents (the revision log's form), indexed for reading: what the
 * graph statements read from Neo4j, read instead from documents, so the map as it stood at a
 * past revision can answer the same questions (neighbourhoods, chains, exports).
 */
export class MapAtRevision {
  private readonly incoming = new Map<string, { type: string; from: string; props: NodeDocument['out'][number]['props'] }[]>();

  constructor(
    readonly revision: number,
    readonly documents: ReadonlyMap<string, NodeDocument>,
    /** The map these are the nodes of (a node's state does not name its map). */
    readonly mapId: string,
  ) {
    for (const [id, doc] of documents) {
      for (const r of doc.out) {
        if (!documents.has(r.to)) continue;
        const list = this.incoming.get(r.to);
        const entry = { type: r.type, from: id, props: r.props };
        if (list) list.push(entry);
        else this.incoming.set(r.to, [entry]);
      }
    }
  }

  label(id: string): NodeLabel | null {
    return this.documents.get(id)?.label ?? null;
  }

  /** A property's value (null when absent). */
  prop(id: string, key: string): unknown {
    return this.documents.get(id)?.props.find((p) => p.key === key)?.value ?? null;
  }

  text(id: string, key: string): string | null {
    const value = this.prop(id, key);
    return typeof value === 'string' ? value : null;
  }

  /** Outgoing relationships of a type, to nodes that exist at this revision. */
  out(id: string, type: string): { to: string; props: ReadonlyMap<string, unknown> }[] {
    return (this.documents.get(id)?.out ?? [])
      .filter((r) => r.type === type && this.documents.has(r.to))
      .map((r) => ({ to: r.to, props: new Map(r.props.map((p) => [p.key, p.value])) }));
  }

  /** Incoming relationships of a type, from nodes that exist at this revision. */
  in(id: string, type: string): { from: string; props: ReadonlyMap<string, unknown> }[] {
    return (this.incoming.get(id) ?? [])
      .filter((r) => r.type === type)
      .map((r) => ({ from: r.from, props: new Map(r.props.map((p) => [p.key, p.value])) }));
  }

  /** Ids of every node with a label, in id order. */
  idsOf(label: NodeLabel): string[] {
    return [...this.documents]
      .filter(([, doc]) => doc.label === label)
      .map(([id]) => id)
      .sort(byId);
  }
}

/**
 * The claims passing a claim list's filters (cypher/fragments/claim-filter.cypher, read from
 * documents), in id order.
 */
export function claimIdsWhere(map: MapAtRevision, filter: ClaimFilter): string[] {
  const needle = filter.textContains?.toLowerCase() ?? null;
  const assertions = (id: string) => map.in(id, 'OF').map((r) => r.from);
  const by = (id: string, type: string, target: string) => assertions(id).some((a) => map.out(a, type).some((r) => r.to === target));
  const within = (provision: string, target: string) => {
    let at: string | null = provision;
    for (let hops = 0; at !== null && hops <= 5; hops++) {
      if (at === target) return true;
      at = map.out(at, 'PART_OF')[0]?.to ?? null;
    }
    return false;
  };
  const positions = (id: string) => map.out(id, 'ADDRESSES').map((r) => ({ issue: r.to, stance: r.props.get('stance') }));
  return map
    .idsOf('Claim')
    .filter(
      (id) =>
        (needle === null || (map.text(id, 'text') ?? '').toLowerCase().includes(needle)) &&
        (filter.kind === null || map.prop(id, 'kind') === filter.kind) &&
        (filter.assertedBy === null || by(id, 'BY', filter.assertedBy)) &&
        (filter.cites === null || map.out(id, 'CITES').some((r) => within(r.to, filter.cites!))) &&
        (filter.inSource === null || by(id, 'IN', filter.inSource)) &&
        (filter.issue === null ||
          positions(id).some((p) => p.issue === filter.issue && (filter.stance === null || p.stance === filter.stance))) &&
        (filter.stance === null || positions(id).some((p) => p.stance === filter.stance)),
    );
}

export const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const isCore = (map: MapAtRevision, id: string) => map.label(id) === 'Claim' || map.label(id) === 'Argument';
const caption = (map: MapAtRevision, id: string, keys: readonly string[]): string | null => {
  for (const key of keys) {
    const value = map.text(id, key);
    if (value !== null) return value;
  }
  return null;
};
const NODE_CAPTION = ['text', 'name', 'title', 'question'] as const;
const OTHER_CAPTION = ['name', 'title', 'question'] as const;

interface NeighbourhoodNode {
  id: string;
  type: string;
  label: string | null;
  kind: string | null;
  attackKind: string | null;
  distance: number;
}
interface NeighbourhoodLink {
  type: string;
  source: string;
  target: string;
  label: string | null;
  via: string | null;
  other: { id: string; type: string; label: string | null; kind: string | null } | null;
}

/**
 * graph/find-neighbourhood over documents: the same walk (the root's family, seeds at their
 * distance, a breadth-first walk along premises and conclusions, each node at its first level),
 * the same links and hierarchy, so the repository shapes both alike. See the statement's file.
 */
export function neighbourhoodOf(
  map: MapAtRevision,
  { rootId, depth, direction, limit }: { rootId: string; depth: number; direction: Direction; limit: number },
): { rootId: string; nodes: NeighbourhoodNode[]; links: NeighbourhoodLink[] } | null {
  const rootLabel = map.label(rootId);
  if (!rootLabel || rootLabel === 'Assertion') return null;
  const assertionsOf = (id: string) => map.in(id, 'OF').map((r) => r.from);
  const targetsOf = (assertionId: string) => map.out(assertionId, 'OF').map((r) => r.to);

  // The root's family: itself, or a provision and its parts one hop per PART_OF (at most 4).
  const fixed: { id: string; d: number }[] = [];
  if (!isCore(map, rootId)) {
    const walk = (id: string, d: number) => {
      if (d > depth) return;
      fixed.push({ id, d });
      if (d < 4) for (const part of map.in(id, 'PART_OF')) if (!isCore(map, part.from)) walk(part.from, d + 1);
    };
    walk(rootId, 0);
  }
  const seeds: { id: string; d: number }[] = [];
  const seed = (id: string, d: number) => {
    if (!seeds.some((s) => s.id === id && s.d === d)) seeds.push({ id, d });
  };
  if (isCore(map, rootId)) seed(rootId, 0);
  if (rootLabel === 'Actor') {
    for (const a of map.in(rootId, 'BY')) if (map.label(a.from) === 'Assertion') for (const t of targetsOf(a.from)) seed(t, 1);
  } else if (rootLabel === 'Source') {
    for (const a of map.in(rootId, 'IN')) if (map.label(a.from) === 'Assertion') for (const t of targetsOf(a.from)) seed(t, 1);
  } else if (rootLabel === 'Provision') {
    const walk = (id: string, hops: number) => {
      for (const c of map.in(id, 'CITES')) if (map.label(c.from) === 'Claim' && hops + 1 <= depth) seed(c.from, hops + 1);
      if (hops < 4) for (const part of map.in(id, 'PART_OF')) if (map.label(part.from) === 'Provision') walk(part.from, hops + 1);
    };
    walk(rootId, 0);
  } else if (rootLabel === 'Issue') {
    for (const c of map.in(rootId, 'ADDRESSES')) if (map.label(c.from) === 'Claim') seed(c.from, 1);
  }

  // The breadth-first walk, level by level (GRAPH_DEPTH_MAX levels; those beyond depth expand
  // nothing), each level keeping in id order only as many new nodes as fit in limit + 1.
  const steps = (id: string): string[] => {
    const found: string[] = [];
    for (const type of ['PREMISE', 'CONCLUSION']) {
      if (direction !== 'INCOMING') found.push(...map.out(id, type).map((r) => r.to));
      if (direction !== 'OUTGOING') found.push(...map.in(id, type).map((r) => r.from));
    }
    return found;
  };
  let frontier = seeds.filter((s) => s.d === 0).map((s) => s.id);
  const seen = new Set(frontier);
  const levels: string[][] = [frontier];
  for (let level = 1; level <= 6; level++) {
    const next = new Set<string>();
    if (depth >= level) {
      for (const f of frontier) for (const m of steps(f)) next.add(m);
      for (const s of seeds) if (s.d === level) next.add(s.id);
    }
    const room = limit + 1 - fixed.length - seen.size;
    frontier = [...next]
      .filter((m) => !seen.has(m))
      .sort(byId)
      .slice(0, Math.max(room, 0));
    for (const m of frontier) seen.add(m);
    levels.push(frontier);
  }
  const core = [...fixed, ...levels.flatMap((ids, d) => ids.map((id) => ({ id, d })))];
  const ids = new Set(core.map((c) => c.id));
  const inner = core.filter((c) => c.d < depth && isCore(map, c.id)).map((c) => c.id);
  const other = (id: string) => ({ id, type: map.label(id) ?? '', kind: map.text(id, 'kind'), label: caption(map, id, OTHER_CAPTION) });
  const distinct = (list: string[]) => [...new Set(list)];

  const links: NeighbourhoodLink[] = [];
  // Premises and conclusions among the nodes.
  for (const { id } of core) {
    if (map.label(id) !== 'Argument') continue;
    const ends = [
      ...map
        .in(id, 'PREMISE')
        .filter((r) => map.label(r.from) === 'Claim')
        .map((r) => ({ type: 'PREMISE', source: r.from, target: id })),
      ...map.out(id, 'CONCLUSION').map((r) => ({ type: 'CONCLUSION', source: id, target: r.to })),
    ];
    for (const end of ends) {
      if (ids.has(end.source) && ids.has(end.target)) links.push({ ...end, label: null, via: null, other: null });
    }
  }
  // What hangs off the claims and arguments nearer than depth.
  const speakers = (id: string) =>
    distinct(assertionsOf(id).flatMap((a) => map.out(a, 'BY').map((r) => r.to))).filter((x) => map.label(x) === 'Actor');
  const reporters = (id: string) =>
    distinct(assertionsOf(id).flatMap((a) => map.out(a, 'IN').map((r) => r.to))).filter((x) => map.label(x) === 'Source');
  for (const n of inner) {
    for (const x of speakers(n)) links.push({ type: 'ASSERTS', source: x, target: n, label: null, via: n, other: other(x) });
    for (const x of reporters(n)) links.push({ type: 'REPORTED_IN', source: n, target: x, label: null, via: n, other: other(x) });
    for (const c of map.out(n, 'CITES')) {
      if (map.label(c.to) !== 'Provision') continue;
      links.push({ type: 'CITES', source: n, target: c.to, label: str(c.props.get('role')), via: n, other: other(c.to) });
    }
    for (const a of map.out(n, 'ADDRESSES')) {
      if (map.label(a.to) !== 'Issue') continue;
      links.push({ type: 'ADDRESSES', source: n, target: a.to, label: str(a.props.get('stance')), via: n, other: other(a.to) });
    }
  }
  // How an actor, source, provision or issue at the root reaches its claims and arguments.
  for (const { id: x } of fixed) {
    const rows: Omit<NeighbourhoodLink, 'via' | 'other'>[] = [];
    const label = map.label(x);
    if (label === 'Actor') {
      const targets = distinct(map.in(x, 'BY').flatMap((a) => (map.label(a.from) === 'Assertion' ? targetsOf(a.from) : [])));
      for (const n of targets) rows.push({ type: 'ASSERTS', source: x, target: n, label: null });
    } else if (label === 'Source') {
      const targets = distinct(map.in(x, 'IN').flatMap((a) => (map.label(a.from) === 'Assertion' ? targetsOf(a.from) : [])));
      for (const n of targets) rows.push({ type: 'REPORTED_IN', source: n, target: x, label: null });
    } else if (label === 'Provision') {
      for (const c of map.in(x, 'CITES')) {
        if (map.label(c.from) === 'Claim') rows.push({ type: 'CITES', source: c.from, target: x, label: str(c.props.get('role')) });
      }
    } else if (label === 'Issue') {
      for (const a of map.in(x, 'ADDRESSES')) {
        if (map.label(a.from) === 'Claim') rows.push({ type: 'ADDRESSES', source: a.from, target: x, label: str(a.props.get('stance')) });
      }
    }
    for (const row of rows) {
      const end = row.source === x ? row.target : row.source;
      if (ids.has(end)) links.push({ ...row, via: null, other: null });
    }
  }
  // PART_OF among the provisions, AFFILIATED_WITH among the actors, of the result.
  const provisions = new Set([
    ...links.flatMap((l) => (l.other && map.label(l.other.id) === 'Provision' ? [l.other.id] : [])),
    ...core.filter((c) => map.label(c.id) === 'Provision').map((c) => c.id),
  ]);
  const actors = new Set([
    ...links.flatMap((l) => (l.other && map.label(l.other.id) === 'Actor' ? [l.other.id] : [])),
    ...core.filter((c) => map.label(c.id) === 'Actor').map((c) => c.id),
  ]);
  const hierarchy: NeighbourhoodLink[] = [];
  for (const p of provisions) {
    for (const r of map.out(p, 'PART_OF')) {
      if (provisions.has(r.to)) hierarchy.push({ type: 'PART_OF', source: p, target: r.to, label: null, via: null, other: null });
    }
  }
  for (const a of actors) {
    for (const r of map.out(a, 'AFFILIATED_WITH')) {
      if (actors.has(r.to)) {
        hierarchy.push({ type: 'AFFILIATED_WITH', source: a, target: r.to, label: str(r.props.get('role')), via: null, other: null });
      }
    }
  }
  return {
    rootId,
    nodes: core.map((c) => ({
      id: c.id,
      type: map.label(c.id) ?? '',
      distance: c.d,
      label: caption(map, c.id, NODE_CAPTION),
      kind: map.text(c.id, 'kind'),
      attackKind: map.text(c.id, 'attackKind'),
    })),
    links: [...links, ...hierarchy],
  };
}

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** Raised when a search over the map at a revision would exceed its budget of steps. */
export class ChainSearchTooLarge extends Error {}

/**
 * graph/find-chains over documents: support and attack paths from one claim to another
 * (claim, argument, claim, ...), each claim at most once, shortest first, ordered by length,
 * then claim ids, then argument ids; at most `first`. Explores at most `budget` partial paths.
 */
export function chainsOf(
  map: MapAtRevision,
  { fromId, toId, maxLength, first }: { fromId: string; toId: string; maxLength: number; first: number },
  budget = 200_000,
): { claimIds: string[]; argumentIds: string[] }[] {
  if (map.label(fromId) !== 'Claim' || map.label(toId) !== 'Claim' || first <= 0) return [];
  const found: { claimIds: string[]; argumentIds: string[] }[] = [];
  let paths = [{ claimIds: [fromId], argumentIds: [] as string[] }];
  let explored = 0;
  for (let length = 1; length <= maxLength && paths.length > 0 && found.length < first; length++) {
    const next: typeof paths = [];
    for (const path of paths) {
      const last = path.claimIds[path.claimIds.length - 1]!;
      for (const p of map.out(last, 'PREMISE')) {
        if (map.label(p.to) !== 'Argument') continue;
        for (const c of map.out(p.to, 'CONCLUSION')) {
          if (map.label(c.to) !== 'Claim' || path.claimIds.includes(c.to)) continue;
          if (++explored > budget) throw new ChainSearchTooLarge(`more than ${budget} partial chains`);
          const extended = { claimIds: [...path.claimIds, c.to], argumentIds: [...path.argumentIds, p.to] };
          if (c.to === toId) found.push(extended);
          else next.push(extended);
        }
      }
    }
    paths = next;
  }
  const key = (chain: { claimIds: string[]; argumentIds: string[] }) => chain.argumentIds.length;
  const compareLists = (a: string[], b: string[]) => {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = byId(a[i]!, b[i]!);
      if (c !== 0) return c;
    }
    return a.length - b.length;
  };
  return found
    .sort((a, b) => key(a) - key(b) || compareLists(a.claimIds, b.claimIds) || compareLists(a.argumentIds, b.argumentIds))
    .slice(0, first);
}

/** Lucene's English stop words (EnglishAnalyzer.ENGLISH_STOP_WORDS_SET), which the index leaves out. */
const STOP_WORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(
    ' ',
  ),
);

/**
 * The terms of a text as the index's `english` analyzer makes them: words (letters and digits),
 * possessive 's dropped, stop words left out, each reduced to its Porter stem.
 */
export function englishTerms(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? [])
    .map((word) => word.replace(/['’]s$/u, ''))
    .flatMap((word) => word.split(/['’]/u))
    .filter((word) => word.length > 0 && !STOP_WORDS.has(word))
    .map((word) => stemmer(word));
}
const words = (folded: string) => new Set(englishTerms(folded));

/**
 * Search over the map at a revision: what the full-text index held then, matched by whole words.
 * `query` is the folded terms `toSearchQuery` makes (the index's own input); a hit holds at least
 * one of them, and its score is the share of the terms it holds (the present's scores are
 * Lucene's, so the two are not comparable). Best first, then by id; at most `limit`.
 */
export function searchOf(
  map: MapAtRevision,
  { query, limit }: { query: string; limit: number },
): { id: string; label: NodeLabel; score: number }[] {
  const terms = [...new Set(englishTerms(query))];
  if (terms.length === 0 || limit <= 0) return [];
  const indexed = (id: string): string | null => {
    const text = (key: string) => map.text(id, key);
    switch (map.label(id)) {
      case 'Claim':
        return searchText.claim({ text: text('text') ?? '' });
      case 'Actor':
        return searchText.actor({ name: text('name') ?? '', description: text('description') });
      case 'Provision':
        return searchText.provision({ name: text('name') ?? '', citation: text('citation'), summary: text('summary') });
      case 'Assertion':
        return searchText.assertion({ quote: text('quote') });
      default:
        return null;
    }
  };
  const hits: { id: string; label: NodeLabel; score: number }[] = [];
  for (const [id, doc] of map.documents) {
    const folded = indexed(id);
    if (folded === null) continue;
    const held = words(folded);
    const found = terms.filter((term) => held.has(term)).length;
    if (found > 0) hits.push({ id, label: doc.label, score: found / terms.length });
  }
  return hits.sort((a, b) => b.score - a.score || byId(a.id, b.id)).slice(0, limit);
}
