// @name source/find-sources-by-ids
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s {.id, .title, .kind, .publisher, .author, .publishedAt, .url} AS item
