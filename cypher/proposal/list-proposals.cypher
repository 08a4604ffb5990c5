// @name proposal/list-proposals
// A map's proposals by id (ids begin with the time they were made: oldest first), of one status or all.
CALL () {
  MATCH (p:Proposal {mapId: $mapId}) WHERE $status IS NULL OR p.status = $status
  RETURN count(p) AS totalCount,
    count(CASE WHEN p.id <= $after THEN 1 END) > 0 AS hasBefore,
    count(CASE WHEN p.id >= $before THEN 1 END) > 0 AS hasAfter
}
CALL () {
  MATCH (p:Proposal {mapId: $mapId})
  WHERE ($status IS NULL OR p.status = $status)
  AND ($after IS NULL OR p.id > $after)
  AND ($before IS NULL OR p.id < $before)
  WITH p ORDER BY CASE WHEN $fromEnd THEN null ELSE p.id END, CASE WHEN $fromEnd THEN p.id END DESC LIMIT $limit
  RETURN collect({{proposal p}}) AS items
}
RETURN totalCount, hasBefore, hasAfter, items
