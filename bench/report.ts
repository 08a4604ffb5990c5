/**
 * Markdown tables from a results file of `npm run bench` (bench/results/*.json):
 * `npx tsx bench/report.ts bench/results/<file>.json`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Measure, Results, Usage } from './lib/results.js';

/**
 * CPU milliseconds a process used per request answered during a measurement: what the load does
 * not blur. For Neo4j, with the idle sample taken just before, also net of its own background
 * work at that rate (otherwise the slower system is charged more of it: fewer requests share it).
 */
const perRequest = (m: Measure | null, name: string, idle?: Usage) => {
  const seconds = m?.usage.cpu[name];
  if (!m || typeof seconds !== 'number' || m.requests <= 0) return 'n/a';
  const gross = ((seconds * 1000) / m.requests).toFixed(1);
  const idleSeconds = idle?.cpu[name];
  if (typeof idleSeconds !== 'number' || !idle?.seconds) return gross;
  const net = Math.max(0, seconds - (idleSeconds / idle.seconds) * m.usage.seconds);
  return `${gross} (${((net * 1000) / m.requests).toFixed(1)})`;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const ms = (x: number) => (x < 10 ? x.toFixed(1) : x.toFixed(0));
const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : 'n/a');
const table = (head: string[], body: string[][]) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const cpu = (u: Usage, name: string) => (u.cpu[name] === null || u.cpu[name] === undefined ? '' : String(u.cpu[name]));

export function renderReport(r: Results): string {
  const out: string[] = [];
  out.push(
    `Command: \`${r.command}\`; ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGiB} GiB, ${r.machine.platform}, Node.js ${r.machine.node}; ${r.neo4jMemory}; ${r.connections} connections, ${r.seconds} s a measurement.\n`,
  );
  out.push(
    table(
      [
        'claims',
        'items',
        'import path items/s',
        'ceiling items/s',
        'import / ceiling',
        'import s',
        'Neo4j cpu s',
        'loader cpu s',
        'load avg',
        'nodes',
        'relationships',
        'store MiB',
        'service ready s / evaluation ready s',
        'service RSS MiB: evaluation ready / end of run',
      ],
      r.loads.map((l) => [
        String(l.size),
        String(l.importPath?.items ?? l.ceiling?.items ?? 'n/a'),
        l.importPath ? String(l.importPath.itemsPerSecond) : 'not run',
        l.ceiling ? String(l.ceiling.itemsPerSecond) : 'n/a',
        l.ceiling && l.importPath ? ratio(l.importPath.itemsPerSecond, l.ceiling.itemsPerSecond) : 'n/a',
        l.importPath ? l.importPath.seconds.toFixed(1) : 'n/a',
        l.importPath ? cpu(l.importPath.usage, 'neo4j') : 'n/a',
        l.importPath ? cpu(l.importPath.usage, 'bench') : 'n/a',
        l.importPath ? `${l.importPath.usage.loadBefore}→${l.importPath.usage.loadAfter}` : 'n/a',
        String(l.counts.nodes),
        String(l.counts.relationships),
        l.storeMiB === null ? 'n/a' : String(l.storeMiB),
        ((s) =>
          s
            ? `${(s.startMs / 1000).toFixed(1)} / ${s.evaluationReadyMs === undefined ? 'n/a' : (s.evaluationReadyMs / 1000).toFixed(1)}`
            : 'n/a')(r.services.find((s) => s.size === l.size)),
        ((s) => (s ? `${s.rssAfterWarmUpMiB ?? 'n/a'} / ${s.rssMiB ?? 'n/a'}` : 'n/a'))(r.services.find((s) => s.size === l.size)),
      ]),
    ),
  );
  out.push('');
  const perItem = (u: Usage, name: string, items: number) => {
    const seconds = u.cpu[name];
    return typeof seconds === 'number' ? ((seconds * 1e6) / items).toFixed(0) : 'n/a';
  };
  out.push(
    table(
      [
        'claims',
        'Neo4j CPU µs / item: import path',
        'ceiling',
        'loader CPU µs / item: import path',
        'ceiling',
        'ceiling s',
        'ceiling load avg',
      ],
      r.loads.map((l) => [
        String(l.size),
        l.importPath ? perItem(l.importPath.usage, 'neo4j', l.importPath.items) : 'n/a',
        l.ceiling ? perItem(l.ceiling.usage, 'neo4j', l.ceiling.items) : 'n/a',
        l.importPath ? perItem(l.importPath.usage, 'bench', l.importPath.items) : 'n/a',
        l.ceiling ? perItem(l.ceiling.usage, 'bench', l.ceiling.items) : 'n/a',
        l.ceiling ? l.ceiling.seconds.toFixed(1) : 'n/a',
        l.ceiling ? `${l.ceiling.usage.loadBefore}→${l.ceiling.usage.loadAfter}` : 'n/a',
      ]),
    ),
  );
  out.push('');
  out.push(
    table(
      [
        'claims',
        'operation',
        'argmap p50 / p99',
        'req/s',
        'trips',
        'floor over HTTP p50 / p99',
        'bare driver p50 / p99',
        '@neo4j/graphql p50 / p99',
        'argmap / floor HTTP',
        'argmap / @neo4j/graphql',
        'argmap cpu s (service, Neo4j, autocannon)',
        'load avg',
      ],
      r.results.map((x) => [
        String(x.size),
        x.operation,
        `${x.argmap.p50} / ${x.argmap.p99}`,
        String(Math.round(x.argmap.rps)),
        String(x.roundTrips ?? ''),
        `${x.rawHttp.p50} / ${x.rawHttp.p99}`,
        `${x.raw.p50} / ${x.raw.p99}`,
        x.neo4jGraphql ? `${x.neo4jGraphql.p50} / ${x.neo4jGraphql.p99}` : 'n/a',
        ratio(x.argmap.p50, x.rawHttp.p50),
        x.neo4jGraphql ? ratio(x.argmap.p50, x.neo4jGraphql.p50) : 'n/a',
        `${cpu(x.argmap.usage, 'server')}, ${cpu(x.argmap.usage, 'neo4j')}, ${cpu(x.argmap.usage, 'loadGenerator')}`,
        `${x.argmap.usage.loadBefore}→${x.argmap.usage.loadAfter}`,
      ]),
    ),
  );
  out.push('');
  const sizes = [...new Set(r.results.map((x) => x.size))];
  const operations = [...new Set(r.results.map((x) => x.operation))];
  out.push(
    table(
      [
        'claims',
        'operation',
        'server CPU ms / request: argmap',
        'floor over HTTP',
        '@neo4j/graphql',
        'Neo4j CPU ms / request (net of its idle rate): argmap',
        'floor over HTTP',
        '@neo4j/graphql',
        'autocannon CPU ms / request (argmap run)',
      ],
      r.results.map((x) => [
        String(x.size),
        x.operation,
        perRequest(x.argmap, 'server'),
        perRequest(x.rawHttp, 'server'),
        perRequest(x.neo4jGraphql, 'server'),
        perRequest(x.argmap, 'neo4j', x.idle),
        perRequest(x.rawHttp, 'neo4j', x.idle),
        perRequest(x.neo4jGraphql, 'neo4j', x.idle),
        perRequest(x.argmap, 'loadGenerator'),
      ]),
    ),
  );
  out.push('');
  if (sizes.length > 1) {
    out.push(
      table(
        ['operation (argmap p50 ms; floor over HTTP in brackets)', ...sizes.map(String)],
        operations.map((op) => [
          op,
          ...sizes.map((size) => {
            const x = r.results.find((y) => y.size === size && y.operation === op);
            return x ? `${x.argmap.p50} (${x.rawHttp.p50})` : '';
          }),
        ]),
      ),
    );
    out.push('');
  }
  if (r.evaluations.length > 0) {
    out.push(
      table(
        [
          'claims',
          'arguments',
          'whole-map read (find-map via the executor)',
          'translate + grounded (solve only)',
          'gradual (solve only)',
          "first evaluation through GraphQL (after the start-up read and the operations' writes)",
          'grounded through GraphQL after a write',
          'gradual through GraphQL (solve)',
          'grounded through GraphQL, warm',
          'preferred through GraphQL',
          'warm Claim.status p50 / p99 (8 connections)',
          'Claim.status one at a time, median',
        ],
        r.evaluations.map((e) => [
          String(e.claims),
          String(e.arguments),
          ms(median(e.extractionMs)),
          ms(median(e.groundedSolveMs)),
          ms(median(e.gradualSolveMs)),
          e.groundedFirstMs === undefined ? 'n/a' : ms(e.groundedFirstMs),
          ms(median(e.groundedColdMs)),
          ms(median(e.gradualMs)),
          ms(median(e.groundedWarmMs)),
          e.preferred ? `${ms(median(e.preferred.ms))} (${e.preferred.exact ? '' : '≥ '}${e.preferred.extensionCount} ext.)` : 'failed',
          `${e.warmStatus.p50} / ${e.warmStatus.p99}`,
          e.statusSingleMs ? ms(median(e.statusSingleMs)) : 'n/a',
        ]),
      ),
    );
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.stdout.write(renderReport(JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as Results));
}
