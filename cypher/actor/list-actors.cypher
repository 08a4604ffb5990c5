// @name actor/list-actors
CALL () {
  MATCH (x:Actor)
  WHERE ($nameContains IS NULL OR toLower(x.name) CONTAINS toLower($nameContains))
  AND ($kind IS NULL OR x.kind = $kind)
  RETURN count(x) AS totalCount
}
CALL () {
  MATCH (x:Actor)
  WHERE ($after IS NULL OR x.id > $after)
  AND ($nameContains IS NULL OR toLower(x.name) CONTAINS toLower($nameContains))
  AND ($kind IS NULL OR x.kind = $kind)
  WITH x ORDER BY x.id LIMIT $limit
  RETURN collect({{actor x}}) AS items
}
RETURN totalCount, items
