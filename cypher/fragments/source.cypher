// @fragment source(s)
s {.id, .mapId, .title, .kind, .publisher, .author, .publishedAt, .url}
