// @name export/find-actors
// In pages: the items after the key $after (['', ''] from the start), at most $first.
MATCH (x:Actor {mapId: $mapId}) WHERE ($ids IS NULL OR x.id IN $ids) AND x.id > $after[0]
RETURN {{actor x}} AS item ORDER BY x.id LIMIT $first
