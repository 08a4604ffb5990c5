// Files and folders of AIF, Argdown or argmap JSON as graph documents, one per map, ready for importGraph.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { GraphDocument } from '../domain/graph-document.js';
import { slugify } from '../domain/ids.js';
import type { SourceKind } from '../domain/index.js';
import { aifToDocument, parseAif } from './aif.js';
import { argdownToDocument } from './argdown.js';
import type { Tally } from './common.js';
import { InterchangeError } from './common.js';

export const IMPORT_FORMATS = ['json', 'aif', 'argdown'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
export const isImportFormat = (value: string): value is ImportFormat => (IMPORT_FORMATS as readonly string[]).includes(value);

const EXTENSIONS: Record<ImportFormat, readonly string[]> = { json: ['.json'], aif: ['.json'], argdown: ['.argdown', '.ad', '.md'] };

/** The files to import, in name order: each PATH itself, or the files of that format in a folder (and its sub-folders). */
export async function collectFiles(paths: readonly string[], format: ImportFormat): Promise<string[]> {
  const found: string[] = [];
  const walk = async (path: string, explicit: boolean): Promise<void> => {
    let info;
    try {
      info = await stat(path);
    } catch {
      throw new InterchangeError(path, `${path}: no such file or folder`);
    }
    if (info.isDirectory()) {
      const entries = (await readdir(path)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
      for (const entry of entries) if (!entry.startsWith('.')) await walk(join(path, entry), false);
    } else if (explicit || EXTENSIONS[format].includes(extname(path).toLowerCase())) {
      found.push(path);
    }
  };
  for (const path of paths) await walk(path, true);
  return found;
}

export interface MapOptions {
  /** The user's name for the corpus: base of every id, title of its Source. */
  sourceName: string;
  /** One Source per map (titled "corpus: map") instead of one for the whole corpus. */
  sourcePerMap: boolean;
  sourceKind: SourceKind;
  /**
   * Speakers per map (ids from the corpus and the map's name) instead of one per corpus: for a
   * map imported into an argmap map of its own, since ids are unique across maps.
   */
  actorPerMap?: boolean;
}

export const mapNameOf = (file: string) => basename(file).replace(/\.(aif\.json|json|argdown|ad|md)$/i, '');

/** One map's file as a graph document (not yet normalised), with what the format could not carry. */
export async function convertFile(
  file: string,
  format: Exclude<ImportFormat, 'json'>,
  options: MapOptions,
): Promise<{ doc: GraphDocument; skipped: Tally }> {
  const text = await readFile(file, 'utf8');
  return convertText(text, format, { ...options, mapName: mapNameOf(file), origin: file });
}

export function convertText(
  text: string,
  format: Exclude<ImportFormat, 'json'>,
  options: MapOptions & { mapName: string; origin: string },
): { doc: GraphDocument; skipped: Tally } {
  const corpus = slugify(options.sourceName, 40);
  const map = slugify(options.mapName, 40);
  const source: GraphDocument['sources'][number] = {
    id: options.sourcePerMap ? `source:${corpus}-${map}` : `source:${corpus}`,
    title: options.sourcePerMap ? `${options.sourceName}: ${options.mapName}` : options.sourceName,
    kind: options.sourceKind,
    publisher: null,
    author: null,
    publishedAt: null,
    url: null,
  };
  const ids = { idBase: `${corpus}-${map}`, actorBase: options.actorPerMap ? `${corpus}-${map}` : corpus, source };
  if (format === 'argdown') return argdownToDocument(text, { ...ids, origin: options.origin });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InterchangeError(options.origin, `${options.origin}: not JSON (${(error as Error).message})`);
  }
  return aifToDocument(parseAif(json, options.origin), ids);
}
