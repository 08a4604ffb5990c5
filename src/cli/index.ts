import { parseArgs } from 'node:util';
import { loadConfig, type Config } from '../config.js';
import { openBackend, startService, type Backend } from '../main.js';
import {
  ManagedNeo4jError,
  backupManagedNeo4j,
  ensureManagedNeo4j,
  managedNeo4jStatus,
  restoreManagedNeo4j,
  stopManagedNeo4j,
} from '../managed-neo4j/index.js';
import { EXPORT_FORMATS, isExportFormat, renderExport } from '../interchange/formats.js';
import { generateDebate } from './generate.js';
import { DOCUMENT_FORMAT, DOCUMENT_VERSION, documentSize } from '../domain/graph-document.js';
import { GRAPH_DEPTH_MAX, pastPoint, type PastPoint } from '../domain/validation.js';
import { loadSeed } from './seed.js';
import { writeFile } from 'node:fs/promises';
import { importCommand } from './import-command.js';
import { proposeCommand } from './propose.js';
import { UsageError } from './usage-error.js';
import { ensureMap, mapOption, requireMap, requireMapOrCreate } from './maps.js';
import { DEFAULT_MAP_ID } from '../domain/maps.js';

const USAGE = `Usage: argmap <command> [options]

Commands:
  serve                      Run the service (GraphQL at /graphql, explorer at /)
  db start|stop|status       Manage the local Neo4j (used when NEO4J_URI is unset)
  db backup FILE [--force]   Dump the local Neo4j's database to FILE (Neo4j stops for the dump)
  db restore FILE            Replace the local Neo4j's database with the dump in FILE
  migrate                    Apply constraints and indexes
  seed [--map ID [--create-map]] [--reset]
                             Load the seed debate into map ID (default map:default; --reset
                             empties the whole database first, without --map)
  import [--format json|aif|argdown] PATH... [--map ID [--create-map] | --map-per-file]
         [--source NAME [--source-per-map]] [--source-kind KIND]
         [--maps-per-transaction N] [--batch-size N]
                             Import graph documents, AIF maps or Argdown files (files or
                             folders of them), idempotently by id, into map ID (default
                             map:default; one that does not exist is refused unless
                             --create-map), or each file into a map of its own,
                             map:<file name>, made when missing; a document with ids that
                             another map holds is refused before anything is written. N maps
                             (default 10) per transaction; a document of more than
                             --batch-size items (default 5000) goes in batches of that many;
                             AIF/Argdown assertions are reported in one Source NAME (default:
                             the folder's name) or one per map (always, with --map-per-file)
  export [--format json|aif|argdown|dot|graphml|cytoscape|iccma|apx] [--map ID] [--root ID [--depth N]] [--at-revision N | --as-of TIME] [--out FILE]
                             Write map ID (default map:default), or one neighbourhood of it,
                             to FILE or stdout
  propose FILE [--map ID] [--source-title T [--source-kind KIND]] [--html]
                             Read a text (plain, or HTML with --html or a .html file) into a
                             proposal for map ID (default map:default): prints each proposed
                             quote with its speaker, claim and best match, and the proposal's
                             id; nothing enters the map until accepted (acceptProposedAssertions)
  generate --claims N [--seed S] [--out FILE | --load] [--batch-size N]
                             A synthetic debate of N claims (deterministic for a seed),
                             written to FILE or loaded into the database
  help                       Show this text

Environment: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE, PORT, ARGMAP_API_KEYS,
ARGMAP_DATA_DIR (see README.md).`;

const SEED_DESCRIPTION =
  "The seed debate: may the United States send its own citizens to serve prison sentences in a foreign prison (El Salvador's CECOT)?";

const log = (line: string) => process.stderr.write(`${line}\n`);

/** The database for one command: bulk work (imports, seeding, exports) under the command line's own timeout. */
async function withBackend<T>(config: Config, work: (backend: Backend) => Promise<T>): Promise<T> {
  const backend = await openBackend({ ...config, queryTimeoutMs: config.cliTimeoutMs }, log);
  try {
    return await work(backend);
  } finally {
    await backend.close();
  }
}

async function serve(config: Config): Promise<void> {
  const service = await startService({ config, log, seed: ({ repos, schema }) => loadSeed(repos, schema) });
  log(`argmap ready: GraphQL ${service.url}/graphql${config.graphiql ? ' (GraphiQL in a browser)' : ''}, explorer ${service.url}/`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: finishing in-flight requests and shutting down...`);
    service.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log(`argmap: shutdown failed: ${String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

async function db(config: Config, args: string[]): Promise<void> {
  const action = args[0];
  const opts = { dataDir: config.dataDir, onProgress: log };
  if (config.neo4j && action !== 'status') {
    throw new UsageError(
      `NEO4J_URI is set (${config.neo4j.uri}): argmap does not manage that database${
        action === 'backup' || action === 'restore' ? ' (docs/operating.md, "Backups", says how to back up a server of your own)' : ''
      }`,
    );
  }
  switch (action) {
    case 'start': {
      const managed = await ensureManagedNeo4j({ ...opts, detached: true });
      log(
        managed.startedHere
          ? `Neo4j started on ${managed.uri} (pid ${managed.pid})`
          : `Neo4j is already running on ${managed.uri} (pid ${managed.pid})`,
      );
      return;
    }
    case 'stop':
      log((await stopManagedNeo4j(opts)) ? 'Neo4j stopped' : 'Neo4j was not running');
      return;
    case 'status': {
      const status = await managedNeo4jStatus(opts);
      process.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
      return;
    }
    case 'backup':
    case 'restore': {
      const { values, positionals } = parseArgs({ args: args.slice(1), options: { force: { type: 'boolean' } }, allowPositionals: true });
      const file = positionals[0];
      if (!file || positionals.length > 1) throw new UsageError(`argmap db ${action} needs one FILE`);
      if (action === 'backup') await backupManagedNeo4j({ ...opts, file, database: config.database, overwrite: values.force });
      else if (values.force) throw new UsageError('--force is for backup only');
      else await restoreManagedNeo4j({ ...opts, file, database: config.database });
      return;
    }
    default:
      throw new UsageError('argmap db needs start, stop, status, backup or restore');
  }
}

export async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const config = loadConfig();
  switch (command) {
    case 'serve':
      return serve(config);
    case 'db':
      return db(config, rest);
    case 'migrate':
      return withBackend(config, async ({ repos }) => {
        const names = await repos.database.migrate();
        log(`Applied ${names.length} migrations: ${names.join(', ')}`);
      });
    case 'seed': {
      const { values } = parseArgs({
        args: rest,
        options: {
          reset: { type: 'boolean', default: false },
          map: { type: 'string' },
          'create-map': { type: 'boolean', default: false },
        },
      });
      const mapId = mapOption(values.map);
      if (values.reset && mapId !== DEFAULT_MAP_ID)
        throw new UsageError('--reset empties the whole database, every map in it: it goes without --map (deleteMap empties one map)');
      return withBackend(config, async (backend) => {
        await backend.repos.database.migrate();
        const repos = backend.reposFor(mapId);
        await requireMapOrCreate(repos.maps, mapId, values['create-map'] ?? false);
        const result = await loadSeed(repos, backend.schema, {
          reset: values.reset,
          open: async () => {
            await ensureMap(repos.maps, mapId, 'Seed debate', SEED_DESCRIPTION);
          },
        });
        log(
          `Seed debate loaded into ${mapId}: ${result.items} items; ${result.nodesCreated} nodes and ${result.relationshipsCreated} relationships created`,
        );
      });
    }
    case 'import':
      return importCommand(rest, (work) => withBackend(config, work), log);
    case 'propose':
      return proposeCommand(rest, (work) => withBackend(config, work), log);
    case 'export': {
      const { values } = parseArgs({
        args: rest,
        options: {
          format: { type: 'string', default: 'json' },
          root: { type: 'string' },
          depth: { type: 'string', default: '2' },
          out: { type: 'string' },
          'at-revision': { type: 'string' },
          'as-of': { type: 'string' },
          map: { type: 'string' },
        },
      });
      const mapId = mapOption(values.map);
      const format = values.format ?? 'json';
      let point: PastPoint | null;
      try {
        point = pastPoint(values['as-of'], values['at-revision']);
      } catch (error) {
        throw new UsageError(`--at-revision/--as-of: ${error instanceof Error ? error.message : String(error)}`);
      }
      if (!isExportFormat(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`);
      const depth = Number(values.depth);
      if (!Number.isInteger(depth) || depth < 0 || depth > GRAPH_DEPTH_MAX)
        throw new UsageError(`--depth must be between 0 and ${GRAPH_DEPTH_MAX}`);
      return withBackend(config, async (backend) => {
        const repos = backend.reposFor(mapId);
        await requireMap(repos.maps, mapId);
        const reader = await repos.past.readerFor(point);
        const doc = await repos.graphExport.exportGraph(values.root ? { rootId: values.root, depth, reader } : { reader });
        if (!doc) throw new UsageError(`"${values.root}" does not exist`);
        const { body } = renderExport(doc, format);
        if (values.out) {
          await writeFile(values.out, body);
          log(`Wrote ${values.out} (${doc.claims.length} claims, ${doc.arguments.length} arguments, ${doc.assertions.length} assertions)`);
        } else {
          process.stdout.write(body);
        }
      });
    }
    case 'generate': {
      const { values } = parseArgs({
        args: rest,
        options: {
          claims: { type: 'string' },
          seed: { type: 'string', default: '1' },
          out: { type: 'string' },
          load: { type: 'boolean', default: false },
          'batch-size': { type: 'string', default: '5000' },
        },
      });
      const claims = Number(values.claims);
      const seed = Number(values.seed);
      const batchSize = Number(values['batch-size']);
      if (!Number.isInteger(claims) || claims < 1 || claims > 1_000_000)
        throw new UsageError('--claims must be a whole number from 1 to 1000000');
      if (!Number.isInteger(seed)) throw new UsageError('--seed must be a whole number');
      if (!Number.isInteger(batchSize) || batchSize < 1) throw new UsageError('--batch-size must be a positive whole number');
      if (!values.out && !values.load) throw new UsageError('argmap generate needs --out FILE or --load');
      const doc = generateDebate({ claims, seed });
      log(
        `Generated ${documentSize(doc)} items (${claims} claims, ${doc.arguments.length} arguments, ${doc.assertions.length} assertions)`,
      );
      if (values.out) await writeFile(values.out, `${JSON.stringify({ format: DOCUMENT_FORMAT, version: DOCUMENT_VERSION, ...doc })}\n`);
      if (!values.load) return;
      return withBackend(config, async ({ repos, origin }) => {
        await repos.database.migrate();
        origin.operation = 'generate';
        const started = Date.now();
        const result = await repos.graphImport.importGraph({ doc, external: [], batchSize });
        const seconds = (Date.now() - started) / 1000;
        log(`Loaded ${result.items} items in ${seconds.toFixed(1)} s (${Math.round(result.items / seconds)} items/s)`);
      });
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(`${USAGE}\n`);
      return;
    default:
      throw new UsageError(`Unknown command "${command}"`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    log(`argmap: ${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (error instanceof ManagedNeo4jError) {
    log(`argmap: ${error.message}`);
    process.exit(1);
  }
  log(`argmap: ${(error as Error)?.message ?? String(error)}`);
  process.exit(1);
});
