/**
 * The import ceiling of this machine: the same generated document written by the bare driver
 * with plain `UNWIND ... CREATE` statements in large batches, into an empty database with the
 * same constraints and indexes (argmap's migrations), rows prepared as the import path
 * prepares them. Nothing is matched before it is created, nothing is cleaned up: the fastest
 * honest way to put this document into this Neo4j through Cypher.
 */
import type { Driver } from 'neo4j-driver';
import type { GraphDocument } from '../src/domain/graph-document.js';
import { searchText } from '../src/domain/search-text.js';

interface CeilingStep {
  name: string;
  statement: string;
  rows(doc: GraphDocument): readonly object[];
}

const CEILING: readonly CeilingStep[] = [
  { name: 'issues', statement: 'UNWIND $rows AS row CREATE (:Issue {id: row.id, question: row.question})', rows: (d) => d.issues },
  {
    name: 'actors',
    statement:
      'UNWIND $rows AS row CREATE (:Actor {id: row.id, name: row.name, kind: row.kind, description: row.description, searchText: row.searchText})',
    rows: (d) => d.actors.map((a) => ({ ...a, searchText: searchText.actor(a) })),
  },
  {
    name: 'sources',
    statement:
      'UNWIND $rows AS row CREATE (:Source {id: row.id, title: row.title, kind: row.kind, publisher: row.publisher, author: row.author, publishedAt: date(row.publishedAt), url: row.url})',
    rows: (d) => d.sources,
  },
  {
    name: 'provisions',
    statement:
      'UNWIND $rows AS row CREATE (:Provision {id: row.id, name: row.name, kind: row.kind, citation: row.citation, summary: row.summary, searchText: row.searchText})',
    rows: (d) => d.provisions.map((p) => ({ ...p, searchText: searchText.provision(p) })),
  },
  {
    name: 'provision links',
    statement:
      'UNWIND $rows AS row MATCH (p:Provision {id: row.id}), (parent:Provision {id: row.partOfId}) CREATE (p)-[:PART_OF]->(parent)',
    rows: (d) => d.provisions.filter((p) => p.partOfId),
  },
  {
    name: 'claims',
    statement:
      'UNWIND $rows AS row CREATE (:Claim {id: row.id, text: row.text, kind: row.kind, searchText: row.searchText, createdAt: datetime(), updatedAt: datetime()})',
    rows: (d) => d.claims.map((c) => ({ ...c, searchText: searchText.claim(c) })),
  },
  {
    name: 'arguments',
    statement:
      'UNWIND $rows AS row CREATE (:Argument {id: row.id, kind: row.kind, attackKind: row.attackKind, scheme: row.scheme, schemeId: row.schemeId, rationale: row.rationale, reconstructed: row.reconstructed})',
    rows: (d) => d.arguments,
  },
  {
    name: 'premises',
    statement: 'UNWIND $rows AS row MATCH (p:Claim {id: row.p}), (a:Argument {id: row.a}) CREATE (p)-[:PREMISE {position: row.i}]->(a)',
    rows: (d) => d.arguments.flatMap((a) => a.premiseIds.map((p, i) => ({ p, a: a.id, i }))),
  },
  {
    name: 'conclusions',
    statement: `UNWIND $rows AS row MATCH (a:Argument {id: row.a})
CALL (a, row) { MATCH (c:Claim {id: row.c}) CREATE (a)-[:CONCLUSION]->(c) }
CALL (a, row) { MATCH (t:Argument {id: row.t}) CREATE (a)-[:CONCLUSION]->(t) }`,
    rows: (d) => d.arguments.map((a) => ({ a: a.id, c: a.conclusionId ?? null, t: a.targetArgumentId ?? null })),
  },
  {
    name: 'assertions',
    statement: `UNWIND $rows AS row
MATCH (x:Actor {id: row.actorId})
CREATE (n:Assertion {id: row.id, quote: row.quote, date: date(row.date), searchText: row.searchText, illocution: row.illocution, sequence: row.sequence})-[:BY]->(x)
WITH n, row
CALL (n, row) { MATCH (c:Claim {id: row.claimId}) CREATE (n)-[:OF]->(c) }
CALL (n, row) { MATCH (a:Argument {id: row.argumentId}) CREATE (n)-[:OF]->(a) }
CALL (n, row) { MATCH (s:Source {id: row.sourceId}) CREATE (n)-[:IN]->(s) }`,
    rows: (d) =>
      d.assertions.map((a) => ({
        ...a,
        claimId: a.claimId ?? null,
        argumentId: a.argumentId ?? null,
        sourceId: a.sourceId ?? null,
        searchText: searchText.assertion(a),
      })),
  },
  {
    name: 'replies',
    statement: 'UNWIND $rows AS row MATCH (n:Assertion {id: row.n}), (p:Assertion {id: row.p}) CREATE (n)-[:REPLIES_TO]->(p)',
    rows: (d) => d.assertions.flatMap((a) => (a.previousIds ?? []).map((p) => ({ n: a.id, p }))),
  },
  {
    name: 'affiliations',
    statement:
      'UNWIND $rows AS row MATCH (x:Actor {id: row.actorId}), (o:Actor {id: row.organizationId}) CREATE (x)-[:AFFILIATED_WITH {role: row.role}]->(o)',
    rows: (d) => d.affiliations,
  },
  {
    name: 'citations',
    statement:
      'UNWIND $rows AS row MATCH (c:Claim {id: row.claimId}), (p:Provision {id: row.provisionId}) CREATE (c)-[:CITES {role: row.role, note: row.note, attribution: row.attribution}]->(p)',
    rows: (d) => d.citations,
  },
  {
    name: 'positions',
    statement:
      'UNWIND $rows AS row MATCH (c:Claim {id: row.claimId}), (i:Issue {id: row.issueId}) CREATE (c)-[:ADDRESSES {stance: row.stance}]->(i)',
    rows: (d) => d.positions,
  },
];

export interface CeilingProgress {
  step: string;
  done: number;
  total: number;
}

/** Writes `doc` with plain CREATE batches of `batchSize` rows, one transaction a batch. */
export async function importCeiling(
  driver: Driver,
  database: string,
  doc: GraphDocument,
  batchSize: number,
  onProgress: (p: CeilingProgress) => void,
): Promise<{ nodesCreated: number; relationshipsCreated: number }> {
  let nodesCreated = 0;
  let relationshipsCreated = 0;
  const session = driver.session({ database });
  try {
    for (const step of CEILING) {
      const rows = step.rows(doc);
      for (let start = 0; start < rows.length; start += batchSize) {
        const batch = rows.slice(start, start + batchSize);
        const summary = await session.executeWrite((tx) => tx.run(step.statement, { rows: batch }).then((r) => r.summary));
        const u = summary.counters.updates();
        nodesCreated += u.nodesCreated;
        relationshipsCreated += u.relationshipsCreated;
        onProgress({ step: step.name, done: Math.min(start + batchSize, rows.length), total: rows.length });
      }
    }
  } finally {
    await session.close();
  }
  return { nodesCreated, relationshipsCreated };
}
