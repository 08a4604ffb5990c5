/**
 * `npx tsx bench/import-memory.ts [--claims 100000] [--heap 96] [--write-claims 5000] [--yes] [--instance NAME]`
 *
 * The memory `argmap import FILE` takes for a large argmap JSON file, as it was (the file read
 * whole, parsed and checked whole, then written in batches: `readGraphDocument` and
 * `importGraph({ batchSize })`) and as it is (the file streamed: checked in a first pass keeping
 * ids, then read again page by page to be written: `importMaps`, the command's own code). Each
 * way runs in a fresh Node.js process that reports its peak RSS; a third process that only loads
 * the code and builds the schema gives the base they share.
 *
 * Two sizes, because writing is what takes the time on a shared machine:
 * - `--claims` (a generated debate written as `argmap export --format json` writes it): read and
 *   check only, no database: every step of each way but the statements, which get a writer that
 *   drops the rows (as if Neo4j were infinitely fast); then each way again with its JavaScript heap
 *   capped at `--heap` MiB (0 to skip), to see which fits;
 * - `--write-claims` (0 to skip): the whole import into Neo4j, the database wiped before each way.
 *   Against NEO4J_URI it wipes that database (hence --yes); without it, a managed instance
 *   (`import-bench`, or `--instance`).
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildSchema } from '../src/api/graphql/schema.js';
import { generateDebate } from '../src/cli/generate.js';
import { readGraphDocument } from '../src/cli/document-io.js';
import type { GraphWriter } from '../src/cli/import-file.js';
import { importMaps, IMPORT_BATCH_DEFAULT } from '../src/cli/import-maps.js';
import { loadConfig, REPO_ROOT } from '../src/config.js';
import { COLLECTIONS, DOCUMENT_FORMAT, DOCUMENT_VERSION, documentSize, type GraphDocument } from '../src/domain/graph-document.js';
import { streamJsonDocument } from '../src/interchange/stream-json.js';
import { openBackend } from '../src/main.js';
import { loadavg, machine } from './lib/machine.js';
import { benchNeo4j } from './lib/neo4j.js';

const log = (line: string) => process.stdout.write(`${line}\n`);
type Mode = 'base' | 'whole' | 'stream';

const dropped = { items: 0, nodesCreated: 0, relationshipsCreated: 0, relationshipsDeleted: 0, propertiesSet: 0 };
/** A writer that takes every row and writes nothing. */
const noWriter: GraphWriter = {
  importGraph: async ({ doc }) => ({ ...dropped, items: documentSize(doc) }),
  importPage: async ({ items }) => ({ ...dropped, items: items.length }),
  importUndercuts: async ({ items }) => ({ ...dropped, items: items.length, written: items.map((a) => (a as { id: string }).id) }),
  requireStored: async () => {},
  findForeignIds: async () => [],
};

/** One way of importing, in this process: prints one line of JSON. */
async function child(mode: Mode, file: string, write: boolean) {
  const started = performance.now();
  const config = { ...loadConfig(), queryTimeoutMs: 600_000 };
  const backend = write ? await openBackend(config, () => {}) : null;
  const schema = backend?.schema ?? (await buildSchema());
  const writer: GraphWriter = backend?.repos.graphImport ?? noWriter;
  let items = 0;
  if (mode === 'whole') {
    // What `argmap import` did before: the file read, parsed and checked whole, then written in batches.
    const { doc, external } = await readGraphDocument(file, schema);
    items = (await writer.importGraph({ doc, external, batchSize: IMPORT_BATCH_DEFAULT })).items;
  } else if (mode === 'stream') {
    const report = await importMaps({
      paths: [file],
      format: 'json',
      sourceName: 'bench',
      sourcePerMap: false,
      sourceKind: 'REPORT',
      schema,
      graphImport: writer,
    });
    items = report.items;
  }
  const seconds = (performance.now() - started) / 1000;
  await backend?.close();
  const peakMiB = Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10;
  process.stdout.write(`${JSON.stringify({ mode, peakMiB, items, seconds: Math.round(seconds * 10) / 10 })}\n`);
}

/** The generated debate as a file, the way `argmap export --format json` writes it. */
async function writeDocument(file: string, doc: GraphDocument): Promise<void> {
  const out = createWriteStream(file);
  async function* pages(items: object[]) {
    for (let i = 0; i < items.length; i += 1000) yield items.slice(i, i + 1000);
  }
  const sections = COLLECTIONS.map((key) => [key, pages(doc[key] as object[])] as [string, AsyncIterable<object[]>]);
  for await (const text of streamJsonDocument({ header: { format: DOCUMENT_FORMAT, version: DOCUMENT_VERSION }, sections })) {
    if (!out.write(text)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** One way in a fresh process (its JavaScript heap capped at `heapMiB`, if given). */
function runChild(mode: Mode, file: string, write: boolean, env: NodeJS.ProcessEnv, heapMiB?: number) {
  const load = loadavg();
  const args = [
    ...(heapMiB ? [`--max-old-space-size=${heapMiB}`] : []),
    ...['--import', 'tsx', 'bench/import-memory.ts', '--child', mode, '--file', file, ...(write ? ['--write'] : [])],
  ];
  let out: string;
  try {
    out = execFileSync(process.execPath, args, { cwd: REPO_ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: 'pipe' });
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? '');
    const oom = /heap out of memory/.test(stderr);
    log(`  ${mode.padEnd(6)} ${oom ? 'ran out of memory' : `failed: ${stderr.trim().split('\n').at(-1) ?? ''}`}`);
    return;
  }
  const r = JSON.parse(out.trim().split('\n').at(-1)!) as { peakMiB: number; items: number; seconds: number };
  log(
    `  ${mode.padEnd(6)} peak RSS ${String(r.peakMiB).padStart(7)} MiB, ${r.items} items in ${r.seconds} s (load average ${load.toFixed(1)} before)`,
  );
}

async function main() {
  const { values } = parseArgs({
    options: {
      claims: { type: 'string', default: '100000' },
      'write-claims': { type: 'string', default: '5000' },
      heap: { type: 'string', default: '96' },
      yes: { type: 'boolean', default: false },
      instance: { type: 'string', default: 'import-bench' },
      child: { type: 'string' },
      file: { type: 'string' },
      write: { type: 'boolean', default: false },
    },
  });
  if (values.child) return child(values.child as Mode, values.file!, values.write ?? false);

  const host = machine();
  log(`machine: ${host.cpuModel}, ${host.cpus} CPUs, ${host.memoryGiB} GiB, Node.js ${host.node}; load average ${loadavg().toFixed(1)}`);
  const dir = mkdtempSync(path.join(tmpdir(), 'argmap-import-memory-'));
  try {
    const generate = async (claims: number) => {
      const doc = generateDebate({ claims, seed: 1 });
      const file = path.join(dir, `debate-${claims}.json`);
      await writeDocument(file, doc);
      log(`\n${claims} claims: ${documentSize(doc)} items, a ${(statSync(file).size / 1024 ** 2).toFixed(1)} MiB file`);
      return file;
    };

    const claims = Number(values.claims);
    if (claims > 0) {
      const file = await generate(claims);
      log('read and check only (a writer that drops the rows):');
      for (const mode of ['base', 'whole', 'stream', 'whole', 'stream'] as const) runChild(mode, file, false, process.env);
      const heap = Number(values.heap);
      if (heap > 0) {
        log(`the same with the JavaScript heap capped (node --max-old-space-size=${heap}):`);
        for (const mode of ['whole', 'stream'] as const) runChild(mode, file, false, process.env, heap);
      }
    }

    const writeClaims = Number(values['write-claims']);
    if (writeClaims > 0) {
      const base = loadConfig();
      const neo4j = await benchNeo4j(base, { instance: values.instance!, wipe: { allowed: values.yes } });
      const { conn } = neo4j;
      const env = { ...process.env, ...neo4j.env };
      const backend = await openBackend({ ...base, neo4j: conn }, () => {});
      const file = await generate(writeClaims);
      log('the whole import into Neo4j (the database wiped before each):');
      runChild('base', file, true, env);
      for (const mode of ['whole', 'stream'] as const) {
        await backend.repos.database.deleteEverything();
        runChild(mode, file, true, env);
        const counts = await backend.repos.database.counts();
        log(`         then ${counts.nodes} nodes, ${counts.relationships} relationships`);
      }
      await backend.close();
      await neo4j.release();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(`import-memory: ${(error as Error)?.stack ?? String(error)}`);
    process.exit(1);
  },
);
