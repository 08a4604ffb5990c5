import type { Executor } from '../db/executor.js';
import type { ArgumentChainRecord, ArgumentGraphRecord, GraphEdgeRecord, GraphNodeRecord } from '../domain/index.js';
import { num, strOrNull } from './rows.js';

export type Direction = 'INCOMING' | 'OUTGOING' | 'BOTH';

const EXPAND: Record<Direction, string> = {
  BOTH: 'graph/expand-both',
  OUTGOING: 'graph/expand-outgoing',
  INCOMING: 'graph/expand-incoming',
};

const argumentLabel = (kind: string | null, attackKind: string | null) =>
  attackKind ? `${attackKind.charAt(0)}${attackKind.slice(1).toLowerCase()}` : kind === 'SUPPORT' ? 'Support' : (kind ?? 'Argument');

/** Neighbourhoods and chains of the argument structure, shaped for graph libraries. */
export class GraphRepository {
  constructor(private readonly db: Executor) {}

  /**
   * Three round trips whatever the size: the claims and arguments within reach (with their
   * distance), the premise and conclusion edges among them, and what hangs off them.
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
    const rows = await this.db.read(EXPAND[direction], { rootId, depth });
    const first = rows[0];
    if (!first) return null;
    const nodes = new Map<string, GraphNodeRecord>();
    const edges = new Map<string, GraphEdgeRecord>();
    const addNode = (node: GraphNodeRecord) => {
      const known = nodes.get(node.id);
      if (!known || known.distance > node.distance) nodes.set(node.id, node);
    };
    const addEdge = (type: string, source: string, target: string, label: string | null) => {
      const id = `${type}:${source}->${target}`;
      if (!edges.has(id)) edges.set(id, { id, type, source, target, label });
    };
    for (const row of rows) {
      const type = String(row.type);
      const kind = strOrNull(row.kind);
      const attackKind = strOrNull(row.attackKind);
      addNode({
        id: String(row.id),
        type,
        label: type === 'Argument' ? argumentLabel(kind, attackKind) : String(row.label),
        kind,
        attackKind,
        distance: num(row.distance),
      });
    }
    const rootId_ = String(first.rootId);
    if (!nodes.has(rootId_))
      addNode({ id: rootId_, type: String(first.rootType), label: rootId_, kind: null, attackKind: null, distance: 0 });
    const core = [...nodes.keys()];
    for (const row of await this.db.read('graph/find-structure-edges', { ids: core })) {
      addEdge(String(row.type), String(row.source), String(row.target), null);
    }
    const inner = [...nodes.values()].filter((n) => n.distance < depth && (n.type === 'Claim' || n.type === 'Argument')).map((n) => n.id);
    if (inner.length > 0) {
      const distanceOf = (id: string) => nodes.get(id)?.distance ?? 0;
      for (const row of await this.db.read('graph/find-satellites', { ids: inner })) {
        const otherId = String(row.otherId);
        addNode({
          id: otherId,
          type: String(row.otherType),
          label: String(row.otherLabel),
          kind: strOrNull(row.otherKind),
          attackKind: null,
          distance: otherId === rootId_ ? 0 : distanceOf(String(row.id)) + 1,
        });
        addEdge(String(row.type), String(row.source), String(row.target), strOrNull(row.label));
      }
    }
    return { nodes: [...nodes.values()], edges: [...edges.values()] };
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
