// @name export/find-issues
// In pages: the items after the key $after (['', ''] from the start), at most $first.
MATCH (i:Issue {mapId: $mapId}) WHERE ($ids IS NULL OR i.id IN $ids) AND i.id > $after[0]
RETURN {{issue i}} AS item ORDER BY i.id LIMIT $first
