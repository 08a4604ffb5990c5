// @fragment issue(i)
i {.id, .mapId, .question}
