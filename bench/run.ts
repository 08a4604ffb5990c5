/**
 * `npm run bench -- [--sizes 1000,10000,100000] [--duration 10] [--connections 8] [--only TEXT] [--yes]`
 *
 * For each size: generate a synthetic debate (seed 42), load it through the import path, then
 * measure every operation (or those whose name contains --only) at fixed concurrency for a
 * fixed time on loopback: argmap over HTTP (autocannon), @neo4j/graphql over HTTP
 * (autocannon), and the floor twice: the raw driver in a loop (no HTTP) and the same raw
 * statements behind a bare HTTP handler (autocannon, like the other two).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { loadConfig, parseApiKeys, REPO_ROOT, type Config } from '../src/config.js';
import { generateDebate } from '../src/cli/generate.js';
import { documentSize } from '../src/domain/graph-document.js';
import { startService } from '../src/main.js';
import { startNeo4jGraphql } from './neo4j-graphql.js';
import { startRawHttp } from './baselines/raw-http.js';
import { rawDriver, runRaw } from './raw-driver.js';

const log = (line: string) => process.stderr.write(`${line}\n`);
const KEY = 'bench-key';

interface Row {
  size: number;
  operation: string;
  roundTrips: number | null;
  argmap: Measure;
  raw: Measure;
  rawHttp: Measure;
  neo4jGraphql: Measure | null;
}

interface Measure {
  p50: number;
  p99: number;
  rps: number;
  errors: number;
}

async function http(
  url: string,
  body: unknown,
  seconds: number,
  connections: number,
  headers: Record<string, string> = {},
): Promise<Measure> {
  const result = await autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
    connections,
    duration: seconds,
  });
  return { p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average, errors: result.errors + result.non2xx };
}

async function loop(seconds: number, connections: number, once: () => Promise<unknown>): Promise<Measure> {
  const latencies: number[] = [];
  let errors = 0;
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < end) {
        const started = performance.now();
        try {
          await once();
        } catch {
          errors += 1;
        }
        latencies.push(performance.now() - started);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q: number) => Math.round((latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0) * 100) / 100;
  return { p50: at(0.5), p99: at(0.99), rps: Math.round(latencies.length / seconds), errors };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '1000,10000' },
      duration: { type: 'string', default: '10' },
      connections: { type: 'string', default: '8' },
      only: { type: 'string' },
      yes: { type: 'boolean', default: false },
    },
  });
  const sizes = values.sizes!.split(',').map(Number);
  const seconds = Number(values.duration);
  const connections = Number(values.connections);
  const base = loadConfig();
  let config: Config = { ...base, port: 0, host: '127.0.0.1', apiKeys: parseApiKeys(KEY) };
  let stopManaged = async () => {};
  if (base.neo4j) {
    if (!values.yes && process.env.ARGMAP_BENCH_WIPE !== 'true') {
      throw new Error(`The benchmark wipes the database at NEO4J_URI (${base.neo4j.uri}); pass --yes or set ARGMAP_BENCH_WIPE=true`);
    }
  } else {
    const { ensureManagedNeo4j } = await import('../src/managed-neo4j/index.js');
    const managed = await ensureManagedNeo4j({ dataDir: base.dataDir, instance: 'bench', onProgress: log });
    config = { ...config, neo4j: { uri: managed.uri, user: managed.user, password: managed.password, database: base.database } };
    stopManaged = () => managed.stop();
  }
  const conn = config.neo4j!;
  const service = await startService({ config, log: () => {}, seedIfEmpty: false });
  const driver = rawDriver(conn.uri, conn.user, conn.password);
  const ngql = await startNeo4jGraphql(driver, conn.database);
  const rawHttp = await startRawHttp(driver, conn.database);
  const results: (Row & { itemsPerSecond: number })[] = [];
  try {
    for (const size of sizes) {
      log(`\n== ${size} claims`);
      await service.backend.repos.database.deleteEverything();
      await service.backend.repos.database.migrate();
      const doc = generateDebate({ claims: size, seed: 42 });
      const started = Date.now();
      const loaded = await service.backend.repos.graphImport.importGraph({ doc, external: [], batchSize: 5000 });
      const loadSeconds = (Date.now() - started) / 1000;
      const itemsPerSecond = Math.round(documentSize(doc) / loadSeconds);
      log(`loaded ${loaded.items} items in ${loadSeconds.toFixed(1)} s: ${itemsPerSecond} items/s`);
      const session = driver.session({ database: conn.database });
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
      for (const op of ops.filter((o) => !values.only || o.name.includes(values.only))) {
        const probe = await (
          await fetch(`${service.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` },
            body: JSON.stringify(op.argmap),
          })
        ).json();
        if (probe.errors) throw new Error(`${op.name}: ${JSON.stringify(probe.errors)}`);
        const warm = Math.max(1, Math.round(seconds / 5));
        await http(`${service.url}/graphql`, op.argmap, warm, connections, { authorization: `Bearer ${KEY}` });
        const argmap = await http(`${service.url}/graphql`, op.argmap, seconds, connections, { authorization: `Bearer ${KEY}` });
        const { op: rawOp, ...params } = op.raw;
        await loop(warm, connections, () => runRaw(driver, conn.database, String(rawOp), params));
        const raw = await loop(seconds, connections, () => runRaw(driver, conn.database, String(rawOp), params));
        await http(rawHttp.url, op.raw, warm, connections);
        const rawOverHttp = await http(rawHttp.url, op.raw, seconds, connections);
        let ngqlMeasure: Measure | null = null;
        if (op.ngql) {
          const check = await (
            await fetch(ngql.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(op.ngql) })
          ).json();
          if (check.errors) throw new Error(`@neo4j/graphql ${op.name}: ${JSON.stringify(check.errors)}`);
          await http(ngql.url, op.ngql, warm, connections);
          ngqlMeasure = await http(ngql.url, op.ngql, seconds, connections);
        }
        const row = {
          size,
          operation: op.name,
          roundTrips: probe.extensions?.roundTrips ?? null,
          argmap,
          raw,
          rawHttp: rawOverHttp,
          neo4jGraphql: ngqlMeasure,
        };
        results.push({ ...row, itemsPerSecond });
        log(
          `${op.name}: argmap p50 ${argmap.p50} ms p99 ${argmap.p99} ms ${Math.round(argmap.rps)} req/s (${row.roundTrips} trips) | raw p50 ${raw.p50} p99 ${raw.p99} ${raw.rps} req/s | raw over HTTP p50 ${rawOverHttp.p50} p99 ${rawOverHttp.p99} ${Math.round(rawOverHttp.rps)} req/s` +
            (ngqlMeasure ? ` | @neo4j/graphql p50 ${ngqlMeasure.p50} p99 ${ngqlMeasure.p99} ${Math.round(ngqlMeasure.rps)} req/s` : ''),
        );
      }
    }
  } finally {
    ngql.server.close();
    rawHttp.server.close();
    await driver.close();
    await service.close();
    await stopManaged();
  }
  const file = path.join(REPO_ROOT, 'bench', 'results', `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  await writeFile(file, `${JSON.stringify({ sizes, seconds, connections, results }, null, 2)}\n`);
  log(`\nresults: ${path.relative(REPO_ROOT, file)}`);
  const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : 'n/a');
  const cell = (m: Measure | null) => (m ? `${m.p50} / ${m.p99}` : 'n/a');
  const rps = (m: Measure | null) => (m ? String(Math.round(m.rps)) : 'n/a');
  const table = [
    '| claims | operation | argmap p50 / p99 (ms) | argmap req/s | round trips | raw driver p50 / p99 (ms) | raw driver over HTTP p50 / p99 (ms) | raw over HTTP req/s | @neo4j/graphql p50 / p99 (ms) | @neo4j/graphql req/s | argmap / raw driver (p50) | argmap / raw over HTTP (p50) | argmap / @neo4j/graphql (p50) |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const r of results) {
    table.push(
      `| ${r.size} | ${r.operation} | ${cell(r.argmap)} | ${rps(r.argmap)} | ${r.roundTrips ?? ''} | ${cell(r.raw)} | ${cell(r.rawHttp)} | ${rps(r.rawHttp)} | ${cell(r.neo4jGraphql)} | ${rps(r.neo4jGraphql)} | ${ratio(r.argmap.p50, r.raw.p50)} | ${ratio(r.argmap.p50, r.rawHttp.p50)} | ${r.neo4jGraphql ? ratio(r.argmap.p50, r.neo4jGraphql.p50) : 'n/a'} |`,
    );
  }
  process.stdout.write(`${table.join('\n')}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    log(`bench: ${(error as Error)?.stack ?? String(error)}`);
    process.exit(1);
  },
);
