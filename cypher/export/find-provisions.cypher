// @name export/find-provisions
// With $ids, the provisions asked for and every provision they belong to.
MATCH (p:Provision)
WHERE $ids IS NULL OR EXISTS { MATCH (q:Provision)-[:PART_OF]->{0,6}(p) WHERE q.id IN $ids }
RETURN {{provision p}} AS item
ORDER BY p.id
