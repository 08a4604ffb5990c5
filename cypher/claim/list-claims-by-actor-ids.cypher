// @name claim/list-claims-by-actor-ids
// The claims each actor asserted, a page at a time, by id.
// One page (see list-claims) per key, every key with the same page arguments.
UNWIND $ids AS key
CALL (key) {
  MATCH (inMap1:Actor {id: key} WHERE {{in-map inMap1}})<-[:BY]-(:Assertion)-[:OF]->(c:Claim)
  WITH DISTINCT c
  RETURN count(c) AS totalCount,
    count(CASE WHEN c.id <= $after THEN 1 END) > 0 AS hasBefore,
    count(CASE WHEN c.id >= $before THEN 1 END) > 0 AS hasAfter
}
CALL (key) {
  MATCH (inMap2:Actor {id: key} WHERE {{in-map inMap2}})<-[:BY]-(:Assertion)-[:OF]->(c:Claim)
  WITH DISTINCT c
  WITH c WHERE ($after IS NULL OR c.id > $after)
  AND ($before IS NULL OR c.id < $before)
  WITH c ORDER BY CASE WHEN $fromEnd THEN null ELSE c.id END, CASE WHEN $fromEnd THEN c.id END DESC LIMIT $limit
  RETURN collect({{claim c}}) AS items
}
RETURN key, totalCount, hasBefore, hasAfter, items
