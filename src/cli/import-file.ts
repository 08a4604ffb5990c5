// An argmap JSON file imported as a stream: checked whole in a first pass, then written page by page, holding a page at a time.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { GraphQLSchema } from 'graphql';
import { GraphDocumentChecker, GraphDocumentError } from '../api/graphql/document-input.js';
import { COLLECTIONS, type Collection, type DocumentItem, type ExternalReference, type GraphDocument } from '../domain/graph-document.js';
import type { ImportResultRecord } from '../domain/index.js';
import { emptyDocument } from '../interchange/common.js';
import { readJsonDocument, type DocumentPage } from '../interchange/read-json.js';
import {
  IMPORT_PHASES,
  mergeForeignIds,
  phaseWrites,
  refuseForeignIds,
  type ForeignIds,
  type GraphImportRepository,
  type ImportProgress,
} from '../repositories/graph-import.js';

/** What writes a document into one map: that map's import repository, or a stand-in that watches it. */
export type GraphWriter = Pick<
  GraphImportRepository,
  'importGraph' | 'importPage' | 'importUndercuts' | 'requireStored' | 'findForeignIds'
>;

/** A file checked by its first pass: small enough to go in one transaction (held whole), or to be written in pages. */
export type CheckedFile =
  | { kind: 'whole'; file: string; doc: GraphDocument; external: ExternalReference[] }
  | {
      kind: 'pages';
      file: string;
      external: ExternalReference[];
      bytes: number;
      modified: number;
      counts: Record<Collection, number>;
      /** Whether some assertion replies to others (the third phase has work). */
      replies: boolean;
      /** Whether it holds undercuts (they need a phase of their own). */
      undercuts: boolean;
      actorIds: string[];
      sourceIds: string[];
    };

export interface FileProgress {
  /** One line of progress, written over the previous one on a terminal; `final` ends a pass. */
  progress?: (line: string, final: boolean) => void;
  /** Each page written. */
  onBatch?: (p: ImportProgress) => void;
}

const MiB = 1024 * 1024;
const mib = (bytes: number) => (bytes / MiB).toFixed(1);
const bar = (done: number, total: number, width = 24) => {
  const filled = Math.min(width, Math.round((done / Math.max(total, 1)) * width));
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
};

/** The file's parts, a page at a time, with its bytes read reported to `onBytes` at most every 1 MiB. */
function pagesOf(file: string, pageSize: number, onBytes: (bytes: number) => void) {
  let reported = 0;
  return readJsonDocument(createReadStream(file, { highWaterMark: 256 * 1024 }), {
    pageSize,
    origin: file,
    onBytes: (bytes) => {
      if (bytes - reported >= MiB) {
        reported = bytes;
        onBytes(bytes);
      }
    },
  });
}

/**
 * The first pass: every item checked with the same rules as importGraph (the GraphQL input types,
 * the validator of its entity, unique ids, references resolved in the file or left to be checked
 * in the database), keeping ids only; with `writer`, each page's ids are looked up too, and a file
 * with ids another map holds is refused (CONFLICT) before anything is written. A file of at most
 * `batchSize` items is returned whole, to go in one transaction; a larger one is not kept, and is
 * read again to be written.
 */
export async function checkGraphFile(
  file: string,
  schema: GraphQLSchema,
  { batchSize, progress, writer }: { batchSize: number; writer?: Pick<GraphWriter, 'findForeignIds'> } & Pick<FileProgress, 'progress'>,
): Promise<CheckedFile> {
  const { size, mtimeMs } = await stat(file);
  const checker = new GraphDocumentChecker(schema, file);
  const counts = Object.fromEntries(COLLECTIONS.map((key) => [key, 0])) as Record<Collection, number>;
  let held: GraphDocument | null = emptyDocument();
  let items = 0;
  let replies = false;
  let undercuts = false;
  const actorIds: string[] = [];
  const sourceIds: string[] = [];
  let foreign: ForeignIds[] = [];
  const show = (bytes: number, final: boolean) =>
    progress?.(`Checking ${file} ${bar(bytes, size)} ${mib(bytes)}/${mib(size)} MiB, ${items} items`, final);
  for await (const part of pagesOf(file, batchSize, (bytes) => show(bytes, false))) {
    if (part.kind === 'field') {
      checker.field(part.name, part.value);
      continue;
    }
    const key = part.section as Collection;
    const valid = part.items.map((raw, i) => checker.item(part.section, part.start + i, raw));
    counts[key] += valid.length;
    items += valid.length;
    if (key === 'actors') actorIds.push(...valid.map((a) => (a as { id: string }).id));
    if (key === 'sources') sourceIds.push(...valid.map((s) => (s as { id: string }).id));
    if (key === 'assertions') replies ||= valid.some((a) => ((a as DocumentItem<'assertions'>).previousIds?.length ?? 0) > 0);
    if (key === 'arguments') undercuts ||= valid.some((a) => (a as DocumentItem<'arguments'>).targetArgumentId !== null);
    const ids = valid.flatMap((item) => ('id' in item && typeof item.id === 'string' ? [item.id] : []));
    if (writer && ids.length > 0) foreign = mergeForeignIds([...foreign, ...(await writer.findForeignIds({ ids }))]);
    if (held && items <= batchSize) (held[key] as object[]).push(...valid);
    else held = null;
  }
  show(size, true);
  refuseForeignIds(foreign);
  const external = checker.external();
  if (held) return { kind: 'whole', file, doc: held, external };
  return { kind: 'pages', file, external, bytes: size, modified: mtimeMs, counts, replies, undercuts, actorIds, sourceIds };
}

/**
 * The later passes over a file too large for one transaction: the stored nodes it refers to are
 * checked, then one pass per phase (nodes, links, replies) writes each page of the lists that
 * phase writes, in idempotent transactions of `batchSize` items, so a failed import can simply be
 * run again. Holds a page at a time.
 */
export async function writeGraphFile(
  checked: Extract<CheckedFile, { kind: 'pages' }>,
  schema: GraphQLSchema,
  writer: GraphWriter,
  { batchSize, progress, onBatch }: { batchSize: number } & FileProgress,
): Promise<ImportResultRecord> {
  const { file, bytes: size, counts } = checked;
  await writer.requireStored({ external: checked.external });
  const items = COLLECTIONS.reduce((sum, key) => sum + counts[key], 0);
  const total: ImportResultRecord = { items, nodesCreated: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 };
  const normalizer = new GraphDocumentChecker(schema, file);
  const phases = IMPORT_PHASES.filter((phase) => (phase !== 'replies' || checked.replies) && (phase !== 'undercuts' || checked.undercuts));
  const tally = (written: ImportResultRecord) => {
    total.nodesCreated += written.nodesCreated;
    total.relationshipsCreated += written.relationshipsCreated;
    total.relationshipsDeleted += written.relationshipsDeleted;
    total.propertiesSet += written.propertiesSet;
  };
  const unchanged = async () => {
    const now = await stat(file);
    if (now.size !== size || now.mtimeMs !== checked.modified) {
      throw new GraphDocumentError(
        file,
        `${file} changed while it was being imported; import it again (what was written is kept, and importing again is safe)`,
      );
    }
  };
  for (const [n, phase] of phases.entries()) {
    const label = `Writing ${phase} (pass ${n + 1}/${phases.length})`;
    const show = (bytes: number, final: boolean) => progress?.(`${label} ${bar(bytes, size)} ${mib(bytes)}/${mib(size)} MiB`, final);
    if (phase === 'undercuts') {
      await writeUndercuts(checked, normalizer, writer, { batchSize, show, tally, unchanged, onBatch });
      continue;
    }
    await unchanged();
    for await (const part of pagesOf(file, batchSize, (bytes) => show(bytes, false))) {
      if (part.kind !== 'page' || !phaseWrites(phase, part.section as Collection)) continue;
      const key = part.section as Collection;
      tally(await writer.importPage({ phase, key, items: normalized(part, normalizer) }));
      onBatch?.({ step: `${phase} ${key}`, done: part.start + part.items.length, total: counts[key] });
    }
    show(size, true);
  }
  return total;
}

/**
 * The undercuts of a file, each written whole once the argument it attacks is stored: pass after
 * pass over the file's arguments (an undercut of an undercut further down waits for the next
 * pass), keeping only the ids written; undercuts left when a pass writes none attack each other
 * in a cycle, and go in together.
 */
async function writeUndercuts(
  checked: Extract<CheckedFile, { kind: 'pages' }>,
  normalizer: GraphDocumentChecker,
  writer: GraphWriter,
  {
    batchSize,
    show,
    tally,
    unchanged,
    onBatch,
  }: {
    batchSize: number;
    show: (bytes: number, final: boolean) => void;
    tally: (written: ImportResultRecord) => void;
    unchanged: () => Promise<void>;
    onBatch: FileProgress['onBatch'];
  },
): Promise<void> {
  const done = new Set<string>();
  const waiting = (items: object[]) => (items as DocumentItem<'arguments'>[]).filter((a) => a.targetArgumentId !== null && !done.has(a.id));
  const pages = async function* () {
    await unchanged();
    for await (const part of pagesOf(checked.file, batchSize, (bytes) => show(bytes, false))) {
      if (part.kind === 'page' && part.section === 'arguments') yield waiting(normalized(part, normalizer));
    }
    show(checked.bytes, true);
  };
  for (let pass = 1; ; pass += 1) {
    const before = done.size;
    let left = 0;
    for await (const items of pages()) {
      if (items.length === 0) continue;
      const written = await writer.importUndercuts({ items });
      for (const id of written.written) done.add(id);
      tally(written);
      left += items.length - written.written.length;
      onBatch?.({ step: `undercuts (pass ${pass})`, done: done.size, total: done.size + left });
    }
    if (left === 0) return;
    if (done.size === before) {
      const cycle: DocumentItem<'arguments'>[] = [];
      for await (const items of pages()) cycle.push(...items);
      tally(await writer.importUndercuts({ items: cycle, all: true }));
      return;
    }
  }
}

function normalized(page: DocumentPage, normalizer: GraphDocumentChecker): object[] {
  return page.items.map((raw, i) => normalizer.normalize(page.section, page.start + i, raw));
}
