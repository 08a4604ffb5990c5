import type { Statement } from '../db/statement.js';
import * as exporting from '../db/statements/export.js';
import { DOCUMENT_FORMAT, DOCUMENT_VERSION, type GraphDocument } from '../domain/graph-document.js';
import type { Direction } from '../domain/index.js';
import type { GraphRepository } from './graph.js';
import type { StatementReader } from './past-reader.js';

type Exported = GraphDocument & { format: string; version: number };

/** Drops null fields and the record's type name, so exported items read like hand-written ones and re-import unchanged. */
function compact<T extends object>(item: T): Omit<T, '__typename'> {
  return Object.fromEntries(Object.entries(item).filter(([key, value]) => value !== null && key !== '__typename')) as Omit<T, '__typename'>;
}

/** Reads the graph, whole or one neighbourhood, as an argmap graph document: now, or as it stood at a past revision (`reader`). */
export class GraphExportRepository {
  constructor(
    private readonly db: StatementReader,
    private readonly graph: GraphRepository,
  ) {}

  async exportGraph({
    rootId,
    depth,
    direction = 'BOTH',
    reader = this.db,
  }: { rootId?: string; depth?: number; direction?: Direction; reader?: StatementReader } = {}): Promise<Exported | null> {
    const items = async <T extends object>(
      statement: Statement<{ ids: readonly string[] | null }, { item: T }>,
      ids: string[] | null,
    ): Promise<Omit<T, '__typename'>[]> => (await reader.read(statement, { ids })).map((row) => compact(row.item));
    let claimIds: string[] | null = null;
    let argumentIds: string[] | null = null;
    if (rootId) {
      const graph = await this.graph.argumentGraph({ rootId, depth: depth ?? 2, direction }, reader);
      if (!graph) return null;
      claimIds = graph.nodes.filter((n) => n.type === 'Claim').map((n) => n.id);
      argumentIds = graph.nodes.filter((n) => n.type === 'Argument').map((n) => n.id);
    }
    let claims = await items(exporting.findClaims, claimIds);
    let args = await items(exporting.findArguments, argumentIds);
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
      if (ends.length > 0) claims = [...claims, ...(await items(exporting.findClaims, ends))].sort((a, b) => a.id.localeCompare(b.id));
      claimIds = claims.map((c) => c.id);
    }
    const targets = rootId ? [...claims.map((c) => c.id), ...args.map((a) => a.id)] : null;
    const assertions = await items(exporting.findAssertions, targets);
    const citations = await items(exporting.findCitations, claimIds);
    const positions = await items(exporting.findPositions, claimIds);
    const speakers = rootId ? [...new Set(assertions.map((a) => a.actorId))] : null;
    let actors = await items(exporting.findActors, speakers);
    let affiliations = await items(exporting.findAffiliations, null);
    if (speakers) {
      const known = new Set(speakers);
      affiliations = affiliations.filter((a) => known.has(a.actorId));
      const organisations = [...new Set(affiliations.map((a) => a.organizationId))].filter((id) => !known.has(id));
      if (organisations.length > 0) actors = [...actors, ...(await items(exporting.findActors, organisations))];
    }
    const sourceIds = rootId ? [...new Set(assertions.flatMap((a) => (a.sourceId ? [a.sourceId] : [])))] : null;
    const sources = await items(exporting.findSources, sourceIds);
    const provisions = await items(exporting.findProvisions, rootId ? [...new Set(citations.map((c) => c.provisionId))] : null);
    const issues = await items(exporting.findIssues, rootId ? [...new Set(positions.map((p) => p.issueId))] : null);
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
