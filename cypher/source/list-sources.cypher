// @name source/list-sources
CALL () {
  MATCH (s:Source {mapId: $mapId})
  RETURN count(s) AS totalCount,
    count(CASE WHEN s.id <= $after THEN 1 END) > 0 AS hasBefore,
    count(CASE WHEN s.id >= $before THEN 1 END) > 0 AS hasAfter
}
CALL () {
  MATCH (s:Source {mapId: $mapId})
  WHERE ($after IS NULL OR s.id > $after)
  AND ($before IS NULL OR s.id < $before)
  // By id, or from the end (descending) when $fromEnd: one key is null on every row, so the other decides.
  WITH s ORDER BY CASE WHEN $fromEnd THEN null ELSE s.id END, CASE WHEN $fromEnd THEN s.id END DESC LIMIT $limit
  RETURN collect({{source s}}) AS items
}
RETURN totalCount, hasBefore, hasAfter, items
