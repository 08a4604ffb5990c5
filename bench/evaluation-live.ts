/**
 * `npx tsx bench/evaluation-live.ts [--writes 5] [--status-samples 100] [--no-reads]` with NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD)
 * naming a database that holds a map (for instance one `argmap generate --claims N --load` filled).
 *
 * Whole-map evaluation as the service lives it, on the map already there: the whole-map read
 * (`evaluation/find-map`) through the bare driver and through the service's executor, each timed
 * with this process's CPU; then the compiled service started as a process of its own (it reads
 * the map in the background as it starts): time until ready, its first `{ evaluation { counts } }`,
 * the same after each of --writes `createClaim` requests (the kept map brought forward), gradual
 * strengths, one claim's status (--status-samples claims, one request at a time, on the warm
 * map), and the service's RSS. Writes one claim per --writes. --no-reads skips the two whole-map
 * reads before the service starts (the service still makes its own).
 */
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { REPO_ROOT } from '../src/config.js';
import { CypherRegistry } from '../src/db/registry.js';
import { createExecutor } from '../src/db/executor.js';
import { DatabaseHealth } from '../src/db/health.js';
import * as evaluation from '../src/db/statements/evaluation.js';
import { rssMiB } from './lib/machine.js';
import { startProcess } from './lib/processes.js';

const { values } = parseArgs({
  options: {
    writes: { type: 'string', default: '5' },
    'status-samples': { type: 'string', default: '100' },
    'no-reads': { type: 'boolean', default: false },
  },
});
const log = (line: string) => process.stdout.write(`${line}\n`);
const { NEO4J_URI: uri, NEO4J_USER: user = 'neo4j', NEO4J_PASSWORD: password = '', NEO4J_DATABASE: database = 'neo4j' } = process.env;
if (!uri) throw new Error('Set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) to a database holding a map');
const load = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

/** Wall and this process's CPU time of `work`. */
async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; cpuMs: number; value: T }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = await work();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, value };
}

const registry = await CypherRegistry.load(path.join(REPO_ROOT, 'cypher'));
const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
log(`load average ${load()}`);
for (const fetchSize of values['no-reads'] ? [] : [1000, 10000]) {
  const run = await timed(async () => {
    const session = driver.session({ database, fetchSize });
    let rows = 0;
    try {
      await session.executeRead(async (tx) => {
        rows = 0;
        for await (const record of tx.run(registry.get('evaluation/find-map').text)) {
          record.get('item');
          rows += 1;
        }
      });
    } finally {
      await session.close();
    }
    return rows;
  });
  log(`whole-map read, bare driver, fetch size ${fetchSize}: ${run.value} rows in ${run.ms.toFixed(0)} ms, CPU ${run.cpuMs.toFixed(0)} ms`);
}
if (!values['no-reads']) {
  const executor = createExecutor({ driver, registry, database, timeoutMs: 600_000, health: new DatabaseHealth() });
  const read = await timed(() =>
    executor.stream(evaluation.findMap, {}, async (rows) => {
      let n = 0;
      for await (const _row of rows) n += 1;
      return n;
    }),
  );
  log(
    `whole-map read, the service's executor (rows checked): ${read.value} rows in ${read.ms.toFixed(0)} ms, CPU ${read.cpuMs.toFixed(0)} ms`,
  );
}
// Claims spread over the map for the status samples.
const sampled = await driver.executeQuery(
  'MATCH (c:Claim) WITH c.id AS id ORDER BY id WITH collect(id) AS ids RETURN [i IN range(0, $n - 1) | ids[toInteger(i * size(ids) / $n)]] AS ids',
  { n: neo4j.int(Number(values['status-samples'])) },
  { database },
);
const statusIds = (sampled.records[0]?.get('ids') as string[]).filter(Boolean);
await driver.close();

execFileSync('npm', ['run', '--silent', 'build'], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
const key = 'bench-key-0123456789';
const started = performance.now();
const service = await startProcess(
  'node',
  ['bin/argmap.js', 'serve'],
  { NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, NEO4J_DATABASE: database, PORT: '0', ARGMAP_API_KEYS: `bench:${key}` },
  /ready: GraphQL (http:\/\/\S+)\/graphql/,
  log,
);
log(`service ready after ${(performance.now() - started).toFixed(0)} ms (load ${load()})`);
const gql = async (query: string) => {
  const t = performance.now();
  const response = await fetch(`${service.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
  return { ms: performance.now() - t, data: body.data! };
};
try {
  const counts = '{ evaluation { revision counts { in out undec } } }';
  const first = await gql(counts);
  log(`first evaluation (waits for the warm-up read): ${first.ms.toFixed(0)} ms ${JSON.stringify(first.data.evaluation)}`);
  log(`again (cached): ${(await gql(counts)).ms.toFixed(1)} ms`);
  const after: string[] = [];
  for (let i = 0; i < Number(values.writes); i += 1) {
    await gql(
      `mutation { createClaim(input: { text: "Evaluation bench claim ${Date.now()}-${i}", kind: POLICY, assertion: { actorId: "actor:g000000", quote: "bench" } }) { id } }`,
    );
    after.push((await gql(counts)).ms.toFixed(0));
  }
  log(`after each write (the kept map brought forward, labelled again): ${after.join(', ')} ms`);
  log(`gradual strengths of the whole map: ${(await gql('{ evaluation { claims(first: 1) { edges { strength } } } }')).ms.toFixed(0)} ms`);
  // One request at a time, each for another claim, on the warm map (the last write's labels
  // computed above): twice, the first pass reading each claim from Neo4j for the first time
  // since the start (its page cache may not hold it yet), the second with it cached.
  for (const pass of ['first read of each claim', 'again']) {
    const times: number[] = [];
    for (const id of statusIds) times.push((await gql(`{ claim(id: ${JSON.stringify(id)}) { status { label } } }`)).ms);
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
    log(
      `one claim's status, ${times.length} claims one request at a time, ${pass}: median ${at(0.5)} ms, p90 ${at(0.9)}, best ${times[0]!.toFixed(1)}, worst ${times[times.length - 1]!.toFixed(1)} (load ${load()})`,
    );
  }
  log(`service RSS ${rssMiB(service.pid)?.toFixed(0)} MiB; load average ${load()}`);
} finally {
  await service.stop();
}
