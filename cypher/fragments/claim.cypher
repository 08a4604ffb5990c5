// @fragment claim(c)
c {.id, .text, .kind, .createdAt, .updatedAt}
