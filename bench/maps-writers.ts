/**
 * `npx tsx bench/maps-writers.ts [--writers 8] [--seconds 30] [--warmup 5] [--rounds 2] [--instance bench-maps]`
 *
 * Writers that do not wait for each other (issue 27): the compiled service (`node bin/argmap.js
 * serve`) and the load generator (bench/lib/writers-load.mjs) each a process of its own, against
 * the managed Neo4j `--instance` (or NEO4J_URI). --writers writers send createClaim and
 * createArgument mutations, each the next as soon as the last answered, first each writer in a map
 * of its own (new maps, so nothing else is in them), then all in one map; --rounds times in turn,
 * so a change in the machine's load falls on both. For each run: writes per second, latency
 * p50/p95/p99, and the CPU the service, Neo4j and the load generator used (cores: CPU seconds per
 * second), with the machine's busy cores and load average, printed as JSON lines and written to
 * bench/results/maps-writers-<time>.json. Nothing is deleted: each run writes into maps of its own
 * (`map:writers-<run>-<n>`).
 */
import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, REPO_ROOT } from '../src/config.js';
import { machine, watch, type Usage } from './lib/machine.js';
import { BENCH_KEY, loadavg, runBench, startBenchService } from './lib/maps.js';
import { benchNeo4j } from './lib/neo4j.js';

const { values } = parseArgs({
  options: {
    writers: { type: 'string', default: '8' },
    seconds: { type: 'string', default: '30' },
    warmup: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '2' },
    instance: { type: 'string', default: 'bench-maps' },
  },
});
const log = (line: string) => process.stderr.write(`${line}\n`);

interface Generated {
  writes: number;
  seconds: number;
  writesPerSecond: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  errors: number;
  firstErrors: string[];
  cpuSeconds: number;
}

/** One load-generator run; the usage is watched from its "measuring" line to its result. */
function generate(
  options: { url: string; key: string; maps: string[]; seconds: number; warmupSeconds: number; tag: string },
  pids: Record<string, number | undefined>,
): Promise<Generated & { usage: Usage }> {
  const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bench', 'lib', 'writers-load.mjs'), JSON.stringify(options)], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let watching: ReturnType<typeof watch> | null = null;
  let usage: Usage | null = null;
  let result: Generated | null = null;
  let buffer = '';
  let err = '';
  child.stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
  child.stdout.on('data', (c: Buffer) => {
    buffer += c.toString('utf8');
    const lines = buffer.split('\n');
    buffer = lines.pop()!;
    for (const line of lines) {
      const event = JSON.parse(line) as { event: string } & Generated;
      if (event.event === 'measuring') watching = watch({ ...pids, loadGenerator: child.pid });
      else if (event.event === 'done') {
        usage = watching?.stop() ?? null;
        result = event;
      }
    }
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      if (code !== 0 || !result || !usage) return reject(new Error(`writers-load exited with ${code}: ${err.slice(-500)}`));
      resolve({ ...result, usage });
    });
  });
}

async function main(): Promise<void> {
  const writers = Number(values.writers);
  const seconds = Number(values.seconds);
  const warmupSeconds = Number(values.warmup);
  const rounds = Number(values.rounds);
  const base = loadConfig();
  const neo4j = await benchNeo4j(base, { instance: values.instance!, onProgress: log });
  const host = machine();
  log(`machine: ${host.cpuModel}, ${host.cpus} CPUs, ${host.memoryGiB} GiB; ${neo4j.memory}; load ${loadavg()}`);
  log('building the service (npm run build)...');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const { service, gql } = await startBenchService(neo4j, {}, log);
  const run = Date.now().toString(36);
  const pids = { service: service.pid, neo4j: neo4j.managed?.pid };
  try {
    const results: Record<string, unknown>[] = [];
    for (let round = 1; round <= rounds; round += 1) {
      for (const layout of ['different maps', 'one map'] as const) {
        const tag = `${run}-${round}-${layout === 'one map' ? 'one' : 'many'}`;
        const slugs = layout === 'one map' ? [`writers-${tag}-0`] : Array.from({ length: writers }, (_, i) => `writers-${tag}-${i}`);
        for (const slug of slugs) {
          await gql('mutation ($input: CreateMapInput!) { createMap(input: $input) { id } }', { input: { name: `Writers ${slug}`, slug } });
        }
        const maps = Array.from({ length: writers }, (_, i) => `map:${slugs[i % slugs.length]}`);
        const figures = await generate({ url: service.url, key: BENCH_KEY, maps, seconds, warmupSeconds, tag }, pids);
        const cores = (name: string) => {
          const cpu = figures.usage.cpu[name];
          return cpu === null || cpu === undefined ? null : Number((cpu / figures.usage.seconds).toFixed(2));
        };
        const row = {
          figure: 'writers',
          round,
          layout,
          writers,
          maps: slugs.length,
          writesPerSecond: figures.writesPerSecond,
          writes: figures.writes,
          p50: figures.p50,
          p95: figures.p95,
          p99: figures.p99,
          errors: figures.errors,
          firstErrors: figures.firstErrors,
          cores: {
            service: cores('service'),
            neo4j: cores('neo4j'),
            loadGenerator: cores('loadGenerator'),
            machine: figures.usage.machineBusy === null ? null : Number((figures.usage.machineBusy / figures.usage.seconds).toFixed(2)),
          },
          loadBefore: figures.usage.loadBefore,
          loadAfter: figures.usage.loadAfter,
        };
        results.push(row);
        process.stdout.write(`${JSON.stringify(row)}\n`);
      }
    }
    const file = path.join(REPO_ROOT, 'bench', 'results', `maps-writers-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
    log(`results: ${path.relative(REPO_ROOT, file)}`);
    const mean = (layout: string) => {
      const rows = results.filter((r) => r.layout === layout).map((r) => r.writesPerSecond as number);
      return rows.reduce((a, b) => a + b, 0) / rows.length;
    };
    const ratio = mean('different maps') / mean('one map');
    log(
      `writes/s, mean of ${rounds}: ${mean('different maps').toFixed(1)} on ${writers} maps, ${mean('one map').toFixed(1)} on one: ${ratio.toFixed(2)}x`,
    );
  } finally {
    await service.stop();
    await neo4j.release();
  }
}

runBench(main, log);
