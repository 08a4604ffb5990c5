// @name issue/find-issues-by-ids
UNWIND $ids AS id
MATCH (i:Issue {id: id})
RETURN i {.id, .question} AS item
