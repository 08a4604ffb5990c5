// `argmap import`: files or folders of argmap JSON, AIF or Argdown into the database, with progress on stderr.
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { SourceKind } from '../domain/index.js';
import type { Backend } from '../main.js';
import { IMPORT_FORMATS, isImportFormat } from '../interchange/files.js';
import { importMaps } from './import-maps.js';
import { UsageError } from './usage-error.js';

const SOURCE_KINDS = ['NEWS', 'OPINION', 'COURT_OPINION', 'STATEMENT', 'SOCIAL_POST', 'REPORT'] as const;

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
  const batchSize = values['batch-size'] ? Number(values['batch-size']) : undefined;
  if (batchSize !== undefined && (!Number.isInteger(batchSize) || batchSize < 1))
    throw new UsageError('--batch-size must be a positive whole number');
  const mapsPerTransaction = Number(values['maps-per-transaction']);
  if (!Number.isInteger(mapsPerTransaction) || mapsPerTransaction < 1)
    throw new UsageError('--maps-per-transaction must be a positive whole number');
  const sourceKind = values['source-kind'] ?? 'REPORT';
  if (!(SOURCE_KINDS as readonly string[]).includes(sourceKind))
    throw new UsageError(`--source-kind must be one of ${SOURCE_KINDS.join(', ')}`);
  const sourceName = (values.source ?? basename(resolve(positionals[0]!)).replace(/\.[^.]+$/, '')).trim();
  if (!sourceName) throw new UsageError('--source needs a name');
  const tty = process.stderr.isTTY;
  await withBackend(async ({ repos, schema, origin }) => {
    await repos.database.migrate();
    origin.operation = 'import';
    const report = await importMaps({
      paths: positionals,
      format,
      sourceName,
      sourcePerMap: values['source-per-map'] ?? false,
      sourceKind: sourceKind as SourceKind,
      schema,
      graphImport: repos.graphImport,
      ...(batchSize ? { batchSize } : {}),
      mapsPerTransaction,
      onBatch: (p) => log(`  ${p.step}: ${p.done}/${p.total}`),
      progress: (line, final) => {
        if (tty) process.stderr.write(`\r\x1b[2K${line}${final ? '\n' : ''}`);
        else if (final || line.startsWith('Importing')) log(line);
      },
    });
    log(
      `Imported ${report.maps} maps (${report.items} items) in ${report.seconds.toFixed(1)} s ` +
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
