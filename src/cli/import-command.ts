// `argmap import`: files or folders of argmap JSON, AIF or Argdown into one map or a map per file, with progress on stderr.
import { basename, dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { SourceKind } from '../domain/index.js';
import { mapSlugOf } from '../domain/maps.js';
import type { Backend } from '../main.js';
import { IMPORT_FORMATS, collectFiles, isImportFormat, mapNameOf, type MapOptions } from '../interchange/files.js';
import { importMaps, type FileTarget } from './import-maps.js';
import { ensureMap, mapOfFile, mapOption, requireMapOrCreate } from './maps.js';
import { UsageError } from './usage-error.js';

const SOURCE_KINDS = ['NEWS', 'OPINION', 'COURT_OPINION', 'STATEMENT', 'SOCIAL_POST', 'REPORT'] as const;

/** Each file's own map (--map-per-file): refused before anything is read when two files would share one. */
function requireOneFilePerMap(files: readonly string[]): void {
  const fileOf = new Map<string, string>();
  for (const file of files) {
    const mapId = mapOfFile(file);
    const other = fileOf.get(mapId);
    if (other) throw new UsageError(`${other} and ${file} would both go to ${mapId}: rename one, or import them apart with --map`);
    fileOf.set(mapId, file);
  }
}

export async function importCommand(
  args: string[],
  withBackend: (work: (backend: Backend) => Promise<void>) => Promise<void>,
  log: (line: string) => void,
): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'json' },
      map: { type: 'string' },
      'map-per-file': { type: 'boolean', default: false },
      'create-map': { type: 'boolean', default: false },
      source: { type: 'string' },
      'source-per-map': { type: 'boolean', default: false },
      'source-kind': { type: 'string', default: 'REPORT' },
      'batch-size': { type: 'string' },
      'maps-per-transaction': { type: 'string', default: '10' },
    },
  });
  const format = values.format ?? 'json';
  if (!isImportFormat(format)) throw new UsageError(`--format must be one of ${IMPORT_FORMATS.join(', ')}`);
  if (positionals.length === 0) throw new UsageError('argmap import needs at least one FILE or FOLDER');
  const perFile = values['map-per-file'] ?? false;
  if (perFile && values.map !== undefined) throw new UsageError('--map and --map-per-file exclude each other');
  if (values['create-map'] && values.map === undefined)
    throw new UsageError('--create-map goes with --map ID (--map-per-file makes the maps it needs)');
  const mapId = mapOption(values.map);
  const batchSize = values['batch-size'] ? Number(values['batch-size']) : undefined;
  if (batchSize !== undefined && (!Number.isInteger(batchSize) || batchSize < 1))
    throw new UsageError('--batch-size must be a positive whole number');
  const mapsPerTransaction = Number(values['maps-per-transaction']);
  if (!Number.isInteger(mapsPerTransaction) || mapsPerTransaction < 1)
    throw new UsageError('--maps-per-transaction must be a positive whole number');
  const sourceKind = (values['source-kind'] ?? 'REPORT') as SourceKind;
  if (!(SOURCE_KINDS as readonly string[]).includes(sourceKind))
    throw new UsageError(`--source-kind must be one of ${SOURCE_KINDS.join(', ')}`);
  const sourceName = (values.source ?? basename(resolve(positionals[0]!)).replace(/\.[^.]+$/, '')).trim();
  if (!sourceName) throw new UsageError('--source needs a name');
  const files = perFile ? await collectFiles(positionals, format) : null;
  if (files) requireOneFilePerMap(files);
  const tty = process.stderr.isTTY;
  await withBackend(async (backend) => {
    const { repos, schema, origin } = backend;
    await repos.database.migrate();
    origin.operation = 'import';
    let made = 0;
    /** A map's target; its map made (when missing) before its first write, once. */
    const target = (id: string, name: string, description: string | null, mapOptions: MapOptions): FileTarget => {
      const scoped = backend.reposFor(id);
      let opened: Promise<void> | null = null;
      const open = async () => {
        if (await ensureMap(scoped.maps, id, name, description)) made += 1;
      };
      return { mapId: id, writer: scoped.graphImport, mapOptions, open: () => (opened ??= open()) };
    };
    let destination: (file: string) => FileTarget;
    if (files) {
      destination = (file) => {
        const folder = basename(dirname(resolve(file)));
        return target(mapOfFile(file), mapNameOf(file), `Imported from ${folder}/${basename(file)}`, {
          // The file's own Source and speakers (its folder names them, as --source would): ids are unique across maps.
          sourceName: values.source?.trim() || folder,
          sourcePerMap: true,
          actorPerMap: true,
          sourceKind,
        });
      };
    } else {
      await requireMapOrCreate(backend.reposFor(mapId).maps, mapId, values['create-map'] ?? false);
      const name = positionals.length === 1 ? mapNameOf(positionals[0]!) : (mapSlugOf(mapId) ?? mapId);
      const all = target(mapId, name, null, { sourceName, sourcePerMap: values['source-per-map'] ?? false, sourceKind });
      destination = () => all;
    }
    const report = await importMaps({
      paths: files ?? positionals,
      format,
      perFile: destination,
      schema,
      ...(batchSize ? { batchSize } : {}),
      mapsPerTransaction,
      onBatch: (p) => log(`  ${p.step}: ${p.done}/${p.total}`),
      progress: (line, final) => {
        if (tty) process.stderr.write(`\r\x1b[2K${line}${final ? '\n' : ''}`);
        else if (final || line.startsWith('Importing')) log(line);
      },
    });
    log(
      `Imported ${report.maps} maps (${report.items} items) into ` +
        `${files ? `a map each (${made} made now)` : `${mapId}${made > 0 ? ' (made now)' : ''}`} in ${report.seconds.toFixed(1)} s ` +
        `(${(report.maps / Math.max(report.seconds, 0.001)).toFixed(1)} maps/s, ${Math.round(report.items / Math.max(report.seconds, 0.001))} items/s): ` +
        `${report.claims} claims, ${report.arguments} arguments, ${report.assertions} assertions, ${report.actors} actors, ` +
        `${report.sources} sources; ${report.nodesCreated} nodes and ${report.relationshipsCreated} relationships created`,
    );
    if (report.skipped.total > 0) {
      log(`Not carried over (argmap has no place for them; see docs/interchange.md), ${report.skipped.total} in all:`);
      for (const [reason, n] of Object.entries(report.skipped.toJSON())) log(`  ${String(n).padStart(6)}  ${reason}`);
    }
  });
}
