// @name claim/list-claims-citing
// Like claim/list-claims, but starts from the cited provision (and its parts) instead of every claim.
CALL () {
  MATCH (inMap1:Provision {id: $cites} WHERE {{in-map inMap1}})<-[:PART_OF]-{0,5}(:Provision)<-[:CITES]-(c:Claim)
  WITH DISTINCT c
  WHERE {{claim-filter c}}
  RETURN count(c) AS totalCount,
    count(CASE WHEN c.id <= $after THEN 1 END) > 0 AS hasBefore,
    count(CASE WHEN c.id >= $before THEN 1 END) > 0 AS hasAfter
}
CALL () {
  MATCH (inMap2:Provision {id: $cites} WHERE {{in-map inMap2}})<-[:PART_OF]-{0,5}(:Provision)<-[:CITES]-(c:Claim)
  WITH DISTINCT c
  WHERE ($after IS NULL OR c.id > $after)
  AND ($before IS NULL OR c.id < $before)
  AND {{claim-filter c}}
  // By id, or from the end (descending) when $fromEnd: one key is null on every row, so the other decides.
  WITH c ORDER BY CASE WHEN $fromEnd THEN null ELSE c.id END, CASE WHEN $fromEnd THEN c.id END DESC LIMIT $limit
  RETURN collect({{claim c}}) AS items
}
RETURN totalCount, hasBefore, hasAfter, items
