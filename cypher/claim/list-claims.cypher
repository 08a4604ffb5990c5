// @name claim/list-claims
CALL () {
  MATCH (c:Claim {mapId: $mapId})
  WHERE {{claim-filter c}} AND {{claim-cites c}}
  RETURN count(c) AS totalCount,
    count(CASE WHEN c.id <= $after THEN 1 END) > 0 AS hasBefore,
    count(CASE WHEN c.id >= $before THEN 1 END) > 0 AS hasAfter
}
CALL () {
  MATCH (c:Claim {mapId: $mapId})
  WHERE ($after IS NULL OR c.id > $after)
  AND ($before IS NULL OR c.id < $before)
  AND {{claim-filter c}} AND {{claim-cites c}}
  // By id, or from the end (descending) when $fromEnd: one key is null on every row, so the other decides.
  WITH c ORDER BY CASE WHEN $fromEnd THEN null ELSE c.id END, CASE WHEN $fromEnd THEN c.id END DESC LIMIT $limit
  RETURN collect({{claim c}}) AS items
}
RETURN totalCount, hasBefore, hasAfter, items
