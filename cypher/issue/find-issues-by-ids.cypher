// @name issue/find-issues-by-ids
UNWIND $ids AS id
MATCH (i:Issue {id: id} WHERE {{in-map i}})
RETURN {{issue i}} AS item
