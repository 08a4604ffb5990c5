// @name issue/list-issues
CALL () {
  MATCH (i:Issue)
  RETURN count(i) AS totalCount
}
CALL () {
  MATCH (i:Issue)
  WHERE $after IS NULL OR i.id > $after
  WITH i ORDER BY i.id LIMIT $limit
  RETURN collect({{issue i}}) AS items
}
RETURN totalCount, items
