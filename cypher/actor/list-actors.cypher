// @name actor/list-actors
CALL () {
  MATCH (x:Actor {mapId: $mapId})
  WHERE ($nameContains IS NULL OR toLower(x.name) CONTAINS toLower($nameContains))
  AND ($kind IS NULL OR x.kind = $kind)
  RETURN count(x) AS totalCount,
    count(CASE WHEN x.id <= $after THEN 1 END) > 0 AS hasBefore,
    count(CASE WHEN x.id >= $before THEN 1 END) > 0 AS hasAfter
}
CALL () {
  MATCH (x:Actor {mapId: $mapId})
  WHERE ($after IS NULL OR x.id > $after)
  AND ($before IS NULL OR x.id < $before)
  AND ($nameContains IS NULL OR toLower(x.name) CONTAINS toLower($nameContains))
  AND ($kind IS NULL OR x.kind = $kind)
  // By id, or from the end (descending) when $fromEnd: one key is null on every row, so the other decides.
  WITH x ORDER BY CASE WHEN $fromEnd THEN null ELSE x.id END, CASE WHEN $fromEnd THEN x.id END DESC LIMIT $limit
  RETURN collect({{actor x}}) AS items
}
RETURN totalCount, hasBefore, hasAfter, items
