// @name export/find-actors
MATCH (x:Actor) WHERE $ids IS NULL OR x.id IN $ids
RETURN {{actor x}} AS item ORDER BY x.id
