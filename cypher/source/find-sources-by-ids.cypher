// @name source/find-sources-by-ids
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN {{source s}} AS item
