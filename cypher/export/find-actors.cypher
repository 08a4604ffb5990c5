// @name export/find-actors
MATCH (x:Actor) WHERE $ids IS NULL OR x.id IN $ids
RETURN x {.id, .name, .kind, .description} AS item ORDER BY x.id
