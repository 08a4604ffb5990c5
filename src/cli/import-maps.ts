// Imports many map files (AIF, Argdown or argmap JSON) through importGraph, one transaction per map (or batches for a large one), with progress.
import type { GraphQLSchema } from 'graphql';
import { documentSize, type ExternalReference, type GraphDocument } from '../domain/graph-document.js';
import type { ImportResultRecord } from '../domain/index.js';
import { parseGraphDocument } from './document-io.js';
import { checkGraphFile, writeGraphFile, type CheckedFile, type GraphWriter } from './import-file.js';
import { nodeIdsOf, refuseForeignIds, type ImportProgress } from '../repositories/graph-import.js';
import { ConflictError } from '../domain/errors.js';
import { InterchangeError, Tally, emptyDocument } from '../interchange/common.js';
import { collectFiles, convertFile, type ImportFormat, type MapOptions } from '../interchange/files.js';

/** Items per transaction when a document is too large for one (see ImportMapsOptions.batchSize). */
export const IMPORT_BATCH_DEFAULT = 5000;

/** Where one file goes (`argmap import --map ID`, `--map-per-file`). */
export interface FileTarget {
  mapId: string;
  /** What writes into that map: its repos.graphImport. */
  writer: GraphWriter;
  /** Run after every file is checked, before the file's first write (makes its map when missing); once per map is enough. */
  open(): Promise<void>;
  /** How an AIF or Argdown file is converted for its map (with a map per file, its Source and speakers are its own: ids are unique across maps). */
  mapOptions: MapOptions;
}

/** Where the files go: all into the one map `graphImport` writes, converted with the same options; or each to its target. */
export type ImportDestination =
  ({ graphImport: GraphWriter; perFile?: undefined } & MapOptions) | { perFile: (file: string) => FileTarget; graphImport?: undefined };

export type ImportMapsOptions = ImportDestination & {
  paths: readonly string[];
  format: ImportFormat;
  schema: GraphQLSchema;
  /**
   * Items per transaction for a document larger than this (default IMPORT_BATCH_DEFAULT): it goes in
   * idempotent batches, so the database's memory per transaction stays bounded; an argmap JSON file
   * that large is streamed (checked in a first pass, written page by page in the next), so the
   * command's memory does too, whatever its size. A smaller document goes in one transaction, all
   * or nothing.
   */
  batchSize?: number;
  /** Maps written per transaction (default 10): several small maps in one transaction import much faster. */
  mapsPerTransaction?: number;
  /** Progress inside a map written in batches (with batchSize). */
  onBatch?: (p: ImportProgress) => void;
  /** One line of progress (written over the previous one on a terminal). */
  progress?: (line: string, final: boolean) => void;
};

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
 * Reads and checks every map first (a bad file, or one with ids another map holds, stops the
 * import before anything is written), then imports each map in its own transaction: ids come
 * from the corpus name, the map name and the AIF node ids, so running the same import again
 * changes nothing. An argmap JSON file of more than `batchSize` items is checked as a stream and
 * not held: it is read again to be written in batches (see import-file.ts).
 */
export async function importMaps(options: ImportMapsOptions): Promise<ImportMapsReport> {
  const files = await collectFiles(options.paths, options.format);
  if (files.length === 0) throw new InterchangeError(options.paths.join(', '), `no ${options.format} files in ${options.paths.join(', ')}`);
  const batchSize = options.batchSize ?? IMPORT_BATCH_DEFAULT;
  const skipped = new Tally();
  const maps: CheckedFile[] = [];
  const targets = new Map(files.map((file) => [file, destinationOf(options, file)]));
  const targetOf = (file: string) => targets.get(file)!;
  for (const [i, file] of files.entries()) {
    options.progress?.(`Reading ${bar(i, files.length)} ${i}/${files.length} maps`, false);
    const { writer, mapOptions } = targetOf(file);
    try {
      if (options.format === 'json') {
        maps.push(
          await checkGraphFile(file, options.schema, {
            batchSize,
            writer,
            ...(files.length === 1 && options.progress ? { progress: options.progress } : {}),
          }),
        );
        continue;
      }
      const converted = await convertFile(file, options.format, mapOptions);
      skipped.merge(converted.skipped);
      const parsed = parseGraphDocument(converted.doc, options.schema, file);
      refuseForeignIds(await writer.findForeignIds({ ids: nodeIdsOf(parsed.doc) }));
      maps.push({ kind: 'whole', file, ...parsed });
    } catch (error) {
      if (error instanceof ConflictError) {
        throw new ConflictError(`${file}: ${error.message}; nothing was imported`, { extra: error.extra }, { cause: error });
      }
      throw error;
    }
  }
  refuseSharedIds(maps, (file) => targetOf(file).mapId);
  const opened = new Set<string>();
  const open = async (file: string) => {
    if (opened.has(file)) return;
    opened.add(file);
    await targetOf(file).open();
  };
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
  const counted = (
    result: ImportResultRecord,
    claims: number,
    args: number,
    assertions: number,
    actorIds: string[],
    sourceIds: string[],
    done: number,
  ) => {
    report.maps += done;
    report.items += result.items;
    report.claims += claims;
    report.arguments += args;
    report.assertions += assertions;
    report.nodesCreated += result.nodesCreated;
    report.relationshipsCreated += result.relationshipsCreated;
    actorIds.forEach((id) => actors.add(id));
    sourceIds.forEach((id) => sources.add(id));
    report.actors = actors.size;
    report.sources = sources.size;
    report.seconds = (Date.now() - started) / 1000;
    options.progress?.(
      `Importing ${bar(report.maps, maps.length)} ${report.maps}/${maps.length} maps: ${report.claims} claims, ` +
        `${report.arguments} arguments, ${report.assertions} assertions, ${report.actors} actors`,
      report.maps === maps.length,
    );
  };
  for (let start = 0; start < maps.length;) {
    const first = maps[start]!;
    const { mapId, writer } = targetOf(first.file);
    if (first.kind === 'pages') {
      let result: ImportResultRecord;
      try {
        await open(first.file);
        result = await writeGraphFile(first, options.schema, writer, { batchSize, ...progressOf(options) });
      } catch (error) {
        throw failure(first.file, error, report.maps);
      }
      const { counts } = first;
      counted(result, counts.claims, counts.arguments, counts.assertions, first.actorIds, first.sourceIds, 1);
      start += 1;
      continue;
    }
    // Several small maps of one argmap map (up to the next one written in pages) in one transaction.
    const group: Extract<CheckedFile, { kind: 'whole' }>[] = [];
    for (const map of maps.slice(start, start + perTransaction)) {
      if (map.kind !== 'whole' || targetOf(map.file).mapId !== mapId) break;
      group.push(map);
    }
    start += group.length;
    const { doc, external } = mergeMaps(group);
    try {
      for (const map of group) await open(map.file);
    } catch (error) {
      throw failure(group[0]!.file, error, report.maps);
    }
    const write = (input: { doc: GraphDocument; external: ExternalReference[] }) =>
      writer.importGraph({
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
          one = await write({ doc: map.doc, external: map.external });
        } catch (inner) {
          throw failure(map.file, inner, report.maps + i);
        }
        result.items += one.items;
        result.nodesCreated += one.nodesCreated;
        result.relationshipsCreated += one.relationshipsCreated;
      }
    }
    const ids = (items: readonly { id: string }[]) => items.map((item) => item.id);
    counted(result, doc.claims.length, doc.arguments.length, doc.assertions.length, ids(doc.actors), ids(doc.sources), group.length);
  }
  return report;
}

/** The target of a file: its own, or, when all go into one map, that map's writer (whose map exists, or is made on its first write). */
function destinationOf(options: ImportDestination, file: string): FileTarget {
  if (options.perFile) return options.perFile(file);
  return { mapId: '', writer: options.graphImport, open: async () => {}, mapOptions: options };
}

/**
 * Refuses, before anything is written, files bound for different maps that hold the same id
 * (ids are unique across maps: the second would be refused half-way through the import). Files
 * held whole only: a streamed file's ids are not kept.
 */
function refuseSharedIds(maps: readonly CheckedFile[], mapOf: (file: string) => string): void {
  const holder = new Map<string, string>();
  for (const map of maps) {
    if (map.kind !== 'whole') continue;
    for (const id of nodeIdsOf(map.doc)) {
      const other = holder.get(id);
      if (other === undefined) holder.set(id, map.file);
      else if (mapOf(other) !== mapOf(map.file)) {
        throw new ConflictError(
          `${other} and ${map.file} both hold "${id}", but go to ${mapOf(other)} and ${mapOf(map.file)}: ids are unique across maps; nothing was imported`,
          { id },
        );
      }
    }
  }
}

const progressOf = ({ progress, onBatch }: ImportMapsOptions) => ({ ...(progress ? { progress } : {}), ...(onBatch ? { onBatch } : {}) });

function failure(file: string, error: unknown, before: number): InterchangeError {
  return new InterchangeError(file, `${file}: ${(error as Error).message} (${before} maps imported before it; importing again is safe)`, {
    cause: error,
  });
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
