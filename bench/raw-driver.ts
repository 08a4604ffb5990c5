/**
 * The floor: each operation as the best single Cypher statement, straight through neo4j-driver
 * with no HTTP or GraphQL.
 */
import path from 'node:path';
import neo4j, { type Driver, type QueryResult } from 'neo4j-driver';
import { REPO_ROOT } from '../src/config.js';
import { CypherRegistry } from '../src/db/registry.js';
import { GRAPH_LIMIT_DEFAULT } from '../src/domain/validation.js';

/** argmap's own statement, as the service runs it (fragments written in). */
const registry = await CypherRegistry.load(path.join(REPO_ROOT, 'cypher'));
const statement = (name: string) => registry.get(name).text;

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

/** argumentGraph: argmap's own statement (one per neighbourhood), there being no better single query. */
export const RAW_GRAPH = statement('graph/find-neighbourhood');

export function rawDriver(uri: string, user: string, password: string): Driver {
  // Plain numbers, as argmap and @neo4j/graphql hand them to their clients.
  return neo4j.driver(uri, neo4j.auth.basic(user, password), { maxConnectionPoolSize: 50, disableLosslessIntegers: true });
}

let counter = 0;

const plain = (result: QueryResult) => result.records.map((r) => r.toObject());

/**
 * Runs one operation once; returns its answer as plain rows. Reads run as auto-commit
 * transactions (one round trip), as argmap's executor runs them; the write in a managed one.
 */
export async function runRaw(driver: Driver, database: string, op: string, params: Record<string, unknown>): Promise<unknown> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    if (op === 'argumentGraph') {
      // The node limit argmap applies when a query gives none.
      return plain(
        await session.run(RAW_GRAPH, {
          rootId: params.rootId,
          depth: neo4j.int(3),
          direction: 'BOTH',
          limit: neo4j.int(GRAPH_LIMIT_DEFAULT),
        }),
      );
    } else if (op === 'createClaim') {
      // Numbered before the transaction: its function may run again (a retry) after other requests moved the counter.
      const n = (counter += 1);
      const row = {
        ...params,
        id: `claim:raw-bench-${process.pid}-${n}`,
        assertionId: `assertion:raw-bench-${process.pid}-${n}`,
        text: `Raw bench claim ${n}`,
      };
      return await session.executeWrite((tx) => tx.run(RAW.createClaim, row).then(plain));
    } else {
      const query = RAW[op as keyof typeof RAW];
      const typed = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'number' ? neo4j.int(v) : v]));
      return plain(await session.run(query, typed));
    }
  } finally {
    await session.close();
  }
}
