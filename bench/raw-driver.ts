/**
 * The floor: each operation as the best single Cypher statement (or, for argumentGraph, the
 * same three statements argmap runs), straight through neo4j-driver with no HTTP or GraphQL.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { REPO_ROOT } from '../src/config.js';

const statement = (name: string) =>
  readFileSync(path.join(REPO_ROOT, 'cypher', `${name}.cypher`), 'utf8')
    .split('\n')
    .slice(1)
    .join('\n');

export const RAW = {
  claimById: `MATCH (c:Claim {id: $id})
RETURN c {.id, .text,
  assertions: COLLECT { MATCH (c)<-[:OF]-(a:Assertion) RETURN a {.quote, actor: [(a)-[:BY]->(x:Actor) | x {.name}][0], source: [(a)-[:IN]->(s:Source) | s {.title}][0]} },
  citations: COLLECT { MATCH (c)-[r:CITES]->(p:Provision) RETURN {role: r.role, provision: p {.name}} },
  counterclaims: COLLECT { MATCH (c)<-[:CONCLUSION]-(:Argument {kind: 'ATTACK'})<-[:PREMISE]-(k:Claim) RETURN DISTINCT k {.id, .text} }
} AS claim`,
  claimsCitingProvision: `CALL () {
  MATCH (:Provision {id: $provisionId})<-[:PART_OF]-{0,5}(:Provision)<-[:CITES]-(c:Claim) RETURN count(DISTINCT c) AS totalCount
}
CALL () {
  MATCH (:Provision {id: $provisionId})<-[:PART_OF]-{0,5}(:Provision)<-[:CITES]-(c:Claim)
  WITH DISTINCT c ORDER BY c.id LIMIT 20
  RETURN collect(c {.id, .text}) AS items
}
RETURN totalCount, items`,
  search: `CALL db.index.fulltext.queryNodes('search', $query, {limit: 20}) YIELD node, score
RETURN node.id AS id, score, coalesce(node.text, node.quote, node.name) AS snippet`,
  argumentChains: statement('graph/find-chains'),
  createClaim: `MATCH (x:Actor {id: $actorId})
CREATE (c:Claim {id: $id, text: $text, kind: 'POLICY', searchText: toLower($text), createdAt: datetime(), updatedAt: datetime()})
CREATE (n:Assertion {id: $assertionId, quote: $text, searchText: toLower($text)})-[:BY]->(x)
CREATE (n)-[:OF]->(c)
RETURN c.id AS id`,
};

export const RAW_GRAPH = [statement('graph/expand-both'), statement('graph/find-structure-edges'), statement('graph/find-satellites')];

export function rawDriver(uri: string, user: string, password: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), { maxConnectionPoolSize: 50 });
}

let counter = 0;

/** Runs one operation once; returns when its answer is complete. */
export async function runRaw(driver: Driver, database: string, op: string, params: Record<string, unknown>): Promise<void> {
  const session = driver.session({ database });
  try {
    if (op === 'argumentGraph') {
      await session.executeRead(async (tx) => {
        const rows = await tx.run(RAW_GRAPH[0]!, { rootId: params.rootId, depth: neo4j.int(3) });
        const ids = rows.records.map((r) => r.get('id') as string);
        await tx.run(RAW_GRAPH[1]!, { ids });
        await tx.run(RAW_GRAPH[2]!, { ids: rows.records.filter((r) => Number(r.get('distance')) < 3).map((r) => r.get('id') as string) });
      });
    } else if (op === 'createClaim') {
      counter += 1;
      const id = `claim:raw-bench-${process.pid}-${counter}`;
      await session.executeWrite((tx) =>
        tx.run(RAW.createClaim, {
          ...params,
          id,
          assertionId: `assertion:raw-bench-${process.pid}-${counter}`,
          text: `Raw bench claim ${counter}`,
        }),
      );
    } else {
      const query = RAW[op as keyof typeof RAW];
      const typed = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'number' ? neo4j.int(v) : v]));
      await session.executeRead((tx) => tx.run(query, typed));
    }
  } finally {
    await session.close();
  }
}
