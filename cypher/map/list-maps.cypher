// @name map/list-maps
// The maps a reader may see, by id, a page at a time: the public ones, those the user is a member
// of, the one a scoped key holds in, or all for an unscoped key ($seesAll).
CALL () {
  MATCH (m:ArgumentMap)
  WHERE {{visible-map m}}
  RETURN count(m) AS totalCount,
    count(CASE WHEN m.id <= $after THEN 1 END) > 0 AS hasBefore,
    count(CASE WHEN m.id >= $before THEN 1 END) > 0 AS hasAfter
}
CALL () {
  MATCH (m:ArgumentMap)
  WHERE {{visible-map m}}
  AND ($after IS NULL OR m.id > $after)
  AND ($before IS NULL OR m.id < $before)
  WITH m ORDER BY CASE WHEN $fromEnd THEN null ELSE m.id END, CASE WHEN $fromEnd THEN m.id END DESC LIMIT $limit
  RETURN collect({{argument-map m}}) AS items
}
RETURN totalCount, hasBefore, hasAfter, items
