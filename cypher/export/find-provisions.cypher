// @name export/find-provisions
// In pages: the items after the key $after (['', ''] from the start), at most $first.
// With $ids, the provisions asked for and every provision they belong to.
MATCH (p:Provision {mapId: $mapId})
WHERE ($ids IS NULL OR EXISTS { MATCH (q:Provision)-[:PART_OF]->{0,6}(p) WHERE q.id IN $ids }) AND p.id > $after[0]
RETURN {{provision p}} AS item
ORDER BY p.id LIMIT $first
