// @name claim/list-claims-citing
// Like claim/list-claims, but starts from the cited provision (and its parts) instead of every claim.
CALL () {
  MATCH (:Provision {id: $cites})<-[:PART_OF]-{0,5}(:Provision)<-[:CITES]-(c:Claim)
  WITH DISTINCT c
  WHERE {{claim-filter c}}
  RETURN count(c) AS totalCount
}
CALL () {
  MATCH (:Provision {id: $cites})<-[:PART_OF]-{0,5}(:Provision)<-[:CITES]-(c:Claim)
  WITH DISTINCT c
  WHERE ($after IS NULL OR c.id > $after)
  AND {{claim-filter c}}
  WITH c ORDER BY c.id LIMIT $limit
  RETURN collect({{claim c}}) AS items
}
RETURN totalCount, items
