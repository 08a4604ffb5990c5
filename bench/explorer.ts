/**
 * `npx tsx bench/explorer.ts [--sizes 1000,10000] [--runs 3] [--yes] [--keep]`
 *
 * The explorer's time to first paint and to interactive on generated debates (`argmap generate`,
 * seed 42). For each size: empty the database, load the debate through argmap's import path,
 * start the service, and open the explorer in headless Chromium (playwright-core) `--runs`
 * times per view, each in a fresh browser context (nothing cached):
 *
 * - the overview (`/`): first contentful paint, and interactive when the columns are
 *   drawn and answer clicks (the explorer records `performance.now()` then);
 * - the full map (`/?view=map`): first contentful paint, and interactive when the map is laid
 *   out and drawn (at most 150 claims, the rest folded into clusters).
 *
 * Without NEO4J_URI it runs a managed Neo4j of its own (instance `bench-explorer`); with it, the
 * database there is wiped (pass --yes); with --keep (one size) the map already there is measured,
 * neither wiped nor loaded again. Prints a Markdown table and writes
 * bench/results/explorer-<time>.json. Nothing here is asserted: the numbers go to BENCHMARKS.md.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, REPO_ROOT } from '../src/config.js';
import { generateDebate } from '../src/cli/generate.js';
import { documentSize } from '../src/domain/graph-document.js';
import { openBackend, startService } from '../src/main.js';
import { launchChromium, VIEWPORT } from '../test/support/explorer-page.js';
import { machine } from './lib/machine.js';
import { benchNeo4j } from './lib/neo4j.js';

const log = (line: string) => process.stderr.write(`${line}\n`);
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    runs: { type: 'string', default: '3' },
    yes: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);

const base = loadConfig();
const neo4j = await benchNeo4j(base, { instance: 'bench-explorer', wipe: { allowed: values.yes }, onProgress: log });
const { conn } = neo4j;

interface Sample {
  firstPaintMs: number;
  interactiveMs: number;
}
interface Row {
  size: number;
  view: 'overview' | 'map';
  samples: Sample[];
  medianFirstPaintMs: number;
  medianInteractiveMs: number;
  drawnClaims: number | null;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

const rows: Row[] = [];
const out = path.join(REPO_ROOT, 'bench', 'results', `explorer-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
/** Saves what is measured so far (after every size: a long run stopped early keeps its results). */
async function save(): Promise<void> {
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify({ machine: machine(), runs, rows }, null, 2)}\n`);
}
const browser = await launchChromium();
try {
  for (const size of sizes) {
    const loader = await openBackend({ ...base, neo4j: conn, queryTimeoutMs: 600_000 }, () => {});
    try {
      await loader.repos.database.migrate();
      if (values.keep) {
        log(`${size} claims: measuring the map already in the database (--keep)`);
      } else {
        await loader.repos.database.deleteEverything();
        const doc = generateDebate({ claims: size, seed: 42 });
        const started = Date.now();
        await loader.repos.graphImport.importGraph({ doc, external: [], batchSize: 5000 });
        log(`${size} claims: loaded ${documentSize(doc)} items in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      }
    } finally {
      await loader.close();
    }
    const service = await startService({ config: { ...base, neo4j: conn, port: 0, host: '127.0.0.1' }, log: () => {} });
    try {
      for (const view of ['overview', 'map'] as const) {
        const samples: Sample[] = [];
        let drawnClaims: number | null = null;
        for (let run = 0; run < runs; run += 1) {
          const context = await browser.newContext({ viewport: VIEWPORT });
          const page = await context.newPage();
          await page.goto(`${service.url}/${view === 'map' ? '?view=map' : ''}`);
          await page.waitForFunction(
            (which) => (window as unknown as { argmap?: { ready: Record<string, number | null> } }).argmap?.ready[which] != null,
            view,
            { timeout: 300_000, polling: 50 },
          );
          const sample = await page.evaluate((which) => {
            const paint = performance.getEntriesByName('first-contentful-paint')[0];
            const ready = (window as unknown as { argmap: { ready: Record<string, number> } }).argmap.ready[which]!;
            return { firstPaintMs: Math.round(paint?.startTime ?? NaN), interactiveMs: Math.round(ready) };
          }, view);
          if (view === 'map') {
            drawnClaims = await page.evaluate(
              () =>
                (window as unknown as { argmap: { cy: { nodes(s: string): { length: number } } } }).argmap.cy.nodes('[type = "Claim"]')
                  .length,
            );
          }
          samples.push(sample);
          log(`${size} claims, ${view}, run ${run + 1}: first paint ${sample.firstPaintMs} ms, interactive ${sample.interactiveMs} ms`);
          await context.close();
        }
        rows.push({
          size,
          view,
          samples,
          medianFirstPaintMs: median(samples.map((s) => s.firstPaintMs)),
          medianInteractiveMs: median(samples.map((s) => s.interactiveMs)),
          drawnClaims,
        });
      }
    } finally {
      await service.close();
    }
    await save();
  }
} finally {
  await browser.close();
  await neo4j.release();
}

const host = machine();
const lines = [
  `Machine: ${host.cpuModel}, ${host.cpus} CPUs, ${host.memoryGiB} GiB; Chromium headless; median of ${runs} cold loads`,
  '',
  '| claims | view | first contentful paint | interactive | claims drawn |',
  '| -----: | ---- | ---------------------: | ----------: | -----------: |',
  ...rows.map(
    (r) =>
      `| ${r.size.toLocaleString('en')} | ${r.view} | ${r.medianFirstPaintMs} ms | ${r.medianInteractiveMs} ms | ${r.drawnClaims ?? '—'} |`,
  ),
];
process.stdout.write(`${lines.join('\n')}\n`);
log(`results written to ${out}`);
