// @name export/find-sources
MATCH (s:Source) WHERE $ids IS NULL OR s.id IN $ids
RETURN s {.id, .title, .kind, .publisher, .author, .publishedAt, .url} AS item ORDER BY s.id
