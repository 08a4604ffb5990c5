// @name issue/create-issue
CREATE (i:Issue {id: $id, mapId: $mapId, question: $question})
RETURN {{issue i}} AS item
