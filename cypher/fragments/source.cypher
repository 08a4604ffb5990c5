// @fragment source(s)
s {.id, .title, .kind, .publisher, .author, .publishedAt, .url}
