// @name node/find-node-maps-by-ids
// Nodes of these ids that belong to a map other than the request's: a reference the map does
// not hold may name a node of another map, which nothing may join to this one.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Claim {id: id}) RETURN n, 'Claim' AS label
  UNION ALL MATCH (n:Argument {id: id}) RETURN n, 'Argument' AS label
  UNION ALL MATCH (n:Actor {id: id}) RETURN n, 'Actor' AS label
  UNION ALL MATCH (n:Source {id: id}) RETURN n, 'Source' AS label
  UNION ALL MATCH (n:Provision {id: id}) RETURN n, 'Provision' AS label
  UNION ALL MATCH (n:Assertion {id: id}) RETURN n, 'Assertion' AS label
  UNION ALL MATCH (n:Issue {id: id}) RETURN n, 'Issue' AS label
}
WITH id, label, n WHERE n.mapId <> $mapId
RETURN id, label, n.mapId AS mapId, $mapId AS requested
