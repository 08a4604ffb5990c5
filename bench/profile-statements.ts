/**
 * `npx tsx bench/profile-statements.ts [--runs 5]` against the database NEO4J_URI names (or the
 * managed `bench` instance, started if need be): PROFILEs the statements behind the benchmark's
 * operations with the benchmark's parameters and prints, for each, the database hits (summed over
 * the plan), the rows, the operators that cost most and the median time of --runs plain runs.
 * createClaim is profiled inside a transaction that is rolled back, so the map does not change.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j, { type ProfiledPlan } from 'neo4j-driver';
import { loadConfig, REPO_ROOT } from '../src/config.js';
import { CypherRegistry } from '../src/db/registry.js';
import { toSearchQuery } from '../src/domain/spelling.js';
import { rawDriver } from './raw-driver.js';
import { benchNeo4j } from './lib/neo4j.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
const base = loadConfig();
const database = await benchNeo4j(base, { instance: 'bench' });
const { conn } = database;
const registry = await CypherRegistry.load(path.join(REPO_ROOT, 'cypher'));
const driver = rawDriver(conn.uri, conn.user, conn.password);
const int = neo4j.int;

function hits(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((sum, child) => sum + hits(child), 0);
}
function operators(plan: ProfiledPlan, into: { op: string; hits: number; rows: number }[] = []) {
  into.push({ op: plan.operatorType, hits: plan.dbHits, rows: plan.rows });
  plan.children.forEach((child) => operators(child, into));
  return into;
}

const session = driver.session({ database: conn.database });
try {
  const chainStart = (
    await session.run(
      `MATCH (c:Claim)-[:PREMISE]->(:Argument)-[:CONCLUSION]->(:Claim)-[:PREMISE]->(:Argument)-[:CONCLUSION]->(:Claim)-[:PREMISE]->(:Argument)-[:CONCLUSION]->(t:Claim {id: 'claim:g000000'})
       WHERE c.id <> 'claim:g000000' RETURN c.id AS id ORDER BY id LIMIT 1`,
    )
  ).records[0]?.get('id') as string;
  const claims = (await session.run('MATCH (c:Claim) RETURN count(c) AS n')).records[0]!.get('n');
  process.stdout.write(`${claims} claims in the database\n`);
  const flags = {
    assertions: true,
    assertedBy: false,
    citations: true,
    concludedBy: false,
    counterclaims: true,
    premiseOf: false,
    positions: false,
  };
  const cases: { name: string; statement: string; params: Record<string, unknown>; write?: boolean }[] = [
    { name: 'claim by id', statement: 'claim/find-claims-with-relations-by-ids', params: { ids: ['claim:g000001'], ...flags } },
    {
      name: 'assertions of a claim (actors, sources)',
      statement: 'assertion/find-assertions-by-claim-ids',
      params: { ids: ['claim:g000001'] },
    },
    { name: 'search', statement: 'search/search-nodes', params: { query: toSearchQuery('deport citizen'), limit: int(20) } },
    {
      name: 'argumentGraph depth 3',
      statement: 'graph/find-neighbourhood',
      params: { rootId: 'claim:g000001', depth: int(3), direction: 'BOTH' },
    },
    {
      name: 'argumentChains',
      statement: 'graph/find-chains',
      params: { fromId: chainStart, toId: 'claim:g000000', maxLength: int(4), first: int(5) },
    },
    {
      name: 'createClaim (rolled back)',
      statement: 'claim/create-claim',
      params: { id: 'claim:profile-probe', text: 'Profile probe', kind: 'POLICY', searchText: 'profile probe' },
      write: true,
    },
  ];
  for (const c of cases) {
    const text = registry.get(c.statement).text;
    const tx = session.beginTransaction();
    let plan: ProfiledPlan | false;
    let rows: number;
    try {
      const result = await tx.run(`PROFILE ${text}`, c.params);
      plan = result.summary.profile;
      rows = result.records.length;
    } finally {
      await tx.rollback();
    }
    if (!plan) throw new Error(`${c.name}: no profile`);
    const times: number[] = [];
    if (!c.write) {
      for (let i = 0; i < runs; i += 1) {
        const started = performance.now();
        await session.executeRead((t) => t.run(text, c.params));
        times.push(performance.now() - started);
      }
    }
    const top = operators(plan)
      .sort((a, b) => b.hits - a.hits)
      .slice(0, 4)
      .map((o) => `${o.op} ${o.hits}`)
      .join(', ');
    const median = times.length ? `${times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!.toFixed(1)} ms` : 'n/a';
    process.stdout.write(`${c.name} (${c.statement}): ${hits(plan)} db hits, ${rows} rows, median ${median}; top: ${top}\n`);
  }
} finally {
  await session.close();
  await driver.close();
  await database.release();
}
