// @name export/find-sources
MATCH (s:Source) WHERE $ids IS NULL OR s.id IN $ids
RETURN {{source s}} AS item ORDER BY s.id
