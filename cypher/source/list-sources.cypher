// @name source/list-sources
CALL () {
  MATCH (s:Source)
  RETURN count(s) AS totalCount
}
CALL () {
  MATCH (s:Source)
  WHERE $after IS NULL OR s.id > $after
  WITH s ORDER BY s.id LIMIT $limit
  RETURN collect({{source s}}) AS items
}
RETURN totalCount, items
