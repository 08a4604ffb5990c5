// @name issue/create-issue
CREATE (i:Issue {id: $id, question: $question})
RETURN i {.id, .question} AS item
