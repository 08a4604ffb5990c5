// @name source/find-sources-by-ids
UNWIND $ids AS id
MATCH (s:Source {id: id} WHERE {{in-map s}})
RETURN {{source s}} AS item
