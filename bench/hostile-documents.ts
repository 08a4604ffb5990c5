/**
 * `npx tsx bench/hostile-documents.ts [--seconds 2] [--instance bench-hostile] [--yes] [--url URL]`
 *
 * The worst GraphQL documents under the service's limits: the fragment bomb of the
 * issue, the same at every depth with as many spreads as the 2000-token limit allows, a chain of
 * fragments each spreading the next twice, deep lists, objects and selections, the most aliases.
 * Each is sent one request at a time for `--seconds` (at least 5 times) to the compiled service,
 * a process of its own (NODE_ENV=production, over the managed instance `bench-hostile` reset to the
 * seed debate, or NEO4J_URI with --yes; or a running service with --url), while a worker thread polls
 * /healthz and a bare control server every 50 ms. For each document: its size, tokens, the answer's
 * status and code, the time of each answer (median and worst), the service's CPU time per request,
 * and /healthz's worst latency meanwhile (beside the control server's, which says what the machine
 * alone did). Results: bench/results/hostile-documents-<time>.json.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../src/config.js';
import {
  aliasBomb,
  aliases,
  countTokens,
  deepList,
  deepObject,
  deepSelection,
  directiveStack,
  fragmentBomb,
  fragmentChain,
  heavyAliases,
  largestBomb,
  longestChain,
  nestedListBomb,
  TOKEN_LIMIT,
} from './lib/fuzz/documents.js';
import { percentile, watchHealthz } from './lib/fuzz/healthz.js';
import { benchDatabase, buildService, startSeededService } from './lib/fuzz/service.js';
import { cpuSeconds, loadavg, machine } from './lib/machine.js';

const log = (line: string) => process.stdout.write(`${line}\n`);

function largestNestedListBomb(depth: number): number {
  let spreads = 1;
  while (countTokens(nestedListBomb(spreads + 1, depth)) <= TOKEN_LIMIT) spreads += 1;
  return spreads;
}

/** The documents, worst first within each shape. */
function documents(): { name: string; query: string }[] {
  const docs: { name: string; query: string }[] = [{ name: 'the issue: 52 spreads x 4 fragments', query: fragmentBomb(52, 4) }];
  for (const depth of [2, 3, 4, 5, 6, 8]) {
    const spreads = largestBomb(depth);
    docs.push({ name: `${spreads} spreads x ${depth} fragments (the most under 2000 tokens)`, query: fragmentBomb(spreads, depth) });
  }
  docs.push({ name: `${largestBomb(4) + 1} spreads x 4 fragments (over the token limit)`, query: fragmentBomb(largestBomb(4) + 1, 4) });
  const chain = longestChain();
  docs.push({ name: `a chain of ${chain} fragments, each spreading the next twice`, query: fragmentChain(chain) });
  for (const depth of [2, 3]) {
    const spreads = largestNestedListBomb(depth);
    docs.push({ name: `${spreads} spreads x ${depth} claim fragments in a page of 100 claims`, query: nestedListBomb(spreads, depth) });
  }
  docs.push({ name: '15 aliases in a fragment spread 40 x 3', query: aliasBomb(40, 3) });
  for (const depth of [70_000, 100_000, 200_000])
    docs.push({ name: `a list nested ${depth.toLocaleString('en')} deep`, query: deepList(depth) });
  docs.push({ name: 'an object nested 100,000 deep', query: deepObject(100_000) });
  docs.push({ name: 'selections nested 4,000 deep', query: deepSelection(4_000) });
  docs.push({ name: '15 aliases (the most allowed)', query: aliases(15) });
  docs.push({ name: '600 aliases', query: aliases(600) });
  docs.push({ name: '15 aliased pages of 100 claims', query: heavyAliases(15) });
  docs.push({ name: '600 directives on one field', query: directiveStack(600) });
  return docs;
}

interface Row {
  document: string;
  bytes: number;
  tokens: number;
  status: number;
  code: string;
  requests: number;
  medianMs: number;
  worstMs: number;
  serviceCpuMsPerRequest: number | null;
  healthzWorstMs: number | null;
  controlWorstMs: number | null;
}

async function main() {
  const { values } = parseArgs({
    options: {
      seconds: { type: 'string', default: '2' },
      instance: { type: 'string', default: 'bench-hostile' },
      yes: { type: 'boolean', default: false },
      url: { type: 'string' },
    },
  });
  const seconds = Number(values.seconds);
  const command = `npx tsx bench/hostile-documents.ts ${process.argv.slice(2).join(' ')}`.trim();
  let url: string;
  let pid: number | null = null;
  let stop = async () => {};
  let neo4jMemory = 'the running service';
  if (values.url) {
    url = new URL(values.url).origin;
  } else {
    const db = await benchDatabase({ instance: values.instance!, yes: values.yes, what: 'benchmark resets to the seed debate', log });
    neo4jMemory = db.neo4jMemory || `managed instance ${values.instance} (already running, memory as it was started)`;
    log('building the service...');
    buildService();
    log('loading the seed debate and starting the service...');
    const service = await startSeededService({ conn: db.conn, log });
    url = service.url.replace('//localhost:', '//127.0.0.1:');
    pid = service.pid;
    stop = async () => {
      await service.stop();
      await db.stop();
    };
  }
  const host = machine();
  const loadBefore = loadavg();
  log(`machine: ${host.cpuModel}, ${host.cpus} CPUs, ${host.memoryGiB} GiB; load ${loadBefore}; ${neo4jMemory}`);
  const rows: Row[] = [];
  try {
    const send = async (query: string) => {
      const started = performance.now();
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
        signal: AbortSignal.timeout(60_000),
      });
      const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
      return { ms: performance.now() - started, status: response.status, code: body.errors?.[0]?.extensions?.code ?? 'answered' };
    };
    // Warm-up: the first requests of a fresh process compile code paths the others reuse.
    for (let i = 0; i < 20; i++) await send('{ currentRevision }');
    const watcher = await watchHealthz(url, { intervalMs: 50 });
    const windows: { row: Row; from: number; to: number }[] = [];
    const idleFrom = Date.now();
    await new Promise((r) => setTimeout(r, seconds * 1000));
    const idleTo = Date.now();
    for (const { name, query } of documents()) {
      const from = Date.now();
      const cpuBefore = pid ? cpuSeconds(pid) : null;
      const times: number[] = [];
      let last = { status: 0, code: '' };
      while (times.length < 5 || Date.now() - from < seconds * 1000) {
        const answer = await send(query);
        times.push(answer.ms);
        last = answer;
      }
      const cpuAfter = pid ? cpuSeconds(pid) : null;
      const sorted = [...times].sort((a, b) => a - b);
      const row: Row = {
        document: name,
        bytes: Buffer.byteLength(JSON.stringify({ query })),
        tokens: countTokens(query),
        status: last.status,
        code: last.code,
        requests: times.length,
        medianMs: Math.round(percentile(sorted, 50) * 10) / 10,
        worstMs: Math.round(sorted.at(-1)! * 10) / 10,
        serviceCpuMsPerRequest:
          cpuBefore !== null && cpuAfter !== null ? Math.round(((cpuAfter - cpuBefore) * 1000 * 10) / times.length) / 10 : null,
        healthzWorstMs: null,
        controlWorstMs: null,
      };
      rows.push(row);
      windows.push({ row, from, to: Date.now() });
    }
    const watched = await watcher.stop();
    const worst = (from: number, to: number) => {
      const inside = watched.samples.filter((s) => s.at >= from && s.at <= to);
      return {
        healthz: inside.length ? Math.max(...inside.map((s) => s.ms)) : null,
        control: inside.length ? Math.max(...inside.map((s) => s.controlMs ?? 0)) : null,
        polls: inside.length,
      };
    };
    for (const w of windows) {
      const { healthz, control } = worst(w.from, w.to);
      w.row.healthzWorstMs = healthz;
      w.row.controlWorstMs = control;
    }
    const idle = worst(idleFrom, idleTo);
    const loadAfter = loadavg();
    log(`/healthz with nothing else sent (${seconds} s): worst ${idle.healthz} ms (control ${idle.control} ms), ${idle.polls} polls`);
    log('');
    log('| document | bytes | tokens | answer | requests | median ms | worst ms | service CPU ms/request | /healthz worst ms (control) |');
    log('| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: |');
    for (const r of rows)
      log(
        `| ${r.document} | ${r.bytes.toLocaleString('en')} | ${r.tokens.toLocaleString('en')} | ${r.status} ${r.code} | ${r.requests} | ${r.medianMs} | ${r.worstMs} | ${r.serviceCpuMsPerRequest ?? 'n/a'} | ${r.healthzWorstMs} (${r.controlWorstMs}) |`,
      );
    log('');
    log(`load ${loadBefore} before, ${loadAfter} after`);
    const file = path.join(REPO_ROOT, 'bench', 'results', `hostile-documents-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    writeFileSync(
      file,
      `${JSON.stringify({ command, machine: host, neo4jMemory, loadBefore, loadAfter, seconds, idleHealthz: idle, rows, healthzPolls: watched.polls }, null, 2)}\n`,
    );
    log(`results: ${path.relative(REPO_ROOT, file)}`);
  } finally {
    await stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(`hostile-documents: ${(error as Error)?.stack ?? String(error)}`);
    process.exit(1);
  },
);
