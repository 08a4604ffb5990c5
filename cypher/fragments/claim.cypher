// @fragment claim(c)
c {.id, .mapId, .text, .kind, .createdAt, .updatedAt}
