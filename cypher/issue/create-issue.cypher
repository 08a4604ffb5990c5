// @name issue/create-issue
CREATE (i:Issue {id: $id, question: $question})
RETURN {{issue i}} AS item
