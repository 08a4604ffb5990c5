// Imports many map files (AIF, Argdown or argmap JSON) through importGraph, one transaction per map, with progress.
import type { GraphQLSchema } from 'graphql';
import type { ExternalReference, GraphDocument } from '../domain/graph-document.js';
import type { ImportResultRecord, SourceKind } from '../domain/index.js';
import { parseGraphDocument, readGraphDocument } from '../graph-document-io.js';
import type { ImportProgress } from '../repositories/graph-import.js';
import { InterchangeError, Tally } from './common.js';
import { collectFiles, convertFile, type ImportFormat } from './files.js';

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
  batchSize?: number;
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
  for (const { file, doc, external } of maps) {
    let result: ImportResultRecord;
    try {
      result = await options.importGraph({ doc, external, ...(options.batchSize ? { batchSize: options.batchSize } : {}) });
    } catch (error) {
      const field = (error as { extensions?: { field?: string } }).extensions?.field;
      throw new InterchangeError(
        `${file}: ${field ? `${field}: ` : ''}${(error as Error).message} (${report.maps} maps imported before it; importing again is safe)`,
      );
    }
    report.maps++;
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
