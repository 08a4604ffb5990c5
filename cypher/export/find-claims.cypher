// @name export/find-claims
// In pages: the items after the key $after (['', ''] from the start), at most $first.
MATCH (c:Claim {mapId: $mapId}) WHERE ($ids IS NULL OR c.id IN $ids) AND c.id > $after[0]
RETURN c {.id, .text, .kind} AS item ORDER BY c.id LIMIT $first
