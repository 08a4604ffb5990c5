// @name assertion/list-assertions-by-claim-ids
// The assertions of each claim, a page at a time, by id.
// One page (see list-claims) per key, every key with the same page arguments.
UNWIND $ids AS key
CALL (key) {
  MATCH (inMap1:Claim {id: key} WHERE {{in-map inMap1}})<-[:OF]-(n:Assertion)
  RETURN count(n) AS totalCount,
    count(CASE WHEN n.id <= $after THEN 1 END) > 0 AS hasBefore,
    count(CASE WHEN n.id >= $before THEN 1 END) > 0 AS hasAfter
}
CALL (key) {
  MATCH (inMap2:Claim {id: key} WHERE {{in-map inMap2}})<-[:OF]-(n:Assertion)
  WITH n WHERE ($after IS NULL OR n.id > $after)
  AND ($before IS NULL OR n.id < $before)
  WITH n ORDER BY CASE WHEN $fromEnd THEN null ELSE n.id END, CASE WHEN $fromEnd THEN n.id END DESC LIMIT $limit
  RETURN collect({{assertion n}}) AS items
}
RETURN key, totalCount, hasBefore, hasAfter, items
