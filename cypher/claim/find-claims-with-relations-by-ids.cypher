// @name claim/find-claims-with-relations-by-ids
// Claims together with the relations the request selects ($assertions, $citations, ...), so a
// claim and its surroundings cost one round trip. A relation not selected is not read (CASE
// evaluates its subquery only when the flag is true). Each list has the shape its by-claim-ids
// statement returns.
UNWIND $ids AS key
MATCH (c:Claim {id: key} WHERE {{in-map c}})
RETURN {{claim c}} AS item,
  CASE WHEN $assertions THEN COLLECT {
    MATCH (c)<-[:OF]-(n:Assertion)
    WITH n ORDER BY n.date, n.id LIMIT 100 // NODE_LIST_MAX, as find-assertions-by-claim-ids
    RETURN {{assertion n}}
  } END AS assertions,
  CASE WHEN $assertedBy THEN COLLECT {
    MATCH (c)<-[:OF]-(:Assertion)-[:BY]->(x:Actor)
    WITH DISTINCT x ORDER BY x.name
    RETURN {{actor x}}
  } END AS assertedBy,
  CASE WHEN $citations THEN COLLECT {
    MATCH (c)-[r:CITES]->(p:Provision)
    WITH r, p ORDER BY p.id
    RETURN {claimId: key, provisionId: p.id, role: r.role, note: r.note, attribution: coalesce(r.attribution, 'SPEAKER'),
      provision: {{provision p}}}
  } END AS citations,
  CASE WHEN $concludedBy THEN COLLECT {
    MATCH (c)<-[:CONCLUSION]-(a:Argument)
    WITH a ORDER BY a.id
    RETURN {{argument a}}
  } END AS concludedBy,
  CASE WHEN $counterclaims THEN COLLECT {
    MATCH (c)<-[:CONCLUSION]-(:Argument {kind: 'ATTACK'})<-[:PREMISE]-(k:Claim)
    WITH DISTINCT k ORDER BY k.id
    RETURN {{claim k}}
  } END AS counterclaims,
  CASE WHEN $premiseOf THEN COLLECT {
    MATCH (c)-[:PREMISE]->(a:Argument)
    WITH a ORDER BY a.id
    RETURN {{argument a}}
  } END AS premiseOf,
  CASE WHEN $positions THEN COLLECT {
    MATCH (c)-[r:ADDRESSES]->(i:Issue)
    WITH r, i ORDER BY i.id
    RETURN {claimId: key, issueId: i.id, stance: r.stance}
  } END AS positions
