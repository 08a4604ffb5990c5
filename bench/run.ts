/**
 * `npm run bench -- [--sizes 1000,10000,100000] [--duration 10] [--connections 8] [--only TEXT] [--no-import-ceiling] [--no-evaluation] [--yes]`
 *
 * For each size: generate a synthetic debate (seed 42); load it twice into an emptied database
 * with argmap's constraints and indexes, first as the machine's import ceiling (the bare driver,
 * plain UNWIND ... CREATE in large batches) and then through argmap's import path; then start
 * the service under test (the compiled dist/, `node bin/argmap.js serve`), the raw-driver floor
 * behind a bare HTTP handler and @neo4j/graphql, each a process of its own, and measure every
 * operation (or those whose name contains --only) with autocannon, itself a process of its
 * own, at fixed concurrency for a fixed time on loopback; the bare-driver loop runs in the raw
 * server's process. Then whole-map evaluation through GraphQL: the extraction (the map read from
 * Neo4j) timed alone, the solving timed alone on what it read, and end to end cold and warm.
 * Every measurement records the load average before and after and the CPU seconds each process
 * (service, baseline, Neo4j, load generator, this process) used during it.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, REPO_ROOT } from '../src/config.js';
import { generateDebate } from '../src/cli/generate.js';
import { documentSize } from '../src/domain/graph-document.js';
import { openBackend } from '../src/main.js';
import { deriveFramework, evaluateDerived, gradualStrengths, type EvaluationMap } from '../src/domain/evaluation/index.js';
import { createExecutor } from '../src/db/executor.js';
import { DatabaseHealth } from '../src/db/health.js';
import { EvaluationCache, EvaluationRepository } from '../src/repositories/evaluation.js';
import { CypherRegistry } from '../src/db/registry.js';
import { rawDriver } from './raw-driver.js';
import { importCeiling } from './import-ceiling.js';
import { machine, watch } from './lib/machine.js';
import { autocannon, buildBaselines, startProcess, type LoadResult, type Server } from './lib/processes.js';
import { benchNeo4j } from './lib/neo4j.js';
import type { EvaluationFigures, Load, LoadRecord, Measure, Results, Row, ServiceStart } from './lib/results.js';

const log = (line: string) => process.stderr.write(`${line}\n`);
const KEY = 'bench-key';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000' },
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '8' },
      only: { type: 'string' },
      'batch-size': { type: 'string', default: '5000' },
      'ceiling-batch-size': { type: 'string', default: '20000' },
      'no-import-ceiling': { type: 'boolean', default: false },
      // The operations then read what the ceiling wrote (the same rows, no revision log).
      'no-import-path': { type: 'boolean', default: false },
      'no-evaluation': { type: 'boolean', default: false },
      'no-operations': { type: 'boolean', default: false },
      yes: { type: 'boolean', default: false },
    },
  });
  if (values['no-import-path'] && values['no-import-ceiling'])
    throw new Error('--no-import-path needs the import ceiling to load the data');
  const sizes = values.sizes!.split(',').map(Number);
  const seconds = Number(values.duration);
  const connections = Number(values.connections);
  const batchSize = Number(values['batch-size']);
  const ceilingBatch = Number(values['ceiling-batch-size']);
  const base = loadConfig();
  const neo4j = await benchNeo4j(base, {
    instance: 'bench',
    wipe: { allowed: values.yes || process.env.ARGMAP_BENCH_WIPE === 'true', howToAllow: 'pass --yes or set ARGMAP_BENCH_WIPE=true' },
    onProgress: log,
  });
  const { conn, memory: neo4jMemory } = neo4j;
  const neo4jPid = () => neo4j.managed?.pid;
  log('building the service (npm run build) and the baseline servers...');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const baselines = await buildBaselines();
  const { env } = neo4j;
  // The loader's transactions are batches of thousands of rows, not requests: on a busy machine one may take
  // longer than a request's timeout (ARGMAP_QUERY_TIMEOUT_MS, 15 s), so the loader waits up to 10 minutes.
  const backend = await openBackend({ ...base, neo4j: conn, queryTimeoutMs: 600_000 }, () => {});
  const driver = rawDriver(conn.uri, conn.user, conn.password);
  const host = machine();
  log(`machine: ${host.cpuModel}, ${host.cpus} CPUs, ${host.memoryGiB} GiB, ${host.platform}, Node.js ${host.node}; ${neo4jMemory}`);
  const rows: Row[] = [];
  const loads: LoadRecord[] = [];
  const evaluations: EvaluationFigures[] = [];
  const services: ServiceStart[] = [];
  const self = process.pid;
  const file = path.join(REPO_ROOT, 'bench', 'results', `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  const command = `npm run bench -- ${process.argv.slice(2).join(' ')}`;
  /** Written after every size, so a run stopped part-way keeps what it measured. */
  const save = () => {
    const results: Results = {
      command,
      machine: host,
      neo4jMemory,
      sizes,
      seconds,
      connections,
      loads,
      services,
      results: rows,
      evaluations,
    };
    writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  };
  try {
    for (const size of sizes) {
      log(`\n== ${size} claims`);
      const generated = performance.now();
      const doc = generateDebate({ claims: size, seed: 42 });
      const items = documentSize(doc);
      log(`generated ${items} items in ${((performance.now() - generated) / 1000).toFixed(1)} s`);
      const fresh = async () => {
        // Emptying a large store takes minutes (1M claims: about four): say so rather than sit silent.
        const { nodes, relationships } = await backend.repos.database.counts();
        if (nodes > 0) log(`emptying the database (${nodes} nodes, ${relationships} relationships)...`);
        await backend.repos.database.deleteEverything();
        await backend.repos.database.migrate();
      };
      const progress = (label: string, started: number) => {
        let last = 0;
        return (p: { step: string; done: number; total: number }, doneItems: number) => {
          const now = performance.now();
          if (now - last < 2000 && p.done < p.total) return;
          last = now;
          const rate = doneItems / ((now - started) / 1000);
          const eta = rate > 0 ? (items - doneItems) / rate : 0;
          log(
            `  ${label}: ${p.step} ${p.done}/${p.total}; ${doneItems}/${items} items, ${Math.round(rate)} items/s, ETA ${eta.toFixed(0)} s`,
          );
        };
      };
      /**
       * One load into the emptied database, timed and watched, with progress in items: rows
       * written so far, counted per step under the key `countAs` gives it (null: a step that adds
       * no new items, such as one linking what an earlier step created).
       */
      const timedLoad = async (
        label: string,
        title: string,
        batch: number,
        countAs: (step: string) => string | null,
        run: (onProgress: (p: { step: string; done: number; total: number }) => void) => Promise<unknown>,
      ): Promise<Load> => {
        await fresh();
        const started = performance.now();
        const usage = watch({ neo4j: neo4jPid(), bench: self });
        const report = progress(label, started);
        const doneBefore = new Map<string, number>();
        let done = 0;
        await run((p) => {
          const key = countAs(p.step);
          if (key !== null) {
            done += p.done - (doneBefore.get(key) ?? 0);
            doneBefore.set(key, p.done);
          }
          report(p, Math.min(done, items));
        });
        const seconds = (performance.now() - started) / 1000;
        const load: Load = { items, seconds, itemsPerSecond: Math.round(items / seconds), batchSize: batch, usage: usage.stop() };
        log(`${title}, batches of ${batch}): ${items} items in ${seconds.toFixed(1)} s: ${load.itemsPerSecond} items/s`);
        return load;
      };
      const ceiling = values['no-import-ceiling']
        ? null
        : await timedLoad(
            'ceiling',
            'import ceiling (bare driver, UNWIND ... CREATE',
            ceilingBatch,
            (step) => step,
            (onProgress) => importCeiling(driver, conn.database, doc, ceilingBatch, onProgress),
          );
      const importPath = values['no-import-path']
        ? null
        : await timedLoad(
            'import',
            'import path (importGraph',
            batchSize,
            (step) => (step.includes('link') ? null : step),
            (onProgress) => backend.repos.graphImport.importGraph({ doc, external: [], batchSize, onProgress }),
          );
      const storeMiB = storeSize(base.dataDir);
      loads.push({ size, importPath, ceiling, storeMiB, counts: await backend.repos.database.counts() });
      if (values['no-operations'] && values['no-evaluation']) continue;

      // After a load Neo4j checkpoints, samples its indexes and collects garbage for a while:
      // wait for that to end, or it is charged to whichever operation is measured first.
      const settled = await settle(neo4jPid());
      log(`Neo4j quiet after the load: ${settled}`);

      const serviceStarted = performance.now();
      const service = await startProcess(
        process.execPath,
        ['bin/argmap.js', 'serve'],
        // A request's database deadline raised from 15 s to 60 s: on a shared, saturated machine a statement's first
        // planning alone can take longer, and a refused probe would end the run.
        {
          ...env,
          PORT: '0',
          HOST: '127.0.0.1',
          ARGMAP_API_KEYS: KEY,
          NODE_ENV: 'production',
          ARGMAP_QUERY_TIMEOUT_MS: '60000',
          // The bench measures throughput from one key, not the rate limits.
          ARGMAP_RATE_WRITES: '0',
          ARGMAP_RATE_HEAVY: '0',
        },
        /argmap ready: GraphQL (http:\S+\/graphql)/,
        log,
      );
      const startMs = Math.round(performance.now() - serviceStarted);
      // The service reads the whole map for evaluation in the background as it starts: the
      // operations are measured once that is done, as a user would meet them after start-up.
      const ready = await service.waitFor(/argmap: evaluation (ready|warm-up)[^\n]*?(read in ([\d.]+) s)?/, 60 * 60_000);
      const evaluationReadyMs = Math.round(performance.now() - serviceStarted);
      const { rssMiB: rssNow } = await import('./lib/machine.js');
      const rssAfterWarmUpMiB = rssNow(service.pid);
      log(`service: evaluation ${ready[1]} ${(evaluationReadyMs / 1000).toFixed(1)} s after start; RSS ${rssAfterWarmUpMiB} MiB`);
      const raw = await startProcess(process.execPath, [baselines, 'raw'], env, /listening (\S+) loop (\S+)/, log);
      const ngql = await startProcess(process.execPath, [baselines, 'neo4j-graphql'], env, /listening (\S+)/, log);
      const auth = { authorization: `Bearer ${KEY}` };
      const graphql = async (body: unknown) => {
        const res = await fetch(service.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...auth },
          body: JSON.stringify(body),
        });
        const json = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown; extensions?: { roundTrips?: number } };
        if (json.errors) throw new Error(JSON.stringify(json.errors));
        return json;
      };
      try {
        if (!values['no-operations']) {
          rows.push(
            ...(await operations({
              size,
              seconds,
              connections,
              only: values.only,
              service,
              raw,
              ngql,
              neo4jPid: neo4jPid(),
              graphql,
              driver,
              database: conn.database,
            })),
          );
        }
        if (!values['no-evaluation']) {
          evaluations.push(
            await evaluation({ size, seconds, connections, service, neo4jPid: neo4jPid(), graphql, driver, database: conn.database }),
          );
        }
      } finally {
        const { rssMiB } = await import('./lib/machine.js');
        services.push({ size, rssMiB: rssMiB(service.pid), startMs, evaluationReadyMs, rssAfterWarmUpMiB });
        await Promise.all([service.stop(), raw.stop(), ngql.stop()]);
        save();
      }
    }
  } finally {
    await driver.close();
    await backend.close();
    await neo4j.release();
  }
  save();
  log(`\nresults: ${path.relative(REPO_ROOT, file)}`);
  const { renderReport } = await import('./report.js');
  process.stdout.write(renderReport(JSON.parse(readFileSync(file, 'utf8'))));
}

/** Waits until Neo4j uses under a tenth of a core for three seconds running (at most three minutes); says how long it took. */
async function settle(pid: number | undefined): Promise<string> {
  if (pid === undefined) return 'not watched (external server)';
  const started = performance.now();
  let quiet = 0;
  while (performance.now() - started < 180_000) {
    const sample = watch({ neo4j: pid });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const { cpu, seconds } = sample.stop();
    quiet = (cpu.neo4j ?? 0) / seconds < 0.1 ? quiet + 1 : 0;
    if (quiet >= 3) return `${((performance.now() - started) / 1000).toFixed(0)} s`;
  }
  return 'still busy after 180 s (measured anyway)';
}

/** The store's size on disk (the bench instance's data folder), MiB. */
function storeSize(dataDir: string): number | null {
  try {
    const out = execFileSync('du', ['-sm', path.join(dataDir, 'instances', 'bench', 'data')], { encoding: 'utf8' });
    return Number(out.split('\t')[0]);
  } catch {
    return null;
  }
}

interface Context {
  size: number;
  seconds: number;
  connections: number;
  service: Server;
  neo4jPid: number | undefined;
  graphql: (body: unknown) => Promise<{ data?: Record<string, unknown>; extensions?: { roundTrips?: number } }>;
  driver: ReturnType<typeof rawDriver>;
  database: string;
}

async function operations(ctx: Context & { only: string | undefined; raw: Server; ngql: Server }): Promise<Row[]> {
  const { size, seconds, connections, service, raw, ngql, driver } = ctx;
  const session = driver.session({ database: ctx.database });
  const chainStart = (
    await session.run(
      `MATCH (c:Claim)-[:PREMISE]->(:Argument)-[:CONCLUSION]->(:Claim)-[:PREMISE]->(:Argument)-[:CONCLUSION]->(:Claim)-[:PREMISE]->(:Argument)-[:CONCLUSION]->(t:Claim {id: 'claim:g000000'})
       WHERE c.id <> 'claim:g000000' RETURN c.id AS id ORDER BY id LIMIT 1`,
    )
  ).records[0]?.get('id') as string;
  await session.close();
  const claimId = 'claim:g000001';
  const provisionId = 'provision:g-clause-0-0';
  const ops: {
    name: string;
    argmap: { query: string; variables: Record<string, unknown> };
    ngql?: { query: string; variables: Record<string, unknown> };
    raw: Record<string, unknown>;
  }[] = [
    {
      name: 'claim by id (assertions, actors, sources, citations, counterclaims)',
      argmap: {
        query: `query ($id: ID!) { claim(id: $id) { id text assertions { quote actor { name } source { title } } citations { role provision { name } } counterclaims { id text } } }`,
        variables: { id: claimId },
      },
      ngql: {
        query: `query ($id: ID!) { claims(where: { id: { eq: $id } }) { id text assertions { quote actor { name } source { title } } citations { name } concludedBy(where: { kind: { eq: "ATTACK" } }) { premises { id text } } } }`,
        variables: { id: claimId },
      },
      raw: { op: 'claimById', id: claimId },
    },
    {
      name: 'first page of claims citing a provision',
      argmap: {
        query: `query ($p: ID!) { claims(where: { cites: $p }, first: 20) { totalCount edges { node { id text } } } }`,
        variables: { p: provisionId },
      },
      ngql: {
        query: `query ($p: ID!) { claimsConnection(first: 20, sort: [{ id: ASC }], where: { citations: { some: { id: { eq: $p } } } }) { totalCount edges { node { id text } } } }`,
        variables: { p: provisionId },
      },
      raw: { op: 'claimsCitingProvision', provisionId },
    },
    {
      name: 'search',
      argmap: {
        query: `query ($t: String!) { search(text: $t, first: 20) { score snippet node { id } } }`,
        variables: { t: 'deport citizen' },
      },
      raw: { op: 'search', query: 'deport citizen' },
    },
    {
      name: 'argumentGraph, depth 3',
      argmap: {
        query: `query ($r: ID!) { argumentGraph(rootId: $r, depth: 3) { nodes { id type label distance } edges { id type source target } } }`,
        variables: { r: claimId },
      },
      raw: { op: 'argumentGraph', rootId: claimId },
    },
    {
      name: 'argumentChains between two claims',
      argmap: {
        query: `query ($a: ID!, $b: ID!) { argumentChains(fromId: $a, toId: $b, maxLength: 4, first: 5) { length claims { id } arguments { id } } }`,
        variables: { a: chainStart, b: 'claim:g000000' },
      },
      raw: { op: 'argumentChains', fromId: chainStart, toId: 'claim:g000000', maxLength: 4, first: 5 },
    },
    {
      name: 'createClaim with an assertion',
      argmap: {
        query: `mutation ($a: ID!) { createClaim(input: { text: "Bench claim", kind: POLICY, assertion: { actorId: $a, quote: "bench" } }) { id } }`,
        variables: { a: 'actor:g000000' },
      },
      raw: { op: 'createClaim', actorId: 'actor:g000000' },
    },
  ];
  const rows: Row[] = [];
  const warm = Math.max(1, Math.round(seconds / 5));
  const neo4j = ctx.neo4jPid;
  /** One autocannon run against `url`, watching the server, Neo4j, the load generator and this process. */
  const measure = async (url: string, body: unknown, server: number, headers: Record<string, string> = {}): Promise<Measure> => {
    await autocannon(url, body, warm, connections, headers);
    let usage: ReturnType<typeof watch> | null = null;
    const result = await autocannon(url, body, seconds, connections, headers, (pid) => {
      usage = watch({ server, neo4j, loadGenerator: pid, bench: process.pid });
    });
    const used = usage!.stop();
    used.cpu.loadGenerator = result.cpuSeconds;
    return { ...result, usage: used };
  };
  const selected = ops.filter((o) => !ctx.only || o.name.includes(ctx.only));
  // Every statement planned and every code path warmed on all three servers (and in Neo4j's JVM)
  // before anything is timed: otherwise whoever is measured first pays for the warming.
  const warmUp = (url: string, body: unknown, headers: Record<string, string> = {}) => autocannon(url, body, warm, connections, headers);
  for (const op of selected.filter((o) => !o.name.startsWith('createClaim'))) {
    await warmUp(service.url, op.argmap, { authorization: `Bearer ${KEY}` });
    await warmUp(raw.url, op.raw);
    if (op.ngql) await warmUp(ngql.url, op.ngql);
  }
  for (const op of selected) {
    const quiet = watch({ neo4j });
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const idle = quiet.stop();
    const probe = await ctx.graphql(op.argmap);
    // The floor must answer too: a statement it cannot run would otherwise be timed as a fast error.
    const rawProbe = await fetch(raw.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(op.raw),
    });
    if (!rawProbe.ok) throw new Error(`floor ${op.name}: HTTP ${rawProbe.status} ${(await rawProbe.text()).slice(0, 300)}`);
    const argmap = await measure(service.url, op.argmap, service.pid, { authorization: `Bearer ${KEY}` });
    const { op: rawOp, ...params } = op.raw;
    const loopOnce = async (s: number) => {
      const res = await fetch(raw.extra[0]!, { method: 'POST', body: JSON.stringify({ op: rawOp, params, seconds: s, connections }) });
      if (!res.ok) throw new Error(`raw loop ${op.name}: ${await res.text()}`);
      return (await res.json()) as LoadResult;
    };
    await loopOnce(warm);
    const loopUsage = watch({ server: raw.pid, neo4j, bench: process.pid });
    const loop = await loopOnce(seconds);
    const rawLoop: Measure = { ...loop, requests: loop.rps * seconds, usage: loopUsage.stop() };
    if (loop.errors > 0) log(`  warning: ${op.name}, bare driver: ${loop.errors} statements failed`);
    const rawHttp = await measure(raw.url, op.raw, raw.pid);
    let neo4jGraphql: Measure | null = null;
    if (op.ngql) {
      const check = (await (
        await fetch(ngql.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(op.ngql) })
      ).json()) as { errors?: unknown };
      if (check.errors) throw new Error(`@neo4j/graphql ${op.name}: ${JSON.stringify(check.errors)}`);
      neo4jGraphql = await measure(ngql.url, op.ngql, ngql.pid);
    }
    for (const [name, m] of [
      ['argmap', argmap],
      ['raw over HTTP', rawHttp],
      ['@neo4j/graphql', neo4jGraphql],
    ] as const) {
      if (m && m.errors > 0) log(`  warning: ${op.name}, ${name}: ${m.errors} errors or non-2xx answers in ${m.requests} requests`);
    }
    const row: Row = {
      size,
      operation: op.name,
      roundTrips: probe.extensions?.roundTrips ?? null,
      argmap,
      raw: rawLoop,
      rawHttp,
      neo4jGraphql,
      idle,
    };
    rows.push(row);
    const cpu = (m: Measure) =>
      `cpu s ${Object.entries(m.usage.cpu)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}; load ${m.usage.loadBefore}->${m.usage.loadAfter}`;
    log(
      `${op.name}: argmap p50 ${argmap.p50} p99 ${argmap.p99} ${Math.round(argmap.rps)} req/s (${row.roundTrips} trips; ${cpu(argmap)}) | raw loop p50 ${rawLoop.p50} | raw HTTP p50 ${rawHttp.p50} p99 ${rawHttp.p99} (${cpu(rawHttp)})` +
        (neo4jGraphql ? ` | @neo4j/graphql p50 ${neo4jGraphql.p50} p99 ${neo4jGraphql.p99} (${cpu(neo4jGraphql)})` : ''),
    );
  }
  return rows;
}

async function evaluation(ctx: Context): Promise<EvaluationFigures> {
  const { size, driver } = ctx;
  // At a million claims one whole-map read in this process takes minutes: once is enough.
  const runs = size >= 1_000_000 ? 1 : 3;
  const usage = watch({ server: ctx.service.pid, neo4j: ctx.neo4jPid, bench: process.pid });
  // The service's own read (executor, row checks, the kept map) on the bench's connection.
  const executor = createExecutor({
    driver,
    registry: await CypherRegistry.load(path.join(REPO_ROOT, 'cypher')),
    database: ctx.database,
    timeoutMs: 600_000,
    health: new DatabaseHealth(),
  });
  const extractionMs: number[] = [];
  let map: EvaluationMap | null = null;
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    const snapshot = await new EvaluationRepository(executor, new EvaluationCache()).snapshot();
    extractionMs.push(performance.now() - started);
    map = snapshot.state.map;
  }
  const groundedSolveMs: number[] = [];
  const gradualSolveMs: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    let started = performance.now();
    const derived = deriveFramework(map!);
    evaluateDerived(derived);
    groundedSolveMs.push(performance.now() - started);
    started = performance.now();
    gradualStrengths(map!, {}, derived);
    gradualSolveMs.push(performance.now() - started);
  }
  log(
    `evaluation at ${size}: whole-map read (find-map via the executor) ${extractionMs.map((x) => x.toFixed(0)).join(', ')} ms; translate + grounded in-process ${groundedSolveMs.map((x) => x.toFixed(0)).join(', ')} ms; gradual ${gradualSolveMs.map((x) => x.toFixed(0)).join(', ')} ms`,
  );
  const timed = async (body: unknown) => {
    const started = performance.now();
    const json = await ctx.graphql(body);
    return { ms: performance.now() - started, data: json.data! };
  };
  const counts = { query: '{ evaluation { revision counts { in out undec } } }' };
  const write = {
    query: `mutation { createClaim(input: { text: "Evaluation bench claim", kind: POLICY, assertion: { actorId: "actor:g000000", quote: "bench" } }) { id } }`,
  };
  // The service read the whole map as it started; the operations' writes came since, so its first
  // evaluation brings the kept map forward over them.
  const groundedFirstMs = (await timed(counts)).ms;
  const groundedColdMs: number[] = [];
  const gradualMs: number[] = [];
  const groundedWarmMs: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    await ctx.graphql(write); // moves the revision: the next read brings the kept map forward
    groundedColdMs.push((await timed(counts)).ms);
    gradualMs.push((await timed({ query: '{ evaluation { claims(first: 1) { edges { strength } } } }' })).ms);
    groundedWarmMs.push((await timed(counts)).ms);
  }
  log(
    `  GraphQL: first evaluation ${groundedFirstMs.toFixed(0)} ms; grounded after a write ${groundedColdMs.map((x) => x.toFixed(0)).join(', ')} ms; gradual ${gradualMs.map((x) => x.toFixed(0)).join(', ')} ms; grounded warm ${groundedWarmMs.map((x) => x.toFixed(1)).join(', ')} ms`,
  );
  let preferred: EvaluationFigures['preferred'] = null;
  try {
    const ms: number[] = [];
    let last: Record<string, unknown> = {};
    for (let i = 0; i < runs; i += 1) {
      await ctx.graphql(write);
      await timed(counts); // extraction and grounded, so the preferred figure is the solving
      const r = await timed({
        query: '{ evaluation(semantics: PREFERRED) { extensionCount extensionCountExact counts { in out undec } } }',
      });
      ms.push(r.ms);
      last = r.data.evaluation as Record<string, unknown>;
    }
    preferred = { ms, extensionCount: last.extensionCount as number, exact: last.extensionCountExact as boolean };
    log(`  preferred: ${ms.map((x) => x.toFixed(0)).join(', ')} ms, ${preferred.exact ? '' : '>= '}${preferred.extensionCount} extensions`);
  } catch (error) {
    log(`  preferred failed: ${String(error).slice(0, 300)}`);
  }
  const status = { query: 'query ($id: ID!) { claim(id: $id) { status { label } } }', variables: { id: 'claim:g000001' } };
  await ctx.graphql(status);
  // One request at a time: the latency a single user sees.
  const statusSingleMs: number[] = [];
  for (let i = 0; i < 21; i += 1) statusSingleMs.push((await timed(status)).ms);
  statusSingleMs.sort((a, b) => a - b);
  log(
    `  Claim.status one request at a time: median ${statusSingleMs[10]!.toFixed(1)} ms (min ${statusSingleMs[0]!.toFixed(1)}, max ${statusSingleMs[20]!.toFixed(1)})`,
  );
  await autocannon(ctx.service.url, status, 1, ctx.connections, { authorization: `Bearer ${KEY}` });
  let statusUsage: ReturnType<typeof watch> | null = null;
  const warm = await autocannon(ctx.service.url, status, ctx.seconds, ctx.connections, { authorization: `Bearer ${KEY}` }, (pid) => {
    statusUsage = watch({ server: ctx.service.pid, neo4j: ctx.neo4jPid, loadGenerator: pid, bench: process.pid });
  });
  const warmStatus: Measure = { ...warm, usage: statusUsage!.stop() };
  warmStatus.usage.cpu.loadGenerator = warm.cpuSeconds;
  log(`  warm Claim.status: p50 ${warmStatus.p50} p99 ${warmStatus.p99} ms, ${Math.round(warmStatus.rps)} req/s`);
  return {
    size,
    claims: map!.claims.length,
    arguments: map!.arguments.length,
    assertions: map!.assertions?.length ?? 0,
    extractionMs,
    groundedSolveMs,
    gradualSolveMs,
    groundedColdMs,
    groundedFirstMs,
    gradualMs,
    groundedWarmMs,
    preferred,
    warmStatus,
    statusSingleMs,
    usage: usage.stop(),
  };
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(`bench: ${(error as Error)?.stack ?? String(error)}`);
    process.exit(1);
  },
);
