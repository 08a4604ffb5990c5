import type { Executor, Row } from '../db/executor.js';
import type { ArgumentChainRecord, ArgumentGraphRecord, GraphEdgeRecord, GraphNodeRecord } from '../domain/index.js';
import { num, strOrNull } from './rows.js';

export type Direction = 'INCOMING' | 'OUTGOING' | 'BOTH';

const argumentLabel = (kind: string | null, attackKind: string | null) =>
  attackKind ? `${attackKind.charAt(0)}${attackKind.slice(1).toLowerCase()}` : kind === 'SUPPORT' ? 'Support' : (kind ?? 'Argument');

const toNode = (row: Row, distance: number): GraphNodeRecord => {
  const type = String(row.type);
  const kind = strOrNull(row.kind);
  const attackKind = strOrNull(row.attackKind);
  return {
    id: String(row.id),
    type,
    label: type === 'Argument' ? argumentLabel(kind, attackKind) : String(row.label ?? row.id),
    kind,
    attackKind,
    distance,
  };
};

/** Neighbourhoods and chains of the argument structure, shaped for graph libraries. */
export class GraphRepository {
  constructor(private readonly db: Executor) {}

  /**
   * One round trip whatever the size: the nodes within reach with their distance, and the
   * links among them (a link to an actor, source, provision or issue brings that node along,
   * one hop further than the claim or argument it hangs off).
   */
  async argumentGraph({
    rootId,
    depth,
    direction,
  }: {
    rootId: string;
    depth: number;
    direction: Direction;
  }): Promise<ArgumentGraphRecord | null> {
    const [row] = await this.db.read('graph/find-neighbourhood', { rootId, depth, direction });
    if (!row) return null;
    const nodes = new Map<string, GraphNodeRecord>();
    for (const node of row.nodes as Row[]) nodes.set(String(node.id), toNode(node, num(node.distance)));
    const core = new Map(nodes);
    const edges = new Map<string, GraphEdgeRecord>();
    for (const link of row.links as Row[]) {
      const other = link.other as Row | null;
      if (other && !nodes.has(String(other.id))) {
        nodes.set(String(other.id), toNode(other, (core.get(String(link.via))?.distance ?? 0) + 1));
      } else if (other) {
        // Reached from several claims: the nearest one sets its distance.
        const known = nodes.get(String(other.id))!;
        const distance = (core.get(String(link.via))?.distance ?? 0) + 1;
        if (!core.has(known.id) && distance < known.distance) known.distance = distance;
      }
      const [type, source, target] = [String(link.type), String(link.source), String(link.target)];
      const id = `${type}:${source}->${target}`;
      if (!edges.has(id)) edges.set(id, { id, type, source, target, label: strOrNull(link.label) });
    }
    return {
      nodes: [...nodes.values()].sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id)),
      edges: [...edges.values()].filter((e) => nodes.has(e.source) && nodes.has(e.target)),
    };
  }

  async argumentChains({
    fromId,
    toId,
    maxLength,
    first,
  }: {
    fromId: string;
    toId: string;
    maxLength: number;
    first: number;
  }): Promise<ArgumentChainRecord[]> {
    const rows = await this.db.read('graph/find-chains', { fromId, toId, maxLength, first });
    return rows.map((row) => ({
      claimIds: (row.claimIds as unknown[]).map(String),
      argumentIds: (row.argumentIds as unknown[]).map(String),
    }));
  }
}
