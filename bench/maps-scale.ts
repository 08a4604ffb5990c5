/**
 * `npx tsx bench/maps-scale.ts [--maps 100] [--claims 10000] [--instance bench-maps] [--memory-mb 256] [--heap-mb N] [--again 5] [--starts 1] [--no-log] [--load-only] [--as-found] [--no-profile] [--no-evaluation]`
 *
 * Issue 27's two benchmarks of a database of many maps, on the maps of bench/lib/maps.ts
 * (`map:bench-000`, ...; --maps of --claims claims each) in the managed Neo4j --instance (or
 * NEO4J_URI), loaded first as far as they are missing: a second run, or one with more maps,
 * reuses what the database holds; nothing is deleted. Run it once with --maps 1 and once with
 * --maps 100 against two instances and compare (map 0 is the same debate in both).
 *
 * 1. Reads that do not see other maps: the reads behind claim by id, the provision page (its
 *    provisions and the claims citing one), search and argumentGraph, on map 0, through the
 *    repositories over an executor of map 0's scope, every statement PROFILEd (database hits
 *    summed over the plan, rows, the operators that cost most), and evaluation's whole-map read.
 *    --as-found neither migrates nor loads: the database as an older release left it.
 * 2. Memory that does not follow the database: the compiled service started (a process of its
 *    own, with --trace-gc, and --max-old-space-size=--heap-mb when given) with
 *    ARGMAP_EVALUATION_MEMORY_MB=--memory-mb; its RSS once ready (base); then each map's
 *    `evaluation(mapId:)` in turn, timed, with the RSS sampled every 100 ms and the live heap
 *    after each full collection; then the first --again maps once more (dropped by then when the
 *    maps outgrow the bound). --starts services one after another (with one map, the first
 *    evaluation the others are compared with).
 *
 * Prints one JSON line per figure (the machine's load average in each) and writes them all to
 * bench/results/maps-scale-<time>.json.
 */
import { DEFAULT_SCOPE } from '../src/domain/maps.js';
import { execFileSync, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ProfiledPlan, Session } from 'neo4j-driver';
import { loadConfig, REPO_ROOT } from '../src/config.js';
import { createExecutor } from '../src/db/executor.js';
import { openDatabase, type Database } from '../src/db/index.js';
import type { CypherRegistry } from '../src/db/registry.js';
import { createRepositories, createSharedState } from '../src/repositories/index.js';
import { machine, rssMiB } from './lib/machine.js';
import { benchDebate, benchMapId, loadavg, loadBenchMaps, repositoriesOf, runBench, startBenchService } from './lib/maps.js';
import { benchNeo4j, type BenchNeo4j } from './lib/neo4j.js';

const { values } = parseArgs({
  options: {
    maps: { type: 'string', default: '100' },
    claims: { type: 'string', default: '10000' },
    instance: { type: 'string', default: 'bench-maps' },
    'batch-size': { type: 'string', default: '10000' },
    'memory-mb': { type: 'string', default: '256' },
    again: { type: 'string', default: '5' },
    starts: { type: 'string', default: '1' },
    // The service's V8 heap limit (--max-old-space-size); Node's own default when absent.
    'heap-mb': { type: 'string' },
    // The import without the revision log (the executor's revisionLog: false, as bench/history.ts measures it): a map loads in a third of the time.
    'no-log': { type: 'boolean', default: false },
    'load-only': { type: 'boolean', default: false },
    'no-profile': { type: 'boolean', default: false },
    'no-evaluation': { type: 'boolean', default: false },
    // Neither migrate nor load: the database as it is (as an older release left it), to profile it before a migration.
    'as-found': { type: 'boolean', default: false },
  },
});
const log = (line: string) => process.stderr.write(`${line}\n`);
const figures: Record<string, unknown>[] = [];
const report = (figure: string, data: Record<string, unknown>) => {
  const row = { figure, ...data, loadavg: loadavg() };
  figures.push(row);
  process.stdout.write(`${JSON.stringify(row)}\n`);
};

interface Profiled {
  statement: string;
  plan: ProfiledPlan;
}

const hits = (plan: ProfiledPlan): number => plan.dbHits + plan.children.reduce((sum, child) => sum + hits(child), 0);
function operators(plan: ProfiledPlan, into: { op: string; hits: number; rows: number; details: string }[] = []) {
  const details = plan.arguments['Details'];
  into.push({
    op: plan.operatorType,
    hits: plan.dbHits,
    rows: plan.rows,
    details: typeof details === 'string' ? details.slice(0, 160) : '',
  });
  plan.children.forEach((child) => operators(child, into));
  return into;
}

/**
 * The database's own executor, with every statement PROFILEd: its registry prefixes each text with
 * PROFILE, and the sessions it opens keep each plan (reads go through session.run; see readAutoCommit).
 */
function profilingExecutor(db: Database, mapId: string, plans: Profiled[]) {
  const registry = {
    get: (name: string) => {
      const found = db.registry.get(name);
      return { ...found, text: `PROFILE ${found.text}` };
    },
  } as unknown as CypherRegistry;
  const driver = db.driver;
  const session = driver.session.bind(driver);
  const profiled = Object.create(driver) as typeof driver;
  profiled.session = (config) => {
    const opened = session(config);
    const run = opened.run.bind(opened);
    opened.run = ((text: string, params: Record<string, unknown>, txConfig: { metadata?: Record<string, string> }) =>
      run(text, params, txConfig).then((result) => {
        if (result.summary.profile) plans.push({ statement: txConfig?.metadata?.query ?? '?', plan: result.summary.profile });
        return result;
      })) as unknown as Session['run'];
    return opened;
  };
  const scope = { ...DEFAULT_SCOPE, mapId };
  const executor = createExecutor({ ...db.executorOptions, driver: profiled, registry }, undefined, undefined, scope);
  return createRepositories(executor, db.registry, createSharedState(), scope);
}

async function profileReads(db: Database, maps: number, claims: number): Promise<void> {
  const mapId = benchMapId(0);
  const doc = benchDebate(0, claims);
  const claimId = doc.claims[1]!.id;
  // The provision most cited in the map (through its clauses), as a provision page would show it.
  const provisionId = doc.provisions.find((p) => p.kind === 'AMENDMENT')!.id;
  const page = { size: 20, after: null, before: null, fromEnd: false };
  const noFilter = { textContains: null, kind: null, assertedBy: null, cites: null, inSource: null, issue: null, stance: null };
  const cases: { name: string; read: (repos: ReturnType<typeof profilingExecutor>) => Promise<unknown> }[] = [
    { name: 'claim by id', read: (r) => r.claims.findClaimsByIds({ ids: [claimId] }) },
    { name: 'provision page: provisions', read: (r) => r.provisions.listProvisions({ filter: { nameContains: null, kind: null }, page }) },
    { name: 'provision page: claims citing it', read: (r) => r.claims.listClaims({ filter: { ...noFilter, cites: provisionId }, page }) },
    { name: 'search', read: (r) => r.search.search({ text: 'deport citizen', first: 20 }) },
    {
      name: 'argumentGraph depth 2',
      read: (r) => r.graph.argumentGraph({ rootId: claimId, depth: 2, direction: 'BOTH', limit: 2000 }),
    },
    {
      name: 'argumentGraph depth 3',
      read: (r) => r.graph.argumentGraph({ rootId: claimId, depth: 3, direction: 'BOTH', limit: 2000 }),
    },
  ];
  // The whole map as evaluation reads it (a stream in the service; here one PROFILEd run, every row read).
  const findMap = async () => {
    const text = db.registry.get('evaluation/find-map').text;
    const session = db.driver.session({ database: db.executorOptions.database, defaultAccessMode: 'READ' });
    try {
      await session.run(text, { mapId });
      const started = performance.now();
      const result = await session.run(`PROFILE ${text}`, { mapId });
      const plan = result.summary.profile as ProfiledPlan;
      const top = operators(plan)
        .sort((a, b) => b.hits - a.hits)
        .slice(0, 4);
      report('profile', {
        maps,
        case: 'evaluation: the whole map read',
        statement: 'evaluation/find-map',
        dbHits: hits(plan),
        rows: result.records.length,
        ms: Number((performance.now() - started).toFixed(1)),
        top,
      });
    } finally {
      await session.close();
    }
  };
  await findMap();
  for (const c of cases) {
    const plans: Profiled[] = [];
    const repos = profilingExecutor(db, mapId, plans);
    // Once to plan and warm the pages, then the run measured.
    await c.read(repos);
    plans.length = 0;
    const started = performance.now();
    await c.read(repos);
    const ms = performance.now() - started;
    for (const { statement, plan } of plans) {
      const top = operators(plan)
        .sort((a, b) => b.hits - a.hits)
        .slice(0, 4);
      report('profile', { maps, case: c.name, statement, dbHits: hits(plan), rows: plan.rows, ms: Number(ms.toFixed(1)), top });
    }
  }
}

/**
 * The service's live heap after each full collection, from its --trace-gc lines
 * ("Mark-Compact 420.5 (450.2) -> 300.1 (330.5) MB"): what the evaluation bound governs, where
 * RSS also holds garbage not yet collected and the heap's free pages.
 */
function liveHeap(child: ChildProcess) {
  let max = 0;
  let last = 0;
  let collections = 0;
  let buffer = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    const lines = buffer.split('\n');
    buffer = lines.pop()!;
    for (const line of lines) {
      const found = /Mark-Compact[^>]*-> ([\d.]+) \(/.exec(line);
      if (!found) continue;
      last = Number(found[1]);
      max = Math.max(max, last);
      collections += 1;
    }
  });
  return { figures: () => ({ liveHeapMaxMB: Math.round(max), liveHeapLastMB: Math.round(last), fullCollections: collections }) };
}

/** RSS of a process sampled every `everyMs` until stopped: the highest seen and the last. */
function sampleRss(pid: number, everyMs = 100) {
  let max = rssMiB(pid) ?? 0;
  const timer = setInterval(() => {
    const now = rssMiB(pid);
    if (now !== null && now > max) max = now;
  }, everyMs);
  return {
    get max() {
      return max;
    },
    stop: () => clearInterval(timer),
  };
}

const EVALUATE = 'query ($m: ID!) { evaluation(mapId: $m) { revision counts { in out undec } } }';

async function evaluations(neo4j: BenchNeo4j, maps: number, memoryMB: number): Promise<void> {
  const again = Math.min(Number(values.again), maps);
  const starts = Number(values.starts);
  for (let start = 1; start <= starts; start += 1) {
    const started = performance.now();
    const heapMB = values['heap-mb'];
    const { service, gql } = await startBenchService(neo4j, { ARGMAP_EVALUATION_MEMORY_MB: String(memoryMB) }, log, [
      '--trace-gc',
      ...(heapMB ? [`--max-old-space-size=${heapMB}`] : []),
    ]);
    const heap = liveHeap(service.child);
    try {
      // A cheap read or two, so the base counts what every request needs (the schema, the driver's pool).
      await gql('{ maps(first: 1) { totalCount } }');
      await gql('{ maps(first: 1) { totalCount } }');
      const baseMiB = rssMiB(service.pid);
      report('service base', {
        maps,
        start,
        memoryMB,
        heapMB: heapMB ?? null,
        baseMiB,
        readyMs: Math.round(performance.now() - started),
        ...heap.figures(),
      });
      const rss = sampleRss(service.pid);
      const times: number[] = [];
      try {
        for (let i = 0; i < maps; i += 1) {
          const t = performance.now();
          const data = await gql(EVALUATE, { m: benchMapId(i) });
          const ms = performance.now() - t;
          times.push(ms);
          const rssNow = rssMiB(service.pid);
          if (i < 3 || i % 10 === 9)
            log(
              `  ${benchMapId(i)}: first evaluation ${ms.toFixed(0)} ms ${JSON.stringify((data.evaluation as { counts: unknown }).counts)}; RSS ${rssNow} MiB (max ${rss.max}), live heap after the last full GC ${heap.figures().liveHeapLastMB} MB, load ${loadavg()}`,
            );
          if (i === 0) report('first evaluation of map 0', { maps, start, ms: Math.round(ms), rssMiB: rssNow });
        }
        const sorted = [...times].sort((a, b) => a - b);
        const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!);
        if (maps > 1) {
          report('first evaluation of each map in turn', {
            maps,
            start,
            p50: at(0.5),
            p90: at(0.9),
            min: Math.round(sorted[0]!),
            max: Math.round(sorted[sorted.length - 1]!),
            rssMaxMiB: rss.max,
            rssEndMiB: rssMiB(service.pid),
            ...heap.figures(),
          });
        }
        const repeat: number[] = [];
        for (let i = 0; i < again; i += 1) {
          const t = performance.now();
          await gql(EVALUATE, { m: benchMapId(i) });
          repeat.push(Math.round(performance.now() - t));
        }
        report('evaluation again, in the same order', {
          maps,
          start,
          memoryMB,
          mapsEvaluatedSince: maps - 1,
          ms: repeat,
          rssMaxMiB: rss.max,
          rssEndMiB: rssMiB(service.pid),
          baseMiB,
          boundPlusBaseMiB: memoryMB + (baseMiB ?? 0),
          ...heap.figures(),
        });
      } finally {
        rss.stop();
      }
    } finally {
      await service.stop();
    }
  }
}

async function main(): Promise<void> {
  const maps = Number(values.maps);
  const claims = Number(values.claims);
  const memoryMB = Number(values['memory-mb']);
  const base = loadConfig();
  const neo4j = await benchNeo4j(base, { instance: values.instance!, onProgress: log });
  const host = machine();
  report('machine', { ...host, neo4jMemory: neo4j.memory, command: `npx tsx bench/maps-scale.ts ${process.argv.slice(2).join(' ')}` });
  // The loader's batches are thousands of rows: on a busy machine one may outlast a request's timeout.
  const db = await openDatabase(neo4j.conn, { timeoutMs: 600_000 });
  const file = path.join(REPO_ROOT, 'bench', 'results', `maps-scale-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  try {
    const repos = repositoriesOf(db, null);
    if (!values['as-found']) await repos.database.migrate();
    const loads = values['as-found']
      ? []
      : await loadBenchMaps(db, {
          count: maps,
          claims,
          batchSize: Number(values['batch-size']),
          revisionLog: !values['no-log'],
          log,
        });
    const counts = await repos.database.counts();
    const indexes = (
      await db.driver.executeQuery('SHOW INDEXES YIELD name RETURN collect(name) AS names', {}, { database: neo4j.conn.database })
    ).records[0]!.get('names') as string[];
    report('database', { maps, ...counts, loaded: loads.length, indexes: indexes.sort() });
    if (values['load-only']) return;
    if (!values['no-profile']) await profileReads(db, maps, claims);
    if (!values['no-evaluation']) {
      log('building the service (npm run build)...');
      execFileSync('npm', ['run', '--silent', 'build'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
      await evaluations(neo4j, maps, memoryMB);
    }
  } finally {
    writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
    log(`results: ${path.relative(REPO_ROOT, file)}`);
    await db.close();
    await neo4j.release();
  }
}

runBench(main, log);
