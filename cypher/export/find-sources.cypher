// @name export/find-sources
// In pages: the items after the key $after (['', ''] from the start), at most $first.
MATCH (s:Source {mapId: $mapId}) WHERE ($ids IS NULL OR s.id IN $ids) AND s.id > $after[0]
RETURN {{source s}} AS item ORDER BY s.id LIMIT $first
