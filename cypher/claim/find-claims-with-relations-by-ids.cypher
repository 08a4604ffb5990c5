// @name claim/find-claims-with-relations-by-ids
// Claims together with the relations the request selects ($assertions, $citations, ...), so a
// claim and its surroundings cost one round trip. A relation not selected is not read (CASE
// evaluates its subquery only when the flag is true). Each list has the shape its by-claim-ids
// statement returns.
UNWIND $ids AS key
MATCH (c:Claim {id: key})
RETURN c {.id, .text, .kind, .createdAt, .updatedAt} AS item,
  CASE WHEN $assertions THEN COLLECT {
    MATCH (c)<-[:OF]-(n:Assertion)
    WITH n ORDER BY n.date, n.id
    RETURN n {.id, .quote, .date,
      actor: [(n)-[:BY]->(x:Actor) | x {.id, .name, .kind, .description}][0],
      source: [(n)-[:IN]->(s:Source) | s {.id, .title, .kind, .publisher, .author, .publishedAt, .url}][0],
      actorId: [(n)-[:BY]->(x:Actor) | x.id][0], sourceId: [(n)-[:IN]->(s:Source) | s.id][0],
      claimId: key, argumentId: null}
  } END AS assertions,
  CASE WHEN $assertedBy THEN COLLECT {
    MATCH (c)<-[:OF]-(:Assertion)-[:BY]->(x:Actor)
    WITH DISTINCT x ORDER BY x.name
    RETURN x {.id, .name, .kind, .description}
  } END AS assertedBy,
  CASE WHEN $citations THEN COLLECT {
    MATCH (c)-[r:CITES]->(p:Provision)
    WITH r, p ORDER BY p.id
    RETURN {claimId: key, provisionId: p.id, role: r.role, note: r.note, attribution: r.attribution,
      provision: p {.id, .name, .kind, .citation, .summary, partOfId: [(p)-[:PART_OF]->(q:Provision) | q.id][0]}}
  } END AS citations,
  CASE WHEN $concludedBy THEN COLLECT {
    MATCH (c)<-[:CONCLUSION]-(a:Argument)
    WITH a ORDER BY a.id
    RETURN a {.id, .kind, .attackKind, .scheme, .rationale, .reconstructed, conclusionId: key, targetArgumentId: null}
  } END AS concludedBy,
  CASE WHEN $counterclaims THEN COLLECT {
    MATCH (c)<-[:CONCLUSION]-(:Argument {kind: 'ATTACK'})<-[:PREMISE]-(k:Claim)
    WITH DISTINCT k ORDER BY k.id
    RETURN k {.id, .text, .kind, .createdAt, .updatedAt}
  } END AS counterclaims,
  CASE WHEN $premiseOf THEN COLLECT {
    MATCH (c)-[:PREMISE]->(a:Argument)
    WITH a ORDER BY a.id
    RETURN a {.id, .kind, .attackKind, .scheme, .rationale, .reconstructed,
      conclusionId: [(a)-[:CONCLUSION]->(t:Claim) | t.id][0], targetArgumentId: [(a)-[:CONCLUSION]->(t:Argument) | t.id][0]}
  } END AS premiseOf,
  CASE WHEN $positions THEN COLLECT {
    MATCH (c)-[r:ADDRESSES]->(i:Issue)
    WITH r, i ORDER BY i.id
    RETURN {claimId: key, issueId: i.id, stance: r.stance}
  } END AS positions
