// @name graph/expand-incoming
// The claims and arguments within $depth hops of the root along premises and conclusions,
// each with its shortest distance. A root that is an actor, source, provision or issue
// reaches the argument structure through the claims it asserted, reports, is cited by or is
// addressed by (one hop).
CALL () {
  MATCH (r:Claim {id: $rootId}) RETURN r
  UNION MATCH (r:Argument {id: $rootId}) RETURN r
  UNION MATCH (r:Actor {id: $rootId}) RETURN r
  UNION MATCH (r:Source {id: $rootId}) RETURN r
  UNION MATCH (r:Provision {id: $rootId}) RETURN r
  UNION MATCH (r:Issue {id: $rootId}) RETURN r
}
CALL (r) {
  WITH r WHERE r:Claim OR r:Argument RETURN r AS s, 0 AS d0
  UNION
  WITH r WHERE r:Actor MATCH (r)<-[:BY]-(:Assertion)-[:OF]->(s) RETURN s, 1 AS d0
  UNION
  WITH r WHERE r:Source MATCH (r)<-[:IN]-(:Assertion)-[:OF]->(s) RETURN s, 1 AS d0
  UNION
  WITH r WHERE r:Provision MATCH (r)<-[:PART_OF]-{0,4}(:Provision)<-[:CITES]-(s:Claim) RETURN s, 1 AS d0
  UNION
  WITH r WHERE r:Issue MATCH (r)<-[:ADDRESSES]-(s:Claim) RETURN s, 1 AS d0
}
WITH r, s, d0 WHERE d0 <= $depth
MATCH p = ANY SHORTEST (s)<-[:PREMISE|CONCLUSION]-{0,6}(n)
WHERE d0 + length(p) <= $depth
WITH r, n, min(d0 + length(p)) AS distance
RETURN r.id AS rootId, labels(r)[0] AS rootType, n.id AS id, labels(n)[0] AS type,
  coalesce(n.text, n.scheme, n.kind) AS label, n.kind AS kind, n.attackKind AS attackKind, distance
ORDER BY distance, id
