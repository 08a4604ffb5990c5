import * as graph from '../db/statements/graph.js';
import { argumentLabel } from '../domain/labels.js';
import type { ArgumentChainRecord, ArgumentGraphRecord, Direction, GraphEdgeRecord, GraphNodeRecord } from '../domain/index.js';
import type { RowOf } from '../db/statement.js';
import type { StatementReader } from './past-reader.js';

type Neighbourhood = RowOf<typeof graph.findNeighbourhood>;
type NodeRow = Pick<Neighbourhood['nodes'][number], 'id' | 'type' | 'label' | 'kind'> & { attackKind?: string | null };

const toNode = (row: NodeRow, distance: number): GraphNodeRecord => {
  const attackKind = row.attackKind ?? null;
  return {
    id: row.id,
    type: row.type,
    label: row.type === 'Argument' ? argumentLabel({ kind: row.kind, attackKind }) : (row.label ?? row.id),
    kind: row.kind,
    attackKind,
    distance,
  };
};

/**
 * Neighbourhoods and chains of the argument structure, shaped for graph libraries: from the
 * database, or from the map at a past revision (`reader`, see PastMapRepository).
 */
export class GraphRepository {
  constructor(private readonly db: StatementReader) {}

  /**
   * One round trip whatever the size: the nodes within reach with their distance, and the
   * links among them (a link to an actor, source, provision or issue brings that node along,
   * one hop further than the claim or argument it hangs off). Nodes by distance then id, edges by id.
   */
  async argumentGraph(
    {
      rootId,
      depth,
      direction,
    }: {
      rootId: string;
      depth: number;
      direction: Direction;
    },
    reader: StatementReader = this.db,
  ): Promise<ArgumentGraphRecord | null> {
    const [row] = await reader.read(graph.findNeighbourhood, { rootId, depth, direction });
    if (!row) return null;
    const nodes = new Map<string, GraphNodeRecord>();
    for (const node of row.nodes) nodes.set(node.id, toNode(node, node.distance));
    const core = new Map(nodes);
    const edges = new Map<string, GraphEdgeRecord>();
    for (const link of row.links) {
      const other = link.other ?? null;
      const distance = (core.get(link.via ?? '')?.distance ?? 0) + 1;
      const known = other ? nodes.get(other.id) : undefined;
      if (other && !known) {
        nodes.set(other.id, toNode(other, distance));
      } else if (known && !core.has(known.id) && distance < known.distance) {
        // Reached from several claims: the nearest one sets its distance.
        known.distance = distance;
      }
      const id = `${link.type}:${link.source}->${link.target}`;
      if (!edges.has(id)) edges.set(id, { id, type: link.type, source: link.source, target: link.target, label: link.label });
    }
    return {
      nodes: [...nodes.values()].sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id)),
      edges: [...edges.values()].filter((e) => nodes.has(e.source) && nodes.has(e.target)).sort((a, b) => a.id.localeCompare(b.id)),
    };
  }

  argumentChains(
    params: { fromId: string; toId: string; maxLength: number; first: number },
    reader: StatementReader = this.db,
  ): Promise<ArgumentChainRecord[]> {
    return reader.read(graph.findChains, params);
  }
}
