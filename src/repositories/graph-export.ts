import type { Executor, Row } from '../db/executor.js';
import { DOCUMENT_FORMAT, DOCUMENT_VERSION, type GraphDocument } from '../domain/graph-document.js';
import type { GraphRepository, Direction } from './graph.js';

type Exported = GraphDocument & { format: string; version: number };

/** Drops null fields, so exported items read like hand-written ones and re-import unchanged. */
function compact<T>(row: unknown): T {
  return Object.fromEntries(Object.entries(row as Row).filter(([, value]) => value !== null)) as T;
}

/** Reads the graph, whole or one neighbourhood, as an argmap graph document. */
export class GraphExportRepository {
  constructor(
    private readonly db: Executor,
    private readonly graph: GraphRepository,
  ) {}

  private async items<T>(name: string, ids: string[] | null): Promise<T[]> {
    return (await this.db.read(name, { ids })).map((row) => compact<T>(row.item));
  }

  async exportGraph({
    rootId,
    depth,
    direction = 'BOTH',
  }: { rootId?: string; depth?: number; direction?: Direction } = {}): Promise<Exported | null> {
    let claimIds: string[] | null = null;
    let argumentIds: string[] | null = null;
    if (rootId) {
      const graph = await this.graph.argumentGraph({ rootId, depth: depth ?? 2, direction });
      if (!graph) return null;
      claimIds = graph.nodes.filter((n) => n.type === 'Claim').map((n) => n.id);
      argumentIds = graph.nodes.filter((n) => n.type === 'Argument').map((n) => n.id);
    }
    let claims = await this.items<GraphDocument['claims'][number]>('export/find-claims', claimIds);
    let args = await this.items<GraphDocument['arguments'][number]>('export/find-arguments', argumentIds);
    if (rootId) {
      // A neighbourhood must import on its own: undercuts whose target is outside are left out, and
      // the premises and conclusions of the arguments kept come along even one ring further out.
      let inArgs = new Set(args.map((a) => a.id));
      for (let changed = true; changed;) {
        const kept = args.filter((a) => !a.targetArgumentId || inArgs.has(a.targetArgumentId));
        changed = kept.length !== args.length;
        args = kept;
        inArgs = new Set(args.map((a) => a.id));
      }
      const inClaims = new Set(claims.map((c) => c.id));
      const ends = [...new Set(args.flatMap((a) => [...a.premiseIds, ...(a.conclusionId ? [a.conclusionId] : [])]))].filter(
        (id) => !inClaims.has(id),
      );
      if (ends.length > 0)
        claims = [...claims, ...(await this.items<GraphDocument['claims'][number]>('export/find-claims', ends))].sort((a, b) =>
          a.id.localeCompare(b.id),
        );
      claimIds = claims.map((c) => c.id);
    }
    const targets = rootId ? [...claims.map((c) => c.id), ...args.map((a) => a.id)] : null;
    const assertions = await this.items<GraphDocument['assertions'][number]>('export/find-assertions', targets);
    const citations = await this.items<GraphDocument['citations'][number]>('export/find-citations', claimIds);
    const positions = await this.items<GraphDocument['positions'][number]>('export/find-positions', claimIds);
    const speakers = rootId ? [...new Set(assertions.map((a) => a.actorId))] : null;
    let actors = await this.items<GraphDocument['actors'][number]>('export/find-actors', speakers);
    let affiliations = await this.items<GraphDocument['affiliations'][number]>('export/find-affiliations', null);
    if (speakers) {
      const known = new Set(speakers);
      affiliations = affiliations.filter((a) => known.has(a.actorId));
      const organisations = [...new Set(affiliations.map((a) => a.organizationId))].filter((id) => !known.has(id));
      if (organisations.length > 0)
        actors = [...actors, ...(await this.items<GraphDocument['actors'][number]>('export/find-actors', organisations))];
    }
    const sourceIds = rootId ? [...new Set(assertions.flatMap((a) => (a.sourceId ? [a.sourceId] : [])))] : null;
    const sources = await this.items<GraphDocument['sources'][number]>('export/find-sources', sourceIds);
    const provisions = await this.items<GraphDocument['provisions'][number]>(
      'export/find-provisions',
      rootId ? [...new Set(citations.map((c) => c.provisionId))] : null,
    );
    const issues = await this.items<GraphDocument['issues'][number]>(
      'export/find-issues',
      rootId ? [...new Set(positions.map((p) => p.issueId))] : null,
    );
    return {
      format: DOCUMENT_FORMAT,
      version: DOCUMENT_VERSION,
      issues,
      actors: actors.sort((a, b) => a.id.localeCompare(b.id)),
      affiliations,
      sources,
      provisions,
      claims,
      arguments: args,
      assertions,
      citations,
      positions,
    };
  }
}
