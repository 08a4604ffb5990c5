// @name issue/find-issues-by-ids
UNWIND $ids AS id
MATCH (i:Issue {id: id})
RETURN {{issue i}} AS item
