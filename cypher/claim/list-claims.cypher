// @name claim/list-claims
CALL () {
  MATCH (c:Claim)
  WHERE {{claim-filter c}}
  RETURN count(c) AS totalCount
}
CALL () {
  MATCH (c:Claim)
  WHERE ($after IS NULL OR c.id > $after)
  AND {{claim-filter c}}
  WITH c ORDER BY c.id LIMIT $limit
  RETURN collect({{claim c}}) AS items
}
RETURN totalCount, items
