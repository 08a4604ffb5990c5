/**
 * `npm run soak -- [--minutes 60] [--connections 8] [--claims 2000] [--warmup 2] [--yes]`
 *
 * A long run of mixed reads and writes against the compiled service: a generated map of
 * `--claims` claims is loaded, the service (bin/argmap.js serve, NODE_ENV=production) and the
 * load generator (bench/lib/soak-load.mjs) run as processes of their own, and every minute a line
 * reports the requests, errors, refusals (429), p50/p99 and the service's resident memory. The
 * summary gives the memory growth after the warm-up (the first `--warmup` minutes): the mean RSS of
 * the last three minutes against that of the three minutes after the warm-up. The load deletes the
 * claims it creates (at most a few hundred wait), so the map keeps its size and growth means a leak;
 * the summary gives the claim count at both ends. Results go to bench/results/soak-<time>.json.
 *
 * Against NEO4J_URI it wipes that database (hence --yes); without it, a managed instance `soak`.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, REPO_ROOT } from '../src/config.js';
import { generateDebate } from '../src/cli/generate.js';
import { openBackend } from '../src/main.js';
import { loadavg, machine } from './lib/machine.js';
import { startProcess } from './lib/processes.js';
import { benchNeo4j } from './lib/neo4j.js';

const KEY = 'soak-key-0123456789';
const log = (line: string) => process.stdout.write(`${line}\n`);

function rssMiB(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round((Number(match[1]) / 1024) * 10) / 10 : null;
  } catch {
    return null;
  }
}

interface Minute {
  minute: number;
  requests: number;
  errors: number;
  refused: number;
  p50: number | null;
  p99: number | null;
  rssMiB: number | null;
  rssMaxMiB: number | null;
  load: number;
  messages: [string, number][];
}

async function main() {
  const { values } = parseArgs({
    options: {
      minutes: { type: 'string', default: '60' },
      connections: { type: 'string', default: '8' },
      claims: { type: 'string', default: '2000' },
      warmup: { type: 'string', default: '2' },
      yes: { type: 'boolean', default: false },
    },
  });
  const minutes = Number(values.minutes);
  const connections = Number(values.connections);
  const claims = Number(values.claims);
  const warmup = Math.min(Number(values.warmup), Math.max(0, minutes - 1));
  const command = `npm run soak -- ${process.argv.slice(2).join(' ')}`.trim();
  const base = loadConfig();
  const neo4j = await benchNeo4j(base, { instance: 'soak', wipe: { allowed: values.yes }, onProgress: log });
  const { conn, memory: neo4jMemory } = neo4j;
  log('building the service (npm run build)...');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const { env } = neo4j;

  const doc = generateDebate({ claims, seed: 1 });
  const backend = await openBackend({ ...base, neo4j: conn, queryTimeoutMs: 600_000 }, () => {});
  await backend.repos.database.deleteEverything();
  await backend.repos.graphImport.importGraph({ doc, external: [], batchSize: 2000 });
  const counts = await backend.repos.database.counts();
  await backend.close();
  log(`loaded a generated map of ${claims} claims: ${counts.nodes} nodes, ${counts.relationships} relationships`);

  const service = await startProcess(
    process.execPath,
    ['bin/argmap.js', 'serve'],
    // The rate limits are off: one key and one address send everything, and the soak is about
    // stability and memory. The heavy-request gate stays as deployed.
    {
      ...env,
      PORT: '0',
      HOST: '127.0.0.1',
      ARGMAP_API_KEYS: `soak:${KEY}:write`,
      NODE_ENV: 'production',
      ARGMAP_RATE_WRITES: '0',
      ARGMAP_RATE_HEAVY: '0',
    },
    /argmap ready: GraphQL (http:\S+\/graphql)/,
    log,
  );
  const host = machine();
  log(`machine: ${host.cpuModel}, ${host.cpus} CPUs, ${host.memoryGiB} GiB; ${neo4jMemory}; service pid ${service.pid}`);
  log(`soak: ${minutes} min, ${connections} connections; a report every minute`);

  // The map's size before and after: the load deletes the claims it creates, so it should stay put.
  const claimCount = async () => {
    const response = await fetch(service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ claims(first: 1) { totalCount } }' }),
    });
    return ((await response.json()) as { data: { claims: { totalCount: number } } }).data.claims.totalCount;
  };
  const claimsAtStart = await claimCount();
  let rssMax = 0;
  const sampler = setInterval(() => (rssMax = Math.max(rssMax, rssMiB(service.pid) ?? 0)), 2000);
  const rows: Minute[] = [];
  const started = Date.now();
  const generator = spawn(
    process.execPath,
    [
      path.join(REPO_ROOT, 'bench', 'lib', 'soak-load.mjs'),
      JSON.stringify({
        url: service.url,
        key: KEY,
        connections,
        seconds: minutes * 60,
        reportSeconds: 60,
        claims,
        actors: doc.actors.length,
      }),
    ],
    { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let buffer = '';
  generator.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    const lines = buffer.split('\n');
    buffer = lines.pop()!;
    for (const line of lines) {
      const r = JSON.parse(line) as Omit<Minute, 'minute' | 'rssMiB' | 'rssMaxMiB' | 'load'>;
      if (rows.length >= minutes) {
        // The last report holds the few requests that ended after the final minute: counted in it.
        const last = rows.at(-1)!;
        last.requests += r.requests;
        last.errors += r.errors;
        last.refused += r.refused;
        continue;
      }
      const row: Minute = {
        minute: rows.length + 1,
        requests: r.requests,
        errors: r.errors,
        refused: r.refused,
        p50: r.p50 === null ? null : Math.round(r.p50),
        p99: r.p99 === null ? null : Math.round(r.p99),
        rssMiB: rssMiB(service.pid),
        rssMaxMiB: rssMax || null,
        load: loadavg(),
        messages: r.messages,
      };
      rssMax = 0;
      rows.push(row);
      log(
        `minute ${row.minute}: ${row.requests} requests, ${row.errors} errors, ${row.refused} refused, p50 ${row.p50} ms, p99 ${row.p99} ms, service RSS ${row.rssMiB} MiB (max ${row.rssMaxMiB}), load ${row.load}`,
      );
      for (const [message, n] of row.messages) log(`  ${n} x ${message}`);
    }
  });
  await new Promise<void>((resolve) => generator.once('exit', () => resolve()));
  clearInterval(sampler);
  const seconds = (Date.now() - started) / 1000;
  const claimsAtEnd = await claimCount();
  await service.stop();
  await neo4j.release();

  const total = rows.reduce((s, r) => s + r.requests, 0);
  const errors = rows.reduce((s, r) => s + r.errors, 0);
  const refused = rows.reduce((s, r) => s + r.refused, 0);
  // One sample a minute swings with garbage collection: the mean of three minutes right after the
  // warm-up against the mean of the last three.
  const mean = (xs: Minute[]) => {
    const values = xs.map((r) => r.rssMiB).filter((x): x is number => x !== null);
    return values.length ? Math.round((values.reduce((s, x) => s + x, 0) / values.length) * 10) / 10 : null;
  };
  const afterWarmup = mean(rows.slice(warmup, warmup + 3));
  const atEnd = mean(rows.slice(-3));
  const later = rows.slice(warmup).map((r) => r.rssMiB ?? 0);
  const growth = afterWarmup && atEnd ? Math.round(((atEnd - afterWarmup) / afterWarmup) * 1000) / 10 : null;
  const summary = {
    command,
    machine: host,
    neo4jMemory,
    minutes,
    connections,
    claims,
    seconds: Math.round(seconds),
    requests: total,
    errors,
    refused,
    requestsPerSecond: Math.round((total / seconds) * 10) / 10,
    claimsAtStart,
    claimsAtEnd,
    rssAfterWarmupMiB: afterWarmup,
    rssAtEndMiB: atEnd,
    rssMaxAfterWarmupMiB: later.length ? Math.max(...later) : null,
    memoryGrowthPercent: growth,
    rows,
  };
  const file = path.join(REPO_ROOT, 'bench', 'results', `soak-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(summary, null, 2)}\n`);
  log(
    `summary: ${total} requests in ${Math.round(seconds)} s (${summary.requestsPerSecond}/s), ${errors} errors, ${refused} refused; service RSS ${afterWarmup} MiB in the 3 min after ${warmup} min of warm-up, ${atEnd} MiB in the last 3 (${growth === null ? 'n/a' : `${growth > 0 ? '+' : ''}${growth} %`}), at most ${summary.rssMaxAfterWarmupMiB} MiB after the warm-up`,
  );
  log(`claims in the map: ${claimsAtStart} at the start, ${claimsAtEnd} at the end`);
  log(`results: ${path.relative(REPO_ROOT, file)}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(`soak: ${(error as Error)?.stack ?? String(error)}`);
    process.exit(1);
  },
);
