// @fragment issue(i)
i {.id, .question}
