// @name export/find-issues
MATCH (i:Issue) WHERE $ids IS NULL OR i.id IN $ids
RETURN {{issue i}} AS item ORDER BY i.id
