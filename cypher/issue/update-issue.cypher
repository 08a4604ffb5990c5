// @name issue/update-issue
MATCH (i:Issue {id: $id} WHERE {{in-map i}})
SET i.question = $question
RETURN {{issue i}} AS item
