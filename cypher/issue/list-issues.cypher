// @name issue/list-issues
CALL () {
  MATCH (i:Issue {mapId: $mapId})
  RETURN count(i) AS totalCount,
    count(CASE WHEN i.id <= $after THEN 1 END) > 0 AS hasBefore,
    count(CASE WHEN i.id >= $before THEN 1 END) > 0 AS hasAfter
}
CALL () {
  MATCH (i:Issue {mapId: $mapId})
  WHERE ($after IS NULL OR i.id > $after)
  AND ($before IS NULL OR i.id < $before)
  // By id, or from the end (descending) when $fromEnd: one key is null on every row, so the other decides.
  WITH i ORDER BY CASE WHEN $fromEnd THEN null ELSE i.id END, CASE WHEN $fromEnd THEN i.id END DESC LIMIT $limit
  RETURN collect({{issue i}}) AS items
}
RETURN totalCount, hasBefore, hasAfter, items
