// @name provision/list-provisions
CALL () {
  MATCH (p:Provision)
  WHERE ($nameContains IS NULL OR toLower(p.name) CONTAINS toLower($nameContains) OR toLower(p.citation) CONTAINS toLower($nameContains))
  AND ($kind IS NULL OR p.kind = $kind)
  RETURN count(p) AS totalCount
}
CALL () {
  MATCH (p:Provision)
  WHERE ($after IS NULL OR p.id > $after)
  AND ($nameContains IS NULL OR toLower(p.name) CONTAINS toLower($nameContains) OR toLower(p.citation) CONTAINS toLower($nameContains))
  AND ($kind IS NULL OR p.kind = $kind)
  WITH p ORDER BY p.id LIMIT $limit
  RETURN collect({{provision p}}) AS items
}
RETURN totalCount, items
