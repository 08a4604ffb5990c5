/**
 * `npx tsx bench/export-memory.ts [--claims 20000] [--yes] [--instance NAME] [--keep]`
 *
 * The memory an export of the whole map takes, as it was (the document read whole, rendered to
 * one string, then sent: `exportGraph()` and `renderExport`) and as it is (`GET /export`'s JSON
 * written as it is read, a page at a time: `streamJsonDocument(wholeInPages())`). A generated map
 * of `--claims` claims is loaded; then each way runs in a fresh Node.js process that opens the
 * backend, exports to /dev/null and reports its peak RSS, the bytes and their sha256 (the same
 * for both), and a third process that only opens the backend gives the base they share.
 *
 * Against NEO4J_URI it wipes that database (hence --yes); without it, a managed instance (`export-bench`,
 * or `--instance`). `--keep` exports what the database holds instead of loading a generated map.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { loadConfig, REPO_ROOT, type Config } from '../src/config.js';
import { generateDebate } from '../src/cli/generate.js';
import { renderExport } from '../src/interchange/formats.js';
import { streamJsonDocument } from '../src/interchange/stream-json.js';
import { openBackend } from '../src/main.js';
import { machine } from './lib/machine.js';
import { benchNeo4j } from './lib/neo4j.js';

const log = (line: string) => process.stdout.write(`${line}\n`);

/** One way of exporting, in this process: prints one line of JSON. */
async function child(mode: 'base' | 'whole' | 'stream', config: Config) {
  const backend = await openBackend(config, () => {});
  const started = performance.now();
  const hash = createHash('sha256');
  let bytes = 0;
  const sink = createWriteStream('/dev/null');
  const write = async (text: string) => {
    hash.update(text);
    bytes += Buffer.byteLength(text);
    if (!sink.write(text)) await once(sink, 'drain');
  };
  if (mode === 'whole') {
    const doc = await backend.repos.graphExport.exportGraph();
    await write(renderExport(doc!, 'json').body);
  } else if (mode === 'stream') {
    for await (const chunk of streamJsonDocument(backend.repos.graphExport.wholeInPages())) await write(chunk);
  }
  sink.end();
  const seconds = (performance.now() - started) / 1000;
  await backend.close();
  const peakMiB = Math.round((process.resourceUsage().maxRSS / 1024) * 10) / 10;
  process.stdout.write(`${JSON.stringify({ mode, peakMiB, bytes, sha256: hash.digest('hex'), seconds: Math.round(seconds * 10) / 10 })}\n`);
}

async function main() {
  const { values } = parseArgs({
    options: {
      claims: { type: 'string', default: '20000' },
      yes: { type: 'boolean', default: false },
      child: { type: 'string' },
      instance: { type: 'string', default: 'export-bench' },
      keep: { type: 'boolean', default: false },
    },
  });
  const base = loadConfig();
  if (values.child) {
    await child(values.child as 'base' | 'whole' | 'stream', { ...base, queryTimeoutMs: 600_000 });
    return;
  }
  const claims = Number(values.claims);
  const neo4j = await benchNeo4j(base, { instance: values.instance!, wipe: { allowed: values.yes } });
  const { conn } = neo4j;
  const backend = await openBackend({ ...base, neo4j: conn, queryTimeoutMs: 600_000 }, () => {});
  let items: number | string = 'what was there (--keep)';
  if (!values.keep) {
    await backend.repos.database.deleteEverything();
    items = (await backend.repos.graphImport.importGraph({ doc: generateDebate({ claims, seed: 1 }), external: [], batchSize: 2000 }))
      .items;
  }
  const counts = await backend.repos.database.counts();
  await backend.close();
  const host = machine();
  log(`machine: ${host.cpuModel}, ${host.cpus} CPUs, ${host.memoryGiB} GiB, Node.js ${host.node}; ${neo4j.memory}`);
  log(
    `the map: ${values.keep ? 'as the instance held it' : `generated, ${claims} claims`}, ${items} items, ${counts.nodes} nodes, ${counts.relationships} relationships`,
  );
  const env = { ...process.env, ...neo4j.env };
  const results: Record<string, { peakMiB: number; bytes: number; sha256: string; seconds: number }> = {};
  for (const mode of ['base', 'whole', 'stream', 'whole', 'stream']) {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/export-memory.ts', '--child', mode], {
      cwd: REPO_ROOT,
      env,
      encoding: 'utf8',
    });
    const r = JSON.parse(out.trim().split('\n').at(-1)!) as (typeof results)[string];
    log(`${mode}: peak RSS ${r.peakMiB} MiB, ${r.bytes} bytes in ${r.seconds} s, sha256 ${r.sha256.slice(0, 16)}`);
    results[mode] = r;
  }
  await neo4j.release();
  log(results.whole!.sha256 === results.stream!.sha256 ? 'the same bytes both ways' : 'THE BYTES DIFFER between the two ways');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(`export-memory: ${(error as Error)?.stack ?? String(error)}`);
    process.exit(1);
  },
);
