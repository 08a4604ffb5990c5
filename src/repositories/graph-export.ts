import type { Statement } from '../db/statement.js';
import * as exporting from '../db/statements/export.js';
import { DOCUMENT_FORMAT, DOCUMENT_VERSION, type DocumentSections, type GraphDocument } from '../domain/graph-document.js';
import type { Direction } from '../domain/index.js';
import type { GraphRepository } from './graph.js';
import type { StatementReader } from './past-reader.js';

type Exported = GraphDocument & { format: string; version: number };
type Paged<T> = Statement<{ ids: readonly string[] | null; after: readonly [string, string]; first: number }, { item: T }>;

/** The key before every other: the first page. */
const START = ['', ''] as const;

/** Drops null fields and the record's type name, so exported items read like hand-written ones and re-import unchanged. */
function compact<T extends object>(item: T): Omit<T, '__typename'> {
  // A document is the map's content, whatever map it is imported into: the record's map stays behind.
  return Object.fromEntries(
    Object.entries(item).filter(([key, value]) => value !== null && key !== '__typename' && key !== 'mapId'),
  ) as Omit<T, '__typename'>;
}

/** Reads the graph, whole or one neighbourhood, as an argmap graph document: now, or as it stood at a past revision (`reader`). */
export class GraphExportRepository {
  constructor(
    private readonly db: StatementReader,
    private readonly graph: GraphRepository,
  ) {}

  /** Every item a statement reads, a page (one round trip) at a time, in the order of its key. */
  private async *pages<T extends object>(
    reader: StatementReader,
    statement: Paged<T>,
    key: (item: T) => readonly [string, string],
    size: number,
  ) {
    let after: readonly [string, string] = START;
    for (;;) {
      const rows = await reader.read(statement, { ids: null, after, first: size });
      if (rows.length > 0) yield rows.map((row) => compact(row.item));
      if (rows.length < size) return;
      after = key(rows.at(-1)!.item);
    }
  }

  /**
   * The whole map's graph document as its sections, in document order, each read in pages of
   * `pageSize` items as it is consumed: what `exportGraph()` returns without a root, without
   * holding more than a page (see interchange/stream-json.ts); now, or at a past revision (`reader`).
   */
  wholeInPages(pageSize = 1000, reader: StatementReader = this.db): DocumentSections {
    const byId = (item: { id: string }) => [item.id, ''] as const;
    return {
      header: { format: DOCUMENT_FORMAT, version: DOCUMENT_VERSION },
      sections: [
        ['issues', this.pages(reader, exporting.findIssues, byId, pageSize)],
        ['actors', this.pages(reader, exporting.findActors, byId, pageSize)],
        ['affiliations', this.pages(reader, exporting.findAffiliations, (a) => [a.actorId, a.organizationId] as const, pageSize)],
        ['sources', this.pages(reader, exporting.findSources, byId, pageSize)],
        ['provisions', this.pages(reader, exporting.findProvisions, byId, pageSize)],
        ['claims', this.pages(reader, exporting.findClaims, byId, pageSize)],
        ['arguments', this.pages(reader, exporting.findArguments, byId, pageSize)],
        ['assertions', this.pages(reader, exporting.findAssertions, byId, pageSize)],
        ['citations', this.pages(reader, exporting.findCitations, (c) => [c.claimId, c.provisionId] as const, pageSize)],
        ['positions', this.pages(reader, exporting.findPositions, (p) => [p.claimId, p.issueId] as const, pageSize)],
      ],
    };
  }

  async exportGraph({
    rootId,
    depth,
    direction = 'BOTH',
    reader = this.db,
  }: { rootId?: string; depth?: number; direction?: Direction; reader?: StatementReader } = {}): Promise<Exported | null> {
    const items = async <T extends object>(statement: Paged<T>, ids: string[] | null): Promise<Omit<T, '__typename'>[]> =>
      (await reader.read(statement, { ids, after: START, first: Number.MAX_SAFE_INTEGER })).map((row) => compact(row.item));
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
