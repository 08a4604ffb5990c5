// Imports many map files (AIF, Argdown or argmap JSON) through importGraph, one transaction per map, with progress.
import type { GraphQLSchema } from 'graphql';
import { documentSize, type ExternalReference, type GraphDocument } from '../domain/graph-document.js';
import type { ImportResultRecord, SourceKind } from '../domain/index.js';
import { parseGraphDocument, readGraphDocument } from './document-io.js';
import type { ImportProgress } from '../repositories/graph-import.js';
import { InterchangeError, Tally, emptyDocument } from '../interchange/common.js';
import { collectFiles, convertFile, type ImportFormat } from '../interchange/files.js';

/** Items per transaction when a document is too large for one (see ImportMapsOptions.batchSize). */
export const IMPORT_BATCH_DEFAULT = 5000;

export interface ImportMapsOptions {
  paths: readonly string[];
  format: ImportFormat;
  sourceName: string;
  sourcePerMap: boolean;
  sourceKind: SourceKind;
  schema: GraphQLSchema;
  importGraph: (args: {
    doc: GraphDocument;
    external: readonly ExternalReference[];
    batchSize?: number;
    onProgress?: (p: ImportProgress) => void;
  }) => Promise<ImportResultRecord>;
  /**
   * Items per transaction for a document larger than this (default IMPORT_BATCH_DEFAULT): it goes in
   * idempotent batches, so memory stays bounded whatever its size; a smaller one goes in one
   * transaction, all or nothing.
   */
  batchSize?: number;
  /** Maps written per transaction (default 10): several small maps in one transaction import much faster. */
  mapsPerTransaction?: number;
  /** Progress inside a map written in batches (with batchSize). */
  onBatch?: (p: ImportProgress) => void;
  /** One line of progress (written over the previous one on a terminal). */
  progress?: (line: string, final: boolean) => void;
}

export interface ImportMapsReport {
  maps: number;
  items: number;
  claims: number;
  arguments: number;
  assertions: number;
  actors: number;
  sources: number;
  nodesCreated: number;
  relationshipsCreated: number;
  seconds: number;
  skipped: Tally;
}

const bar = (done: number, total: number, width = 24) => {
  const filled = Math.round((done / Math.max(total, 1)) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
};

/**
 * Reads and checks every map first (a bad file stops the import before anything is written),
 * then imports each map in its own transaction: ids come from the corpus name, the map name and
 * the AIF node ids, so running the same import again changes nothing.
 */
export async function importMaps(options: ImportMapsOptions): Promise<ImportMapsReport> {
  const files = await collectFiles(options.paths, options.format);
  if (files.length === 0) throw new InterchangeError(`no ${options.format} files in ${options.paths.join(', ')}`);
  const skipped = new Tally();
  const maps: { file: string; doc: GraphDocument; external: ExternalReference[] }[] = [];
  for (const [i, file] of files.entries()) {
    options.progress?.(`Reading ${bar(i, files.length)} ${i}/${files.length} maps`, false);
    if (options.format === 'json') {
      maps.push({ file, ...(await readGraphDocument(file, options.schema)) });
      continue;
    }
    const converted = await convertFile(file, options.format, options);
    skipped.merge(converted.skipped);
    maps.push({ file, ...parseGraphDocument(converted.doc, options.schema, file) });
  }
  const report: ImportMapsReport = {
    maps: 0,
    items: 0,
    claims: 0,
    arguments: 0,
    assertions: 0,
    actors: 0,
    sources: 0,
    nodesCreated: 0,
    relationshipsCreated: 0,
    seconds: 0,
    skipped,
  };
  const actors = new Set<string>();
  const sources = new Set<string>();
  const started = Date.now();
  const perTransaction = Math.max(1, options.mapsPerTransaction ?? 10);
  for (let start = 0; start < maps.length; start += perTransaction) {
    const group = maps.slice(start, start + perTransaction);
    const { doc, external } = mergeMaps(group);
    const batchSize = options.batchSize ?? IMPORT_BATCH_DEFAULT;
    const write = (input: { doc: GraphDocument; external: ExternalReference[] }) =>
      options.importGraph({
        ...input,
        ...(documentSize(input.doc) > batchSize ? { batchSize } : {}),
        ...(options.onBatch ? { onProgress: options.onBatch } : {}),
      });
    let result: ImportResultRecord;
    try {
      result = await write({ doc, external });
    } catch (error) {
      if (group.length === 1) throw failure(group[0]!.file, error, report.maps);
      // Map by map (each idempotent), so a failure names its file and a slow start does not fail the lot.
      result = { items: 0, nodesCreated: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 };
      for (const [i, map] of group.entries()) {
        let one: ImportResultRecord;
        try {
          one = await write(map);
        } catch (inner) {
          throw failure(map.file, inner, report.maps + i);
        }
        result.items += one.items;
        result.nodesCreated += one.nodesCreated;
        result.relationshipsCreated += one.relationshipsCreated;
      }
    }
    report.maps += group.length;
    report.items += result.items;
    report.claims += doc.claims.length;
    report.arguments += doc.arguments.length;
    report.assertions += doc.assertions.length;
    report.nodesCreated += result.nodesCreated;
    report.relationshipsCreated += result.relationshipsCreated;
    doc.actors.forEach((a) => actors.add(a.id));
    doc.sources.forEach((s) => sources.add(s.id));
    report.actors = actors.size;
    report.sources = sources.size;
    report.seconds = (Date.now() - started) / 1000;
    options.progress?.(
      `Importing ${bar(report.maps, maps.length)} ${report.maps}/${maps.length} maps: ${report.claims} claims, ` +
        `${report.arguments} arguments, ${report.assertions} assertions, ${report.actors} actors`,
      report.maps === maps.length,
    );
  }
  return report;
}

function failure(file: string, error: unknown, before: number): InterchangeError {
  const field = (error as { extensions?: { field?: string } }).extensions?.field;
  return new InterchangeError(
    `${file}: ${field ? `${field}: ` : ''}${(error as Error).message} (${before} maps imported before it; importing again is safe)`,
  );
}

const ID_COLLECTIONS = ['issues', 'actors', 'sources', 'provisions', 'claims', 'arguments', 'assertions'] as const;

/** Several maps as one document: an item several maps share (a speaker, the corpus Source) once, the later map's version winning. */
function mergeMaps(maps: readonly { doc: GraphDocument; external: ExternalReference[] }[]): {
  doc: GraphDocument;
  external: ExternalReference[];
} {
  if (maps.length === 1) return maps[0]!;
  const doc = emptyDocument();
  for (const key of ID_COLLECTIONS) {
    const byId = new Map<string, object>();
    for (const m of maps) for (const item of m.doc[key]) byId.set(item.id, item);
    (doc[key] as object[]) = [...byId.values()];
  }
  doc.affiliations = maps.flatMap((m) => m.doc.affiliations);
  doc.citations = maps.flatMap((m) => m.doc.citations);
  doc.positions = maps.flatMap((m) => m.doc.positions);
  const defined = new Set(ID_COLLECTIONS.flatMap((key) => doc[key].map((item) => item.id)));
  const external = new Map<string, ExternalReference>();
  for (const m of maps) for (const ref of m.external) if (!defined.has(ref.id)) external.set(ref.id, ref);
  return { doc, external: [...external.values()] };
}
