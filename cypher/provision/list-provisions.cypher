// @name provision/list-provisions
CALL () {
  MATCH (p:Provision {mapId: $mapId})
  WHERE ($nameContains IS NULL OR toLower(p.name) CONTAINS toLower($nameContains) OR toLower(p.citation) CONTAINS toLower($nameContains))
  AND ($kind IS NULL OR p.kind = $kind)
  RETURN count(p) AS totalCount,
    count(CASE WHEN p.id <= $after THEN 1 END) > 0 AS hasBefore,
    count(CASE WHEN p.id >= $before THEN 1 END) > 0 AS hasAfter
}
CALL () {
  MATCH (p:Provision {mapId: $mapId})
  WHERE ($after IS NULL OR p.id > $after)
  AND ($before IS NULL OR p.id < $before)
  AND ($nameContains IS NULL OR toLower(p.name) CONTAINS toLower($nameContains) OR toLower(p.citation) CONTAINS toLower($nameContains))
  AND ($kind IS NULL OR p.kind = $kind)
  // By id, or from the end (descending) when $fromEnd: one key is null on every row, so the other decides.
  WITH p ORDER BY CASE WHEN $fromEnd THEN null ELSE p.id END, CASE WHEN $fromEnd THEN p.id END DESC LIMIT $limit
  RETURN collect({{provision p}}) AS items
}
RETURN totalCount, hasBefore, hasAfter, items
